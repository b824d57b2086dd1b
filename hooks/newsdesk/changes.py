"""What a change publishes: the seeds added, changed and removed since a base git ref, as summary rows.

Asks git (like ``anchors``); everything else is the pipeline. Used by ``check --summary`` in CI.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from .anchors import anchors
from .config import Config
from .diagnostics import SeedError
from .extract import Anchor
from .ghactions import Row
from .pipeline import Article, convert

#: fields compared between the base and the new version of a changed seed
FIELDS = {"title": "标题 title", "date": "日期 date", "category": "分类 category", "organisation": "机构 organisation"}


class GitError(Exception):
    pass


def _git(root: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True,
                              timeout=60).stdout
    except subprocess.CalledProcessError as exc:
        raise GitError(exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else str(exc)) from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise GitError(str(exc)) from None


def changed_seeds(root: Path, base: str, seeds: str = "seeds") -> tuple[str, dict[str, str]]:
    """The merge base of *base* and HEAD, and ``{path: "A"|"M"|"D"}`` for each ``.txt`` seed that differs
    between it and the working tree (renames count as a removal and an addition, as for the site)."""
    merge_base = _git(root, "merge-base", base, "HEAD").strip()
    out = _git(root, "diff", "--name-status", "--no-renames", merge_base, "--", seeds)
    status: dict[str, str] = {}
    for line in out.splitlines():
        code, _, path = line.partition("\t")
        p = Path(path)
        if p.suffix.lower() == ".txt" and len(p.parts) == 2:
            status[path] = code[:1]
    for path in _git(root, "ls-files", "--others", "--exclude-standard", "--", seeds).splitlines():
        if Path(path).suffix.lower() == ".txt" and len(Path(path).parts) == 2:
            status[path] = "A"  # not committed yet
    return merge_base, status


def values(article: Article) -> dict[str, str]:
    m = article.metadata
    return {"title": m.title.value, "date": m.date.value.zh() if m.date else "",
            "category": m.category.value, "organisation": m.organisation.value if m.organisation else ""}


def _old_article(root: Path, commit: str, path: str, config: Config) -> Article | None:
    """The seed as it was at *commit*, converted with today's rules (None if it had errors)."""
    try:
        data = subprocess.run(["git", "-C", str(root), "show", f"{commit}:{path}"], capture_output=True,
                              check=True, timeout=60).stdout
        when = int(_git(root, "log", "-1", "--format=%at", commit).strip() or 0)
    except (GitError, OSError, subprocess.SubprocessError, ValueError):
        return None
    # a seed that still exists keeps its anchor (its first commit); a removed one gets the base's year
    current = root / path
    anchor = (anchors(root, [current])[current] if current.is_file()
              else Anchor(dt.datetime.fromtimestamp(when, tz=dt.UTC).year, f"base commit {commit[:12]}"))
    try:
        return convert(data, path, config, anchor)
    except SeedError:
        return None


def rows(root: Path, base: str, articles: list[Article], config: Config) -> list[Row]:
    """One row per added, changed or removed seed; drafts say so, seeds with errors are named."""
    merge_base, status = changed_seeds(root, base)
    by_path = {a.path: a for a in articles}
    out = []
    for path, code in sorted(status.items()):
        if code == "D":
            old = _old_article(root, merge_base, path, config)
            fields = values(old) if old else dict.fromkeys(FIELDS, "")
            out.append(Row("removed", path, old.slug if old else "", **fields))
            continue
        article = by_path.get(path)
        kind = "new" if code == "A" else "changed"
        if article is None:
            out.append(Row(kind, path, "", "", "", "", "", "有错误，不会发布 (has errors: not published)"))
            continue
        notes = []
        if kind == "changed":
            old = _old_article(root, merge_base, path, config)
            if old is not None:
                before, after = values(old), values(article)
                differ = [FIELDS[k] for k in FIELDS if before[k] != after[k]]
                if old.markdown != article.markdown and not differ:
                    differ.append("正文 text")
                notes.append("、".join(differ) if differ else "页面不变 (same page)")
        if article.draft:
            notes.append("草稿，不发布 (draft: not published)")
        out.append(Row(kind, path, article.slug, **values(article), note="；".join(notes)))
    return out

