"""The attacker's corpus (tests/adversarial/cases.json): every case is a safe page or a one-line error naming the file.

Each case is laid out as a small project and run the way ``make check`` and the build run it
(``load_config`` + ``convert_paths``), under a time budget. A safe page is also rendered the way the
site renders it (post Markdown through Python-Markdown) and checked against the HTML allow-list;
an error must be one line naming the file (and line, when the case says so), and ``check`` must
report the same error with exit status 1 — so ``check`` and the build agree.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import markdown
import pytest
from adversarial_corpus import CASES, lay_out, where
from htmlcheck import fragment_problems

from newsdesk import publish
from newsdesk.batch import convert_paths, seed_paths
from newsdesk.cli import main
from newsdesk.config import load_config
from newsdesk.diagnostics import Diagnostic, SeedError

#: seconds a case may take (the issue's bound is 60 s; a linear pipeline needs far less)
BUDGET = 30


def run(root: Path) -> tuple[list[Diagnostic], list[Any]]:
    """What ``make check`` and the build do, from the project folder (so messages name newsdesk.yml)."""
    try:
        config = load_config("newsdesk.yml")
    except SeedError as exc:
        return exc.diagnostics, []
    batch = convert_paths(seed_paths(root), config, root)
    return batch.diagnostics, [(a, publish.entry_of(a, config)) for a in batch.articles]


def test_the_corpus_covers_every_class() -> None:
    classes = {c["class"] for c in CASES}
    assert classes >= {"escaping", "paths", "yaml", "types", "encoding", "regex", "odd-input"}
    assert len({c["name"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> None:
    root = lay_out(case, tmp_path / "project")
    monkeypatch.chdir(root)
    start = time.monotonic()
    diagnostics, articles = run(root)
    assert time.monotonic() - start < BUDGET, f"{case['name']} took {time.monotonic() - start:.1f} s"
    errors = [d for d in diagnostics if d.severity == "error"]
    for d in diagnostics:
        assert "\n" not in d.format() and "Traceback" not in d.format(), d.format()
    status = main(["check"])
    printed = capsys.readouterr().out
    if case["expect"] == "safe-page":
        assert errors == [], [d.format() for d in errors]
        assert status == 0, printed
        assert len(articles) == sum(n.startswith("seeds/") for n in case["files"]) + len(case.get("symlinks", {}))
        for article, entry in articles:
            body = publish.post_markdown(article, entry).split("---\n", 2)[2]
            html = markdown.markdown(body, extensions=["attr_list", "md_in_html", "toc"])
            assert fragment_problems(html) == [], html
    else:
        code = case["expect"].removeprefix("error:")
        named = where(case)
        assert any(d.code == code and d.format().startswith(f"{named}:") for d in errors), \
            [d.format() for d in diagnostics]
        assert status == 1
        assert f"[{code}]" in printed and printed.count(named) >= 1, printed
