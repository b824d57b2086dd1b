"""Building the site for tests and benchmarks: one function, used by both."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
#: what a copy of the project needs (the virtualenv, outputs and caches stay behind)
IGNORE = shutil.ignore_patterns(".venv", "site", "build", "node_modules", ".pytest_cache", ".mypy_cache",
                                ".ruff_cache", ".hypothesis", "test-artifacts", "__pycache__")


def build(project: Path, site_dir: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of *project* into *site_dir*; the result carries stdout and stderr."""
    environment = {**os.environ, "PYTHONPATH": str(project / "hooks"), "NO_MKDOCS_2_WARNING": "1",
                   "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1767225600"), **(env or {})}
    return subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
                           "-d", str(site_dir), *extra], cwd=project, env=environment, capture_output=True,
                          text=True, timeout=1800)


def copy_project(dest: Path, root: Path = ROOT) -> Path:
    """The working tree with its git history, so dates anchored at first commits stay the same."""
    shutil.copytree(root, dest, ignore=IGNORE, symlinks=True)
    return dest
