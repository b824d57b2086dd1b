"""The staff command line: one line per problem, a summary, exit codes, and never a traceback."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE
from newsdesk.cli import main

LINE = re.compile(r"^(?P<path>[^:]+)(:(?P<line>\d+))?: (?P<sev>error|warning|info): .+ → .+ \[[a-z-]+\]$")


def test_check_prints_one_line_per_problem_and_fails_on_errors(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "good.txt").write_text(SAMPLE, encoding="utf-8")
    (project / "seeds" / "bad.txt").write_text("---\ncategory: 新闻\n---\n标题\n\n正文。\n", encoding="utf-8")
    assert main(["check"]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    problems, summary = out[:-1], out[-1]
    assert problems and all(LINE.match(p) for p in problems), problems
    assert any(p.startswith("seeds/bad.txt:2: error: category:") for p in problems)
    assert summary.startswith("检查了 2 个文件：1 个错误")


def test_check_passes_on_good_seeds(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "good.txt").write_text(SAMPLE, encoding="utf-8")
    assert main(["check"]) == 0
    assert "0 errors" in capsys.readouterr().out


def test_convert_prints_markdown_and_explain_names_sources(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = project / "seeds" / "good.txt"
    seed.write_text(SAMPLE, encoding="utf-8")
    assert main(["convert", "seeds/good.txt"]) == 0
    assert capsys.readouterr().out.startswith("---\ntitle: \"测试标题 新的开始\"\n")
    assert main(["explain", "seeds/good.txt"]) == 0
    out = capsys.readouterr().out
    assert "date: " in out and "← text line 7: “3月5日”" in out
    assert "byline" in out and "fullwidth_punctuation" not in out
    assert main(["explain", "--json", "seeds/good.txt"]) == 0
    assert json.loads(capsys.readouterr().out)["metadata"]["title"]["value"] == "测试标题 新的开始"


def test_convert_out_writes_article_and_report(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "good.txt").write_text(SAMPLE, encoding="utf-8")
    assert main(["convert", "seeds/good.txt", "--out", "out"]) == 0
    assert (project / "out" / "good.md").read_text(encoding="utf-8").startswith("---\n")
    assert json.loads((project / "out" / "good.report.json").read_text(encoding="utf-8"))["slug"] == "good"


def test_seeds_are_never_modified(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = project / "seeds" / "messy.txt"
    seed.write_bytes(("政协之窗\n\n标题,标题\n\n正文 2020 年\n\n5月。" + "\u3000\r\n").encode("gbk"))
    before = (hashlib.sha256(seed.read_bytes()).hexdigest(), seed.stat().st_mtime_ns)
    for command in (["check"], ["convert", "seeds/messy.txt"], ["explain", "seeds/messy.txt"]):
        main(command)
    assert (hashlib.sha256(seed.read_bytes()).hexdigest(), seed.stat().st_mtime_ns) == before


def test_missing_file_and_config_are_messages_not_tracebacks(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "seeds/nope.txt"]) == 1
    assert "seeds/nope.txt: error: 无法读取文件" in capsys.readouterr().out
    assert main(["--config", "missing.yml", "check"]) == 1
    assert "missing.yml: error: 找不到配置文件" in capsys.readouterr().out


def test_module_entry_point_runs_the_real_seeds() -> None:
    result = subprocess.run([sys.executable, "-m", "newsdesk", "check"], cwd=ROOT, capture_output=True, text=True,
                            env={"PYTHONPATH": str(ROOT / "hooks"), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert re.search(r"checked 5 files: 0 errors", result.stdout)


def test_files_that_will_not_be_published_are_named(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "UPPER.TXT").write_text(SAMPLE, encoding="utf-8")
    (project / "seeds" / "report.docx").write_bytes(b"PK\x03\x04")
    (project / "seeds" / "old").mkdir()
    (project / "seeds" / "old" / "nested.txt").write_text(SAMPLE, encoding="utf-8")
    (project / "seeds" / ".DS_Store").write_bytes(b"\x00")
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "checked 1 files" in out  # UPPER.TXT is a seed
    assert "seeds/report.docx: warning:" in out and "seeds/old/nested.txt: warning:" in out
    assert ".DS_Store" not in out
    assert not [line for line in out.splitlines() if "UPPER.TXT" in line and "[not-a-seed]" in line]
