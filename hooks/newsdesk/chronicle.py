"""大事记 — dated events drawn from the articles' own sentences.

A clause that begins with a date and says what happened becomes one line of the
chronicle: ``2020年5月30日上午，市委政协工作会议召开`` → 2020-05-30 · 市委政协工作会议召开.
Relative dates are resolved against the article's date (去年, 今年, 同年, 上月, 当天, a
bare 3月5日) and keep their precision (5月底 is a month). What is not an event of the
report is skipped, with the reason kept for ``explain``: ranges (2014年以来), founding
years used as background (自2008年创办以来), dates inside 《document titles》 or quotes,
plans (将, 计划, 拟, 下一步) unless stated as decided, tallies (2019年共提交提案193件).

The year of an event is *guessed* when the text names no year and the article's own
date is only a year or was itself guessed (from the git anchor, not from the text):
``check`` warns about those so staff can confirm them in front matter.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .dates import PartialDate
from .pipeline import Article
from .segment import Kind

#: opening → closing brackets; clauses are not split inside them
PAIRS = {"《": "》", "“": "”", "（": "）", "「": "」", "‘": "’", "(": ")", "〈": "〉"}
#: brackets whose content is a title or a quotation: dates inside them are not events
QUOTING = ("《", "“", "〈", "「")
SENTENCE_END = "。！？!?"
CLAUSE_END = "，；：,;:"

_YEAR = r"(?:(?<![\d\-－])(?P<y>\d{4})年(?!度)|(?P<rel>去年|今年|同年|当年|前年|明年))"
_MD = r"(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号]|(?P<part>上旬|中旬|下旬|初|底|末))?"
DATE = re.compile(
    rf"{_YEAR}(?:{_MD})?(?P<ypart>底|初|末)?"
    r"|(?<![\d年月])(?P<bm>\d{1,2})月(?:(?P<bd>\d{1,2})[日号]|(?P<bpart>上旬|中旬|下旬|初|底|末))?"
    r"|(?<![\d年月日号])(?P<dd>\d{1,2})[日号](?![\d])"
    r"|(?P<rel2>当天|当日|上月|本月|同月)")
#: a quick test: text without any of these holds no date, and is not split into clauses at all
_ANY_DATE = re.compile(r"\d[年月日号]|去年|今年|同年|当年|前年|明年|当天|当日|上月|本月|同月")
#: words between a clause start and its date: 在2020年…, 于5月…
_LEAD_IN = re.compile(r"^(?:在|于|是|到|截至)?")
#: what may sit right after a date before the event: time of day
_TIME = re.compile(r"^(?:上午|下午|晚上|晚间|中午|早上|凌晨|傍晚|晚|午后|\d{1,2}[时点](?:\d{1,2}分)?|[，,、\s])+")
_CONNECTIVE = re.compile(r"^(?:随后|同时|此外|其中|另外|并且|然后|之后|接着|紧接着|此后|并|还|也|又|即|就|便)+")
#: after a date, these make it a span or a background reference, not an event
_RANGE = re.compile(r"^(?:以来|来|起|至今|开始|以后|之后|后|以前|之前|前|期间|左右|一年|全年|上半年|下半年|至|到|—|－|-|~|～)")
_FOUNDING = re.compile(r"创办|创立|成立|设立|始创|开办|首办|举办")
_PLAN = re.compile(r"将|计划|拟|下一步|准备|打算|即将|将要|争取|力争")
_DECIDED = re.compile(r"决定|确定|定于|已")
#: an event says something happened; a clause without one of these is description
EVENT_VERBS = re.compile(
    r"召开|举行|举办|开幕|闭幕|出台|印发|发布|颁布|成立|签订|签署|缔结|启动|揭牌|授牌|当选|选举|通过|审议"
    r"|开展|组织|出席|视察|调研|考察|走访|部署|实施|建成|获评|荣获|评为|命名|表彰|开通|上线|首发|出版|会见"
    r"|率队|参加|召集|听取|作出|印发|制定|推出|聘任|任命|赴|来平|来嘉|慰问|接待|交流|协商|监督|肯定")
#: a count (提交提案193件) makes a year- or month-dated clause a tally, not an event
_TALLY = re.compile(r"[\d零〇一二两三四五六七八九十百千万]+(?:余|多)?(?:次|件|篇|场|条|项|期|个|份|名|人次|家|位|批)")
#: in a clause dated only to a year or month, these make it a summary of the year's work, not an event
_SUMMARY = re.compile(r"各类|各项|一系列|等活动|等议题|等方面|等工作")
_PAREN_ASIDE = re.compile(r"（(?:以下简称|简称|下称)[^）]*）")
MIN_HAN = 4


@dataclass(frozen=True)
class Event:
    """One dated event of one article, and why it was taken."""

    date: PartialDate
    text: str
    organisation: str
    slug: str
    path: str
    line: int
    #: the date words of the text (``去年9月20日``), or ``front matter``
    expression: str
    #: which rule took it, in words: ``relative 去年 = 2020 − 1``
    rule: str
    year_guessed: bool = False


@dataclass(frozen=True)
class Skipped:
    """A date that was not taken as an event, and why (for ``explain``)."""

    line: int
    expression: str
    clause: str
    reason: str


@dataclass(frozen=True)
class Source:
    slug: str
    path: str
    line: int


@dataclass
class Line:
    """One line of the chronicle: an event, possibly reported by several articles."""

    date: PartialDate
    text: str
    organisation: str
    sources: list[Source] = field(default_factory=list)
    year_guessed: bool = False

    def sort_key(self) -> tuple[int, int, int, str, int, str]:
        """方志 order: days in order, then the month's month-only events, then the year-only ones."""
        first = self.sources[0] if self.sources else Source("", "", 0)
        return (*date_key(self.date), first.slug, first.line, self.text)


def split_clauses(text: str, ends: str) -> list[str]:
    """Cut *text* at any of *ends* that is outside brackets and quotes.

    >>> split_clauses("出台了《意见，办法》，指出要坚持。", "，。")
    ['出台了《意见，办法》', '指出要坚持']
    """
    out: list[str] = []
    depth: list[str] = []
    start = 0
    for m in _marks(ends).finditer(text):  # only punctuation is looked at, not every character
        c, i = m[0], m.start()
        if depth and c == PAIRS[depth[-1]]:
            depth.pop()
        elif c in PAIRS and not (c == "“" and "“" in depth):
            depth.append(c)
        elif c in ends and not depth:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


@functools.lru_cache(maxsize=8)
def _marks(ends: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(''.join(PAIRS) + ''.join(PAIRS.values()) + ends)}]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text inside 《》, “” and similar (titles and quotations)."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, c in enumerate(text):
        if stack and c == PAIRS[stack[-1][0]]:
            opener, start = stack.pop()
            if opener in QUOTING:
                spans.append((start, i))
        elif c in PAIRS:
            stack.append((c, i))
    return spans


def jaccard(a: str, b: str) -> float:
    """Character-bigram Jaccard similarity of two texts.

    >>> round(jaccard("市委政协工作会议召开", "市委政协工作会议隆重召开"), 2)
    0.67
    """
    ga = {a[i : i + 2] for i in range(len(a) - 1)}
    gb = {b[i : i + 2] for i in range(len(b) - 1)}
    return len(ga & gb) / len(ga | gb) if ga | gb else 1.0


def article_year_firm(article: Article) -> bool:
    """Whether the article's year was read from the text or front matter, not guessed from its file."""
    d = article.metadata.date
    if d is None:
        return False
    return d.source.startswith("front matter") or re.search(r"“\d{4}[年\-/.]", d.source) is not None


@dataclass
class _Context:
    """What earlier sentences of the article said: the year and the day last named."""

    article_date: PartialDate | None
    firm: bool
    year: int | None = None
    year_guessed: bool = False
    day: PartialDate | None = None


def _resolve(m: re.Match[str], ctx: _Context, previous: tuple[PartialDate, bool] | None
             ) -> tuple[PartialDate, str, bool] | str:
    """The date a match means, the rule in words and whether its year is guessed; or why not."""
    ad = ctx.article_date
    loose = ad is None or ad.precision == "year" or not ctx.firm  # a year taken from ``ad`` is a guess
    if m["rel2"]:
        word = m["rel2"]
        if word in ("当天", "当日"):
            if ctx.day is not None:
                return ctx.day, f"{word} = 上文的 {ctx.day.iso()}", ctx.year_guessed
            if ad is not None and ad.precision == "day":
                return ad, f"{word} = 文章日期 {ad.iso()}", not ctx.firm
            return f"{word}: 文章日期不到日 (article date has no day)"
        if ad is None or ad.month is None:
            return f"{word}: 文章日期不到月 (article date has no month)"
        if word == "上月":
            y, mo = (ad.year, ad.month - 1) if ad.month > 1 else (ad.year - 1, 12)
            return PartialDate(y, mo), f"上月 = 文章日期 {ad.iso()} 的前一月", not ctx.firm
        return PartialDate(ad.year, ad.month), f"{word} = 文章日期 {ad.iso()} 的月份", not ctx.firm
    if m["dd"]:  # 14日上午: a day of the month named last (12月14日至15日 … 14日上午)
        base = ctx.day or (ad if ad is not None and ad.month else None)
        if base is None or base.month is None:
            return f"{m[0]}: 上文没有月份 (no month named before)"
        try:
            return PartialDate(base.year, base.month, int(m["dd"])), f"只有日，取上文的 {base.year}年{base.month}月", \
                ctx.year_guessed if ctx.day else not ctx.firm
        except ValueError:
            return f"不存在的日期 (no such date) {m[0]}"
    month = int(m["m"] or m["bm"] or 0) or None
    day_text = m["d"] or m["bd"]
    day = int(day_text) if day_text else None
    guessed = False
    if m["y"]:
        year, rule = int(m["y"]), "明确的日期 (explicit date)"
    elif m["rel"]:
        word = m["rel"]
        if word in ("同年", "当年") and ctx.year is not None:
            year, rule, guessed = ctx.year, f"{word} = 上文的 {ctx.year} 年", ctx.year_guessed
        elif ad is None:
            return f"{word}: 文章没有日期 (article undated)"
        else:
            offset = {"去年": -1, "前年": -2, "明年": 1}.get(word, 0)
            year = ad.year + offset
            rule = f"{word} = 文章年份 {ad.year}" + (f" {offset:+d}".replace("-", "− ").replace("+", "+ ") if offset else "")
            guessed = loose
    elif previous is not None:
        year, rule, guessed = previous[0].year, f"与前一个日期同年 {previous[0].year}", previous[1]
    elif ad is None:
        return "只有月日，文章没有日期 (month-day in an undated article)"
    else:
        year, rule, guessed = ad.year, f"只有月日，取文章年份 {ad.year}", loose
        if ad.month and month and (month, day or 0) > (ad.month, ad.day or 99):
            year -= 1
            rule = f"只有月日，晚于文章日期 {ad.iso()}，取前一年 {year}"
    try:
        return PartialDate(year, month, day), rule, guessed
    except ValueError:
        return f"不存在的日期 (no such date) {m[0]}"


def _event_text(clause: str, end: int, start: int, rest_clauses: list[str]) -> tuple[str, str] | None:
    """(event text, how it was cut) for a date at clause[start:end]; None when no event follows."""
    before = clause[:start]
    rest = _TIME.sub("", clause[end:])
    following = list(rest_clauses)
    framed = (before.startswith("在") or "的" in rest) and re.search(r"(?:上|中|时|期间|之际)$", rest)
    if framed:  # 当天的会上，市委书记…肯定了…: the date sets the scene, the next clause is the event
        if not following:
            return None
        text, how = following.pop(0), "“……的会上”之后的分句"
    elif before.endswith("于") and len(before) > 1:
        text, how = re.sub(r"[定将拟]?于$", "", before) + rest, "主语 + 于 + 日期 + 谓语"
    elif rest and not rest.startswith("的"):
        text, how = rest, "日期后的分句"
    elif following:
        text, how = following.pop(0), "日期后的下一个分句"
    else:
        return None
    joined = False
    while following and not EVENT_VERBS.search(text.rsplit("的", 1)[-1]):
        # 参加大会的27个界别的政协委员，…，分11个小组举行活动: the clause is only the subject
        text, joined = f"{text}，{following.pop(0)}", True
    how += "（主语分句 + 谓语分句）" if joined else ""
    text = _PAREN_ASIDE.sub("", _CONNECTIVE.sub("", _TIME.sub("", text))).strip(" ，、")
    return text, how


def _check_event(text: str, clause: str, precision: str) -> str | None:
    """Why *text* (cut from *clause*) is not an event, or None."""
    if sum(1 for c in text if "\u4e00" <= c <= "\u9fff") < MIN_HAN:
        return "日期后没有事件 (no event after the date)"
    if text.startswith(("是", "为", "以来")):
        return "描述而非事件 (a description, not an event)"
    said = clause + text
    if _PLAN.search(said) and not _DECIDED.search(said):
        return "计划而非已发生的事 (a plan, not a decided event)"
    if not EVENT_VERBS.search(text):
        return "没有表示事件的动词 (no event verb)"
    if precision != "day" and _TALLY.search(text):
        return "统计数字而非事件 (a tally, not an event)"
    if precision != "day" and _SUMMARY.search(text):
        return "工作概述而非事件 (a summary of work, not an event)"
    return None


def extract_events(article: Article) -> tuple[list[Event], list[Skipped]]:
    """Every dated event in the article's paragraphs, and every date skipped with its reason."""
    meta = article.metadata
    ad = meta.date.value if meta.date else None
    ctx = _Context(ad, article_year_firm(article))
    org = meta.organisation.value if meta.organisation else ""
    events: list[Event] = []
    skipped: list[Skipped] = []
    for block in article.blocks:
        if block.kind != Kind.PARAGRAPH or not _ANY_DATE.search(block.text):
            continue
        for sentence in split_clauses(block.text, SENTENCE_END):
            if not _ANY_DATE.search(sentence):
                continue
            clauses = split_clauses(sentence, CLAUSE_END)
            for i, clause in enumerate(clauses):
                if not _ANY_DATE.search(clause):
                    continue
                quoted = _quoted_spans(clause)
                chains = _chains(clause)
                previous: tuple[PartialDate, bool] | None = None
                for m in DATE.finditer(clause):
                    chain = next(c for c in chains if (m.start(), m.end()) in c)
                    index = chain.index((m.start(), m.end()))
                    if index == 0:
                        previous = None
                    if any(a < m.start() < b for a, b in quoted):
                        skipped.append(Skipped(block.line, m[0], clause, "书名号或引号内的日期 (inside a title or quote)"))
                        continue
                    resolved = _resolve(m, ctx, previous)
                    if isinstance(resolved, str):
                        skipped.append(Skipped(block.line, m[0], clause, resolved))
                        continue
                    date, rule, guessed = resolved
                    if m["y"] or m["rel"]:
                        ctx.year, ctx.year_guessed = date.year, guessed
                    if date.precision == "day":
                        ctx.day = date
                    previous = (date, guessed)
                    reason = _skip_reason(clause, m, chain[-1][1], index > 0)
                    if reason:
                        skipped.append(Skipped(block.line, m[0], clause, reason))
                        continue
                    cut = _event_text(clause, chain[-1][1], chain[0][0], clauses[i + 1 : i + 4])
                    if cut is None:
                        skipped.append(Skipped(block.line, m[0], clause, "日期后没有事件 (no event after the date)"))
                        continue
                    text, how = cut
                    text = _distribute(text, len(chain), index)
                    why = _check_event(text, clause, date.precision)
                    if why:
                        skipped.append(Skipped(block.line, m[0], clause, why))
                        continue
                    events.append(Event(date, text, org, article.slug, article.path, block.line, m[0],
                                        f"{rule}; {how}", guessed and not m["y"]))
    return events, skipped


_JOIN = re.compile(r"[和、及与]")


def _chains(clause: str) -> list[list[tuple[int, int]]]:
    """The dates of a clause, grouped into runs joined by 和/、 (10月17日和12月18日)."""
    chains: list[list[tuple[int, int]]] = []
    for m in DATE.finditer(clause):
        if chains and _JOIN.fullmatch(clause[chains[-1][-1][1] : m.start()]):
            chains[-1].append((m.start(), m.end()))
        else:
            chains.append([(m.start(), m.end())])
    return chains


def _skip_reason(clause: str, m: re.Match[str], chain_end: int, joined: bool) -> str | None:
    """Why the date at *m* (whose run of joined dates ends at *chain_end*) starts no event, or None."""
    after = clause[chain_end:]
    if _RANGE.match(clause[m.end():]) or _RANGE.match(after) or re.search(r"以来|至今", after):
        if re.match(r"[自从]", clause) and _FOUNDING.search(after.split("以来")[0]):
            return "创办年份，作为背景 (a founding year used as background)"
        return "时间段而非日期 (a range, not a date)"
    if m["rel"] == "明年":
        return "将来的事 (the future)"
    before = clause[: m.start()]
    if joined:
        return None
    if _LEAD_IN.sub("", before, count=1) and not before.endswith("于"):
        return "日期不在分句开头 (a date inside a clause: background)"
    return None


def _distribute(text: str, count: int, index: int) -> str:
    """``省委和嘉兴市委分别召开会议`` for the 2nd of two dates → ``嘉兴市委召开会议``."""
    if count < 2 or "分别" not in text:
        return text
    subject, _, predicate = text.partition("分别")
    parts = [p for p in re.split(r"[和、及与]", subject) if p]
    return parts[index] + predicate if len(parts) == count else text


def date_key(d: PartialDate) -> tuple[int, int, int]:
    """方志 order of dates: a month-only date after the days of its month, a year after its months."""
    return (d.year, d.month or 13, d.day or 32)


def merge(events: Iterable[Event], threshold: float = 0.6) -> list[Line]:
    """One line per event: the same date, organisation and similar text (bigram Jaccard ≥ threshold)."""
    lines: list[Line] = []
    by_day: dict[tuple[PartialDate, str], list[Line]] = {}  # only lines of the same date and organisation compare
    for e in sorted(events, key=lambda e: (date_key(e.date), e.organisation, e.slug, e.line, e.text)):
        candidates = by_day.setdefault((e.date, e.organisation), [])
        same = next((ln for ln in candidates if jaccard(ln.text, e.text) >= threshold), None)
        source = Source(e.slug, e.path, e.line)
        if same is None:
            line = Line(e.date, e.text, e.organisation, [source], e.year_guessed)
            lines.append(line)
            candidates.append(line)
        else:
            if source not in same.sources:
                same.sources.append(source)
            same.year_guessed = same.year_guessed and e.year_guessed
    return sorted(lines, key=Line.sort_key)


def by_year(lines: Iterable[Line]) -> dict[int, list[Line]]:
    """Years (newest first) → their lines in 方志 order."""
    out: dict[int, list[Line]] = {}
    for ln in sorted(lines, key=Line.sort_key):
        out.setdefault(ln.date.year, []).append(ln)
    return dict(sorted(out.items(), reverse=True))


def with_date(event: Event, date: PartialDate, text: str, rule: str) -> Event:
    return replace(event, date=date, text=text, rule=rule, year_guessed=False, expression="front matter")
