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

import itertools
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from .bylines import inline_byline, is_name, join_spaced_names, parse_byline, people_of
from .config import Config, Furniture
from .linear_re import compile_linear
from .normalise import INLINE_FIXERS, PARAGRAPH_FIXERS, Change, fix_and_explain
from .textutil import display_width, ends_sentence, join_fragments, shared_words


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
    #: people named by a byline inside this block (本报讯（记者 …）)
    people: tuple[tuple[str, str], ...] = ()
    #: a doubt worth a warning (a furniture rule matched running text, …)
    note: str = ""


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
    return Block(kind, b.text, b.line, b.end_line, reason, b.level, b.people, b.note)


def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One regex that matches where any of *patterns* does: a quick test before the precise one."""
    return compile_linear("|".join(f"(?:{p.pattern})" for p in patterns), capture=False) if patterns else None


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


#: A line that opens a news report's text: it never continues the line above (a headline).
LEAD_MARKER = re.compile(r"^\s*(?:本报讯|本网讯|本刊讯|[\u4e00-\u9fff]{2,8}讯\s*[（(]|新华社|人民政协网|[（(]记者)")


def _raw_blocks(text: str, first_line: int, wrapped: bool, alone: re.Pattern[str] | None = None,
                wrap_at: int | None = None) -> list[tuple[int, int, list[str]]]:
    """(start line, end line, lines) for each run of non-empty lines; unwrapped text: one per line.

    In wrapped text a line that *alone* matches (page furniture), or that opens a report
    (``本报讯``), stands apart from the lines around it.
    """
    blocks: list[tuple[int, int, list[str]]] = []
    current: list[str] = []
    start = 0
    previous_alone = False
    for number, line in enumerate(text.split("\n"), first_line):
        # a line as wide as the column runs on: it is text, whatever a furniture rule says
        full = wrapped and current and abs(display_width(line) - (wrap_at or 0)) <= 4
        this_alone = bool(line) and wrapped and not full and (
            (alone is not None and alone.search(line) is not None) or LEAD_MARKER.match(line) is not None)
        if line and wrapped and current and not this_alone and not previous_alone:
            current.append(line)
            continue
        previous_alone = this_alone
        if current:
            blocks.append((start, number - 1, current))
            current = []
        if line:
            current, start = [line], number
    if current:
        blocks.append((start, start + len(current) - 1, current))
    return blocks


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


def furniture_rule(text: str, config: Config) -> Furniture | None:
    """The first furniture rule that matches *text* (one combined search first, as most lines match none)."""
    quick = _quick_furniture(config.furniture)
    if quick is None or not quick.search(text):
        return None
    return next((f for f in config.furniture if f.pattern.search(text)), None)


_QUICK: dict[int, tuple[tuple[Furniture, ...], re.Pattern[str] | None]] = {}


_WIDE: dict[int, tuple[tuple[Furniture, ...], tuple[Furniture, ...], re.Pattern[str] | None]] = {}


def _wide_furniture(furniture: tuple[Furniture, ...]) -> tuple[tuple[Furniture, ...], re.Pattern[str] | None]:
    """The rules that remove lines however wide, and their quick test, cached by identity like the others."""
    cached = _WIDE.get(id(furniture))
    if cached is None or cached[0] is not furniture:
        wide = tuple(f for f in furniture if f.wide)
        cached = _WIDE[id(furniture)] = (furniture, wide, _any_of(tuple(f.pattern for f in wide)))
    return cached[1], cached[2]


def _quick_furniture(furniture: tuple[Furniture, ...]) -> re.Pattern[str] | None:
    """The rules as one pattern, cached by identity (hashing the rules on every line costs more than a search)."""
    cached = _QUICK.get(id(furniture))
    if cached is None or cached[0] is not furniture:
        cached = _QUICK[id(furniture)] = (furniture, _any_of(tuple(f.pattern for f in furniture)))
    return cached[1]


def _classify(text: str, config: Config, wrap: int | None, lines: int) -> tuple[Kind, str, int]:
    marked = _MARKED.match(text)
    if marked:
        return Kind.MARKED, "Markdown 标题标记", len(marked.group(1))
    for column in config.columns:
        if text in (column.name, column.pinyin):
            return Kind.COLUMN, f"栏目 {column.name}", 0
    width = display_width(text)
    # running text is never furniture (a rule matching its start is warned about in segment())
    if width <= config.layout.furniture_max_width and not re.search("[。！？]..", text):
        bare = LEADING_BULLET.sub("", text)  # a list bullet before a metadata line
        rule = furniture_rule(text, config) or (furniture_rule(bare, config) if bare and bare != text else None)
        if rule is not None and rule.reason.startswith("网页链接") and parse_byline(text, config) is not None:
            return Kind.BYLINE, "署名", 0  # 通讯员 陈某 刘某 毛某 本报记者 李某: names in a row, not a bar of links
        if rule is not None:
            return Kind.FURNITURE, rule.reason, 0
    else:
        wide, quick = _wide_furniture(config.furniture)
        rule = next((f for f in wide if f.pattern.search(text)), None) if quick and quick.search(text) else None
        if rule is not None:
            return Kind.FURNITURE, rule.reason, 0
    if credit_of(text, config) is not None:
        return Kind.CREDIT, "图片来源", 0
    if parse_byline(text, config) is not None:
        return Kind.BYLINE, "署名", 0
    inline = inline_byline(text, config) if width <= 120 and _BRACKETS.search(text) else None
    if inline is not None and inline[2] == 0 and inline[3] >= len(text.rstrip()):
        return Kind.BYLINE, "署名（括号内）", 0
    # In a hard-wrapped column, a line as wide as the column runs on into the next one.
    full = wrap is not None and (lines > 1 or wrap - 2 <= width <= wrap + 6)
    if not full and width <= config.layout.caption_max_width and not ends_sentence(text) \
            and not re.search("[。！？]", text):
        return Kind.SHORT, "短行，无句末标点", 0
    return Kind.PARAGRAPH, "正文", 0


#: a list bullet before a line (• 发表时间：…, - 上一篇：…); a dash counts only before a space (not -->)
LEADING_BULLET = re.compile(r"^\s*(?:[•·▪◦●○◆◇▶►]|[-–](?=\s))\s*")
#: a numbered section heading (一、 （二） 3.) is never a caption
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")


def _despaced(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_page_meta(b: Block) -> bool:
    """Whether *b* is the article's metadata line (发布时间：… 来源：… 点击次数：…), which a portal prints
    right under its headline."""
    return b.kind == Kind.FURNITURE and b.reason.startswith("网页文章信息")


#: a metadata label whose value the page prints on the next line (信息来源： / 文化频道)
_EMPTY_LABEL = re.compile(r"(?:信息来源|文章来源|来源|作者|发布者|发布人|发布时间|发布日期|编辑|责任编辑|供稿|撰稿)\s*[:：]")


def _meta_values(blocks: list[Block]) -> None:
    """A metadata line that ends at its label (信息来源：) has its value on the next short line (文化频道):
    that line is the label's, not a headline; it joins the label's line; in place."""
    i = 0
    while i + 1 < len(blocks):
        b, value = blocks[i], blocks[i + 1]
        if _is_page_meta(b) and _EMPTY_LABEL.fullmatch(b.text.strip()) and value.kind in (Kind.SHORT, Kind.PARAGRAPH) \
                and display_width(value.text) <= 24 and not re.search("[。，；！？]", value.text):
            blocks[i] = Block(Kind.FURNITURE, f"{b.text.strip()}{value.text.strip()}", b.line, value.end_line, b.reason)
            del blocks[i + 1]
        i += 1


def _is_page_stamp(b: Block) -> bool:
    """Whether *b* is the article's metadata line or the page's bare date line (2021/11/3 9:40:26 本站原创)."""
    return b.kind == Kind.FURNITURE and b.reason.startswith(("网页文章信息", "网页或电子报的日期行"))


def _text_after(blocks: list[Block], lead: int) -> str:
    """The report's text from its lead on, short lines included (a hard-wrapped text is not joined yet)."""
    return "".join(b.text for b in blocks[lead:] if b.kind in (Kind.PARAGRAPH, Kind.SHORT))


def _slogan(line: str, text: str) -> bool:
    """Whether *line* shares no two-character word with *text*, a report of some length, and names no 政协:
    a site's slogan or name (一端在手 信息全有, 某某日报新花城), not a line of the report."""
    return len(text) >= 200 and "政协" not in line and shared_words(line, text) < 0.05


def _headline_lists(blocks: list[Block]) -> None:
    """A long line of other articles' headlines (an e-paper page's index: 忠县:这座乡村公园… 北碚:书香筑梦
    …), with no sentence and no comma, is page furniture; in place."""
    for i, b in enumerate(blocks):
        # (a portal's long headline stands right above its metadata line: 群策群力谋发展 同心同德启新程 县政协…)
        # (nor a long headline with its subtitle over the writer's line: 千里同屏 十委员共谋一策 … ——某市政协…记 / ■记者…)
        # (nor one right over a lead that opens with its dateline or byline: 本报讯, （记者 某某）)
        over_meta = i + 1 < len(blocks) and (_is_page_meta(blocks[i + 1]) or
                                             (blocks[i + 1].kind == Kind.BYLINE and "——" in b.text) or
                                             (i == 0 and LEAD_MARKER.match(blocks[i + 1].text) is not None))
        if b.kind == Kind.PARAGRAPH and display_width(b.text) > 60 and not re.search("[。，；！？,;]", b.text) \
                and not over_meta and len([p for p in re.split(r"\s+", b.text) if len(_HAN.findall(p)) >= 4]) >= 4:
            blocks[i] = _as(b, Kind.FURNITURE, "其他文章的标题列表 (a list of other articles' headlines)")
    # a bulleted list of headlines above the report (- 某某在座谈会上强调 …): other articles' links
    top = next((i for i, b in enumerate(blocks) if _is_lead(b)), len(blocks))
    # (a bulleted metadata line or breadcrumb by a bulleted headline is no list)
    bullets = [i for i in range(top) if _BULLET.match(blocks[i].text) and not re.search("[。；]|位置\\s*[:：]", blocks[i].text)
               and not _is_page_stamp(blocks[i])]
    for i in bullets:
        if i + 1 in bullets or i - 1 in bullets:
            blocks[i] = _as(blocks[i], Kind.FURNITURE, "其他文章的标题列表 (a list of other articles' headlines)")


#: the occasion a report or speech was given at, under its headline: 在政协某县第十届委员会第六次会议上
_OCCASION = re.compile(r"在[^，。；]{4,60}(?:会议|大会|全会|会)上")
#: a list item's bullet: - , • , · , ▪
_BULLET = re.compile(r"^[-–•·▪►]\s")


def _original_title(blocks: list[Block]) -> int:
    """A reprint whose only headline is its 原标题 line: that line's title is the headline; in place.
    Returns how many blocks were added (one: the label stays as furniture)."""
    for i, b in enumerate(blocks):
        if b.kind == Kind.PARAGRAPH:
            return 0
        m = _ORIGINAL_TITLE.fullmatch(b.text.strip()) if b.kind == Kind.FURNITURE else None
        if m:
            blocks[i:i + 1] = [replace(b, text=m[1]), Block(Kind.TITLE, m[2].strip(), b.line, b.end_line,
                                                             "转载的原标题 (the reprint's original title)")]
            return 1
    return 0


_ORIGINAL_TITLE = re.compile(r"([（(]?(?:原标题|原题|来源标题)\s*[:：]\s*)(\S.{3,}?)\s*[）)]?")


def _in_order(short: str, long: str) -> bool:
    """Whether every character of *short* appears in *long*, in order."""
    rest = iter(long)
    return all(c in rest for c in short)


def _mostly_in(line: str, text: str) -> bool:
    """Whether most characters of *line* are in *text*: a printed headline line the page title words alike."""
    return bool(line) and sum(c in text for c in line) >= 0.6 * len(line)


def _column_labels(blocks: list[Block]) -> None:
    """A short line that repeats a part of the breadcrumb above it (首页 > 政协动态 > 广西政协动态, then
    广西政协动态) is the column's label, not the headline; in place."""
    parts: set[str] = set()
    for i, b in enumerate(blocks):
        if b.kind == Kind.FURNITURE and _CRUMB.search(b.text):
            # not its last part: that may be the page's own headline
            parts |= {_despaced(p) for p in _CRUMB.split(b.text)[:-1] if len(_despaced(p)) >= 3}
        elif b.kind == Kind.PARAGRAPH and _is_lead(b):
            return
        elif b.kind == Kind.SHORT and parts and _despaced(b.text) in parts:
            blocks[i] = _as(b, Kind.FURNITURE, "面包屑里的栏目名 (the column the breadcrumb names)")


def _pictures(blocks: list[Block]) -> None:
    """The line under a picture's file name (a photo gallery between the headline and the text), or one
    that says 图为… or ends with the photographer (摄影：赵二召), is a picture's caption, not a headline; in place."""
    for i in range(1, len(blocks)):
        if blocks[i].kind in (Kind.SHORT, Kind.PARAGRAPH) and blocks[i - 1].kind == Kind.FURNITURE \
                and _PICTURE.search(blocks[i - 1].text) and display_width(blocks[i].text) <= 80 \
                and not ends_sentence(blocks[i].text):
            blocks[i] = _as(blocks[i], Kind.CAPTION, "图片文件名下的图片说明 (the caption under a picture)")
    for i in range(1, len(blocks) - 1):
        # a short line over a photographer's credit (某某会议通过决议 / 记者 郁某 王某 摄), under a headline
        # already given, is the photo's caption
        if blocks[i].kind == Kind.SHORT and blocks[i + 1].kind == Kind.BYLINE and _PHOTO_CREDIT.search(blocks[i + 1].text) \
                and any(x.kind == Kind.SHORT for x in blocks[:i]):
            blocks[i] = _as(blocks[i], Kind.CAPTION, "摄影署名上方的图片说明 (the caption over a photo's credit)")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == Kind.SHORT and _PHOTO_CAPTION.search(b.text) and display_width(b.text) <= 80:
            blocks[i] = _as(b, Kind.CAPTION, "图片说明 (a photo's caption)")
            credit = _CAPTION_CREDIT.search(b.text)
            if credit and credit.start() > 0:  # the photographer leaves the caption for the byline
                blocks[i:i + 1] = [replace(blocks[i], text=b.text[: credit.start()].strip()),
                                   Block(Kind.BYLINE, credit[0].strip(), b.line, b.end_line, "图片说明里的摄影署名", 0,
                                         (("摄影", credit[1]),))]
                i += 1
        i += 1


#: what separates a breadcrumb's parts
_CRUMB = re.compile(r"\s*(?:[>＞»›→]+|[:：])\s*")
#: a picture's file name left in the text (a hash, IMG_1234, 微信图片_2024…)
_PICTURE = re.compile(r"^[0-9a-f]{24,}|^(?:微信图片|IMG|DSC|DJI|图片)_?[0-9_]{6,}|\.(?:jpe?g|png|gif|webp)$", re.IGNORECASE)


def _is_lead(b: Block) -> bool:
    """The first block of running text: a sentence, or a paragraph that opens with 本报讯."""
    if b.kind != Kind.PARAGRAPH:
        return False
    # a short exclamation (快讯！刚刚，市政协会议闭幕！) is a headline, not the lead
    short = display_width(b.text) <= 80 and "。" not in b.text
    return (bool(re.search("[。！？]", b.text) or ends_sentence(b.text)) and not short) \
        or "。" in b.text or LEAD_MARKER.match(b.text) is not None


_HAN = re.compile("[\u4e00-\u9fff]")
#: a label with nothing after it: 当前日期：, 本期发布：
_LABEL = re.compile(r"[^。！？，]{1,12}[:：]\s*")


def _headline_over_meta(blocks: list[Block], candidate: Callable[[Block], bool]) -> None:
    """A portal prints its headline right above the article's metadata line (时间：… 点击次数：…). Text
    above that headline (a sidebar's blurb about the county, a slogan) is the page's, not the report's,
    even when it reads like a lead — if the report under the metadata line is the longer by far; in place.
    """
    meta = next((i for i, b in enumerate(blocks) if _is_page_meta(b)), None)
    if meta is None or meta < 2 or not candidate(blocks[meta - 1]) or blocks[meta - 1].kind == Kind.MARKED:
        return
    above = [i for i in range(meta - 1) if blocks[i].kind in (Kind.PARAGRAPH, Kind.SHORT)]
    if not any(_is_lead(blocks[i]) for i in above):
        return  # nothing above that would be taken for the report's first paragraph
    han_above = sum(len(_HAN.findall(blocks[i].text)) for i in above)
    han_below = sum(len(_HAN.findall(b.text)) for b in blocks[meta + 1:] if b.kind == Kind.PARAGRAPH)
    if han_below < 2 * han_above:
        return
    for i in above:
        blocks[i] = _as(blocks[i], Kind.FURNITURE, "标题和文章信息行之前的网页内容 (page text above the headline)")


def _title_copies(blocks: list[Block]) -> None:
    """Short lines in the body that repeat the headline (a page's title again, with its site's name: …开幕 -
    天天要闻) are copies, not text; in place."""
    title = next((b for b in blocks if b.kind == Kind.TITLE), None)
    if title is None or len(_HAN.findall(title.text)) < 6:
        return
    own = _despaced(title.text)
    for i, b in enumerate(blocks):
        if b.kind in (Kind.SHORT, Kind.HEADING, Kind.CAPTION) and b.line > title.line:
            m = _TITLE_SUFFIX.search(b.text)
            if _despaced(b.text[: m.start()] if m else b.text) == own:
                blocks[i] = _as(b, Kind.FURNITURE, "标题的重复副本 (a copy of the headline)")


def _summary_copies(blocks: list[Block]) -> None:
    """A page's summary at its very top that the text repeats further down (the lead's first sentences,
    cut off) is the page's, not the report's first paragraph: the headline stands between them; in place."""
    first = next((i for i, b in enumerate(blocks) if b.kind == Kind.PARAGRAPH), None)
    if first is None or any(b.kind == Kind.SHORT for b in blocks[:first]):
        return
    text = _despaced(blocks[first].text).rstrip("…. ")
    if len(text) < 20:
        return
    later = any(b.kind == Kind.PARAGRAPH and _despaced(b.text).startswith(text[:40]) for b in blocks[first + 2:])
    if later and any(b.kind == Kind.SHORT for b in blocks[first + 1:first + 8]):
        blocks[first] = _as(blocks[first], Kind.FURNITURE, "网页顶部的摘要，正文后面重复 (the page's summary of the text)")


def _fallback_headline(text: str) -> bool:
    """Whether a line found where no headline was can be one: a line of eight Chinese characters or more,
    no sentence, that names the 政协 or its members."""
    return len(_HAN.findall(text)) >= 8 and not re.search("[。；！？]", text) and display_width(text) <= 80 \
        and re.search("政协|委员", text) is not None


def _title_below_text(blocks: list[Block]) -> None:
    """A page that prints its headline under the text, right above its metadata line (…挂牌成立 / 阅读:),
    when nothing above the text is one: that line is the headline; in place."""
    for i in range(len(blocks) - 2, 0, -1):
        b, after = blocks[i], blocks[i + 1]
        if _is_page_meta(after) and b.kind in (Kind.SHORT, Kind.CAPTION, Kind.HEADING, Kind.PARAGRAPH) \
                and _fallback_headline(b.text):
            blocks[i] = Block(Kind.TITLE, b.text, b.line, b.end_line, "正文后、文章信息行前的标题 (a headline under the text)")
            return


def _title_after_a_notice(blocks: list[Block]) -> None:
    """A page that puts another paragraph (a notice) above the report, when nothing else is a headline:
    the first short line between paragraphs near the top that names the 政协 and is no numbered section
    heading is the headline; in place."""
    for i, b in enumerate(blocks[:4]):
        if b.kind == Kind.HEADING and i > 0 and blocks[i - 1].kind == Kind.PARAGRAPH \
                and i + 1 < len(blocks) and blocks[i + 1].kind == Kind.PARAGRAPH and not _NUMBERED.match(b.text) \
                and _fallback_headline(b.text):
            blocks[i] = Block(Kind.TITLE, b.text, b.line, b.end_line, "正文前一段之后的标题 (a headline under a notice)")
            return


def _header(blocks: list[Block], config: Config) -> int:
    """Mark title and subtitle above the lead; return the index where the body starts.

    The headline is looked for above the first sentence (the lead), once furniture is
    gone: lines before it that are separated from it by furniture (site names,
    slogans, breadcrumbs) are furniture too, and so are copies of the headline.
    """
    skip = (Kind.COLUMN, Kind.FURNITURE, Kind.BYLINE, Kind.CREDIT, Kind.CAPTION)
    limit = config.layout.headline_max_width
    _column_labels(blocks)
    _pictures(blocks)
    _headline_lists(blocks)
    _meta_values(blocks)
    first = next((i for i, b in enumerate(blocks) if b.kind == Kind.PARAGRAPH), None)
    if first is not None and first + 1 < len(blocks) and blocks[first + 1].kind == Kind.SHORT \
            and all(b.kind == Kind.FURNITURE for b in blocks[:first]) \
            and _CREDIT_END.search(blocks[first].text) and len(_HAN.findall(blocks[first].text)) <= 60:
        # 委员向大会报到。刘某摄 / 某市政协委员向大会报到: a photo's caption over the headline is no lead
        blocks[first] = _as(blocks[first], Kind.CAPTION, "标题上方的图片说明 (a photo's caption above the headline)")

    def candidate(b: Block, strong: bool = True) -> bool:
        # a headline has four Chinese characters at least (unless nothing else is there); a long one has
        # no sentence in it and at most one comma (a broken paragraph has more); a photo's caption is none
        if strong and len(_HAN.findall(b.text)) < 4 and b.kind != Kind.MARKED and not b.text.startswith(("（", "(")):
            return False
        return b.kind in (Kind.SHORT, Kind.MARKED) or (
            b.kind == Kind.PARAGRAPH and display_width(b.text) <= limit and not re.search("[。；：]", b.text)
            and (not re.search("[！？]", b.text) or display_width(b.text) <= 80)
            and b.text.count("，") <= 1 and not b.text.endswith(("，", "、")))

    _headline_over_meta(blocks, candidate)
    # page scraps above the lead (a lone "-", "字号", "当前日期：") are furniture, like the rules' lines,
    # where a real headline line stands there too
    top = next((i for i, b in enumerate(blocks) if (b.kind == Kind.PARAGRAPH and not _LABEL.fullmatch(b.text)
                and (_is_lead(b) or not candidate(b, False))) or _is_salutation(b)), len(blocks))
    strong = any(candidate(b) for b in blocks[:top] if b.kind not in skip)
    if strong:
        for i in range(top):
            b = blocks[i]
            if b.kind == Kind.SHORT and _speaker(b.text) and i > 0 and any(x.kind == Kind.SHORT for x in blocks[:i]):
                blocks[i] = Block(Kind.BYLINE, b.text, b.line, b.end_line, "标题下的署名", 0,
                                  tuple(("", n) for n in _speaker(b.text)))
            elif b.kind in (Kind.SHORT, Kind.PARAGRAPH) and not candidate(b) and not b.text.startswith(("（", "(")) \
                    and (len(_HAN.findall(b.text)) < 4 or _LABEL.fullmatch(b.text)):
                blocks[i] = _as(b, Kind.FURNITURE, "网页杂项 (page scrap above the lead)")

    # the lead: the first block of running text
    lead = next((i for i, b in enumerate(blocks)
                 if (b.kind == Kind.PARAGRAPH and (_is_lead(b) or not candidate(b, strong))) or _is_salutation(b)),
                len(blocks))

    # the last run of headline lines before the lead (runs are separated by furniture)
    run: list[int] = []
    broken = False
    for i in range(lead):
        b = blocks[i]
        if b.kind in (Kind.FURNITURE, Kind.COLUMN):
            broken = True
        elif b.kind in skip:
            continue
        elif not candidate(b, strong):
            run, broken = [], False
        else:
            # a subtitle (——…, （…会议上）) continues the headline above it, even across furniture
            if broken and not b.text.startswith(("——", "—", "（", "(")) and not _OCCASION.fullmatch(b.text.strip()):
                run = []
            broken = False
            run.append(i)
    marked = next((i for i in range(lead) if blocks[i].kind == Kind.MARKED and blocks[i].level == 1), None)
    if marked is not None:
        run = [i for i in range(marked, lead) if blocks[i].kind not in skip and candidate(blocks[i], strong)]
    if not run:
        # nothing but a label in brackets heads the text (【政协年中工作会议】, a yearbook's entry): its words are
        # the headline
        for i in range(lead):
            label = _BRACKETED.fullmatch(blocks[i].text.strip())
            if blocks[i].kind == Kind.FURNITURE and label and len(_HAN.findall(label[1])) >= 4:
                blocks[i] = Block(Kind.SHORT, label[1].strip(), blocks[i].line, blocks[i].end_line, "方括号里的标题")
                run = [i]
                break
    # a portal's headline stands right above the article's metadata line (发布时间：…); a headline block the
    # article repeats under it in its own words (引题, 主题, 副题) is the article's text, not the page's title
    meta = max((i for i in range(1, run[0] if run else 0) if _is_page_stamp(blocks[i])), default=None)
    while meta is not None and meta > 1 and (_is_page_stamp(blocks[meta - 1]) or blocks[meta - 1].kind == Kind.BYLINE):
        meta -= 1  # the metadata set on two lines (2017-11-28 来源：… / 【字体：】), or the writer's line over it
    deck = meta is not None and meta >= 2 and blocks[meta - 1].text.startswith(("——", "—")) \
        and candidate(blocks[meta - 2], strong) and blocks[meta - 2].kind not in skip
    if deck and meta is not None:
        meta -= 1  # the headline and its subtitle (——在…会议上) over the metadata line: the headline is the title
    if marked is None and meta is not None and candidate(blocks[meta - 1], strong) \
            and blocks[meta - 1].kind not in skip and re.search("政协|委员", blocks[meta - 1].text):
        page = _despaced(blocks[meta - 1].text)
        printed = [_despaced(blocks[j].text) for j in run]
        if not any(page in t or t in page for t in printed) and page not in "".join(printed):
            # the printed lines stay the article's, but a slogan or site name among them (多建良言 多献良策,
            # 某某日报新花城) that shares no word with the text is the page's
            text = _text_after(blocks, lead)
            for j in run:
                if _slogan(blocks[j].text, text):
                    blocks[j] = _as(blocks[j], Kind.FURNITURE, "与正文无关的标题前短行：网站标语 (a slogan above the headline)")
            run = [meta - 1, meta] if deck else [meta - 1]
    # what stands before the run, above the headline, is furniture
    first = run[0] if run else lead
    for i in range(first):
        if blocks[i].kind not in skip and candidate(blocks[i], strong):
            blocks[i] = _as(blocks[i], Kind.FURNITURE, "标题前的网站名、标语或导航 (above the headline)")
    # a page title above the run, printed again inside it (——政协委员热议…): the page title is the headline,
    # and the run is the printed layout's copy
    earlier = [i for i in range(first) if blocks[i].kind == Kind.FURNITURE and "标题前" in blocks[i].reason
               and len(_despaced(blocks[i].text)) >= 6]
    for i in earlier:
        text = _despaced(blocks[i].text)
        joined = "".join(_despaced(blocks[j].text) for j in run[:3])  # a headline the print layout broke
        shortened = bool(run) and _shortened(_despaced(blocks[run[0]].text), text)
        # (a column's label inside a longer headline, 十三届二次会议 over 市政协十三届二次会议收到提案448件, copies nothing)
        exact = any(text in (d := _despaced(blocks[j].text)) and 2 * len(text) > len(d) for j in run) \
            or (len(run) > 1 and text in joined)
        # (the page title may leave out a word the print has: …第二次会议闭幕 over …第二次会议胜利闭幕)
        near = not exact and len(run) > 1 and len(text) >= 10 and 2 * len(text) >= len(joined) and _in_order(text, joined)
        copied = exact or near
        if copied or shortened:
            # the printed subtitle (——在…会议上) is no part of the page title: it stays the subtitle, and so does
            # a deck line under a printed headline the page title only shortened (秦某讲话 王某等到会祝贺)
            # (a deck line after the printed headline's last line stays too, when the page title only nearly copies it)
            last = max((j for j in run if _mostly_in(_despaced(blocks[j].text), text)), default=run[0])
            subtitles = [j for j in run if (blocks[j].text.startswith(("——", "—", "（", "(")) or (not copied and j != run[0])
                                            or (near and j > last))
                         and text not in _despaced(blocks[j].text)
                         and _despaced(blocks[j].text).strip("—-（()）") not in text]
            for j in run:
                if j not in subtitles:
                    blocks[j] = _as(blocks[j], Kind.FURNITURE, "标题在版面上的副本 (the printed copy of the headline)")
            blocks[i] = _as(blocks[i], Kind.SHORT, blocks[i].reason)
            run = [i, *subtitles]
            break
    # copies of the headline (a page title, a letter-spaced layout copy) and tiny labels go
    kept: list[int] = []
    for n, i in enumerate(run):
        text = _despaced(blocks[i].text)
        longer = [j for j in run if j != i and text in _despaced(blocks[j].text) and len(text) >= 4
                  and (text != _despaced(blocks[j].text) or run.index(j) < n)]
        if longer or (len(text) <= 5 and not kept and len(run) > 1 and blocks[i].kind != Kind.MARKED):
            why = "标题的重复副本 (a copy of the headline)" if longer else "标题前的短标签 (a label above the headline)"
            blocks[i] = _as(blocks[i], Kind.FURNITURE, why)
            continue
        kept.append(i)
    if not kept:
        return first if run else 0
    # a line that shares no word with a report of some length (一端在手 信息全有, a site's slogan), over a
    # headline that is plainly about it, is the page's, not the report's
    text = _text_after(blocks, lead)
    while len(kept) >= 2 and _slogan(blocks[kept[0]].text, text) \
            and any(shared_words(blocks[j].text, text) >= 0.5 and not blocks[j].text.startswith(("——", "—", "--", "（", "("))
                    for j in kept[1:]):
        i = kept.pop(0)
        blocks[i] = _as(blocks[i], Kind.FURNITURE, "与正文无关的标题前短行：网站标语 (a slogan above the headline)")
    if len(kept) >= 2 and not _OCCASION.fullmatch(blocks[kept[1]].text.strip()) \
            and (_is_kicker(blocks[kept[0]].text, blocks[kept[1]].text) or _leads_on(blocks[kept[0]].text, blocks[kept[1]].text)):
        i = kept.pop(0)  # 引题 above the headline (怀揣良策助发展 / 市政协委员昨日报到): the page's line, not the title
        blocks[i] = _as(blocks[i], Kind.FURNITURE, "标题上方的引题 (kicker above the headline)")
    title = kept[0]
    b = blocks[title]
    text = _MARKED.sub(r"\2", b.text).strip() if b.kind == Kind.MARKED else b.text
    rest = list(kept[1:])
    while rest and (_UNFINISHED_TITLE.match(text) or _JOINED_MEETING.fullmatch(blocks[rest[0]].text)) \
            and not blocks[rest[0]].text.startswith(("（", "(", "—")):
        # 中国人民政治协商会议 / 第七届磐安县委员会常务委员会工作报告, 市政协召开主席会议 / 暨党组(扩大)会议:
        # one headline on two lines
        nxt = blocks[rest[0]]
        text += nxt.text
        blocks[rest.pop(0)] = _as(nxt, Kind.FURNITURE, "标题的下一行，已并入标题 (next line of the headline)")
    blocks[title] = Block(Kind.TITLE, text, b.line, b.end_line, "# 标记" if b.kind == Kind.MARKED else "导语前的标题行",
                          b.level, b.people)
    end = title + 1
    if rest and _speaker(blocks[rest[-1]].text):
        # the speaker of a report or speech, on a line of their own under the headline
        i = rest.pop()
        blocks[i] = Block(Kind.BYLINE, blocks[i].text, blocks[i].line, blocks[i].end_line, "标题下的署名", 0,
                          tuple(("", n) for n in _speaker(blocks[i].text)))
        end = max(end, i + 1)
    if rest:
        i = rest[0]
        b = blocks[i]
        following = next((x for x in blocks[i + 1 :] if x.kind not in (Kind.COLUMN, Kind.FURNITURE)), None)
        before_byline = following is not None and following.kind in (Kind.BYLINE, Kind.CREDIT)
        last_before_lead = i == kept[-1] and any(blocks[j].kind in skip for j in range(i + 1, lead))
        if (b.kind == Kind.MARKED and b.level == 2) or b.text.startswith(("——", "—", "--", "（", "(")) \
                or _OCCASION.fullmatch(b.text.strip()) or before_byline or (last_before_lead and lead < len(blocks)):
            blocks[i] = _as(b, Kind.SUBTITLE, "标题下的副题")
            end = i + 1
            after = next((j for j in range(i + 1, lead) if blocks[j].kind not in (Kind.COLUMN, Kind.FURNITURE)), None)
            if after is not None and _DATE_LINE.fullmatch(blocks[after].text.strip()) and not _DATE_LINE.fullmatch(b.text):
                # ——在…会议上 / （2026年1月30日）: the date line belongs to the subtitle
                blocks[i] = replace(blocks[i], text=blocks[i].text + blocks[after].text.strip())
                blocks[after] = _as(blocks[after], Kind.FURNITURE, "副题的下一行，已并入副题 (next line of the subtitle)")
                end = after + 1
    # lines between the title and the lead that are not kept stay in the body
    return end


#: a headline of two parallel halves (界别聚智 履职为民): a main title, whatever follows it
_COUPLET = re.compile(r"([\u4e00-\u9fff“”]{2,12})[ \u3000，,]+([\u4e00-\u9fff“”]{2,12})")


def _is_kicker(first: str, second: str) -> bool:
    """Whether *first* is a kicker (引题) over the headline *second* rather than the title over its subtitle:
    a phrase that names no 政协 over a line that does, or a purpose (为…) leading into it.

    >>> _is_kicker("怀揣良策助发展", "市政协委员昨日报到"), _is_kicker("为在市政协全会上建言创造条件", "市政协组织委员视察")
    (True, True)
    >>> _is_kicker("界别聚智 履职为民", "秀洲区政协第十九届“界别活动周”掀起履职服务热潮")
    False
    >>> _is_kicker("古田新闻网 新闻中心 古田城事", "古田县政协开展重点项目视察")
    True
    """
    couplet = _COUPLET.fullmatch(first)
    if couplet and abs(len(couplet[1]) - len(couplet[2])) > 2:
        couplet = None  # 古田新闻网 新闻中心: a site's links, not two matching halves
    if second.startswith(("——", "—", "--", "（", "(")) or couplet or "政协" not in second:
        return False
    return "政协" not in first or first.startswith("为")


def _leads_on(first: str, second: str) -> bool:
    """Whether *first* ends as a kicker does, leading on to the headline *second* with a colon or a dash
    (大连旅顺口区政协： / 这个委员“智囊团”，管用！; 北碚区政协与巴中市政协—— / 挖掘合作“闪光点”…).

    >>> _leads_on("北碚区政协与巴中市政协——", "挖掘合作“闪光点”"), _leads_on("某市政协召开常委会", "——审议通过报告")
    (True, False)
    """
    return first.rstrip().endswith(("：", ":", "——", "—")) and not second.startswith(("——", "—", "--", "（", "("))


#: a date alone in brackets under a report's headline: （2026年1月30日）
_DATE_LINE = re.compile(r"[（(]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^（）()]{2,12}日\s*[）)]")
def _shortened(short: str, full: str) -> bool:
    """Whether *short* is *full* with words left out (2016年大事记 of 2016年政协工作大事记): a printed,
    shortened copy of the page's title.

    >>> _shortened("2016年大事记", "2016年政协工作大事记"), _shortened("盛茂林作报告", "政协常委会工作报告")
    (True, False)
    >>> _shortened("黄建盛出席", "省政协举行表彰大会黄建盛出席"), _shortened("市政协开展活动", "市政协开展活动-社会-某某报")
    (True, False)
    """
    if not 4 <= len(short) < len(full):
        return False
    if short in full:  # a part of the title printed alone (黄建盛出席), not the title with the site's name after it
        return not re.match(r"[-_|｜–—]", full[full.index(short) + len(short):])
    rest = iter(full)
    return all(c in rest for c in short)


#: a headline and the lead that opens with its day, on one line: 某某会议召开 8月12日下午，…
_TITLE_THEN_LEAD = re.compile(r"([^\s，。！？：:、；]{8,40})\s+"
                              r"((?:\d{1,2}月\d{1,2}日|近日|日前)[^。！？]{0,80}[，,][^\n]*[。！？][^\n]*)")
#: a line that is one label in brackets: 【政协年中工作会议】
_BRACKETED = re.compile(r"【([^【】]{4,30})】")
#: a headline line that cannot end there: the formal name's first half
_UNFINISHED_TITLE = re.compile(r"^(中国人民政治协商会议|政协)$|^(中国人民政治协商会议|政协).{2,30}(委员会|常务委员会|常委会)$|"
                               r"^中国人民政治协商会议(第[一二三四五六七八九十]+届)?[\u4e00-\u9fff]{2,12}(省|市|区|县|州|旗|盟)$|"
                               r"^.{2,24}[一二三四五六七八九十]+届[一二三四五六七八九十]+次(全体)?会议$")
#: the second meeting a headline joins to the first (市政协召开主席会议 / 暨市政协党组(扩大)会议)
_JOINED_MEETING = re.compile(r"暨[^，。！？：:]{2,30}")
#: a name (or two) alone on a line under a report's headline: its speaker (段  鸣: spaced to three characters)
_SPEAKER = re.compile(r"[\u4e00-\u9fff·]{1,16}(?:\s+[\u4e00-\u9fff·]{1,16}){0,3}")
#: the salutation a speech or report opens with: the text starts here, it is no headline
_SALUTATION = re.compile(r"(?:各位|尊敬的|同志们|亲爱的)[^。！？]{0,30}[：:]")


def _speaker(text: str) -> list[str]:
    """The names on a line that holds only a speaker's name or two (``段  鸣``) or up to four writers
    (``靳某 刘某 王某``), perhaps after the speaker's post (``普洱市政协副主席 左永平``), else []."""
    text = _POST.sub("", text.strip())
    if not _SPEAKER.fullmatch(text):
        return []
    names = join_spaced_names(text.split())
    return names if len(names) <= 4 and all(is_name(n) for n in names) else []


#: a speaker's post before their name under a report's headline
_POST = re.compile(r"^[\u4e00-\u9fff]{0,16}(?:主席|副主席|秘书长|主任|书记|委员)\s+(?=[\u4e00-\u9fff·])")


def _is_salutation(b: Block) -> bool:
    return b.kind in (Kind.SHORT, Kind.PARAGRAPH) and _SALUTATION.fullmatch(b.text.strip()) is not None


#: page metadata pasted on the same line as the lead: 发布时间：2018-03-29 09:26 来源：区政协 3月28日，…
_META_PREFIX = re.compile(r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=来源|作者))?"
                          r"(?:\s*(?:发布时间|发布日期|发表时间|更新时间|日期|时间|来源|信息来源|文章来源|作者|"
                          r"浏览次数|阅读次数|点击数)"
                          r"\s*[:：]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|[^\s，。：:]{1,20}?))+"
                          r"(?:\s+|(?=\d{1,2}月\d{1,2}日[，,]))")


#: how a lead run into a metadata line starts: 9月6日，… 本报讯 …
_LEAD_START = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日|本报讯|本网讯|近日|日前)")


def _split_meta_prefix(blocks: list[Block]) -> list[Block]:
    """Page metadata glued to the start of a paragraph becomes a furniture block of its own, and so does a
    breadcrumb glued to the end of a line (我县成功举办…会议  您所在的位置:首页 > 政协动态)."""
    out: list[Block] = []
    for b in blocks:
        if out and out[-1].kind in (Kind.SHORT, Kind.PARAGRAPH) and _OFFICE_LABEL.fullmatch(out[-1].text.strip()) \
                and b.kind == Kind.SHORT and b.line - out[-1].end_line <= 2:
            # 市政协： / 开展“书香政协”读书交流活动: a headline printed with its office's name on a line above
            label = out.pop()
            b = replace(b, text=label.text.strip() + b.text.strip(), line=label.line)
        before = _CRUMB_BEFORE.fullmatch(b.text.strip()) if b.kind in (Kind.PARAGRAPH, Kind.SHORT) or (
            b.kind == Kind.FURNITURE and b.reason.startswith("网页导航")) else None
        if before and _META_PREFIX.match(before[2]):
            # 您当前的位置：某网 >> 新闻中心 来源：某客户端2018-08-24: the breadcrumb and the page's metadata
            out += [Block(Kind.FURNITURE, before[1].strip(), b.line, b.line, "网页导航 (breadcrumb)"),
                    Block(Kind.FURNITURE, before[2].strip(), b.line, b.line, "网页文章信息 (page metadata line)")]
            continue
        if before and len(_HAN.findall(before[2])) >= 8:
            # 您当前的位置：某网 >> 要闻 周某深入某县调研…: the headline run into the breadcrumb's end
            out.append(Block(Kind.FURNITURE, before[1].strip(), b.line, b.line, "网页导航 (breadcrumb)"))
            b = replace(b, kind=Kind.SHORT, text=before[2].strip(), reason="网页导航后的标题 (headline after a breadcrumb)")
        meta = _META_AFTER.fullmatch(b.text.strip()) if b.kind in (Kind.PARAGRAPH, Kind.SHORT) else None
        if meta is None and (b.kind in (Kind.PARAGRAPH, Kind.SHORT) or _is_page_meta(b)):
            # 某区政协举行常委会会议2025-12-22来源：某区人民政府: the headline before the post date and source
            meta = _DATED_META_AFTER.fullmatch(b.text.strip())
            meta = meta if meta and re.search("政协|委员|会议|召开|举行|开展|调研|视察", meta[1]) else None
        if meta and not re.search("[。！？]", meta[1]) and len(_HAN.findall(meta[1])) >= 6:
            # 某某深入某县调研 来源：某融媒体中心 2023年05月12日: the headline and the page's metadata on one line
            out += [replace(b, kind=Kind.SHORT, text=meta[1].strip()),
                    Block(Kind.FURNITURE, meta[2].strip(), b.line, b.line, "网页文章信息 (page metadata line)")]
            continue
        linked = _URL_AFTER.fullmatch(b.text.strip()) if b.kind in (Kind.PARAGRAPH, Kind.SHORT) or (
            b.kind == Kind.FURNITURE and b.reason.startswith("网址")) else None
        if linked and re.search("政协|委员|提案|会议|召开|举行", linked[1]):
            # 省政协港澳委员5年提交提案112件http://www.sina.com.cn 2007年11月16日08:28: the headline before the page's address
            out += [replace(b, kind=Kind.SHORT, text=linked[1].strip(),
                            reason="网址前的标题 (headline before the page's address)"),
                    Block(Kind.FURNITURE, linked[2].strip(), b.line, b.line, "网址 (web address)")]
            continue
        original = _ORIGINAL_THEN_LEAD.fullmatch(b.text.strip()) if b.kind == Kind.PARAGRAPH and not any(
            x.kind in (Kind.SHORT, Kind.PARAGRAPH, Kind.MARKED) for x in out) else None
        if original:
            # 原标题：某市政协召开主席联席会议中国某某网12月7日讯 （通讯员某某）…: the headline run into the lead
            out += [Block(Kind.FURNITURE, original[1], b.line, b.line, "原标题标签 (the original-title label)"),
                    Block(Kind.SHORT, original[2], b.line, b.line, "原标题 (the original title)")]
            b = replace(b, text=original[3])
        crumb = _CRUMB_AFTER.match(b.text) if b.kind in (Kind.PARAGRAPH, Kind.SHORT) else None
        if crumb:
            out += [replace(b, kind=Kind.SHORT, text=crumb[1].strip()),
                    Block(Kind.FURNITURE, crumb[2].strip(), b.line, b.line, "网页导航 (breadcrumb)")]
            rest = b.text[crumb.end():].strip()
            if not rest:
                continue
            b = replace(b, text=rest)  # the page went on, on the same line
        glued = _TITLE_THEN_LEAD.fullmatch(b.text.strip()) if b.kind == Kind.PARAGRAPH and not any(
            x.kind in (Kind.SHORT, Kind.PARAGRAPH, Kind.MARKED) for x in out) else None
        if glued and re.search("政协|委员|会议", glued[1]):
            # 县政协十五届十四次常委会…召开 8月12日下午，县政协…: the headline run into the lead on the first line
            out.append(Block(Kind.SHORT, glued[1], b.line, b.line, "与导语连在一行的标题 (headline run into the lead)"))
            b = replace(b, text=glued[2])
        # (2024/8/16 来源:不详9月6日，某省政协…: a metadata line a rule removed, with the lead run into it, keeps the lead)
        m = _META_PREFIX.match(b.text) if b.kind == Kind.PARAGRAPH or _is_page_meta(b) else None
        if m and b.kind != Kind.PARAGRAPH and not _LEAD_START.match(b.text[m.end():]):
            m = None
        if m and re.search("[。！？]", b.text[m.end():]) and len(_HAN.findall(b.text[m.end():])) >= 20:
            out.append(Block(Kind.FURNITURE, m[0].strip(), b.line, b.line, "网页文章信息 (page metadata line)"))
            b = replace(b, kind=Kind.PARAGRAPH, text=b.text[m.end():], reason="正文")
        out.append(b)
    return out


def _kicker_on_the_line(text: str) -> int:
    """Where the headline starts on a line that carries a series label too (2023年…履职亮点回顾④ 委员作业竞出彩),
    else 0. (Phrases before a headline on its line, 聚焦两会 …, stay: editors keep them as the title's.)

    >>> t = "2023年自治区政协履职亮点回顾④ 委员作业竞出彩"
    >>> t[_kicker_on_the_line(t):], _kicker_on_the_line("立足职能定位 发挥优势作用")
    ('委员作业竞出彩', 0)
    """
    series = _SERIES.match(text)
    return series.end() if series else 0


#: a series label before a headline on its line: 2023年自治区政协履职亮点回顾④, 系列报道之三
_SERIES = re.compile(r"^\S{2,24}(?:[①-⑳]|之[一二三四五六七八九十]+|[（(][一二三四五六七八九十0-9]+[）)])\s+(?=\S{4,})")


#: a line with a breadcrumb run into its end
_CRUMB_BEFORE = re.compile(r"((?:您所在的|您的|您当前的|您当前|您现在的|当前|所在)位置\s*[:：]?\s*[^\s。，]+"
                           r"(?:\s*(?:[>＞»›]+|/)\s*[^\s。，>＞»›/]+)+)\s+([^\s>＞»›/].{9,79})")
_OFFICE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,12}政协\s*[:：]")
_META_AFTER = re.compile(r"(\S.{5,79}?)\s+((?:信息来源|文章来源|来源|发布时间|发布日期|作者)\s*[:：]\s*\S.{1,80})")
_DATED_META_AFTER = re.compile(r"(\S.{5,79}?[^\s|｜丨/\-])\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*"
                               r"(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜]?\s*(?:信息来源|文章来源|来源|作者|发布)\s*[:：].{1,80})")
#: a headline run into the page's address: …提交提案112件http://www.sina.com.cn 2007年11月16日
_URL_AFTER = re.compile(r"([\u4e00-\u9fff“][^。！？\s，,（(、：:]{5,59}?)\s*((?:https?://|www\.)\S+.{0,60})")
#: a page's 原标题 run into the lead's dateline: 原标题：某市政协召开会议中国某某网12月7日讯 （通讯员某某）5日，…
_ORIGINAL_THEN_LEAD = re.compile(r"(原标题\s*[:：])\s*([^。！？\s]{6,50}?)\s*"
                                 r"((?:本报讯|本网讯|[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日(?:讯|电))\s*[（(].*)")
_CRUMB_AFTER = re.compile(r"(\S.{3,79}?)\s{2,}((?:您所在的|您的|您当前的|当前|所在)位置\s*[:：]\s*[^\s。，]+"
                          r"(?:\s*[>＞»›]+\s*[^\s。，>＞»›]+)*)")


def _split_title_prefix(blocks: list[Block]) -> list[Block]:
    """A reprint's label before the headline (``《江淮时报》报道：``, ``【政协动态】``) becomes furniture; a
    headline and its subtitle on one line (``满怀信心献良策——南京市政协委员报到侧记``) become two."""
    out = []
    subtitles = [b for b in blocks if b.kind == Kind.SUBTITLE]
    # a date line (（2026年2月9日）) under a headline that holds its own subtitle belongs to that subtitle
    dated = len(subtitles) == 1 and _DATE_LINE.fullmatch(subtitles[0].text.strip()) is not None
    for b in blocks:
        start = _kicker_on_the_line(b.text) if b.kind == Kind.TITLE else 0
        if start:
            out.append(Block(Kind.FURNITURE, b.text[:start].strip(), b.line, b.line,
                             "标题同一行的引题或栏目 (a kicker on the headline's line)"))
            b = replace(b, text=b.text[start:].strip())
        m = _TITLE_DASH.fullmatch(b.text) if b.kind == Kind.TITLE and (not subtitles or dated) else None
        if m and m[1].count("“") > m[1].count("”"):
            m = None  # a dash inside a quoted name (“和美某某是我家——‘庆国庆’…”活动举行) splits nothing
        after: Block | None = None
        after_title: list[Block] = []
        if m:  # the headline's own part may still carry a label (「两会特别报导」向着梦想进发——…侧记)
            after = Block(Kind.SUBTITLE, m[2].strip() + (subtitles[0].text.strip() if dated else ""), b.line,
                          b.end_line, "同一行里破折号后的副题 (subtitle after a dash)")
            b = replace(b, text=m[1].strip())
        if dated and b is subtitles[0] and any(x.kind == Kind.SUBTITLE and x is not b for x in out):
            out.append(_as(b, Kind.FURNITURE, "副题的下一行，已并入副题 (next line of the subtitle)"))
            continue
        place = _PLACE_AGAIN.match(b.text) if b.kind == Kind.TITLE else None
        if place:  # 文登：文登政协举行…: a column's place label before a headline that names it again
            out.append(Block(Kind.FURNITURE, place[0].strip(), b.line, b.line, "标题前的地名标签 (place label)"))
            b = replace(b, text=b.text[place.end():].strip())
        whole = re.fullmatch(r"【([^【】]{6,80})】", b.text.strip()) if b.kind == Kind.TITLE else None
        if whole and _TITLE_PREFIX.match(whole[1]):
            b = replace(b, text=whole[1].strip())  # 【时政|省政协调研组…调研】: a column and the headline in brackets
        m = _TITLE_PREFIX.match(b.text) if b.kind == Kind.TITLE else None
        while m and len(b.text) > len(m[0]) + 4:
            out.append(Block(Kind.FURNITURE, m[0].strip(), b.line, b.line, "标题前的转载标签 (reprint label)"))
            b = replace(b, text=b.text[m.end():].strip())
            m = _TITLE_PREFIX.match(b.text)
        if b.kind == Kind.TITLE and _TITLE_SUFFIX.search(b.text):
            m = _TITLE_SUFFIX.search(b.text)
            if m and m[0].strip(" |丨｜"):  # after the title: a date there is the page's (…新画卷2021年12月17日)
                after_title.append(Block(Kind.FURNITURE, m[0].strip(), b.line, b.line,
                                         "标题后的图片标记、日期或网站名 (picture tag, date or site)"))
            b = replace(b, text=b.text[: m.start()] if m else b.text)
        if b.kind == Kind.TITLE and _STRAY_END.search(b.text) and not _QUESTION.search(b.text):
            b = replace(b, text=_STRAY_END.sub("", b.text))  # 某市政协召开主席会议? : a character the page lost
        out += [b, *after_title] + ([after] if after else [])
    return out


#: a question mark or a full stop left at a headline's end by a character the page could not show
_STRAY_END = re.compile(r"(?<=[\u4e00-\u9fff”）)])\s*[?？.．]$")
_QUESTION = re.compile(r"吗|呢|何|怎|哪|谁|几|多少|什么|是否|能否|可否|难道|咋|否")


#: a label before a headline that starts with the same words: 文登：文登政协举行…
_PLACE_AGAIN = re.compile(r"([\u4e00-\u9fff]{2,6})\s*[:：]\s*(?=\1)")
#: a photo's caption: 图为会议现场 摄影：赵二召
_PHOTO_CAPTION = re.compile(r"^图为|(?:摄影|摄)\s*[:：/]\s*[\u4e00-\u9fff]{2,4}$")
_PHOTO_CREDIT = re.compile(r"[\u4e00-\u9fff]\s*(?:摄|摄影)$")
_CAPTION_CREDIT = re.compile(r"\s*(?:摄影|摄)\s*[:：/]\s*([\u4e00-\u9fff]{2,4})$")
#: a headline, a dash and a subtitle on one line; the headline is no quoted phrase (“人民城市”——…)
_TITLE_DASH = re.compile(r"((?!“[^”—]*”\s*——)[^—-]{5,}[^\s—-])\s*(?:——|-{2,4}|—-|－{2})\s*([^—-]{8,})")
_TITLE_SUFFIX = re.compile(r"\s*(?:[|丨｜](?:\s*[|丨｜])*|\[\s*\]|【\s*】|[（(]\s*[）)]|"
                           r"[*＊#=~～]{2,}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|"
                           r"[（(](?:图\d{0,2}|组图|视频|附图|图文)[）)]|"
                           r"(?:\s*[-_–|｜]\s*[\u4e00-\u9fff]{2,8}){0,2}\s*[-_–|｜]\s*"
                           r"[\u4e00-\u9fff]{1,10}(?:网|新闻网|日报|晚报|客户端|频道|在线|新闻|要闻|资讯|头条|官网|首页))\s*$")
_TITLE_PREFIX = re.compile(r"^\s*(?:《[^》]{1,20}》\s*(?:报道|消息|讯|刊文|发表)?\s*[:：]|【[^】]{1,16}】|「[^」]{1,16}」|"
                           r"\[[\u4e00-\u9fff0-9]{1,10}\]\s*|#[^#\s]{1,8}#\s*|[|丨｜▏]\s*|[-–•·▪►]\s+|[?？]{2,}|"
                           r"[\u4e00-\u9fff]{2,10}·[\u4e00-\u9fff]{1,6}\s*[|丨｜▏]\s*|"
                           r"[（(](?:图|组图|视频)[）)]|[A-Za-z0-9\u4e00-\u9fff]{2,6}\s*[|丨｜▏]\s*|"
                           r"[\u4e00-\u9fff“”‘’]{3,10}\s[\u4e00-\u9fff“”‘’]{3,10}\s*[|丨｜▏]\s*|"
                           r"[\u4e00-\u9fff]{2,8}(?:新闻|资讯|头条|快讯)\s*[:：]\s*(?=\S{8,})|"
                           r"(?:聚焦|关注|直击|喜迎|热议|快讯|要闻)[\u4e00-\u9fff]{0,4}\s+(?=\S{0,6}政协\S{8,}$)|"
                           r"(?:聚焦|关注|直击|喜迎|热议|快讯|要闻)[0-9\u4e00-\u9fff]{0,10}\s*[|丨｜▏]\s*|"
                           r"(?:19|20)\d{2}[\u4e00-\u9fff]{0,8}两会\s*[|丨｜▏]\s*|"
                           r"(?:正在阅读|当前文章|文章标题|新闻标题|标题)\s*[:：]\s*)")


def _caption_like(text: str, config: Config) -> bool:
    """A short line that describes a photo (who does what), not a section heading."""
    if text.startswith(("▲", "△", "↑")):
        return True  # the mark a newspaper puts before a photo's caption
    if _NUMBERED.match(text) or len(re.findall("[\u4e00-\u9fff]", text)) < 8:
        return False
    return any(p.search(text) for p in config.captions)


#: the reason given to every line from a closer on: other articles' headlines, dates and names
AFTER_THE_ARTICLE = "文末杂项：其他文章和链接 (after the article)"


def _closed(blocks: list[Block], start: int, config: Config) -> None:
    """Everything from a closer (相关新闻, 更多>>) on is furniture, once the report's text is mostly behind it."""
    if not config.closers:
        return
    total = sum(len(b.text) for b in blocks[start:] if b.kind == Kind.PARAGRAPH)
    seen = 0
    for i in range(start, len(blocks)):
        b = blocks[i]
        label = b.kind == Kind.PARAGRAPH and display_width(b.text) <= 20 and b.text.endswith(("：", ":"))  # 相关报道：
        if b.kind == Kind.PARAGRAPH and not label:
            seen += len(b.text)
        elif seen * 2 >= total and display_width(b.text) <= 40 and any(p.search(b.text) for p in config.closers):
            for j in range(i, len(blocks)):
                if blocks[j].kind not in (Kind.BYLINE, Kind.CREDIT, Kind.COLUMN):
                    blocks[j] = _as(blocks[j], Kind.FURNITURE, AFTER_THE_ARTICLE)
            return


def _body(blocks: list[Block], start: int, config: Config) -> None:
    """Resolve short lines and Markdown headings in the body, in place."""
    _closed(blocks, start, config)
    _after_sign_off(blocks, start, config)
    last_text = max((i for i, b in enumerate(blocks) if b.kind == Kind.PARAGRAPH), default=start - 1)
    i = start
    while i < len(blocks):
        b = blocks[i]
        if b.kind == Kind.MARKED:
            blocks[i] = _as(b, Kind.HEADING, "Markdown 标题标记")
        elif b.kind == Kind.SHORT and i > last_text and i == last_text + 1 and last_text >= start \
                and 1 <= len(names := b.text.split()) <= 4 and all(is_name(n) for n in names):
            # a name (or a few) alone under the last paragraph (邓某平; 张某晖 郭某旭): the writers', as newspapers
            # sign a report
            blocks[i] = Block(Kind.BYLINE, b.text, b.line, b.end_line, "文末署名：单独一行的人名", 0,
                              tuple(("", n) for n in names))
        elif b.kind == Kind.SHORT and i > last_text:
            between = blocks[last_text + 1 : i]
            # after a column header or page furniture, or after the byline that signs the text off, a short
            # line is the page's (a site name, a slogan), unless it describes a photo
            closed = any(x.kind in (Kind.COLUMN, Kind.FURNITURE) for x in between) or (
                any(x.kind == Kind.BYLINE for x in between) and not _caption_like(b.text, config))
            blocks[i] = _as(b, Kind.FURNITURE, "栏头之后的广告或标语") if closed \
                else _as(b, Kind.CAPTION, "文末短行：图片说明")
        elif b.kind == Kind.SHORT:
            end = i
            while end + 1 < len(blocks) and blocks[end + 1].kind == Kind.SHORT:
                end += 1
            for j in range(i, end + 1):
                heading = j == end and display_width(blocks[j].text) <= config.layout.heading_max_width \
                    and end + 1 < len(blocks) and blocks[end + 1].kind in (Kind.PARAGRAPH, Kind.SHORT) \
                    and not _caption_like(blocks[j].text, config)
                blocks[j] = _as(blocks[j], Kind.HEADING, "段落前的短行：小标题") if heading \
                    else _as(blocks[j], Kind.CAPTION, "成组的短行或照片说明：图片说明")
            i = end
        i += 1


def _after_sign_off(blocks: list[Block], start: int, config: Config) -> None:
    """A short line with no full stop after the byline that signs the text off (another article's headline,
    ``这项工程如何更安全？``) is the page's, not the report's, unless it describes a photo; in place."""
    texts = [i for i in range(start, len(blocks)) if blocks[i].kind == Kind.PARAGRAPH]
    signs = [i for i in range(start, len(blocks)) if blocks[i].kind == Kind.BYLINE and texts and i > texts[0]]
    if not signs:
        return
    for i in range(signs[-1] + 1, len(blocks)):
        b = blocks[i]
        if b.kind == Kind.PARAGRAPH and display_width(b.text) <= 60 and "。" not in b.text \
                and not _caption_like(b.text, config):
            blocks[i] = _as(b, Kind.FURNITURE, "文末署名之后的短行 (a line after the sign-off)")


def _repeated_furniture(blocks: list[Block]) -> None:
    """A short line that repeats a line already removed as furniture (a list of links printed above the
    headline and again below the text) is furniture too, and so is the headline again with a picture's
    number (宜丰县政协一行到我县考察交流 0: a gallery's alternative texts) or a bare 现场 label of a picture
    the text does not have (视察现场, 图为会议现场); in place."""
    removed = {_despaced(b.text) for b in blocks if b.kind == Kind.FURNITURE and len(_despaced(b.text)) >= 6}
    title = next((_despaced(b.text) for b in blocks if b.kind == Kind.TITLE), None)
    for i, b in enumerate(blocks):
        if b.kind not in (Kind.PARAGRAPH, Kind.CAPTION, Kind.HEADING) or display_width(b.text) > 60 or "。" in b.text:
            continue
        text = _despaced(b.text)
        if text in removed:
            blocks[i] = _as(b, Kind.FURNITURE, "重复的网页杂项 (a copy of a line removed as furniture)")
        elif title and re.fullmatch(re.escape(title) + r"\d{1,2}", text):
            blocks[i] = _as(b, Kind.FURNITURE, "图片的替代文字 (a picture's alternative text)")
        elif b.kind in (Kind.CAPTION, Kind.HEADING) and _BARE_LABEL.fullmatch(text):
            blocks[i] = _as(b, Kind.FURNITURE, "没有图片的图片标签 (the label of a picture the text does not have)")


#: a picture's label that says nothing but where it was taken
_BARE_LABEL = re.compile(r"(?:图为)?[\u4e00-\u9fff]{0,5}(?:现场|一角)")


_BRACKETS = re.compile(r"[（(【\[）)】\]]")
#: how a paragraph that closes with a byline ends: a bracket, or 摄 / 摄影 / 供稿
_MARKED_END = re.compile(r"[■□口◆●]\s*[\u4e00-\u9fff\s]{2,20}$")
_BYLINE_ENDS = ("）", ")", "】", "]", "摄", "影", "稿")
#: a closing byline whose bracket the page lost: …参加分组讨论。(记者 吴某宇 丁某荣
_UNCLOSED_END = re.compile(r"[。！？][（(](?:记者|通讯员)[\u4e00-\u9fff\s、]{2,30}$")


def _caption_credit(text: str, config: Config) -> tuple[str, list[tuple[str, str]], int, int] | None:
    """The photographer's credit after a space or a stop at the end of a caption (…隆重开幕 税某 摄), as
    inline_byline gives it."""
    if not _PHOTO_CREDIT.search(text):
        return None
    for space in re.finditer(r"\s+|[。！？?]+\s*", text):
        tail = text[space.end():]
        if len(tail) <= 24 and (people := people_of(tail, config, require_role=False)):
            return tail, people, space.end(), len(text)
    return None


def _inline_bylines(blocks: list[Block], config: Config) -> list[Block]:
    """Read the byline that opens the lead (本报讯（记者 …）, …电（…）); move one that closes a paragraph
    (（供稿：…）, （王军 摄）) out of its text. Bare names in brackets count only at the very end."""
    paragraphs = [i for i, b in enumerate(blocks) if b.kind == Kind.PARAGRAPH]
    if not paragraphs:
        return blocks
    out = list(blocks)
    for n, i in enumerate(paragraphs[:6]):
        found = inline_byline(out[i].text, config)
        # after photo captions set as paragraphs (会议现场。), the lead may come fourth or later: its byline names a role
        if found is not None and found[2] == 0 and found[3] < len(out[i].text) \
                and (n < 3 or any(role for role, _ in found[1])):
            out[i] = replace(out[i], people=tuple(found[1]))
            break
    for i in reversed(paragraphs):
        b = out[i]
        if not b.text.rstrip().endswith(_BYLINE_ENDS) and not _MARKED_END.search(b.text) \
                and not _UNCLOSED_END.search(b.text):
            continue
        found = inline_byline(b.text, config)
        if found is None or found[2] == 0 or found[3] < len(b.text.rstrip()):
            continue
        if i not in paragraphs[-3:] and all(role == "" for role, _ in found[1]):
            continue
        out[i:i + 1] = [replace(b, text=b.text[: found[2]].rstrip()),
                        Block(Kind.BYLINE, found[0], b.end_line, b.end_line, "段末署名", 0, tuple(found[1]))]
    for i in reversed(range(len(out))):
        b = out[i]
        if b.kind not in (Kind.CAPTION, Kind.HEADING, Kind.SHORT) or not b.text.rstrip().endswith(("摄", "影", "）", ")")):
            continue
        found = inline_byline(b.text, config) or _caption_credit(b.text, config)
        # 市委书记…表示祝贺。记者 杨某 摄, 开幕式现场 某网记者卢某摄: the photographer leaves the caption for the byline
        if found is not None and found[2] > 0 and found[3] >= len(b.text.rstrip()) and "摄" in found[0]:
            caption = b if b.kind == Kind.CAPTION else \
                _as(b, Kind.CAPTION, "摄影署名前的图片说明 (a photo's caption before its credit)")
            out[i:i + 1] = [replace(caption, text=b.text[: found[2]].rstrip(" ？?")),
                            Block(Kind.BYLINE, found[0], b.end_line, b.end_line, "图片说明里的摄影署名", 0, tuple(found[1]))]
    return out


#: a photo's credit closing a caption paragraph (…合影。 张三 摄): the paragraph ends there
_CREDIT_END = re.compile(r"[。！？]\s*(?:[■□口◆●]?[\u4e00-\u9fff/·\s\-－]{0,20}(?:摄|摄影)|"
                         r"[（(][\u4e00-\u9fff/·\s]{2,20}(?:摄|摄影)[）)])$")


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
        if b.kind == Kind.PARAGRAPH and not ends_sentence(b.text) and not _CREDIT_END.search(b.text):
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
    quick = _quick_furniture(config.furniture)
    for start, end, raw in _raw_blocks(text, first_line, wrap is not None, quick, wrap):
        joined = raw[0]
        for line in raw[1:]:
            joined = join_fragments(joined, line)
        kind, reason, level = _classify(joined, config, wrap, len(raw))
        if kind == Kind.MARKED:
            joined = _MARKED.sub(r"\2", joined).strip()
        note = ""
        rule = furniture_rule(joined[:60], config) if kind in (Kind.PARAGRAPH, Kind.SHORT) else None
        if rule is not None:
            note = f"版面杂项规则“{rule.reason}”匹配到正文，已保留 (a furniture rule matched running text; kept)"
        blocks.append(Block(kind, joined, start, end, reason, level, (), note))
    blocks = _split_meta_prefix(blocks)
    _summary_copies(blocks)
    body_start = _header(blocks, config)
    if not any(b.kind == Kind.TITLE for b in blocks):
        body_start += _original_title(blocks)
    _body(blocks, body_start, config)
    if not any(b.kind == Kind.TITLE for b in blocks):
        _title_below_text(blocks)
    if not any(b.kind == Kind.TITLE for b in blocks):
        _title_after_a_notice(blocks)
    _title_copies(blocks)
    _repeated_furniture(blocks)
    blocks = _inline_bylines(_split_title_prefix(blocks), config)
    joined_blocks, joins = _join(blocks)
    changes: list[tuple[int, Change]] = []
    fixed_blocks = []
    for b in joined_blocks:
        fixers = PARAGRAPH_FIXERS if b.kind == Kind.PARAGRAPH else INLINE_FIXERS
        text_fixed, block_changes = fix_and_explain(b.text, fixers)
        changes.extend((b.line, c) for c in block_changes)
        fixed_blocks.append(replace(b, text=text_fixed) if block_changes else b)
    return Segmented(tuple(fixed_blocks), tuple(joins), tuple(changes), wrap)
