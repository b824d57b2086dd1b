"""Stage 4 — extract: metadata from the blocks, each value with its source.

Layers, later wins: configured defaults → what the text says (by rule) → front
matter. Every value records where it came from, so ``explain`` can say why an
article got its date, category or organisation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from .config import Category, Config, Organisation
from .dates import PartialDate, chinese_number
from .frontmatter import FrontMatter
from .segment import Block, Kind, credit_of, parse_byline

T = TypeVar("T")


@dataclass(frozen=True)
class Sourced(Generic[T]):
    value: T
    #: "front matter line 3", "text line 9: “2020年5月30日”", "rule: …", "default"
    source: str


@dataclass(frozen=True)
class Anchor:
    """The year relative dates (``2月25日``, ``今年``) belong to, and how it was found."""

    year: int
    source: str


@dataclass(frozen=True)
class Session:
    term: int
    meeting: int

    def zh(self) -> str:
        return f"{_zh_number(self.term)}届{_zh_number(self.meeting)}次会议"


@dataclass(frozen=True)
class Metadata:
    title: Sourced[str]
    subtitle: Sourced[str] | None
    column: Sourced[str] | None
    authors: Sourced[tuple[tuple[str, str], ...]]
    photo_credit: Sourced[str] | None
    organisation: Sourced[str] | None
    category: Sourced[str]
    date: Sourced[PartialDate] | None
    session: Sourced[Session] | None
    tags: Sourced[tuple[str, ...]]
    summary: Sourced[str]
    characters: int
    reading_minutes: int


def _zh_number(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return f"{digits[tens] if tens > 1 else ''}十{digits[ones] if ones else ''}"


@dataclass(frozen=True)
class Parts:
    """The text an article is searched in, part by part, with each part's lines."""

    title: list[Block]
    subtitle: list[Block]
    lead: list[Block]
    body: list[Block]

    def get(self, name: str) -> list[Block]:
        return list(getattr(self, name))

    def iter(self, *names: str) -> Iterator[Block]:
        for name in names:
            yield from self.get(name)


def parts_of(blocks: tuple[Block, ...], config: Config) -> Parts:
    paragraphs = [b for b in blocks if b.kind == Kind.PARAGRAPH]
    text = [b for b in blocks if b.kind in (Kind.PARAGRAPH, Kind.HEADING)]
    return Parts(
        title=[b for b in blocks if b.kind == Kind.TITLE],
        subtitle=[b for b in blocks if b.kind == Kind.SUBTITLE],
        lead=paragraphs[: config.layout.lead_paragraphs],
        body=text,
    )


def _quote(text: str) -> str:
    return f"“{text}”"


_FULL_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_THIS_YEAR = re.compile(r"今年(?:(\d{1,2})月)?")
_SESSION = re.compile(r"(?:第)?([一二三四五六七八九十]{1,3})届([一二三四五六七八九十]{1,3})次(会议|全会|全体会议)?")
_PARTY_BEFORE = re.compile(r"(?:市委|区委|县委|党委|省委|党工委)$")
_FOUNDED = re.compile(r"自?(\d{4})年(?:创办|创立|举办|开办|设立|启动|首办)以来")
_ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3})(?:届|个年头)")


def _date(parts: Parts, org: Organisation | None, anchor: Anchor) -> tuple[
        Sourced[PartialDate] | None, Sourced[Session] | None]:
    session = _session(parts, org)
    for b in parts.iter("title", "subtitle", "lead"):
        for m in _FULL_DATE.finditer(b.text):
            try:
                date = PartialDate(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
            return Sourced(date, f"text line {b.line}: {_quote(m[0])}"), session
    if session is not None and org is not None:
        start = org.terms[session.value.term]
        year = start + session.value.meeting - 1
        return Sourced(PartialDate(year), f"{session.source}; {org.name} 第{session.value.term}届始于 "
                                          f"{start} 年 → {start} + {session.value.meeting} − 1"), session
    for b in parts.iter("title", "subtitle", "lead"):
        for m in _MONTH_DAY.finditer(b.text):
            try:
                date = PartialDate(anchor.year, int(m[1]), int(m[2]))
            except ValueError:
                continue
            return Sourced(date, f"text line {b.line}: {_quote(m[0])} + year {anchor.year} ({anchor.source})"), session
        m2 = _THIS_YEAR.search(b.text)
        if m2:
            date = PartialDate(anchor.year, int(m2[1]) if m2[1] else None)
            if date.month and not 1 <= date.month <= 12:
                continue
            return Sourced(date, f"text line {b.line}: {_quote(m2[0])} = {anchor.year} ({anchor.source})"), session
    for b in parts.iter("title", "subtitle", "lead", "body"):
        founded = _FOUNDED.search(b.text)
        if not founded:
            continue
        for c in parts.iter("title", "subtitle", "lead", "body"):
            ordinal = _ORDINAL.search(c.text)
            n = chinese_number(ordinal[1]) if ordinal else None
            if ordinal and n:
                year = int(founded[1]) + n - 1
                return Sourced(PartialDate(year), f"text line {b.line}: {_quote(founded[0])} + line {c.line}: "
                                                  f"{_quote(ordinal[0])} → {founded[1]} + {n} − 1"), session
    return None, session


def _session(parts: Parts, org: Organisation | None) -> Sourced[Session] | None:
    if org is None or not org.terms:
        return None
    for b in parts.iter("title", "subtitle", "lead", "body"):
        for m in _SESSION.finditer(b.text):
            if m[3] == "全会" or _PARTY_BEFORE.search(b.text[: m.start()]):
                continue
            term, meeting = chinese_number(m[1]), chinese_number(m[2])
            if term in org.terms and meeting:
                return Sourced(Session(term, meeting), f"text line {b.line}: {_quote(m[0])}")
    return None


def _organisation(blocks: tuple[Block, ...], parts: Parts, config: Config) -> Sourced[str] | None:
    """Explicit names count most; an alias (市政协) goes to the organisation whose places the text names."""
    front = {id(b) for b in parts.title + parts.subtitle + parts.lead}
    kept = [b for b in blocks if b.kind not in (Kind.FURNITURE, Kind.COLUMN)]
    # the title, subtitle and lead count three times; everything else once
    weighted = [("\n".join(b.text for b in kept if id(b) in front), 3),
                ("\n".join(b.text for b in kept if id(b) not in front), 1)]
    names = sorted((o.name for o in config.organisations), key=len, reverse=True)
    scores = {o.name: 0.0 for o in config.organisations}
    evidence: dict[str, list[str]] = {o.name: [] for o in config.organisations}
    alias_counts: dict[str, float] = {}
    mentions: dict[str, int] = {}
    place_counts = {o.name: 0 for o in config.organisations}
    for text, weight in weighted:
        for name in names:
            n = text.count(name)
            if n:
                scores[name] += n * weight
                mentions[name] = mentions.get(name, 0) + n
                text = text.replace(name, "〓")
        for o in config.organisations:
            place_counts[o.name] += sum(text.count(p) for p in o.places)
            for alias in o.aliases:
                alias_counts[alias] = alias_counts.get(alias, 0) + text.count(alias) * weight
    for name, n in mentions.items():
        evidence[name].append(f"{name}×{n}")
    for alias, count in alias_counts.items():
        holders = [o for o in config.organisations if alias in o.aliases]
        if count and holders:
            best = max(holders, key=lambda o: place_counts[o.name])
            if place_counts[best.name]:
                scores[best.name] += count
                evidence[best.name].append(f"{alias}×{count:g} (地名 {best.places[0]}×{place_counts[best.name]})")
    best_name = max(scores, key=lambda k: scores[k])
    if scores[best_name] <= 0:
        return None
    return Sourced(best_name, f"rule: {', '.join(evidence[best_name])}; score {scores[best_name]:g}")


def _category(parts: Parts, config: Config) -> Sourced[str]:
    best: tuple[float, Category, list[str]] | None = None
    for category in config.categories:
        score, why = 0.0, []
        for rule in category.rules:
            for name in rule.fields:
                n = sum(len(rule.pattern.findall(b.text)) for b in parts.get(name))
                if n:
                    score += n * rule.weight
                    why.append(f"{rule.pattern.pattern!r} in {name} ×{n} (+{n * rule.weight:g})")
        if score and (best is None or score > best[0]):
            best = (score, category, why)
    if best is None or best[0] < config.layout.min_category_score:
        return Sourced(config.default_category.name, "default: no category rule reached "
                                                     f"{config.layout.min_category_score:g}")
    return Sourced(best[1].name, f"rule: {'; '.join(best[2])}; score {best[0]:g}")


_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）]*|[^。！？]+$")


def summarise(paragraphs: list[str], limit: int) -> str:
    """The first sentences, about *limit* characters; a long first sentence is cut with “…”.

    >>> summarise(["一二三。四五六。七八九。"], 8)
    '一二三。四五六。'
    >>> summarise(["一二三四五六七八九十"], 5)
    '一二三四…'
    >>> summarise(["好。一二三四五六七八九十"], 6)
    '好。一二三…'
    """
    out = ""
    for sentence in (s for p in paragraphs for s in _SENTENCE.findall(p) if s):
        if len(out) + len(sentence) > limit:
            if len(out) < limit // 2:  # too short alone: fill up with the start of the next sentence
                out += sentence[: limit - len(out) - 1] + "…"
            break
        out += sentence
    return out


def extract(blocks: tuple[Block, ...], fm: FrontMatter, config: Config, anchor: Anchor) -> Metadata:
    parts = parts_of(blocks, config)

    def from_fm(key: str) -> str:
        return f"front matter line {fm.lines[key]}"

    title_block = parts.title[0] if parts.title else None
    title = Sourced(fm.title, from_fm("title")) if fm.title else \
        Sourced(title_block.text, f"text line {title_block.line}: {title_block.reason}") if title_block else \
        Sourced("", "missing")
    subtitle = Sourced(fm.subtitle, from_fm("subtitle")) if fm.subtitle else next(
        (Sourced(re.sub(r"^[—–-]+", "", b.text).strip(), f"text line {b.line}: {b.reason}") for b in parts.subtitle),
        None)
    column = next((Sourced(next(c.name for c in config.columns if b.text in (c.name, c.pinyin)),
                           f"text line {b.line}: 栏目名") for b in blocks if b.kind == Kind.COLUMN), None)
    people = tuple(p for b in blocks if b.kind == Kind.BYLINE for p in parse_byline(b.text, config) or [])
    byline_lines = ", ".join(str(b.line) for b in blocks if b.kind == Kind.BYLINE)
    authors = Sourced(fm.authors, from_fm("authors")) if fm.authors is not None else \
        Sourced(people, f"text line {byline_lines}: 署名" if people else "none in text")
    photo = next((Sourced(credit_of(b.text, config) or "", f"text line {b.line}: 图片来源")
                  for b in blocks if b.kind == Kind.CREDIT), None)
    organisation = Sourced(fm.organisation, from_fm("organisation")) if fm.organisation else \
        _organisation(blocks, parts, config)
    org = next((o for o in config.organisations if organisation and o.name == organisation.value), None)
    category = Sourced(fm.category, from_fm("category")) if fm.category else _category(parts, config)
    date, session = _date(parts, org, anchor)
    if fm.date:
        date = Sourced(fm.date, from_fm("date"))
    body_text = "".join(b.text for b in parts.body)
    if fm.tags is not None:
        tags = Sourced(fm.tags, from_fm("tags"))
    else:
        everything = title.value + body_text
        counts = [(everything.count(t), i, t) for i, t in enumerate(config.tags) if t in everything]
        chosen = tuple(t for _, _, t in sorted(counts, key=lambda c: (-c[0], c[1]))[: config.layout.max_tags])
        tags = Sourced(chosen, "rule: glossary terms by frequency")
    paragraphs = [b.text for b in blocks if b.kind == Kind.PARAGRAPH]
    summary = Sourced(fm.summary, from_fm("summary")) if fm.summary else \
        Sourced(summarise(paragraphs, config.layout.summary_chars), "rule: first sentences")
    characters = len(re.sub(r"\s", "", title.value + body_text))
    minutes = max(1, math.ceil(characters / config.layout.chars_per_minute))
    return Metadata(title, subtitle, column, authors, photo, organisation, category, date, session,
                    tags, summary, characters, minutes)
