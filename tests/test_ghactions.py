"""GitHub Actions output of ``check``: annotations on the seed's line, and the job summary."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import QUIET_SAMPLE, ROOT, SAMPLE
from newsdesk import ghactions
from newsdesk.cli import main
from newsdesk.diagnostics import error

CASES = json.loads((ROOT / "tests" / "cases" / "github_commands.json").read_text(encoding="utf-8"))["cases"]
RECORDED = ROOT / "tests" / "cases" / "check_github.txt"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["expect"][:40])
def test_commands_match_the_toolkits_recorded_output(case: dict[str, object]) -> None:
    assert ghactions.command(str(case["command"]), case["properties"], str(case["message"])) == case["expect"]  # type: ignore[arg-type]


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command read the way the runner reads it (split, then unescape, %25 last)."""
    assert line.startswith("::"), line
    head, sep, data = line[2:].partition("::")
    assert sep, line
    name, _, props = head.partition(" ")
    def unescape(text: str, prop: bool) -> str:
        pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else []) + [("%25", "%")]
        for code, char in pairs:
            text = text.replace(code, char)
        return text
    properties = {}
    for item in props.split(",") if props else []:
        key, _, value = item.partition("=")
        properties[key] = unescape(value, True)
    return name, properties, unescape(data, False)


def test_an_annotation_reads_back_as_the_problem() -> None:
    d = error("seeds/a,b:100%.txt", 7, "front-matter-invalid", "date: expected YYYY, found '2020:13'\nsecond line",
              "例如 date: 2020-05-30")
    line = ghactions.annotation(d)
    assert "\n" not in line
    assert parse(line) == ("error", {"file": "seeds/a,b:100%.txt", "line": "7", "title": "newsdesk front-matter-invalid"},
                           f"{d.message} → {d.fix}")


def _bad_project(project: Path) -> None:
    (project / "seeds" / "good.txt").write_text(QUIET_SAMPLE, encoding="utf-8")
    (project / "seeds" / "bad,date.txt").write_text("---\ndate: 2020-13-45\n---\n" + SAMPLE, encoding="utf-8")
    (project / "seeds" / "bad-category.txt").write_text("---\ncategory: 新闻\n---\n标题\n\n正文。\n", encoding="utf-8")
    (project / "seeds" / "notes.docx").write_bytes(b"PK\x03\x04")


def test_check_github_matches_the_recorded_sample(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Recorded once from this command and reviewed: each error sits on its front-matter line."""
    _bad_project(project)
    assert main(["check", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert out == RECORDED.read_text(encoding="utf-8")
    commands = [parse(line) for line in out.splitlines() if line.startswith("::")]
    assert {(c[0], c[1]["file"], c[1].get("line")) for c in commands} >= {
        ("error", "seeds/bad,date.txt", "2"), ("error", "seeds/bad-category.txt", "2"),
        ("warning", "seeds/notes.docx", None)}


def test_summary_goes_to_the_step_summary_file_in_github(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "good.txt").write_text(SAMPLE, encoding="utf-8")
    target = project / "step-summary.md"
    target.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    assert main(["check"]) == 0  # text format: no summary
    assert target.read_text(encoding="utf-8") == "earlier step\n"
    assert main(["check", "--format", "github"]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## 政协之窗")  # appended, as GitHub expects
    assert "| 测试标题 新的开始 | 3月5日" not in text  # the date is at its precision, with a year
    assert re.search(r"\| 发布 published \| 测试标题 新的开始 \| 2026年3月5日 \| 履职动态 \|", text), text


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": "2026-01-02T00:00:00Z",
                        "GIT_COMMITTER_DATE": "2026-01-02T00:00:00Z", "PATH": "/usr/bin:/bin"})


def test_summary_lists_new_changed_and_removed_articles_against_a_base(project: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    seeds = project / "seeds"
    for name in ("same", "retitled", "gone"):
        (seeds / f"{name}.txt").write_text(SAMPLE.replace("测试标题", f"标题{name}"), encoding="utf-8")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "base")
    _git(project, "checkout", "-q", "-b", "change")
    (seeds / "retitled.txt").write_text(SAMPLE.replace("测试标题", "新标题"), encoding="utf-8")
    (seeds / "gone.txt").unlink()
    (seeds / "added.txt").write_text(SAMPLE.replace("测试标题 新的开始", "<script>x</script>|*加粗*|[链接](x.html)"),
                                     encoding="utf-8")
    (seeds / "draft.txt").write_text("---\ndraft: true\n---\n" + SAMPLE, encoding="utf-8")
    _git(project, "add", "seeds/added.txt")
    assert main(["check", "--summary", "summary.md", "--base", "main"]) == 0
    text = (project / "summary.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| | ")]
    table = {re.split(r"(?<!\\)\|", r)[6].strip(): r for r in rows}  # keyed by the file column
    assert set(table) == {"seeds/added.txt", "seeds/draft.txt", "seeds/retitled.txt", "seeds/gone.txt"}, text
    assert "新增 new" in table["seeds/added.txt"] and "删除 removed" in table["seeds/gone.txt"]
    assert "标题gone" in table["seeds/gone.txt"]
    assert "修改 changed" in table["seeds/retitled.txt"] and "标题 title" in table["seeds/retitled.txt"]
    assert "草稿" in table["seeds/draft.txt"]
    # seed text stays text: no tag, no emphasis, no link, no extra column
    added = table["seeds/added.txt"]
    assert "<script>" not in text and "&lt;script&gt;" in added
    assert "\\*加粗\\*" in added and "\\[链接\\]" in added
    assert all(len(re.findall(r"(?<!\\)\|", r)) == 8 for r in table.values()), table
    assert "新增 new 2，修改 changed 1，删除 removed 1" in text


def test_summary_lists_the_problems_escaped(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _bad_project(project)
    assert main(["check", "--summary", "s.md"]) == 1
    text = (project / "s.md").read_text(encoding="utf-8")
    assert "❌" in text and "2 个错误 (errors)，1 个警告 (warnings)" in text
    problems = [line for line in text.splitlines() if line.startswith("- **")]
    assert [p.split("**")[1] for p in problems] == ["error", "error", "warning"]
    assert problems[0].startswith("- **error** seeds/bad,date.txt:2: date: expected a date")
    assert problems[2].startswith("- **warning** seeds/notes.docx: ")
    assert "| 发布 published |" in text and "seeds/good.txt" in text  # without --base every article is listed


def test_a_missing_base_is_a_message(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "good.txt").write_text(SAMPLE, encoding="utf-8")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "base")
    assert main(["check", "--summary", "s.md", "--base", "origin/nope"]) == 1
    out = capsys.readouterr().out
    assert "origin/nope: error: 无法与这个 git 版本比较" in out and "Traceback" not in out


def test_an_info_is_a_notice_not_a_warning() -> None:
    from newsdesk.diagnostics import info
    line = ghactions.annotation(info("seeds/x.txt", 0, "category-default", "默认分类", "写 category:"))
    name, properties, _ = parse(line)
    assert name == "notice" and properties["file"] == "seeds/x.txt"
