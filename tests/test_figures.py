"""数说: figure extraction cases (tests/cases/figures.json), the vocabulary in newsdesk.yml, corrections."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import ROOT, convert_text
from newsdesk import corrections, figures
from newsdesk.config import Config, parse_config
from newsdesk.diagnostics import SeedError

CASES: list[dict[str, Any]] = json.loads((ROOT / "tests" / "cases" / "figures.json").read_text(encoding="utf-8"))["cases"]
CONFIG_TEXT = (ROOT / "newsdesk.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_figure_cases(config: Config, case: dict[str, Any]) -> None:
    article = convert_text(f"---\norganisation: 平湖市政协\ndate: 2025\n---\n测试标题\n\n{case['text']}\n", config)
    found, _ = figures.extract_figures(article, config.figures)
    assert [[f.label, f.value, f.unit] for f in found] == case["expect"]
    for f in found:
        assert f.sentence in case["text"] and f.expression in f.sentence
        assert f.organisation == "平湖市政协" and f.year == 2025 and f.rule


def test_vocabulary_labels_are_key_figures_and_headline_prefers_the_longest_phrasing(config: Config) -> None:
    text = "---\ndate: 2025\n---\n测试标题\n\n对226件提案进行全面跟踪。市政协共收到提案272件。\n"
    found, _ = figures.extract_figures(convert_text(text, config), config.figures)
    assert [(f.value, f.key) for f in found] == [(226, True), (272, True)]
    assert [f.value for f in figures.headline(found)] == [272]


def test_table_lines_up_years_by_label(config: Config) -> None:
    reviews = {2019: "2019年共提交提案193件，市政协共收到社情民意信息227条。", 2025: "市政协共收到提案272件。"}
    found = []
    for year, body in reviews.items():
        a = convert_text(f"---\ndate: {year}\norganisation: 平湖市政协\nslug: r{year}\n---\n测试标题\n\n{body}\n", config)
        found += figures.extract_figures(a, config.figures)[0]
    tab = figures.table(found, "平湖市政协", [label for label, _ in config.figures.labels])
    assert tab.years == [2025, 2019]
    assert {label: {y: f.value for y, f in row.items()} for label, row in tab.rows.items()} == \
        {"提案": {2019: 193, 2025: 272}, "社情民意信息": {2019: 227}}


@pytest.mark.parametrize(("section", "line", "message"), [
    ("figures:\n  labels:\n    提案: 提交提案\n", 3, "figures.labels.提案: expected a list"),
    ("figures:\n  labels:\n    提案: []\n", 3, "figures.labels.提案: expected a list of phrasings"),
    ("figures:\n  categorys: [年度回顾]\n", 2, "figures.categorys: expected one of categories, labels"),
    ("figures:\n  categories: 年度回顾\n", 2, "figures.categories: expected a list"),
])
def test_bad_vocabulary_names_file_line_and_key(section: str, line: int, message: str) -> None:
    base = CONFIG_TEXT.split("\nfigures:")[0] + "\n"
    with pytest.raises(SeedError) as info:
        parse_config(base + section, "newsdesk.yml")
    first = base.count("\n")
    problem = info.value.diagnostics[0]
    assert problem.path == "newsdesk.yml" and problem.line == first + line and message in problem.message


def test_front_matter_overrides_adds_and_skips_figures(config: Config) -> None:
    text = ("---\ndate: 2025\nfigures:\n  - {label: 提案, value: 300, unit: 件}\n  - {label: 视察, value: 5, unit: 次}\n"
            "  - {skip: 学习}\n---\n测试标题\n\n市政协共收到提案272件，开展多层次学习81次。\n")
    a = convert_text(text, config)
    fixes = corrections.parse_corrections(text.encode(), a.path)
    assert fixes.problems == []
    got = [(f.label, f.value, f.unit, f.rule) for f in corrections.corrected_figures(a, config.figures, fixes)]
    assert got == [("提案", 300, "件", "front matter line 4"), ("视察", 5, "次", "front matter line 5")]


@pytest.mark.parametrize(("entry", "message"), [
    ("- {label: 提案, value: 三十, unit: 件}", "figures.0.value: expected a number"),
    ("- {label: 提案, value: 30}", "figures.0.unit: expected a unit"),
    ("- {value: 30, unit: 件}", "figures.0.label: expected a label"),
    ("- 提案 30 件", "figures.0: expected a mapping"),
])
def test_bad_figure_corrections_name_the_line(entry: str, message: str) -> None:
    text = f"---\nfigures:\n  {entry}\n---\n测试标题\n\n市政协开展学习。\n"
    (problem,) = corrections.parse_corrections(text.encode(), "seeds/y.txt").problems
    assert problem.line == 3 and message in problem.message


def test_chart_grows_with_the_font_and_describes_itself() -> None:
    c = figures.chart("提案", "件", [(2025, 272.0, "272"), (2019, 193.0, "193")])
    assert c["rows"][0]["width"] == 100.0 and 0 < c["rows"][1]["width"] < 100
    assert c["title"] == "提案（件）历年对比" and "2019年：193件" in c["desc"]
