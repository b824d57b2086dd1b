"""Each fixer against a table of cases (data, with negative cases), and normalising as a whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk import normalise
from newsdesk.normalise import INLINE_FIXERS, PARAGRAPH_FIXERS, TEXT_FIXERS, fix_and_explain, stray_latin_words

CASES = json.loads((Path(__file__).parent / "cases" / "fixers.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['fixer']}: {c['label']}" for c in CASES])
def test_fixer_case(case: dict[str, str]) -> None:
    fixer = getattr(normalise, case["fixer"])
    assert fixer(case["input"]) == case["expected"]
    assert fixer(case["expected"]) == case["expected"], "a fixer must leave its own output alone"


def test_every_fixer_in_the_tables_has_cases() -> None:
    named = {name for name, _ in TEXT_FIXERS + PARAGRAPH_FIXERS}
    assert named <= {c["fixer"] for c in CASES}
    for name in named:
        assert any(c["input"] == c["expected"] for c in CASES if c["fixer"] == name), f"{name} needs a negative case"


def test_explanation_names_the_fixers_that_changed_text() -> None:
    text, changes = fix_and_explain("2020 年 5 月,县(市)", INLINE_FIXERS)
    assert text == "2020年5月，县（市）"
    assert [c.fixer for c in changes] == ["fullwidth_punctuation", "fullwidth_parentheses", "tighten_numbers"]
    assert changes[0].before == "2020 年 5 月,县(市)"


def test_clean_text_produces_no_changes() -> None:
    clean = "市政协召开常委会议，听取情况通报。"
    assert fix_and_explain(clean, PARAGRAPH_FIXERS) == (clean, [])


def test_stray_english_words_are_found_but_acronyms_are_not() -> None:
    assert stray_latin_words("组织开展调查研究 and 协商议政") == ["and"]
    assert stray_latin_words("通过视频、PPT等形式，推动AI赋能") == []
