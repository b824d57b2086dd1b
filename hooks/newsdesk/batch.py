"""Converting a folder of seeds: the shared front door of the CLI and the MkDocs hook."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .anchors import anchors
from .config import Config
from .diagnostics import Diagnostic, SeedError, Severity, error
from .pipeline import Article, convert


@dataclass
class Batch:
    articles: list[Article] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == Severity.WARNING]


def seed_paths(root: Path, seeds: str = "seeds") -> list[Path]:
    """Every ``.txt`` seed, sorted by name so the output order never varies."""
    return sorted((root / seeds).glob("*.txt"))


def display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def convert_paths(paths: list[Path], config: Config, root: Path) -> Batch:
    """Convert every path; gather every problem; check slugs are unique across files."""
    batch = Batch(files=len(paths))
    readable = []
    for path in paths:
        if path.is_file():
            readable.append(path)
        else:
            batch.diagnostics.append(error(display_path(path, root), 0, "unreadable", "无法读取文件 (no such file)",
                                           "检查文件名和路径是否写对 (check the file name and folder)"))
    years = anchors(root, readable)
    by_slug: dict[str, Article] = {}
    for path in readable:
        name = display_path(path, root)
        try:
            article = convert(path.read_bytes(), name, config, years[path])
        except SeedError as exc:
            batch.diagnostics.extend(exc.diagnostics)
            continue
        batch.diagnostics.extend(article.diagnostics)
        other = by_slug.get(article.slug)
        if other is not None:
            batch.diagnostics.append(error(
                name, 0, "duplicate-slug",
                f"网址 {article.slug!r} 与 {other.path} 重复 (slug already used by {other.path})",
                "在其中一个文件的 front matter 写不同的 slug: … (give one of them another slug)"))
            continue
        by_slug[article.slug] = article
        batch.articles.append(article)
    return batch
