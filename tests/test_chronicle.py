"""大事记: event extraction cases (tests/cases/events.json), merging, the 方志 order, corrections, CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, convert_text
from newsdesk import chronicle, corrections
from newsdesk.chronicle import Event, Line, Source
from newsdesk.cli import main
from newsdesk.config import Config
from newsdesk.dates import PartialDate, parse_iso
from newsdesk.pipeline import Article

CASES: list[dict[str, Any]] = json.loads((ROOT / "tests" / "cases" / "events.json").read_text(encoding="utf-8"))["cases"]


def article_with(text: str, config: Config, date: str | None = None, organisation: str = "平湖市政协") -> Article:
    fm = f"---\norganisation: {organisation}\n" + (f"date: {date}\n" if date else "") + "---\n"
    return convert_text(f"{fm}测试标题\n\n{text}\n", config)


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_event_cases(config: Config, case: dict[str, Any]) -> None:
    events, skipped = chronicle.extract_events(article_with(case["text"], config, case["article_date"]))
    assert [[e.date.iso(), e.text, e.year_guessed] for e in events] == case["expect"]
    if case.get("why"):
        assert any(case["why"] in s.reason for s in skipped), [s.reason for s in skipped]


def test_every_event_says_why_and_where(config: Config) -> None:
    a = article_with("标题行之后。\n\n2020年5月30日上午，市委政协工作会议召开。", config, "2020-05-30")
    (e,), _ = chronicle.extract_events(a)
    assert e.line == 9 and e.expression == "2020年5月30日" and "明确的日期" in e.rule
    assert e.organisation == "平湖市政协" and e.slug == a.slug


def test_the_same_event_in_two_articles_is_one_line_with_both_sources() -> None:
    d = PartialDate(2020, 5, 30)
    events = [Event(d, "市委政协工作会议召开", "平湖市政协", "a", "seeds/a.txt", 3, "x", "r"),
              Event(d, "市委政协工作会议隆重召开", "平湖市政协", "b", "seeds/b.txt", 9, "x", "r"),
              Event(d, "市委政协工作会议召开", "秀洲区政协", "c", "seeds/c.txt", 4, "x", "r"),
              Event(d, "区政协视察重点项目建设", "平湖市政协", "d", "seeds/d.txt", 5, "x", "r")]
    lines = chronicle.merge(events)
    assert len(lines) == 3
    merged = next(ln for ln in lines if len(ln.sources) == 2)
    assert merged.text == "市委政协工作会议召开" and [s.slug for s in merged.sources] == ["a", "b"]


def test_fangzhi_order_days_then_month_then_year() -> None:
    def line(iso: str) -> Line:
        date = parse_iso(iso)
        assert date is not None
        return Line(date, iso, "平湖市政协", [Source("s", "p", 1)])
    shuffled = [line(x) for x in ("2020", "2020-05", "2020-05-30", "2020-12-01", "2020-05-02", "2019-03", "2020-06")]
    ordered = chronicle.by_year(shuffled)
    assert list(ordered) == [2020, 2019]
    assert [ln.text for ln in ordered[2020]] == ["2020-05-02", "2020-05-30", "2020-05", "2020-06", "2020-12-01", "2020"]


FM_EVENTS = """---
date: 2020-05-30
organisation: 平湖市政协
events:
  - {date: 2020-05-29, text: 市委政协工作会议召开}
  - {date: 2020-06, text: 市政协召开主席会议}
  - {skip: 祁海龙}
---
测试标题

2020年5月30日上午，市委政协工作会议召开。当天的会上，市委书记祁海龙充分肯定了政协工作。
"""


def test_front_matter_adds_edits_and_suppresses_events(config: Config) -> None:
    a = convert_text(FM_EVENTS, config)
    fixes = corrections.parse_corrections(FM_EVENTS.encode(), a.path)
    assert fixes.problems == []
    events = corrections.corrected_events(a, fixes)
    assert [(e.date.iso(), e.text) for e in events] == [("2020-05-29", "市委政协工作会议召开"), ("2020-06", "市政协召开主席会议")]
    assert "front matter line 5" in events[0].rule and "改写" in events[0].rule
    assert not any(e.year_guessed for e in events)


@pytest.mark.parametrize(("entry", "line", "message"), [
    ("- {date: 2020-13-45, text: 会议}", 4, "events.0.date: expected a date"),
    ("- {date: 2020-05}", 4, "events.0.text: expected the event in words"),
    ("- {when: 2020-05, text: 会议}", 4, "events.0: expected a mapping with keys among date, text, skip"),
    ("- {skip: ''}", 4, "events.0.skip: expected skip: text alone"),
])
def test_bad_event_corrections_name_file_line_and_key(config: Config, entry: str, line: int, message: str) -> None:
    text = f"---\ndate: 2020-05-30\nevents:\n  {entry}\n---\n测试标题\n\n市政协召开会议。\n"
    fixes = corrections.parse_corrections(text.encode(), "seeds/x.txt")
    (problem,) = fixes.problems
    assert problem.line == line and problem.path == "seeds/x.txt" and message in problem.message
    assert problem.format().startswith(f"seeds/x.txt:{line}: error:")


def test_front_matter_keys_are_known(config: Config) -> None:
    a = convert_text(FM_EVENTS, config)
    assert "front-matter-unknown-key" not in {d.code for d in a.diagnostics}


def test_check_warns_about_a_guessed_year_and_explain_shows_events(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "r.txt").write_text("测试标题\n\n——平湖市政协十四届四次会议以来工作回顾\n\n"
                                             "3月5日，市政协组织委员开展视察，听取情况介绍。\n", encoding="utf-8")
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    warned = [ln for ln in out.splitlines() if "event-year-guessed" in ln]
    assert len(warned) == 1 and warned[0].startswith("seeds/r.txt:5: warning:") and "2025" in warned[0]
    assert main(["explain", "seeds/r.txt"]) == 0
    out = capsys.readouterr().out
    assert "2025-03-05 市政协组织委员开展视察" in out and "年份推测" in out


def test_check_reports_bad_event_front_matter(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "r.txt").write_text("---\nevents:\n  - {date: 2020-5-99, text: 会议}\n---\n测试标题\n\n"
                                             "平湖市政协召开会议，听取情况介绍。\n", encoding="utf-8")
    assert main(["check"]) == 1
    assert "seeds/r.txt:3: error: events.0.date" in capsys.readouterr().out
