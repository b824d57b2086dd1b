"""Stage 4 — extract: metadata from the blocks, each value with its source.

Layers, later wins: configured defaults → what the text says (by rule) → front
matter. Every value records where it came from, so ``explain`` can say why an
article got its date, category or organisation.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .bylines import OFFICE_ENDING, inline_byline, is_name, parse_byline, people_of
from .config import Anniversary, Category, Config, Milestone, Organisation
from .dates import PartialDate, chinese_number, find_full_dates
from .frontmatter import FrontMatter
from .metalines import WEEKDAY, PageMeta, read_meta_line
from .orgs import discovered, found_names, places, without_people_and_groups
from .segment import AFTER_THE_ARTICLE, LEADING_BULLET, Block, Kind, credit_of

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
    #: the article's date: the page's publication date when it gives one, else the event's
    date: Sourced[PartialDate] | None
    session: Sourced[Session] | None
    tags: Sourced[tuple[str, ...]]
    summary: Sourced[str]
    characters: int
    reading_minutes: int
    #: the publication date a page or e-paper prints (发布时间, the issue date)
    published: Sourced[PartialDate] | None = None
    #: the date of the event reported, when it differs in kind from the publication date
    event_date: Sourced[PartialDate] | None = None
    #: 来源: the portal, paper or office the page names as its source
    source_name: Sourced[str] | None = None
    #: the year of the date came from the commit or file date, not from the text
    date_guessed: bool = False
    #: an organisation found in the text that newsdesk.yml does not list (for a suggestion)
    unconfigured: Organisation | None = None
    #: every category's score, for explain
    category_scores: tuple[tuple[str, float], ...] = ()


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
    headings: list[Block]
    body: list[Block]
    #: what the page printed on the headline's own line around it (a column label: 2026九龙坡两会丨)
    labels: list[Block] = field(default_factory=list)

    def get(self, name: str) -> list[Block]:
        return list(getattr(self, name))

    def iter(self, *names: str) -> Iterator[Block]:
        for name in names:
            yield from self.get(name)


def parts_of(blocks: tuple[Block, ...], config: Config) -> Parts:
    paragraphs = [b for b in blocks if b.kind == Kind.PARAGRAPH]
    text = [b for b in blocks if b.kind in (Kind.PARAGRAPH, Kind.HEADING)]
    titles = [b for b in blocks if b.kind == Kind.TITLE]
    return Parts(
        title=titles,
        subtitle=[b for b in blocks if b.kind == Kind.SUBTITLE],
        lead=paragraphs[: config.layout.lead_paragraphs],
        headings=[b for b in blocks if b.kind == Kind.HEADING],
        body=text,
        labels=[b for b in blocks if b.kind == Kind.FURNITURE and any(b.line == t.line for t in titles)],
    )


def _quote(text: str) -> str:
    return f"“{text}”"


#: a month-day, in digits or in Chinese numerals (一月十九日上午)
_MONTH_DAY = re.compile(r"(?<![\d.\-/〇零一二三四五六七八九十])(\d{1,2}|十[一二]?|[一二三四五六七八九])月"
                        r"(\d{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[日号]")
_RELATIVE_YEAR = re.compile(r"(今年|去年|前年|明年)(?:(\d{1,2})月)?")
_OTHER_YEAR = re.compile(r"(去年|前年|明年|同年|当年|次年|上年|翌年)\s*$")
#: a year named as such, not as the start of a span (2014年以来) nor a plan (2025年将)
_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|(?=[\u4e00-\u9fff]{0,6}两会))"
                         r"(?![^，。；]{0,6}(?:以来|创办|创立|成立|设立|启动|开始|举办))"
                         r"(?!\s*(?:来|前|后|起|至|到|—|-|\d|[一二三四五六七八九十]+月))")
#: a year named as the one just past (2024年市政协取得的成绩, 表彰2020年优秀提案): early-year events are the next year's
_PAST_YEAR = re.compile(r"(?:回顾|总结|表彰|概括了?|过去的?|盘点|通报|汇报)\s*[^，。；]{0,10}$|"
                        r"^\s*年?[^，。；]{0,12}(?:取得的?|成绩|成效|优秀|工作回顾|工作总结|工作情况|履职情况|以来)")
#: a headline that looks back over a year
_LOOKS_BACK = re.compile(r"回眸|回顾|亮点|盘点|综述|巡礼|成绩单|年鉴|大事记")
#: a part of a year that is still running: 2025年上半年, 2025年前三季度
_RUNNING_YEAR = re.compile(r"\s*(?:度)?(?:上半年|前三季度|第一季度|一季度|前[两一二三四五六七八九十]+个月|1[-—至到]\d{1,2}月)")
#: a year told as the one now ending: 即将过去的2022年
_ENDING_YEAR = re.compile(r"(?:即将|行将)(?:过去|结束)的?\s*$")
#: a year named as the one ahead (2024年工作要点, 协商计划): late-year events are the year before's
_NEXT_YEAR = re.compile(r"^\s*年?[^，。；]{0,10}(?:工作要点|工作计划|协商计划|工作安排|重点工作|目标任务|工作任务|总体要求|"
                        r"工作思路)|"
                        r"^\s*年?[，,]?\s*是[^。；]{0,40}(?:开局|起步)之年|"
                        r"^\s*年?[，,]?[^，。；]{0,8}将|^\s*年度?(?:视察调研|工作)?[^，。；]{0,4}(?:规划|谋划|计划)")
#: a year told as a clause of its own (2023年，全市上下抢抓机遇…), and words that look ahead in such a clause
_YEAR_CLAUSE = re.compile(r"年[，,]([^。；]{0,40})")
_AHEAD_WORDS = re.compile(r"将|要|计划|预计|力争|拟")
_TALLY = re.compile(r"\s*年?[^，。；]{0,12}[0-9]+余?(?:项|件|次|场|个|篇)")
_AND = re.compile(r"\s*(和|及|与|、|至|到|—|-|~|～)\s*")
_YEAR_SHIFT = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
#: this year as a five-year plan's first or last (今年是全面建成小康社会和“十三五”规划的收官之年)
_PLAN_YEAR = re.compile(r"今年是[^。；]{0,40}[“\"]?(十[一二三四五六七八九])五[”\"]?[^。；，]{0,6}?(开局|收官)之年")
_SESSION = re.compile(r"(?:第)?([一二三四五六七八九十]{1,3})届([一二三四五六七八九十]{1,3})次(会议|全会|全体会议)?")
#: a session by its formal name (政协云南省第十三届委员会第一次会议), not the national 政协's nor a 常务委员会's meeting
_FORMAL_SESSION = re.compile(r"(?:政协|政治协商会议)[\u4e00-\u9fff]{0,10}?第([一二三四五六七八九十]{1,3})届"
                             r"[\u4e00-\u9fff]{0,10}?(?<!常务)(?<!全国)委员会第([一二三四五六七八九十]{1,3})次(?:会议|全体会议)")
_PARTY_BEFORE = re.compile(r"(?:市委|区委|县委|党委|省委|党工委)$")
#: the national 政协's or 人大's session (全国政协十四届一次会议), which is no local office's
_NATIONAL_BEFORE = re.compile(r"全国(?:政协|人大|人民代表大会)?[^，。；]{0,2}$")
_FOUNDED = re.compile(r"自?(\d{4})年(?:创办|创立|举办|开办|设立|启动|首办)以来")
_ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3})(?:届|个年头)")


@dataclass(frozen=True)
class Dates:
    date: Sourced[PartialDate] | None
    session: Sourced[Session] | None
    published: Sourced[PartialDate] | None
    event: Sourced[PartialDate] | None
    guessed: bool


#: what only an e-paper's page carries: masthead numbers, page and issue navigation
_EDITION = re.compile(r"国内统一(?:连续出版物号|刊号)|CN\s*\d{2}\s*[-－]\s*\d{4}|上一版|下一版|上一期|下一期|"
                      r"第\s*(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版|(?:^|\s)[A-Z]?\d{1,2}\s*版\s*$|总第\s*\d+\s*期|版面导航|往期回顾")


#: what follows a place's name: 广州市政协, 某某县人民政府
_AS_PLACE = r"(?:市|县|区|省|州)(?:政协|委员会|人民|政府|委)"
#: a year alone on a line, and the month and day a date widget prints under it
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_SPLIT_DATE = re.compile(r"((?:19|20)\d{2}) (\d{1,2})[/\-.](\d{1,2})")
#: a portal's clock says what day it is now
_CLOCK = re.compile(r"今天是|今日是|今天：|今天:|当前时间|现在时间|现在是")
#: a label that says a date is the article's (发布日期：…, 2022年08月01日 文章来源：…)
_DATE_WORD = re.compile(r"发布|发表|时间|日期|刊发|来源")
#: a byline's post time: 2026-01-19 11:11:42
_POSTED = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")


def page_meta(blocks: tuple[Block, ...]) -> list[tuple[Block, PageMeta]]:
    """What the page's metadata lines (furniture) say, line by line.

    A bare date above the headline is the portal's 今天是 clock, not the report's date, unless
    the line names a paper or an edition (an e-paper masthead), labels the date, carries the
    article's other metadata (2021-01-08 10:25 来源：…), or stands right above the headline with
    no weekday (a clock tells the day of the week).
    """
    title = next((i for i, b in enumerate(blocks) if b.kind == Kind.TITLE), 0)
    # on an e-paper's page (a masthead, page or issue lines) a bare date is the date
    edition = any(_EDITION.search(b.text) for b in blocks if b.kind == Kind.FURNITURE)
    text_starts = next((i for i, b in enumerate(blocks) if b.kind == Kind.PARAGRAPH), len(blocks))
    out = []
    for i, b in enumerate(blocks):
        if b.kind != Kind.FURNITURE and not (b.kind == Kind.BYLINE and _POSTED.search(b.text)):
            continue  # (编辑: 马江望 2026-01-19 11:11:42: a byline that says when it was posted)
        if b.reason == AFTER_THE_ARTICLE:
            continue  # (after 相关推荐, a date or a name is another article's)
        meta = read_meta_line(b.text)
        split = _SPLIT_DATE.fullmatch(b.text.strip() + " " + blocks[i + 1].text.strip()) \
            if i + 1 < text_starts and _BARE_YEAR.fullmatch(b.text.strip()) else None
        if split:  # a date widget prints the year over the month and day (2023 / 01/08 / 07:44)
            with contextlib.suppress(ValueError):
                meta = PageMeta(PartialDate(int(split[1]), int(split[2]), int(split[3])), split[0], meta.source, meta.people)
        # (a date alone on the line right above the headline, with no weekday, is the article's: 2023年01月10日)
        right_above = i == title - 1 and not (WEEKDAY.search(b.text) or re.search(r"今天|今日|农历|当前|现在", b.text))
        weekday_next = i + 1 < len(blocks) and WEEKDAY.fullmatch(blocks[i + 1].text.strip())
        # (a bulleted date with no label under the text, - 2025年05月04日 14:37:52, dates another article in a list
        # of links)
        listed = i > text_starts and LEADING_BULLET.match(b.text) and not _DATE_WORD.search(b.text)
        if listed:  # (nor do the names in it: - 2022-05-16王某, another article's headline)
            meta = PageMeta(None, "", meta.source, ())
        if meta.published and (_CLOCK.search(b.text) or weekday_next):
            # 欢迎访问某某政协网 今天是2026年02月04日, or a date over a weekday's line: the day the page was read
            meta = PageMeta(None, "", meta.source, meta.people)
        # (nor one over the source's line: 2026 01/28 09:38:42 / 来源:某某日报)
        over_source = i + 1 < len(blocks) and re.match(r"\s*(?:信息|文章)?来源\s*[:：]", blocks[i + 1].text) is not None
        if meta.published and i < title and not edition and not right_above and not over_source \
                and not re.search(r"报|版|(?<!星)期|发布|发表|刊发|出版|更新|委员会|政协|网|来源|作者|编辑|浏览|阅读|点击|"
                                 r"^(?:时间|日期)\s*[:：]", b.text):
            meta = PageMeta(None, "", meta.source, meta.people)
        if meta.published or meta.source or meta.people:
            out.append((b, meta))
    return out


def _month_day_year(month: int, day: int, base: PartialDate) -> int:
    """The year of a month-day told on *base*: the same year, or the year before for a later month-day."""
    if base.month and (month, day) > (base.month, base.day or 31):
        return base.year - 1
    return base.year


def _dates_in(text: str) -> list[tuple[int, str, PartialDate | None, tuple[int, int] | None, str | None]]:
    """Date mentions in order: (offset, text, full date, (month, day), relative year word)."""
    found: list[tuple[int, str, PartialDate | None, tuple[int, int] | None, str | None]] = []
    for date, matched, start in find_full_dates(text):
        found.append((start, matched, date, None, None))
    skipped = -1
    for m in _MONTH_DAY.finditer(text):
        if any(a <= m.start() < a + len(t) for a, t, *_ in found):
            continue  # part of a full date
        if _OTHER_YEAR.search(text, max(0, m.start() - 3), m.start()) or (
                skipped >= 0 and _AND.fullmatch(text, skipped, m.start())):
            skipped = m.end()
            continue  # 去年9月20日, 同年10月17日和12月18日: another year's days, told as background
        month, day = chinese_number(m[1]), chinese_number(m[2])
        if month and day and not any(a <= m.start() < a + len(t) for a, t, *_ in found):
            found.append((m.start(), m[0], None, (month, day), None))
    for m in _RELATIVE_YEAR.finditer(text):
        if m[1] == "今年":  # 去年, 前年, 明年 tell background and plans, not the event reported
            found.append((m.start(), m[0], None, (int(m[2]), 0) if m[2] else None, m[1]))
    return sorted(found, key=lambda f: f[0])


def _year_role(m: re.Match[str], text: str) -> int:
    """1 when the year *m* names is the one just past (总结2020年, 2024年取得的成绩), -1 when it is the year
    ahead (2024年区政协将…, 2021年度工作要点), 2 when it is the year now ending (即将过去的2022年), 3 when the
    report is told part way through it (2025年上半年工作情况), else 0."""
    after, before = text[m.end():m.end() + 16], text[max(0, m.start() - 12):m.start()]
    if _ENDING_YEAR.search(before):
        return 2  # 即将过去的2022年: the year the report is told in
    if _RUNNING_YEAR.match(after):
        return 3  # 2025年上半年工作情况: a part of the year now running
    if _PAST_YEAR.search(before) or _PAST_YEAR.search(after):
        return 1
    if _NEXT_YEAR.search(after):
        return -1
    # a year's tally (2025年组织开展履职活动90余项) is of a year that is over, and so is a year told as a clause
    # of its own with nothing ahead in it (2023年，全市上下抢抓机遇…)
    if _TALLY.match(after):
        return 1
    clause = _YEAR_CLAUSE.match(text, m.end() - 1)
    return 1 if clause and not _AHEAD_WORDS.search(clause[1]) else 0


def _event(parts: Parts, base: PartialDate | None, base_source: str) -> Sourced[PartialDate] | None:
    """The date of the event: the first date the title or lead names. A month-day takes its year
    from *base* (the page's date, or the anchor year), else from a full date of the title or lead."""
    blocks = list(parts.iter("title", "subtitle", "lead"))
    full = next(((d, b, t) for b in blocks for _, t, d, _, _ in _dates_in(b.text) if d), None)
    shift: tuple[int | None, int | None] = (0, 0)  # years to add to a named year's month-days in Jan–Apr, Nov–Dec
    if full is None and base is None:
        # the same month-day told in full further down (截至2026年1月16日下午3时) gives its year
        told = {md for b in blocks for _, _, d, md, rel in _dates_in(b.text) if md and not d and not rel}
        full = next(((d, b, t) for b in parts.iter("body") for _, t, d, _, _ in _dates_in(b.text)
                     if d and d.day and (d.month, d.day) in told), None)
        # full dates further down, all of one year and none later in it than the lead's day (2025年1月3日 under
        # 3月4日讯), are of the months just before the report: its year
        earlier = [(d, b, t) for b in parts.iter("body") for _, t, d, _, _ in _dates_in(b.text)
                   if d and d.day and d.month] if full is None and told else []
        if earlier and len({d.year for d, _, _ in earlier}) == 1 and all((d.month, d.day) <= min(told) for d, _, _ in earlier):
            full = (PartialDate(earlier[-1][0].year), earlier[-1][1], earlier[-1][2])
    if full is None and base is None:
        # a year the headline or lead names (2020年度, 2024年) dates its month-days; one the body names
        # does when it is plainly the year just past (总结2020年) or the year ahead (2024年区政协将)
        lead = [(m, b, _year_role(m, b.text)) for b in blocks + parts.labels for m in _YEAR_NAMED.finditer(b.text)]
        body = [(m, b, role) for b in parts.iter("body") for m in _YEAR_NAMED.finditer(b.text)
                if (role := _year_role(m, b.text)) != 0]
        if lead or body:
            m, b, role = (lead or body)[0]
            full = (PartialDate(int(m[1])), b, m[0])
            in_body = not lead
            shift = {1: (1, None if in_body else 0), -1: (0, -1)}.get(role, (0, 0))
    for b in blocks:
        for _, matched, date, month_day, relative in _dates_in(b.text):
            if date is not None:
                return Sourced(date, f"text line {b.line}: {_quote(matched)}")
            anchor, why = (base, base_source) if base else \
                (full[0], f"正文日期 {_quote(full[2])} line {full[1].line}") if full else (None, "")
            if anchor is None or (relative and anchor.month is None and not base):
                continue  # 今年 is the year of the report, not of a year it names
            try:
                if relative:
                    year = anchor.year + _YEAR_SHIFT[relative]
                    found = PartialDate(year, month_day[0] if month_day else None)
                elif month_day:
                    year = _month_day_year(month_day[0], month_day[1], anchor)
                    if not base:
                        season = 0 if month_day[0] <= 4 else 1 if month_day[0] >= 11 else None
                        change = shift[season] if season is not None else None if None in shift else 0
                        if change is None:
                            continue  # a year the body names says nothing of a day in the middle of a year
                        year += change
                        why += {1: "，是刚过去的一年 (the year just past)", -1: "，是来年 (the year ahead)"}.get(change, "")
                    found = PartialDate(year, *month_day)
                else:
                    continue
            except ValueError:
                continue
            return Sourced(found, f"text line {b.line}: {_quote(matched)} → {year} ({why})")
    return None


def _plan_year(parts: Parts) -> tuple[int, str] | None:
    """The year a report calls the first or last of a five-year plan (今年是“十四五”规划的收官之年):
    the Nth plan runs from 2011 + 5 × (N − 12), the 十二五 from 2011."""
    for b in parts.iter("title", "subtitle", "lead", "body"):
        m = _PLAN_YEAR.search(b.text)
        n = chinese_number(m[1]) if m else None
        if m and n:
            year = 2011 + 5 * (n - 12) + (4 if m[2] == "收官" else 0)
            return year, f"text line {b.line}: {_quote(m[0])} → {year} (五年规划之年 the plan's year)"
    return None


def _milestone(parts: Parts, milestones: tuple[Milestone, ...]) -> tuple[PartialDate, str] | None:
    """A base to date month-days by: the day after the latest national meeting the report studies
    (学习贯彻十九届六中全会精神: its days come after 2021-11-08), else the day of one it looks forward
    to (迎接二十大: its days come before 2022-10-16)."""
    after: tuple[tuple[int, int, int], str] | None = None
    before: tuple[tuple[int, int, int], str] | None = None
    text = "\n".join(b.text for b in parts.iter("title", "subtitle", "lead", "body"))
    for milestone in milestones:
        for m in milestone.pattern.finditer(text):
            if _AHEAD.search(text, max(0, m.start() - 8), m.start()):
                if before is None or milestone.date < before[0]:
                    before = (milestone.date, m[0])
            elif milestone.after and (after is None or milestone.date > after[0]):
                after = (milestone.date, m[0])
    if after is not None:
        (y, mo, d), name = after
        return PartialDate(y + 1, mo, d), f"{_quote(name)}（{y}-{mo:02d}-{d:02d}）之后的第一个该日 (the first such day after it)"
    if before is not None:
        (y, mo, d), name = before
        return PartialDate(y, mo, d), f"{_quote(name)}（{y}-{mo:02d}-{d:02d}）之前 (before it)"
    return None


#: looking forward to a meeting: 迎接党的二十大, 喜迎二十大
_AHEAD = re.compile(r"(?:迎接|喜迎|献礼|期盼|筹备)[^，。；]{0,4}$")


def _anniversary(parts: Parts, anniversaries: tuple[Anniversary, ...]) -> tuple[int, str] | None:
    """The year of the latest anniversary the report celebrates or studies (庆祝人民政协成立75周年 → 2024),
    and why.

    >>> from newsdesk.config import load_config
    >>> c = load_config("newsdesk.yml")
    >>> blocks = (Block(Kind.PARAGRAPH, "会议学习了庆祝人民政协成立七十五周年大会精神。", 3, 3),)
    >>> _anniversary(parts_of(blocks, c), c.anniversaries)[0]
    2024
    """
    best: tuple[int, str] | None = None
    for b in parts.iter("title", "subtitle", "lead", "body"):
        for anniversary in anniversaries:
            for m in anniversary.pattern.finditer(b.text):
                n = int(m["n"]) if m["n"].isdigit() else chinese_number(m["n"])
                if n and (best is None or anniversary.year + n > best[0]):
                    year = anniversary.year + n
                    best = (year, f"text line {b.line}: {_quote(m[0])}，{anniversary.year} + {n} = {year} "
                                  f"(周年之年 the anniversary's year)")
    return best


def _date(parts: Parts, org: Organisation | None, anchor: Anchor,
          meta: list[tuple[Block, PageMeta]], milestones: tuple[Milestone, ...] = (),
          anniversaries: tuple[Anniversary, ...] = ()) -> Dates:
    """The article's date, in order: the page's publication date; a full date in the title or lead;
    a session (届/次) through the organisation's terms; a month-day read against the national meeting
    the report studies, else against the year of an anniversary it celebrates (or that year alone);
    a month-day or 今年 read against the anchor year (a guess, warned); a founding year with an ordinal."""
    session = _session(parts, org)
    # (a date the page labels, 发布日期：…, 2022年08月01日 文章来源：…, or prints with its page, comes before a bare one)
    labelled_first = sorted(meta, key=lambda bm: not (_DATE_WORD.search(bm[0].text) or _EDITION.search(bm[0].text)))
    published = next((Sourced(m.published, f"text line {b.line}: {_quote(m.published_text)} (发布日期)")
                      for b, m in labelled_first if m.published), None)
    if published is not None:
        event = _event(parts, published.value, f"发布日期 {published.value.iso()}")
        if event is not None and event.value == published.value:
            event = None
        return Dates(published, session, published, event, False)
    event = _event(parts, None, "")
    if event is not None:
        return Dates(event, session, None, None, False)

    def in_year(year: int, why: str) -> Dates:
        """The report's month-days read in *year*, else that year alone."""
        return Dates(_event(parts, PartialDate(year), why) or Sourced(PartialDate(year), why), session, None, None, False)

    if session is not None and org is not None:
        start = org.terms[session.value.term]
        year = start + session.value.meeting - 1
        # (a session years after the file was written is a misread: another body's term of that number)
        if year <= anchor.year + 1:  # the session's month-days are of its year (十二届一次会议 … 1月12日上午)
            return in_year(year, f"{session.source}; {org.name} 第{session.value.term}届始于 {start} 年 → "
                                 f"{start} + {session.value.meeting} − 1")
    milestone = _milestone(parts, milestones)
    if milestone is not None:
        dated = _event(parts, milestone[0], milestone[1])
        if dated is not None:
            return Dates(dated, session, None, None, False)
    plan = _plan_year(parts) or _anniversary(parts, anniversaries)
    if plan is not None:
        return in_year(*plan)
    guess = _event(parts, PartialDate(anchor.year), anchor.source)
    if guess is not None:
        return Dates(guess, session, None, None, True)
    named = next(((m, b) for b in parts.iter("title", "subtitle") if _LOOKS_BACK.search(b.text)
                  for m in _YEAR_NAMED.finditer(b.text)), None)
    if named is not None:  # a review with no day that names its year in the headline (——2020年某市政协工作亮点回眸)
        m, b = named
        return Dates(Sourced(PartialDate(int(m[1])), f"text line {b.line}: {_quote(m[0])} (标题里回顾的年份)"),
                     session, None, None, False)
    for b in parts.iter("title", "subtitle", "lead", "body"):
        founded = _FOUNDED.search(b.text)
        if not founded:
            continue
        for c in parts.iter("title", "subtitle", "lead", "body"):
            ordinal = _ORDINAL.search(c.text)
            n = chinese_number(ordinal[1]) if ordinal else None
            if ordinal and n:
                year = int(founded[1]) + n - 1
                return Dates(Sourced(PartialDate(year), f"text line {b.line}: {_quote(founded[0])} + line {c.line}: "
                                                        f"{_quote(ordinal[0])} → {founded[1]} + {n} − 1"),
                             session, None, None, False)
    return Dates(None, session, None, None, False)


def _session(parts: Parts, org: Organisation | None) -> Sourced[Session] | None:
    if org is None or not org.terms:
        return None
    for b in parts.iter("title", "subtitle", "lead", "body"):
        for m in itertools.chain(_SESSION.finditer(b.text), _FORMAL_SESSION.finditer(b.text)):
            before = b.text[: m.start()]
            if (m.re is _SESSION and m[3] == "全会") or _PARTY_BEFORE.search(before) or _NATIONAL_BEFORE.search(before):
                continue
            term, meeting = chinese_number(m[1]), chinese_number(m[2])
            # a term holds five or six plenary sessions; a higher number counts a 常委会's meetings
            if term in org.terms and meeting and meeting <= 6:
                return Sourced(Session(term, meeting), f"text line {b.line}: {_quote(m[0])}")
    return None


def _organisation(blocks: tuple[Block, ...], parts: Parts, organisations: tuple[Organisation, ...],
                  sources: tuple[str, ...] = ()) -> Sourced[str] | None:
    """Explicit names count most; an alias (市政协) goes to the organisation whose places the text names.

    The title, subtitle and lead count three times, the rest of the text once, and the page's
    header and footer (furniture) half; but a place the header or footer names (the site's own
    office) counts three times as evidence for an alias. An office the page's 来源 names
    (来源：吴江政协) and the text names is the one that wrote the report, and gets five points.
    """
    front = {id(b) for b in parts.title + parts.subtitle + parts.lead}
    kept = [b for b in blocks if b.kind not in (Kind.FURNITURE, Kind.COLUMN)]
    weighted = [("\n".join(b.text for b in kept if id(b) in front), 3.0),
                ("\n".join(b.text for b in kept if id(b) not in front), 1.0),
                ("\n".join(b.text for b in blocks if b.kind == Kind.FURNITURE), 0.5)]
    names = sorted((o.name for o in organisations), key=len, reverse=True)
    scores = {o.name: 0.0 for o in organisations}
    evidence: dict[str, list[str]] = {o.name: [] for o in organisations}
    alias_counts: dict[str, float] = {}
    mentions: dict[str, int] = {}
    in_text: set[str] = set()
    place_counts = {o.name: 0 for o in organisations}
    for text, weight in weighted:
        text = without_people_and_groups(text)
        formal = found_names(text)  # 中国人民政治协商会议第十二届西藏自治区委员会 names 西藏自治区政协
        for name in names:
            n = max(text.count(name), formal.get(name, 0))
            if n:
                scores[name] += n * weight
                mentions[name] = mentions.get(name, 0) + n
                if weight >= 1:
                    in_text.add(name)
                text = text.replace(name, "〓")
        for o in organisations:
            place_counts[o.name] += sum(text.count(p) for p in o.places) * (3 if weight < 1 else 1)
        for alias in {a for o in organisations for a in o.aliases}:
            # (区政协 inside 自治区政协, 六盘山片区政协 or 四省区政协 is no district's office)
            n = text.count(alias) - (sum(text.count(w + alias) for w in ("自治", "片", "省")) if alias == "区政协" else 0)
            alias_counts[alias] = alias_counts.get(alias, 0) + n * weight
    for name, n in mentions.items():
        evidence[name].append(f"{name}×{n}")
    headline = without_people_and_groups("\n".join(b.text for b in parts.title + parts.subtitle))
    for alias, count in alias_counts.items():
        holders = [o for o in organisations if alias in o.aliases]
        # (苏州市政协委员: members of another office the headline's own office leads, not that office)
        titled = [o for o in holders if re.search(re.escape(o.name) + "(?!委员(?!会))", headline)]
        if count and len(titled) == 1:  # the office the headline names is the one 市政协 stands for below it
            scores[titled[0].name] += count
            evidence[titled[0].name].append(f"{alias}×{count:g} (标题 {titled[0].name})")
        elif count and holders:
            best = max(holders, key=lambda o: place_counts[o.name])
            if place_counts[best.name]:
                scores[best.name] += count
                evidence[best.name].append(f"{alias}×{count:g} (地名 {best.places[0]}×{place_counts[best.name]})")
    for o in organisations:
        named = [x for x in sources if o.name in x or any(f"{p}政协" in x for p in o.places)]
        if named and o.name in in_text:  # a provincial site is the 来源 of the county news it carries
            scores[o.name] += 5
            evidence[o.name].append(f"来源 {named[0]}")
    best_name = max(scores, key=lambda k: scores[k])
    if scores[best_name] <= 0:
        return None
    return Sourced(best_name, f"rule: {', '.join(evidence[best_name])}; score {scores[best_name]:g}")


def _category(parts: Parts, config: Config) -> tuple[Sourced[str], tuple[tuple[str, float], ...]]:
    """The category whose rules score highest (at least ``min_category_score``), and every score."""
    best: tuple[float, Category, list[str]] | None = None
    scores = []
    for category in config.categories:
        score, why = 0.0, []
        for rule in category.rules:
            for name in rule.fields:
                n = sum(len(rule.pattern.findall(b.text)) for b in parts.get(name))
                if n:
                    score += n * rule.weight
                    why.append(f"{rule.pattern.pattern!r} in {name} ×{n} (+{n * rule.weight:g})")
        scores.append((category.name, score))
        if score and (best is None or score > best[0]):
            best = (score, category, why)
    table = ", ".join(f"{name} {score:g}" for name, score in scores if not config.category(name) or
                      not config.category(name).default)  # type: ignore[union-attr]
    if best is None or best[0] < config.layout.min_category_score:
        return Sourced(config.default_category.name, "default: no category rule reached "
                                                     f"{config.layout.min_category_score:g} ({table})"), tuple(scores)
    return Sourced(best[1].name, f"rule: {'; '.join(best[2])}; score {best[0]:g} ({table})"), tuple(scores)


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
    people, byline_lines = _people(blocks, config)
    meta = page_meta(blocks)
    sources = {m.source for _, m in meta if m.source}
    for b, m in meta:
        # (作者:韩某 祝某 over the text's 祝某平: a name the metadata line cut short is the text's)
        named = [p for p in m.people + _source_people(m.source, config)
                 if not any(n.startswith(p[1]) for _, n in people)  # (the same name, or the longer one)
                 and is_name(p[1]) and p[0] not in config.review_roles and not _AN_OFFICE.search(p[1])]
        if named:
            people += tuple(named)
            byline_lines = ", ".join(x for x in (byline_lines, str(b.line)) if x)
    # 作者:石榴云 … 来源:石榴云: a name the page gives both as its author and as its source is the outlet
    credited = {n for _, m in meta for _, n in m.people}
    people = tuple(p for p in people if not ({p[1]} & sources & credited))
    # 【本报记者广州二十日电】…广州市政协…: a "name" the text uses as a place is the dateline's place
    text = "\n".join(b.text for b in blocks if b.kind in (Kind.PARAGRAPH, Kind.TITLE))
    people = tuple(p for p in people if not re.search(re.escape(p[1]) + _AS_PLACE, text))
    authors = Sourced(fm.authors, from_fm("authors")) if fm.authors is not None else \
        Sourced(people, f"text line {byline_lines}: 署名" if people else "none in text")
    photo = next((Sourced(credit_of(b.text, config) or "", f"text line {b.line}: 图片来源")
                  for b in blocks if b.kind == Kind.CREDIT), None)
    unconfigured = None
    if fm.organisation:
        organisation: Sourced[str] | None = Sourced(fm.organisation, from_fm("organisation"))
    else:
        found = discovered("\n".join(b.text for b in blocks), config)
        organisation = _organisation(blocks, parts, config.organisations + found,
                                     tuple(m.source for _, m in meta if m.source))
        unconfigured = next((o for o in found if organisation and o.name == organisation.value), None)
    org = next((o for o in config.organisations if organisation and o.name == organisation.value), None)
    scores: tuple[tuple[str, float], ...] = ()
    if fm.category:
        category = Sourced(fm.category, from_fm("category"))
    else:
        category, scores = _category(parts, config)
    # (an office no one configured may still have known terms: newsdesk.yml's terms)
    dates = _date(parts, org or unconfigured, anchor, meta, config.milestones, config.anniversaries)
    date, session, guessed = dates.date, dates.session, dates.guessed
    if fm.date:
        date, guessed = Sourced(fm.date, from_fm("date")), False
    source_name = Sourced(fm.source, from_fm("source")) if fm.source else next(
        (Sourced(m.source, f"text line {b.line}: 来源") for b, m in meta if m.source), None)
    if source_name is None and _office(blocks, config):
        source_name = Sourced(_office(blocks, config), "署名中的供稿单位")
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
                    tags, summary, characters, minutes, published=dates.published, event_date=dates.event,
                    source_name=source_name, date_guessed=guessed, unconfigured=unconfigured,
                    category_scores=scores)


def _people(blocks: tuple[Block, ...], config: Config) -> tuple[tuple[tuple[str, str], ...], str]:
    """Everyone the bylines name, in order, without repeats; and the lines they stand on."""
    people: list[tuple[str, str]] = []
    lines = []
    for b in blocks:
        found: list[tuple[str, str]] = list(b.people)
        if b.kind == Kind.BYLINE and not found:
            found = parse_byline(b.text, config) or []
            if not found:
                inline = inline_byline(b.text, config)
                found = inline[1] if inline else []
        found = [p for p in found if not _is_office(p) and p[0] not in config.review_roles]
        if found:
            lines.append(str(b.line))
        for role, name in found:  # one person once: 作者： 樊某 above the text and （记者 樊某） in it
            at = next((i for i, (_, n) in enumerate(people) if n == name), None)
            if at is None:
                people.append((role, name))
            elif not people[at][0] and role:
                people[at] = (role, name)
    return tuple(people), ", ".join(lines)


def _source_people(source: str, config: Config) -> tuple[tuple[str, str], ...]:
    """People a 来源 value names: reporters after their paper (盐阜大众报报业集团全媒体记者 王艳 张咪), or one
    person alone (来源：吕游); a paper, a site or an office is nobody.

    >>> from newsdesk.config import load_config
    >>> c = load_config("newsdesk.yml")
    >>> _source_people("盐阜大众报报业集团全媒体记者 王艳 张咪", c), _source_people("吕游", c)
    ((('全媒体记者', '王艳'), ('全媒体记者', '张咪')), (('', '吕游'),))
    >>> _source_people("荆楚网", c), _source_people("文明办", c), _source_people("江苏", c), _source_people("金台资讯", c)
    ((), (), (), ())
    """
    source = source.strip()
    if not source:
        return ()
    people = people_of(source, config)
    if people:
        return tuple(people)
    office, *names = source.split()
    if names and _AN_OFFICE.search(office) and all(is_name(n) for n in names):
        return tuple(("", n) for n in names)  # 来源:南沙区政协 窦显东: the office the writer works in, and the writer
    if 2 <= len(source) <= 3 and is_name(source) and not _OFFICE.search(source) and source not in places():
        return (("", source),)
    return ()


#: an office's name in a metadata line's 作者 (作者:区政协办): no person
_AN_OFFICE = re.compile(r"政协|办公室|委员会|中心$|办$")
#: an office, not a person (绍兴市政协办公室 供稿): it is where the report comes from, not who wrote it
_OFFICE = re.compile(OFFICE_ENDING)
_SOURCE_ROLES = ("", "供稿", "撰稿", "来源", "文")


def _is_office(person: tuple[str, str]) -> bool:
    role, name = person
    return role in _SOURCE_ROLES and _OFFICE.search(name) is not None and not is_name(name)


def _office(blocks: tuple[Block, ...], config: Config) -> str:
    """The office a byline credits instead of a person (（绍兴市政协办公室供稿）), for the 来源 line."""
    for b in blocks:
        if b.kind == Kind.BYLINE:
            inline = inline_byline(b.text, config)
            for role, name in (list(b.people) or (inline[1] if inline else []) or parse_byline(b.text, config) or []):
                if _is_office((role, name)):
                    return name
    return ""
