"""The anchor year of each seed: when it was first committed to git, else its mtime.

This is the one impure corner of the package (it asks git and the file
system); the pipeline stages receive the result as a plain value.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

from .extract import Anchor


def _first_commits(root: Path) -> dict[str, int]:
    """Path (relative to *root*) → Unix time of the commit that first added it."""
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "log", "--diff-filter=A", "--format=@%at", "--name-only", "--no-renames",
             "--", "."], capture_output=True, text=True, check=True, timeout=60).stdout
        top = subprocess.run(["git", "-C", str(root), "rev-parse", "--show-prefix"],
                             capture_output=True, text=True, check=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return {}
    first: dict[str, int] = {}
    when = 0
    for line in out.splitlines():
        if line.startswith("@"):
            when = int(line[1:])
        elif line.strip():
            name = line.strip()
            rel = name[len(top):] if top and name.startswith(top) else name
            first[rel] = when  # git log is newest first: the last seen is the first commit
    return first


def _year(timestamp: float) -> tuple[int, str]:
    day = dt.datetime.fromtimestamp(timestamp, tz=dt.UTC).date()
    return day.year, day.isoformat()


def anchors(root: Path, paths: Iterable[Path]) -> dict[Path, Anchor]:
    """An anchor for each seed path; *root* is the project folder."""
    first = _first_commits(root)
    result = {}
    for path in paths:
        try:
            rel = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            rel = ""
        if rel in first:
            year, day = _year(first[rel])
            result[path] = Anchor(year, f"first committed to git {day}")
        else:
            epoch = os.environ.get("SOURCE_DATE_EPOCH")
            stamp = float(epoch) if epoch else path.stat().st_mtime
            year, day = _year(stamp)
            result[path] = Anchor(year, f"file date {day} (not committed yet)")
    return result
