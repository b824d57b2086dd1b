"""The pre-commit hook: its files follow the framework's schema, and a commit with a bad seed stops."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import QUIET_SAMPLE, ROOT

BIN = Path(sys.executable).parent
ENTRY = ROOT / "hooks" / "newsdesk_precommit.py"
BAD = "---\ncategory: 新闻\n---\n标题\n\n正文。\n"


def run(cmd: list[str], cwd: Path, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home or cwd / ".pre-commit-home"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_manifest_and_sample_config_are_valid(tmp_path: Path) -> None:
    for command in ("validate-manifest", "validate-config"):
        name = ".pre-commit-hooks.yaml" if command == "validate-manifest" else ".pre-commit-config.yaml"
        result = run([str(BIN / "pre-commit"), command, str(ROOT / name)], ROOT, home=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr


def test_entry_point_checks_the_files_it_is_given(project: Path) -> None:
    (project / "seeds" / "good.txt").write_text(QUIET_SAMPLE, encoding="utf-8")
    (project / "seeds" / "bad.txt").write_text(BAD, encoding="utf-8")
    good = run([sys.executable, str(ENTRY), "seeds/good.txt"], project)
    assert good.returncode == 0 and "checked 1 files: 0 errors" in good.stdout, good.stdout + good.stderr
    both = run([sys.executable, str(ENTRY), "seeds/good.txt", "seeds/bad.txt"], project)
    assert both.returncode == 1
    assert "seeds/bad.txt:2: error: category:" in both.stdout and "good.txt" not in both.stdout
    assert run([sys.executable, str(ENTRY)], project).returncode == 0  # no staged seed: nothing to check


def test_a_commit_with_a_bad_seed_is_stopped_on_its_line(project: Path) -> None:
    """pre-commit itself runs the sample config on the staged seeds only."""
    for name in (".pre-commit-config.yaml", "hooks"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / name)
    (project / ".venv").symlink_to(BIN.parent)
    (project / "seeds" / "bad.txt").write_text(BAD, encoding="utf-8")
    (project / "seeds" / "unstaged.txt").write_text(BAD, encoding="utf-8")
    (project / "seeds" / "good.txt").write_text(QUIET_SAMPLE, encoding="utf-8")
    assert run(["git", "init", "-q"], project).returncode == 0
    run(["git", "add", ".pre-commit-config.yaml", "hooks", "newsdesk.yml", "seeds/good.txt"], project)
    ok = run([str(BIN / "pre-commit"), "run"], project)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Passed" in ok.stdout
    run(["git", "add", "seeds/bad.txt"], project)
    stopped = run([str(BIN / "pre-commit"), "run"], project)
    assert stopped.returncode == 1, stopped.stdout + stopped.stderr
    assert "seeds/bad.txt:2: error: category:" in stopped.stdout
    assert "unstaged.txt" not in stopped.stdout


def test_another_repository_can_use_this_one_as_its_hook_repository(project: Path, tmp_path: Path) -> None:
    """`pre-commit try-repo` clones this repository and runs .pre-commit-hooks.yaml's hook in a seeds repo."""
    (project / "seeds" / "bad.txt").write_text(BAD, encoding="utf-8")
    (project / "seeds" / "good.txt").write_text(QUIET_SAMPLE, encoding="utf-8")
    assert run(["git", "init", "-q"], project).returncode == 0
    run(["git", "add", "newsdesk.yml", "seeds"], project)
    env_path = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"  # the script's python3 needs PyYAML
    result = subprocess.run([str(BIN / "pre-commit"), "try-repo", str(ROOT), "newsdesk-check", "--all-files"],
                            cwd=project, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "PATH": env_path, "PRE_COMMIT_HOME": str(tmp_path / "home"),
                                 "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                                 "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "seeds/bad.txt:2: error: category:" in result.stdout
    assert "checked 2 files: 1 errors" in result.stdout
