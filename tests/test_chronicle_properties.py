"""Property: every event's date lies within its article's date precision window, or is justified by
the date words themselves (an explicit year, or a relative date resolved against the article's date)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import convert_text
from newsdesk.chronicle import Event, extract_events
from newsdesk.config import Config
from newsdesk.dates import PartialDate

YEARS = st.integers(min_value=2000, max_value=2030)
MONTHS = st.integers(min_value=1, max_value=12)
DAYS = st.integers(min_value=1, max_value=28)


@st.composite
def article_dates(draw: st.DrawFn) -> PartialDate:
    year, month, day = draw(YEARS), draw(MONTHS), draw(DAYS)
    return PartialDate(year, *draw(st.sampled_from([(None, None), (month, None), (month, day)])))


@st.composite
def date_words(draw: st.DrawFn) -> str:
    y, m, d = draw(YEARS), draw(MONTHS), draw(DAYS)
    return draw(st.sampled_from([f"{y}年{m}月{d}日", f"{y}年{m}月", f"{y}年{m}月底", f"去年{m}月{d}日", f"去年{m}月",
                                 f"今年{m}月", f"同年{m}月{d}日", f"{m}月{d}日", f"{m}月上旬", "上月", "当天", "去年"]))


FILLERS = st.sampled_from(["市政协召开常委会议", "区政协组织委员开展专题视察", "市政协举行专题协商会",
                           "主席会议听取情况通报", "市政协将召开全体会议", "各界别共开展活动12次"])


def in_window(date: PartialDate, article: PartialDate) -> bool:
    return date.year == article.year and (article.month is None or date.month == article.month) \
        and (article.day is None or date.day == article.day)


def justified(e: Event, article: PartialDate, earlier: list[Event], text: str) -> bool:
    """The date follows from its words and the article's date (or from a date the text named before)."""
    named = [PartialDate(int(y), int(m), int(d)) for y, m, d in re.findall(r"(\d{4})年(\d+)月(\d+)日", text)]
    years = {int(y) for y in re.findall(r"(\d{4})年", text)} | {article.year - 1, article.year}
    words, d = e.expression, e.date
    explicit = re.match(r"(\d{4})年", words)
    if explicit:
        return d.year == int(explicit[1])
    if words.startswith("去年"):
        return d.year == article.year - 1
    if words.startswith("今年"):
        return d.year == article.year
    if words.startswith("同年"):
        return d.year in years or any(x.date.year == d.year for x in earlier)
    if words == "上月":
        return article.month is not None and (d.year * 12 + (d.month or 0)) == article.year * 12 + article.month - 1
    if words == "当天":
        return d == article or d in named or (d.year in years and f"{d.month}月{d.day}日" in text)
    # a bare month-day: the article's year, or the year before when it falls after the publication date
    return d.year == article.year or (d.year == article.year - 1 and article.month is not None)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_dates(), st.lists(st.tuples(date_words(), FILLERS), min_size=1, max_size=6))
def test_event_dates_are_within_the_article_window_or_justified(config: Config, article: PartialDate,
                                                                 sentences: list[tuple[str, str]]) -> None:
    body = "".join(f"{words}，{what}。" for words, what in sentences)
    events, _ = extract_events(convert_text(f"---\ndate: {article.iso()}\n---\n测试标题\n\n{body}\n", config))
    for i, e in enumerate(events):
        assert in_window(e.date, article) or justified(e, article, events[:i], body), (e, article)
        numbers = [int(n) for n in re.findall(r"(\d+)[月日]", e.expression)]
        assert [n for n in (e.date.month, e.date.day) if n is not None][-len(numbers):] == numbers[-2:] or not numbers
        assert "将" not in e.text, "plans are not events"
        assert e.date.precision == "day" or "12次" not in e.text, "a tally dated to a month or year is no event"
