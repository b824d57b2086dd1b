"""The search index: positional trigram postings, so every phrase is answered exactly from the index.

Layout under ``search/nd/`` (the browser engine is ``docs/javascripts/search-core.js``):

- ``s/<k>.json`` — shard *k* (``fnv1a(key) % shards``) of the dictionary: key → its postings as a
  compact string, or, when those are long, ``[file, docs, length]`` naming ``b/<file>.json`` (for a
  trigram ``[file, docs, length, summary]``: ``b/<summary>.json`` holds its postings without positions,
  in the form of characters and bigrams, for when the trigram is a whole query term).
  Keys are every character, bigram and trigram of each article's folded text.

  * characters and bigrams: per article ``doc delta, count × 4 + 2·(in title) + (in a heading)``;
  * trigrams: per article ``doc delta, n × 4 + 2·t + h``, then when *t* the number of positions in
    the title (they come first), when *h* the number of positions inside a heading and their
    indices (delta-coded), then the *n* positions in the folded text (delta-coded).

  A query term of one to three characters is answered by its own postings. A longer phrase is
  answered by a cover of its trigrams (each offset at most three after the previous, the first at 0
  and the last at the end), chosen to fetch the fewest bytes: it occurs where every trigram of the
  cover sits at its offset. Nothing is confirmed against article texts, so every count is exact and a
  query costs at most three sequential round trips: shards, long postings, the shown articles.
  A phrase is "in the title" when its last trigram is a title position (exact); "in a heading" when
  every trigram of its cover is a heading position — which would also hold, wrongly, for a phrase
  straddling two headings that follow each other with no text between, exactly at a cover joint.
- ``b/<file>.json`` — long postings, fetched only when the cover needs them.
- ``t/<doc>.json`` — one article: URL, title, date, category, organisation, display text, heading
  spans, body start; fetched only for the results being shown (snippets).
- ``facets.json`` — the category, organisation and year of every article (codes into name lists),
  for facet filters and the chips that narrow a result list.
- ``t2s.json`` — the traditional → simplified character pairs the query is folded with.

Numbers are written as base-32 variable-length digits that need no escaping in JSON (:func:`varint`):
``0-9A-V`` end a number, ``a-z+/-_.!`` say more digits follow; numbers below 32 take one character,
positions in an article of up to 1,023 folded characters two. Doc ids run newest first.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import operator
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .search import SearchDoc, fold, t2s_table

#: 64 characters that need no escaping in JSON: a digit is 5 bits of value plus a "more follows" bit
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV" "abcdefghijklmnopqrstuvwxyz+/-_.!"
#: postings longer than this (characters) get their own file under b/
INLINE_MAX = 1_200
FACET_NAMES = ("category", "organisation", "year")


def varint(n: int) -> str:
    """*n* ≥ 0 as base-32 digits, most significant first; every digit but the last has bit 5 set.

    >>> varint(0), varint(31), varint(32), varint(1023), varint(1024)
    ('0', 'V', 'b0', '!V', 'ba0')
    """
    out = [DIGITS[n & 31]]
    n >>= 5
    while n:
        out.append(DIGITS[32 | (n & 31)])
        n >>= 5
    return "".join(reversed(out))


_VARINTS = [varint(n) for n in range(4096)]


def _v(n: int) -> str:
    return _VARINTS[n] if n < 4096 else varint(n)


def unvarints(text: str) -> list[int]:
    """Decode a run of :func:`varint` digits (for tests; the worker decodes in JavaScript).

    >>> unvarints(varint(5) + varint(1024) + varint(0))
    [5, 1024, 0]
    """
    out, value = [], 0
    for ch in text:
        d = DIGITS.index(ch)
        value = value * 32 + (d & 31)
        if not d & 32:
            out.append(value)
            value = 0
    return out


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


def count_from(positions: Sequence[int], size: int) -> int:
    """Non-overlapping occurrences (as str.count counts them) from sorted overlapping positions.

    >>> count_from([0, 1, 2, 5], 2)
    3
    """
    n, free = 0, -1
    for p in positions:
        if p >= free:
            n += 1
            free = p + size
    return n


@dataclass
class _Layout:
    """One folded article: text, title length, heading spans (folded offsets)."""

    text: str
    title_end: int
    headings: list[tuple[int, int]]

    @classmethod
    def of(cls, doc: SearchDoc) -> _Layout:
        spans = [(len(fold(doc.text[:a])), len(fold(doc.text[:b]))) for a, b in doc.headings]
        return cls(fold(doc.text), len(fold(doc.text[: doc.title_end])), spans)

    def trigram_heading_starts(self) -> set[int]:
        """Positions where a trigram lies wholly inside one heading."""
        return {p for a, b in self.headings for p in range(a, b - 2)}


def _short_grams(text: str) -> set[str]:
    return set(text).union(map(operator.add, text, text[1:]))


def _short_postings(layout: _Layout) -> dict[str, int]:
    """Characters and bigrams → count × 4 + 2·title + heading, in one pass over the text.

    >>> _short_postings(_Layout("哈哈哈政", 2, []))["哈哈"]
    6
    """
    text = layout.text
    counts = Counter(text)
    counts.update(map(operator.add, text, text[1:]))
    for ch in set(text):
        if counts[ch + ch] > 1:  # 哈哈 overlaps itself: count as str.count does
            counts[ch + ch] = text.count(ch + ch)
    in_title = _short_grams(text[: layout.title_end])
    in_heading = set().union(*(_short_grams(text[a:b]) for a, b in layout.headings))
    return {gram: n * 4 + (2 if gram in in_title else 0) + (1 if gram in in_heading else 0)
            for gram, n in counts.items()}


def _trigram_postings(doc_delta: int, positions: list[int], title_end: int, heading_starts: set[int]) -> str:
    if len(positions) == 1 and positions[0] + 3 > title_end and positions[0] not in heading_starts:
        return _v(doc_delta) + "4" + _v(positions[0])  # the common case: once, in the body
    in_title = sum(1 for p in positions if p + 3 <= title_end)
    heads = [i for i, p in enumerate(positions) if p in heading_starts] if heading_starts else []
    parts = [_v(doc_delta), _v(len(positions) * 4 + (2 if in_title else 0) + (1 if heads else 0))]
    if in_title:
        parts.append(_v(in_title))
    if heads:
        parts.append(_v(len(heads)))
        parts += (_v(b - a) for a, b in zip([0, *heads], heads, strict=False))
    parts += (_v(b - a) for a, b in zip([0, *positions], positions, strict=False))
    return "".join(parts)


def trigram_summary(encoded: str) -> str:
    """Trigram postings without positions, in the character/bigram form: doc delta, count × 4 + 2·t + h.

    >>> unvarints(trigram_summary(_trigram_postings(3, [0, 1, 9], 4, {9})))
    [3, 11]
    """
    numbers, out, i = unvarints(encoded), [], 0
    while i < len(numbers):
        delta, head = numbers[i], numbers[i + 1]
        i += 2
        n = head >> 2
        if head & 2:
            i += 1
        if head & 1:
            i += 1 + numbers[i]
        positions = list(itertools.accumulate(numbers[i : i + n]))
        i += n
        out.append(_v(delta) + _v(count_from(positions, 3) * 4 + (head & 3)))
    return "".join(out)


@dataclass
class Index:
    shards: int
    files: dict[str, str] = field(default_factory=dict)

    def stub(self, version: str, separator: str) -> dict[str, Any]:
        """What Material's front end fetches on page load and hands the worker: settings, no index."""
        return {"config": {"lang": ["en"], "separator": separator, "pipeline": [],
                           "nd": {"version": version, "shards": self.shards}}, "docs": []}


def build_index(docs: Sequence[SearchDoc], target_shard_bytes: int = 6_000,
                inline_max: int = INLINE_MAX) -> Index:
    """All index files for *docs* (whose ids must be 0..n−1, newest first), as path → text.

    Time is linear in the text: one pass per article collects its grams; postings are appended in
    id order, so no sorting beyond the final dictionary. The cyclic garbage collector is paused
    meanwhile: it would rescan the growing posting lists again and again (superlinear).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(docs, target_shard_bytes, inline_max)
    finally:
        if enabled:
            gc.enable()


def _build(docs: Sequence[SearchDoc], target_shard_bytes: int, inline_max: int) -> Index:
    postings: dict[str, list[str]] = {}
    last: dict[str, int] = {}
    files: dict[str, str] = {}
    for doc in docs:
        layout = _Layout.of(doc)
        for gram, value in _short_postings(layout).items():
            postings.setdefault(gram, []).append(_v(doc.id - last.get(gram, 0)) + _v(value))
            last[gram] = doc.id
        where: dict[str, list[int]] = {}
        text = layout.text
        for i, gram in enumerate(map("".join, zip(text, text[1:], text[2:], strict=False))):
            at = where.get(gram)
            if at is None:
                where[gram] = [i]
            else:
                at.append(i)
        heading_starts = layout.trigram_heading_starts()
        for gram, positions in where.items():
            postings.setdefault(gram, []).append(
                _trigram_postings(doc.id - last.get(gram, 0), positions, layout.title_end, heading_starts))
            last[gram] = doc.id
        files[f"t/{doc.id}.json"] = _dumps({"u": doc.url, "t": doc.title, "d": doc.date, "c": doc.category,
                                            "o": doc.organisation, "x": doc.text, "h": doc.headings,
                                            "b": doc.body_start})
    entries: dict[str, str] = {}
    big = 0
    for gram in sorted(postings):
        encoded = "".join(postings[gram])
        if len(encoded) > inline_max:
            files[f"b/{big}.json"] = json.dumps(encoded)
            pointer = [big, len(postings[gram]), len(encoded)]  # one string per article
            big += 1
            if len(gram) == 3:  # asked alone, a trigram needs no positions: its per-article summary
                files[f"b/{big}.json"] = json.dumps(trigram_summary(encoded))
                pointer.append(big)
                big += 1
            entries[gram] = _dumps(pointer)
        else:
            entries[gram] = json.dumps(encoded)
    total = sum(len(g.encode()) + len(e) + 4 for g, e in entries.items())
    shards = 1
    while total / shards > target_shard_bytes and shards < 65536:
        shards *= 2
    buckets: list[list[str]] = [[] for _ in range(shards)]
    for gram, entry in entries.items():
        buckets[fnv1a(gram) % shards].append(f"{json.dumps(gram, ensure_ascii=False)}:{entry}")
    for k, bucket in enumerate(buckets):
        files[f"s/{k}.json"] = "{" + ",".join(bucket) + "}"
    files["facets.json"] = _facets(docs)
    files["t2s.json"] = _dumps({"pairs": "".join(k + v for k, v in sorted(t2s_table().items()))})
    return Index(shards, files)


def _facets(docs: Sequence[SearchDoc]) -> str:
    """Names per facet and, per facet, one fixed-width code per doc (in id order; 0 = none)."""
    out: dict[str, Any] = {}
    for name in FACET_NAMES:
        names = sorted({d.facet(name) for d in docs if d.facet(name)})
        code = {n: i + 1 for i, n in enumerate(names)}
        width = 1
        while 32 ** width <= len(names):
            width += 1
        out[name] = {"names": names, "width": width,
                     "codes": "".join(_fixed(code.get(d.facet(name), 0), width) for d in docs)}
    return _dumps(out)


def _fixed(n: int, width: int) -> str:
    return "".join(DIGITS[(n >> (5 * k)) & 31] for k in reversed(range(width)))


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_index(folder: Path, docs: Sequence[SearchDoc], separator: str) -> None:
    """Write the index of *docs* under ``folder/nd/`` and, in place of Material's lunr index,
    ``folder/search_index.json``: a stub with Material's settings and our index's version and shards."""
    index = build_index(docs)
    out = folder / "nd"
    shutil.rmtree(out, ignore_errors=True)
    for path, text in index.files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    version = hashlib.sha256("".join(index.files[k] for k in sorted(index.files)).encode()).hexdigest()[:12]
    (folder / "search_index.json").write_text(_dumps(index.stub(version, separator)), encoding="utf-8")
