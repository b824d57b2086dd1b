"""Bylines: the people a report names, with their roles.

Three shapes: a line of its own (``■记者 徐玉霞 通讯员 何雅婷``, ``文/张三 图/李四``),
a lead (``本报讯（记者 黄钰 实习记者 孙蕾蕾）…``), and a closing parenthesis
(``（供稿：黄钰 孙蕾蕾；编辑：王五）``, ``（王五 供稿）``, ``（时报 李四）``, ``…。（黎国锋）``).
Names separated by spaces are separate people; names run together are split where the
table of surnames makes it unambiguous.
"""

from __future__ import annotations

import functools
import re

from .config import Config
from .linear_re import compile_linear
from .orgs import is_place, provinces
from .textutil import display_width

#: Common single-character surnames (百家姓, the most frequent few hundred) and compound ones.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安"
    "齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
    "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌"
    "奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙"
    "浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣"
    "信展阴昝智幸奉植衡富尧闭由傅洪阎凤滑糜荀蒯蓟蔚邴郗郦酆钮隗韶乜占逄蹇竺汝鱼税")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
                     "夏侯", "令狐")


def split_names(token: str) -> list[str] | None:
    """Split names written together (``黄钰孙蕾蕾``) when exactly one split into 2–3 character names fits.

    >>> split_names("黄钰孙蕾蕾"), split_names("王小明"), split_names("张三李四王五")
    (['黄钰', '孙蕾蕾'], ['王小明'], ['张三', '李四', '王五'])
    >>> split_names("欧阳娜娜") is None or split_names("欧阳娜娜")
    ['欧阳娜娜']
    """
    if len(token) <= 3 or (len(token) == 4 and token[:2] in COMPOUND_SURNAMES):
        return [token]

    def ways(rest: str) -> list[list[str]]:
        if not rest:
            return [[]]
        out = []
        for n in (2, 3):
            head = rest[:n]
            if len(head) == n and (head[0] in SURNAMES or head[:2] in COMPOUND_SURNAMES):
                out += [[head, *tail] for tail in ways(rest[n:])]
        return out

    found = ways(token)
    return found[0] if len(found) == 1 else None


_SEPARATORS = re.compile(r"[\s:：/、|｜丨;；，,]+")


def _role_of(token: str, config: Config) -> str | None:
    """The role a token names: a configured role word, or a word ending in one (全媒体记者)."""
    if token in config.roles:
        return token
    if 2 < len(token) <= 7 and token.endswith(config.role_suffixes) and re.fullmatch("[\u4e00-\u9fff]+", token):
        return token
    return None


def parse_byline(text: str, config: Config) -> list[tuple[str, str]] | None:
    """People named in a byline line as (role, name), or None when *text* is no byline.

    A one-character role (文, 图, 摄) counts only before a separator, so a heading such as
    ``文化礼堂 建设`` is no byline.

    >>> from newsdesk.config import load_config
    >>> c = load_config("newsdesk.yml")
    >>> parse_byline("■文字 冯思家 摄影 市政协办", c)
    [('文字', '冯思家'), ('摄影', '市政协办')]
    >>> parse_byline("记者 沈洁 通讯员 计益婷", c)
    [('记者', '沈洁'), ('通讯员', '计益婷')]
    >>> parse_byline("文/张三 图/李四", c), parse_byline("全媒体记者 陈佳玲", c), parse_byline("录入：徐影", c)
    ([('文', '张三'), ('图', '李四')], [('全媒体记者', '陈佳玲')], [('录入', '徐影')])
    >>> parse_byline("记者节活动在市里举行。", c) is None, parse_byline("文化礼堂 建设", c) is None
    (True, True)
    >>> parse_byline("（责编：陈二、韩三）", c), parse_byline("■通 讯 员 王成虎", c)
    ([('责编', '陈二'), ('责编', '韩三')], [('通讯员', '王成虎')])
    >>> parse_byline("文 政协融媒记者 李四  通讯员 伍五", c), parse_byline("编辑： 马六 2026-01-19 11:11:42", c)
    ([('记者', '李四'), ('通讯员', '伍五')], [('编辑', '马六')])
    >>> parse_byline("文|政协融媒记者 李四 通讯员 蔡五 伍六", c), parse_byline("某县融媒体中心 编辑:邓某祥", c)
    ([('记者', '李四'), ('通讯员', '蔡五'), ('通讯员', '伍六')], [('编辑', '邓某祥')])
    >>> parse_byline("（镜湖区政协）", c), parse_byline("（会议现场）", c)
    ([('供稿', '镜湖区政协')], None)
    >>> parse_byline("【见习记者】王某", c)
    [('见习记者', '王某')]
    >>> parse_byline("丨责编：郭二丨校对：郭二", c), parse_byline("【某某日报社·某客户端全媒体记者 毕三】", c)
    ([('责编', '郭二'), ('校对', '郭二')], [('全媒体记者', '毕三')])
    """
    text = text.strip().lstrip("丨｜|").strip()  # 丨责编:郭二丨校对:郭二: a line that opens with a separator
    label = re.match(r"[【\[]([\u4e00-\u9fff]{1,6})[】\]]\s*(?=\S)", text)
    if label and _role_of(label[1], config):
        text = f"{label[1]} {text[label.end():]}"  # 【见习记者】王某: the role in brackets before the name
    if text.startswith(("【", "[", "（", "(")) and text.endswith(("】", "]", "）", ")")):
        text = text[1:-1].strip()  # 【责任编辑:陈雁真】, （责编：陈二、韩三）
        if _SUPPLIER.fullmatch(text):
            return [("供稿", text)]  # （镜湖区政协） under the text: the office that supplied it
    marked = text[:1] in config.byline_markers
    body = text[1:].strip() if marked else text.strip()
    body = _STAMP.sub("", body)  # 编辑：马江望 2026-01-19 11:11:42: the time it was posted
    lone = re.match(r"([\u4e00-\u9fff])(?:\s+|\s*[|｜丨]\s*)(?=\S*(?:记者|通讯员|编辑))", body)
    if lone and lone[1] in config.roles:
        body = body[lone.end():]  # 文 政协融媒记者 李煜: the 文 of a 文/图 credit before the reporter's role
    body = _spaced_roles(config.roles).sub(lambda m: re.sub(r"\s+", "", m[0]), body)  # 通 讯 员 王成虎
    body = _OWN_PAPER.sub("", body)  # 本报记者周某菁: the paper's own reporter
    before = _BEFORE_ROLE.match(body)
    if before and not re.fullmatch(f"(?:{_QUALIFIERS}|新媒体|网络|视频)+", before[0]):
        body = body[before.end():]  # 潍坊日报社全媒体记者: 于哲/文, 政协联线记者 游思静: the paper or site
    first, *rest = _SEPARATORS.split(body, maxsplit=1)
    after = rest[0].split()[0] if rest and rest[0].split() else ""
    if after and _MEDIA_NAME.match(first) and (rest[0].startswith(config.roles) or _role_of(after, config)):
        body, first = rest[0], after  # 某县融媒体中心 编辑：邓某: the outlet before the role
    if not marked and not body.startswith(config.roles) and _role_of(first, config) is None:
        return None
    if display_width(body) > (100 if marked else 60) or re.search("[，。！？]", body):
        return None  # (a marked line may list a whole team: □本报记者 喻武强 梁中贵 … 实习生 覃文彬)
    return people_of(body, config, require_role=not marked)


@functools.lru_cache(maxsize=8)
def _spaced_roles(roles: tuple[str, ...]) -> re.Pattern[str]:
    """Role words of two or three characters set with spaces between them (an e-paper's 记 者, 通 讯 员),
    at the start of a byline or after a space."""
    words = sorted((r for r in roles if 2 <= len(r) <= 3), key=len, reverse=True)
    spaced = "|".join(r"\s+".join(map(re.escape, w)) for w in words)
    return re.compile(f"(?:^|(?<=\\s))(?:{spaced})(?=\\s)")


@functools.lru_cache(maxsize=8)
def _role_words(roles: tuple[str, ...], suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """Role words of two characters or more, longest first; a suffix role may carry a usual qualifier."""
    words = sorted((r for r in roles if len(r) >= 2), key=len, reverse=True)
    qualified = "|".join(f"(?:{_QUALIFIERS}){re.escape(x)}" for x in suffixes)
    return re.compile(f"({qualified + '|' if qualified else ''}{'|'.join(map(re.escape, words))})")


_QUALIFIERS = "全媒体|融媒体|新媒体|本报|本台|本网|驻站|特约|首席|实习|见习|网站|网络|视频|责任"
#: a date and time after a byline: 2026-01-19 11:11:42
_STAMP = re.compile(r"\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
#: a paper's, site's or channel's name standing before a role (海南日报 全媒体记者 黎鹏, 石榴云/新疆日报记者 …)
_MEDIA_NAME = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:报|报社|网|电视台|广播电视台|融媒体中心|新闻中心|客户端|云|频道|"
                         r"集团|传媒|新闻社)$|^(?:本版|本期|本组)?(?:图片|照片)$")


def join_spaced_names(tokens: list[str], roles: tuple[str, ...] = ()) -> list[str]:
    """Rejoin two-character names that typesetting spaced out to the width of three (``刘 睿``).

    >>> join_spaced_names(["记者", "刘", "睿", "王树天"]), join_spaced_names(["段", "鸣"])
    (['记者', '刘睿', '王树天'], ['段鸣'])
    >>> join_spaced_names(["文", "张", "图", "李四"], ("文", "图"))
    ['文', '张', '图', '李四']
    >>> join_spaced_names(["俞", "志", "平"]), join_spaced_names(["王", "钊", "李", "四"])
    (['俞志平'], ['王钊', '李四'])
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if len(token) == 1 and token in SURNAMES and token not in roles and len(following) == 1 \
                and re.fullmatch("[\u4e00-\u9fff]", following) and following not in roles:
            third = tokens[i + 2] if i + 2 < len(tokens) else ""
            after = tokens[i + 3] if i + 3 < len(tokens) else ""
            if len(third) == 1 and re.fullmatch("[\u4e00-\u9fff]", third) and third not in roles and len(after) != 1:
                out.append(token + following + third)  # 俞 志 平: a name spaced character by character
                i += 3
                continue
            out.append(token + following)
            i += 2
            continue
        out.append(token)
        i += 1
    return out



def people_of(body: str, config: Config, require_role: bool = True) -> list[tuple[str, str]] | None:
    """(role, name) pairs in the text of a byline, or None when it names nobody by role.

    >>> from newsdesk.config import load_config
    >>> people_of("记者林仪揭春雁通讯员刘兰霞", load_config("newsdesk.yml"))
    [('记者', '林仪'), ('记者', '揭春雁'), ('通讯员', '刘兰霞')]
    >>> people_of("记者 陈曦 报道 陈宝麟 摄影", load_config("newsdesk.yml"))
    [('记者', '陈曦'), ('摄影', '陈宝麟')]
    """
    body = re.sub(r"[【】\[\]「」]", " ", body)
    # role words inside a run of names stand apart: 记者林仪揭春雁通讯员刘兰霞
    body = _role_words(config.roles, config.role_suffixes).sub(r" \1 ", body)
    roles = sorted(config.roles, key=len, reverse=True)
    people: list[tuple[str, str]] = []
    role = ""
    tokens = [t for t in join_spaced_names(_SEPARATORS.split(body.strip()), config.roles) if t]
    while len(tokens) > 1 and tokens[-1] in _CLOSING_WORDS:
        tokens.pop()  # 记者 常国峰 韩阳 报道
    if tokens and len(tokens[-1]) > 3 and tokens[-1].endswith(("报道", "报导", "采写", "整理")):
        tokens[-1] = tokens[-1][:-2]  # 记者裴庆力报道
        if len(tokens) > 1 and is_place(tokens[-1]):
            tokens.pop()  # 记者 张某 天津报道: where the reporters reported from
    while len(tokens) > 2 and _MEDIA_NAME.match(tokens[0]) \
            and (_role_of(tokens[1], config) or _MEDIA_NAME.match(tokens[1]) or tokens[1] in config.roles):
        tokens.pop(0)  # 海南日报 全媒体记者 黎鹏, 石榴云/新疆日报记者 …: the paper is no person
    if not require_role and len(tokens) == 1 and (office := _OFFICE_AND_NAME.fullmatch(tokens[0])) and is_name(office[2]):
        tokens = [office[1], office[2]]  # （凤县政协赵静）: the office run into the writer's name
    if not require_role and len(tokens) >= 2 and _OFFICE_NAME.search(tokens[0]) and all(is_name(t) for t in tokens[1:]):
        tokens.pop(0)  # （市政协研究室  常 忠）: the office the writer works in
    unroled = 0  # names after a closing word (记者 陈曦 报道 陈宝麟 摄影): the role that follows them is theirs
    for token in tokens:
        if token in _CLOSING_WORDS and people:
            role, unroled = "", len(people)
            continue
        while token:
            whole = _role_of(token, config)
            if whole:
                if unroled and not role and len(people) > unroled:
                    people[unroled:] = [(whole, n) for _, n in people[unroled:]]
                role, token = whole, ""
                continue
            found = next((r for r in roles if token.startswith(r)), None)
            if found and len(found) == 1 and not people and not role and len(token) > 1:
                found = None  # 文化礼堂: a one-character role joined to what follows is a word, not a role
            if found and token != found and token.endswith(("供稿", "撰稿", "提供")):
                found = None
            if found:
                role, token = found, token[len(found):]
                continue
            if token.endswith(("摄影", "摄")) and 3 <= len(token) <= 7 and not people and is_name(token.rstrip("摄影")):
                people.append(("摄影", token.removesuffix("摄影").removesuffix("摄")))  # 冯素琴摄
                break
            if token.endswith(("供稿", "撰稿", "提供")) and len(token) > 2:
                name, suffix = token[:-2], token[-2:]
                people += [("供稿" if suffix == "提供" else suffix, n) for n in split_names(name) or [name]]
                break
            if require_role and not role and not unroled:
                return None
            if len(token) > (24 if role in _OFFICE_ROLES else 12):
                return None
            site = SITE_AFTER.fullmatch(token)
            if site and not is_name(token) and is_name(site[1]):
                token = site[1]  # 责任编辑:余凌古田网: the site's name run into the editor's
            names = split_names(token) if role and re.fullmatch("[\u4e00-\u9fff]{4,9}", token) else [token]
            people += [(role, n) for n in (names or [token])]
            break
    if people and role and all(r == "" for r, _ in people):
        people = [(role, n) for _, n in people]  # （黄钰 孙蕾蕾 供稿）, （王军 摄）: the role named last
    if not people or (require_role and not role):
        return None
    # after a role word a name needs no surname of the table (拉姆, 尼玛: Tibetan names have none)
    if not all(is_name(n, surname=len(r) < 2) or (r in _OFFICE_ROLES and _OFFICE_NAME.search(n)) for r, n in people):
        return None  # ■ used as a bullet before a heading, 我来说两句 …: no byline
    return people


#: an office run into its writer's name: 凤县政协赵静
_OFFICE_AND_NAME = re.compile(r"(.{1,10}政协)([\u4e00-\u9fff]{2,3})")
#: an office that supplied a report, named alone in brackets: （镜湖区政协）, （市政协办公室）, （县政协提案委）
_SUPPLIER = re.compile(r"[\u4e00-\u9fff]{1,10}政协(?:办公室|研究室|[\u4e00-\u9fff]{1,4}委|办)?")
#: roles that may credit an office rather than a person (摄影 市政协办, 市政协办公室 供稿, 文：委员会办公室)
_OFFICE_ROLES = ("摄影", "供稿", "撰稿", "提供", "文图", "图文", "图", "文")
#: a person's name with a site's name run into it: 余凌古田网
SITE_AFTER = re.compile(r"([\u4e00-\u9fff]{2,3}?)[\u4e00-\u9fff]{2,6}(?:网|报|台|发布)")
#: an office's name: 市政协研究室, 宣传部, 委员会办公室
OFFICE_ENDING = "(?:办公室|委员会|政协|中心|室|办|部|局|处|科|委|站|组|社|报|网|台)$"
_OFFICE_NAME = re.compile(r"[\u4e00-\u9fff]{2,}" + OFFICE_ENDING)
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,16}")
#: words that close a byline without naming anyone
_CLOSING_WORDS = {"报道", "报导", "整理", "采写", "发", "讯"}
#: a word that follows a name in a sentence, never ends a four-character name
_ENDS_A_CLAUSE = frozenset("在和与对向说将为是的了等也从到把被")
#: the Party's offices, which a page may name as its editor (编辑:罗庄区委宣传部): no person
PARTY_OFFICES = "宣传部|区委|市委|县委|州委|省委|党委"
_NOT_NAMES = {"报道", "摄影", "供稿", "整理", "编辑", "通讯", "记者", "综合", "来源", "要闻", "字号", "文章"}
#: words of page furniture that are no part of a name
_NOT_IN_NAMES = ("检索|搜索|图文|热门|频道|专题|栏目|首页|新闻|文章|评论|分享|打印|关闭|日报|晚报|报社|电视|广播|"
                 "管理员|编辑部|佚名|原创|转载|信息发布|发布|现场|概览|一览|简介|动态|关注|微信|广告|理论|专版|专刊|副刊|政协|履职|"
                 # what a person does, after their name (余军出席, under a headline)
                 "出席|讲话|主持|参加|陪同|致辞|发言|调研|视察|指出|强调|一行|媒体|相关|代表|"
                 # a paper or a site (新京报)
                 "报$|网$|"
                 # a page's labels spaced out (时 间) and an office (罗庄区委宣传部 as 编辑)
                 f"时间|日期|{PARTY_OFFICES}")


def is_name(text: str, surname: bool = True) -> bool:
    """Whether *text* can be a person's name: two to four Chinese characters, or a name with ``·``.

    >>> is_name("黄钰"), is_name("努尔兰·阿不都满金"), is_name("健全广泛凝聚共识机制"), is_name("报道")
    (True, True, False, False)
    >>> is_name("热门图文"), is_name("文章检索"), is_name("欧阳娜娜"), is_name("江苏")
    (False, False, True, False)
    >>> is_name("余军出席"), is_name("王强一行"), is_name("孙旭东在")
    (False, False, False)
    >>> is_name("拉姆"), is_name("拉姆", surname=False)
    (False, True)
    """
    if _NAME.fullmatch(text) is None or text in _NOT_NAMES or re.search(_NOT_IN_NAMES, text) or text in provinces():
        return False
    if len(text) == 4 and text[:2] not in COMPOUND_SURNAMES and text[-1] in _ENDS_A_CLAUSE:
        return False  # 孙旭东在: a name and the word after it, where a page was cut
    return not surname or "·" in text or text[0] in SURNAMES or text[:2] in COMPOUND_SURNAMES


#: a paper's or channel's name run into the role after it
_BEFORE_ROLE = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·\-－]{1,15}?"
                          r"(?=(?:实习|见习|特约|首席|全媒体|融媒体|本报)?(?:记者|通讯员|采访人员))")
#: the paper's own, before its reporter's role: 本报记者
_OWN_PAPER = re.compile(r"^(?:本报|本台|本网|本刊)(?=(?:特约|实习|首席|见习)?(?:记者|通讯员))")
_MEDIA_PREFIX = re.compile(r"^[\u4e00-\u9fff]{0,4}报(?!道)\s*")


_QUICK_INLINE: dict[int, tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None]] = {}


def _quick_inline(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """The inline byline patterns as one yes/no pattern, cached by identity."""
    cached = _QUICK_INLINE.get(id(patterns))
    if cached is None or cached[0] is not patterns:
        plain = (re.sub(r"\(\?P<\w+>", "(", p.pattern) for p in patterns)  # one name may not stand twice
        quick = compile_linear("|".join(f"(?:{p})" for p in plain), capture=False) if patterns else None
        cached = _QUICK_INLINE[id(patterns)] = (patterns, quick)
    return cached[1]


def inline_byline(text: str, config: Config) -> tuple[str, list[tuple[str, str]], int, int] | None:
    """A byline inside a paragraph: (its text, the people, start, end), or None.

    >>> from newsdesk.config import load_config
    >>> c = load_config("newsdesk.yml")
    >>> inline_byline("本报讯（记者 黄钰 实习记者 孙蕾蕾）3月5日，市政协召开会议。", c)[1]
    [('记者', '黄钰'), ('实习记者', '孙蕾蕾')]
    >>> inline_byline("会议结束。（供稿：黄钰 孙蕾蕾；编辑：王五）", c)[1]
    [('供稿', '黄钰'), ('供稿', '孙蕾蕾'), ('编辑', '王五')]
    >>> inline_byline("会议结束。（王五 供稿）", c)[1], inline_byline("会议结束。（时报 李四）", c)[1]
    ([('供稿', '王五')], [('记者', '李四')])
    >>> inline_byline("会议结束。（黎国锋）", c)[1]
    [('', '黎国锋')]
    >>> inline_byline("会议强调（一要提高认识）。", c) is None
    True
    """
    quick = _quick_inline(config.inline_bylines)
    if quick is None or not quick.search(text):
        return None  # most paragraphs hold no byline: one combined search says so
    for pattern in config.inline_bylines:
        m = pattern.search(text)
        if not m:
            continue
        who = m.group("who").strip()
        before = _BEFORE_ROLE.match(who)
        if before and not re.search("记者|通讯员|编辑|采访人员", before[0]):
            who = who[before.end():]  # 成都日报锦观新闻记者 李霞 → 记者 李霞
        media = _MEDIA_PREFIX.match(who)
        if media and "报" in media[0]:
            who = who[media.end():]
            if not who.startswith(config.roles):
                who = "记者 " + who
        people = people_of(who, config, require_role=False)
        if not people or any(len(n) > (24 if r in _OFFICE_ROLES else 12) or not re.search("[\u4e00-\u9fff]", n)
                             for r, n in people):
            continue
        # the whole parenthesis (without the full stop before it), or the lead marker with it
        skip = len(m[0]) - len(m[0].lstrip("。！？”’ "))
        return m[0][skip:].strip(), people, m.start() + skip, m.end()
    return None
