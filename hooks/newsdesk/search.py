"""Site search: exact-substring semantics, a sharded n-gram index, and the reference query semantics.

A query returns every article whose page text contains it — like Ctrl-F over the whole site —
with whitespace ignored and full/half-width and case folded. Space-separated terms are ANDed;
``分类:工作会议``, ``机构:平湖市政协`` and ``年份:2025`` restrict by facet. Ranking: more terms in the
title first, then more terms in a heading, then more occurrences, then newer.

The browser worker (``docs/javascripts/search-core.js`` + ``newsdesk-search.js``) implements the
same semantics over the index this module writes; ``tests/cases/search.json`` holds the shared cases.

Index layout under ``search/nd/``:

- ``s/<k>.json`` — shard *k* of the postings: term → ``[doc delta, value, …]`` where
  ``value = count × 4 + 2·(in title) + (in a heading)``; terms are every character, bigram and
  trigram of the folded text; a term lives in shard ``fnv1a(term) % shards``. Terms of up to three
  characters are answered exactly from their own postings; longer ones from a cover of trigrams,
  whose bounds are tight enough that only the shown candidates need their text to confirm.
- ``t/<doc>.json`` — one article: URL, title, date, category, organisation, display text and
  heading spans; fetched only for results being shown (snippets, and to confirm phrases of three
  or more characters, whose bigrams alone cannot prove adjacency).
- ``facets.json`` — doc ids per category, organisation and year; fetched only for facet queries.

Doc ids run newest first, so "newer first" is "smaller id first".
"""

from __future__ import annotations

import json
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

FACETS = {"分类": "category", "category": "category", "机构": "organisation", "org": "organisation",
          "organisation": "organisation", "年份": "year", "year": "year"}
_WS = re.compile(r"\s+")


def fold_char(ch: str) -> str:
    """One character folded: NFKC (full-width → half-width), lower case, whitespace removed."""
    if ch.isspace():
        return ""
    return unicodedata.normalize("NFKC", ch).lower()


class _FoldTable(dict[int, str]):
    """str.translate table that folds each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Fold text for matching, character by character (as the worker does).

    >>> fold("ＡＩ 赋能， 2020 年")
    'ai赋能,2020年'
    """
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Query:
    terms: tuple[str, ...]
    facets: tuple[tuple[str, str], ...]


def parse_query(query: str) -> Query:
    """Split a query into folded terms and facets.

    >>> parse_query("分类:工作会议  政协 AI赋能 年份：2020")
    Query(terms=('政协', 'ai赋能'), facets=(('category', '工作会议'), ('year', '2020')))
    """
    terms, facets = [], []
    for raw in _WS.split(unicodedata.normalize("NFKC", query).strip()):
        if not raw:
            continue
        key, sep, value = raw.partition(":")
        if sep and key.lower() in FACETS and value:
            facets.append((FACETS[key.lower()], value))
            continue
        term = fold(raw)
        if term and term not in terms:
            terms.append(term)
    return Query(tuple(terms), tuple(facets))


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

    @property
    def title_end(self) -> int:
        return self.text.find("\n") if "\n" in self.text else len(self.text)

    def folded_parts(self) -> tuple[str, str, list[str]]:
        """Folded whole text, folded title, folded headings."""
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
    hits.sort(key=lambda h: (-h[0][0], -h[0][1], -h[0][2], h[1].id))
    return [d for _, d in hits]


# ---------------------------------------------------------------------------- index


def fnv1a(term: str) -> int:
    """32-bit FNV-1a over UTF-16 code units, exactly as the worker computes it in JavaScript.

    >>> fnv1a("政协"), fnv1a("a")
    (67188179, 3826002220)
    """
    h = 0x811C9DC5
    data = term.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | data[i + 1] << 8
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def _grams(text: str) -> dict[str, int]:
    """Every character, bigram and trigram with its non-overlapping count (as str.count counts).

    One pass counts overlapping occurrences; only grams that can overlap themselves (哈哈, 哈哈哈,
    aba) are counted again the non-overlapping way.

    >>> _grams("哈哈哈")["哈哈"], _grams("政协政协")["政协"], _grams("政协政协")["协政协"]
    (1, 2, 1)
    """
    counts: dict[str, int] = Counter(text)
    bigrams = list(map(operator.add, text, text[1:]))
    for size, grams in ((2, Counter(bigrams)), (3, Counter(map(operator.add, bigrams, text[2:])))):
        for gram in grams:
            if gram[0] == gram[-1] or (size == 3 and gram[0] == gram[1]):
                grams[gram] = text.count(gram)
        dict.update(counts, grams)  # keys of different lengths never collide
    return counts


@dataclass
class Index:
    shards: int
    files: dict[str, str] = field(default_factory=dict)

    def stub(self, version: str, separator: str) -> dict[str, Any]:
        """What Material's front end fetches on page load and hands the worker: settings, no index."""
        return {"config": {"lang": ["en"], "separator": separator, "pipeline": [],
                           "nd": {"version": version, "shards": self.shards}}, "docs": []}


def build_index(docs: Sequence[SearchDoc], target_shard_bytes: int = 16_000) -> Index:
    """All index files for *docs* (whose ids must be 0..n−1, newest first), as path → JSON text."""
    postings: dict[str, list[int]] = {}
    facets: dict[str, dict[str, list[int]]] = {"category": {}, "organisation": {}, "year": {}}
    files: dict[str, str] = {}
    for doc in docs:
        text, title, headings = doc.folded_parts()
        in_title = _grams(title).keys()
        in_heading: set[str] = set().union(*(_grams(h).keys() for h in headings))
        for gram, n in _grams(text).items():
            value = n * 4 + (2 if gram in in_title else 0) + (gram in in_heading)
            plist = postings.get(gram)
            if plist is None:
                postings[gram] = [doc.id, value]
            else:
                plist += (doc.id, value)
        for name, values in facets.items():
            key = doc.facet(name)
            if key:
                values.setdefault(key, []).append(doc.id)
        files[f"t/{doc.id}.json"] = _dumps({"u": doc.url, "t": doc.title, "d": doc.date, "c": doc.category,
                                            "o": doc.organisation, "x": doc.text, "h": doc.headings})
    for plist in postings.values():  # ids ascending → deltas
        for i in range(len(plist) - 2, 1, -2):
            plist[i] -= plist[i - 2]
    encoded = {term: _dumps(p) for term, p in postings.items()}
    total = sum(len(term) * 3 + len(p) + 4 for term, p in encoded.items())
    shards = 1
    while total / shards > target_shard_bytes and shards < 65536:
        shards *= 2
    buckets: list[list[str]] = [[] for _ in range(shards)]
    for term in sorted(encoded):
        buckets[fnv1a(term) % shards].append(f"{json.dumps(term, ensure_ascii=False)}:{encoded[term]}")
    for k, bucket in enumerate(buckets):
        files[f"s/{k}.json"] = "{" + ",".join(bucket) + "}"
    files["facets.json"] = _dumps({name: {k: _delta(v) for k, v in sorted(values.items())}
                                   for name, values in facets.items()})
    return Index(shards, files)


def _delta(ids: list[int]) -> list[int]:
    return [b - a for a, b in zip([0, *ids], ids, strict=False)]


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
