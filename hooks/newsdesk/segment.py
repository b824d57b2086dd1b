"""Stage 3 — segment: cleaned text → classified blocks.

Blocks are runs of lines. A hard-wrapped narrow column (most lines the same
width) keeps its lines together as one paragraph; otherwise every line stands
alone. Each block is then classified by general rules, configured in
``newsdesk.yml``: column headers, page furniture, bylines and photo credits by
pattern; title and subtitle at the top; runs of short lines without closing
punctuation become captions, except the last one before a paragraph, which is a
section heading; short lines after the last paragraph are captions, or adverts
once a column header has closed the article. Finally a paragraph that ends
mid-sentence (a page or column break) is joined with the paragraph after it.
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from dataclasses import dataclass, replace
from enum import StrEnum

from .config import Config
from .linear_re import compile_linear
from .normalise import INLINE_FIXERS, PARAGRAPH_FIXERS, Change, fix_and_explain
from .textutil import display_width, ends_sentence, join_fragments


class Kind(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    COLUMN = "column"
    BYLINE = "byline"
    CREDIT = "credit"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    FURNITURE = "furniture"
    # Provisional kinds, resolved before segment() returns.
    SHORT = "short"
    MARKED = "marked-heading"


@dataclass(frozen=True)
class Block:
    kind: Kind
    text: str
    #: first and last line of the block in the seed file (1-based)
    line: int
    end_line: int
    #: why the block got its kind
    reason: str = ""
    #: Markdown heading level given in the seed (``#`` = 1), 0 if none
    level: int = 0


@dataclass(frozen=True)
class Join:
    """Two blocks joined into one paragraph across a break."""

    line: int
    next_line: int
    left: str
    right: str


@dataclass(frozen=True)
class Segmented:
    blocks: tuple[Block, ...]
    joins: tuple[Join, ...]
    changes: tuple[tuple[int, Change], ...]
    wrap_width: int | None


_MARKED = re.compile(r"^(#{1,6})\s+(.*)$")


def _as(b: Block, kind: Kind, reason: str) -> Block:
    """*b* with another kind (faster than dataclasses.replace, which this runs for every block)."""
    return Block(kind, b.text, b.line, b.end_line, reason, b.level)


@functools.lru_cache(maxsize=16)
def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One regex that matches where any of *patterns* does: a quick test before the precise one."""
    return compile_linear("|".join(f"(?:{p.pattern})" for p in patterns)) if patterns else None


def wrap_width(lines: list[str]) -> int | None:
    """The column width of a hard-wrapped text, or None when lines are not wrapped.

    A line followed by another line of the same block is a wrapped line; when most
    of them have nearly the same display width, that width is the column.

    >>> wrap_width(["一二三四五六七八", "一二三四五六七八", "一二三四五六七", "完。", ""] * 3)
    16
    >>> wrap_width(["一段话。", "另一段较长的话。", ""]) is None
    True
    """
    widths = [display_width(a) for a, b in itertools.pairwise(lines) if a and b]
    if len(widths) < 8:
        return None
    median = int(statistics.median(widths))
    near = sum(1 for w in widths if abs(w - median) <= 4)
    if median > 80 or near < 0.7 * len(widths):
        return None
    return median


def _raw_blocks(text: str, first_line: int, wrapped: bool) -> list[tuple[int, int, list[str]]]:
    """(start line, end line, lines) for each run of non-empty lines; unwrapped text: one per line."""
    blocks: list[tuple[int, int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), first_line):
        if line and wrapped and current:
            current.append(line)
            continue
        if current:
            blocks.append((start, number - 1, current))
            current = []
        if line:
            current, start = [line], number
    if current:
        blocks.append((start, start + len(current) - 1, current))
    return blocks


def parse_byline(text: str, config: Config) -> list[tuple[str, str]] | None:
    """People named in a byline as (role, name), or None when *text* is no byline.

    >>> from newsdesk.config import load_config
    >>> parse_byline("■文字 冯思家 摄影 市政协办", load_config("newsdesk.yml"))
    [('文字', '冯思家'), ('摄影', '市政协办')]
    >>> parse_byline("记者 沈洁 通讯员 计益婷", load_config("newsdesk.yml"))
    [('记者', '沈洁'), ('通讯员', '计益婷')]
    >>> parse_byline("记者节活动在市里举行。", load_config("newsdesk.yml")) is None
    True
    """
    marked = text[:1] in config.byline_markers
    if not marked and not text.startswith(config.roles):
        return None
    body = text[1:].strip() if marked else text
    if display_width(body) > 60 or re.search("[，。；！？]", body):
        return None
    roles = sorted(config.roles, key=len, reverse=True)
    people: list[tuple[str, str]] = []
    role = ""
    for token in re.split(r"[\s:：/、|]+", body):
        while token:
            found = next((r for r in roles if token.startswith(r)), None)
            if found:
                role, token = found, token[len(found):]
                continue
            if not role and not marked:
                return None
            if len(token) > 12:
                return None
            people.append((role, token))
            break
    if not people or (not marked and not role):
        return None
    return people


def credit_of(text: str, config: Config) -> str | None:
    """The source named by a photo credit line, or None.

    >>> from newsdesk.config import load_config
    >>> credit_of("（照片由市政协办提供）", load_config("newsdesk.yml"))
    '市政协办'
    """
    for pattern in config.credits:
        match = pattern.fullmatch(text)
        if match:
            return match.group("who").strip()
    return None


def _classify(text: str, config: Config, wrap: int | None, lines: int) -> tuple[Kind, str, int]:
    marked = _MARKED.match(text)
    if marked:
        return Kind.MARKED, "Markdown 标题标记", len(marked.group(1))
    for column in config.columns:
        if text in (column.name, column.pinyin):
            return Kind.COLUMN, f"栏目 {column.name}", 0
    quick = _any_of(tuple(f.pattern for f in config.furniture))
    if quick is not None and quick.search(text):
        for furniture in config.furniture:
            if furniture.pattern.search(text):
                return Kind.FURNITURE, furniture.reason, 0
    if credit_of(text, config) is not None:
        return Kind.CREDIT, "图片来源", 0
    if parse_byline(text, config) is not None:
        return Kind.BYLINE, "署名", 0
    width = display_width(text)
    # In a hard-wrapped column, a line as wide as the column runs on into the next one.
    full = wrap is not None and (lines > 1 or wrap - 2 <= width <= wrap + 6)
    if not full and width <= config.layout.caption_max_width and not ends_sentence(text) \
            and not re.search("[。！？]", text):
        return Kind.SHORT, "短行，无句末标点", 0
    return Kind.PARAGRAPH, "正文", 0


def _header(blocks: list[Block], config: Config) -> int:
    """Mark title and subtitle at the top; return the index where the body starts."""
    skip = (Kind.COLUMN, Kind.FURNITURE, Kind.BYLINE, Kind.CREDIT)
    title = subtitle = -1
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind in skip:
            i += 1
            continue
        following = next((x for x in blocks[i + 1 :] if x.kind not in (Kind.COLUMN, Kind.FURNITURE)), None)
        before_byline = following is not None and following.kind in (Kind.BYLINE, Kind.CREDIT)
        short = b.kind == Kind.SHORT and display_width(b.text) <= config.layout.title_max_width
        if title < 0 and ((b.kind == Kind.MARKED and b.level == 1) or (b.kind == Kind.SHORT and short)):
            title = i
            blocks[i] = replace(b, kind=Kind.TITLE, reason="开头第一行短句" if b.level == 0 else "# 标记")
        elif title >= 0 and subtitle < 0 and (
            (b.kind == Kind.MARKED and b.level == 2)
            or (short and (b.text.startswith(("——", "—", "--")) or before_byline))
        ):
            subtitle = i
            blocks[i] = _as(b, Kind.SUBTITLE, "标题下的副题")
        else:
            break
        i += 1
    return i


def _body(blocks: list[Block], start: int, config: Config) -> None:
    """Resolve short lines and Markdown headings in the body, in place."""
    last_text = max((i for i, b in enumerate(blocks) if b.kind == Kind.PARAGRAPH), default=start - 1)
    i = start
    while i < len(blocks):
        b = blocks[i]
        if b.kind == Kind.MARKED:
            blocks[i] = _as(b, Kind.HEADING, "Markdown 标题标记")
        elif b.kind == Kind.SHORT and i > last_text:
            closed = any(x.kind in (Kind.COLUMN, Kind.FURNITURE) for x in blocks[last_text + 1 : i])
            blocks[i] = _as(b, Kind.FURNITURE, "栏头之后的广告或标语") if closed \
                else _as(b, Kind.CAPTION, "文末短行：图片说明")
        elif b.kind == Kind.SHORT:
            end = i
            while end + 1 < len(blocks) and blocks[end + 1].kind == Kind.SHORT:
                end += 1
            for j in range(i, end + 1):
                heading = j == end and display_width(blocks[j].text) <= config.layout.heading_max_width \
                    and end + 1 < len(blocks) and blocks[end + 1].kind in (Kind.PARAGRAPH, Kind.SHORT)
                blocks[j] = _as(blocks[j], Kind.HEADING, "段落前的短行：小标题") if heading \
                    else _as(blocks[j], Kind.CAPTION, "成组的短行：图片说明")
            i = end
        i += 1


def _join(blocks: list[Block]) -> tuple[list[Block], list[Join]]:
    """Join each paragraph that ends mid-sentence with the next paragraph (skipping furniture)."""
    out: list[Block] = []
    joins: list[Join] = []
    pending: Block | None = None
    for b in blocks:
        if pending is not None and b.kind in (Kind.FURNITURE, Kind.COLUMN):
            out.append(b)
            continue
        if pending is not None and b.kind == Kind.PARAGRAPH:
            joins.append(Join(pending.end_line, b.line, pending.text[-8:], b.text[:8]))
            b = replace(pending, text=join_fragments(pending.text, b.text), end_line=b.end_line)
            pending = None
        elif pending is not None:
            out.append(pending)
            pending = None
        if b.kind == Kind.PARAGRAPH and not ends_sentence(b.text):
            pending = b
            # keep the place so furniture between the halves keeps its order after the joined paragraph
            continue
        out.append(b)
    if pending is not None:
        out.append(pending)
    return out, joins


def segment(text: str, first_line: int, config: Config) -> Segmented:
    """Cut normalised *text* (whose first line is *first_line* of the file) into classified blocks."""
    lines = text.split("\n")
    wrap = wrap_width(lines)
    blocks: list[Block] = []
    for start, end, raw in _raw_blocks(text, first_line, wrap is not None):
        joined = raw[0]
        for line in raw[1:]:
            joined = join_fragments(joined, line)
        kind, reason, level = _classify(joined, config, wrap, len(raw))
        if kind == Kind.MARKED:
            joined = _MARKED.sub(r"\2", joined).strip()
        blocks.append(Block(kind, joined, start, end, reason, level))
    body_start = _header(blocks, config)
    _body(blocks, body_start, config)
    joined_blocks, joins = _join(blocks)
    changes: list[tuple[int, Change]] = []
    fixed_blocks = []
    for b in joined_blocks:
        fixers = PARAGRAPH_FIXERS if b.kind == Kind.PARAGRAPH else INLINE_FIXERS
        text_fixed, block_changes = fix_and_explain(b.text, fixers)
        changes.extend((b.line, c) for c in block_changes)
        fixed_blocks.append(replace(b, text=text_fixed) if block_changes else b)
    return Segmented(tuple(fixed_blocks), tuple(joins), tuple(changes), wrap)
