"""Converting a folder of seeds: the shared front door of the CLI and the MkDocs hook."""

from __future__ import annotations

import functools
import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .anchors import anchors
from .config import Config
from .diagnostics import Diagnostic, SeedError, Severity, error, warning
from .extract import Anchor
from .photos import is_photo_of_a_seed
from .pipeline import Article, convert
from .read import MAX_BYTES
from .slugs import RULE, RULE_ZH, is_reserved, is_slug


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
    """Every ``.txt`` seed (any case), sorted by name so the output order never varies."""
    folder = root / seeds
    # symbolic links are listed too, so that they are refused by name rather than skipped in silence
    return sorted(p for p in folder.iterdir()
                  if (p.is_file() or p.is_symlink()) and p.suffix.lower() == ".txt") if folder.is_dir() else []


def stray_files(root: Path, seeds: str = "seeds") -> list[Diagnostic]:
    """Files in the seeds folder that will not be published, so none goes missing silently."""
    folder = root / seeds
    found = []
    for p in sorted(folder.rglob("*")) if folder.is_dir() else []:
        rel = p.relative_to(folder)
        if p.is_file() and not rel.name.startswith(".") and not (len(rel.parts) == 1 and p.suffix.lower() == ".txt") \
                and not (len(rel.parts) == 2 and is_photo_of_a_seed(p)):
            found.append(warning(
                p.relative_to(root).as_posix() if p.is_relative_to(root) else str(p), 0, "not-a-seed",
                "这个文件不会发布：只有 seeds/ 下直接存放的 .txt 文件才是稿件 (only .txt files directly in seeds/ are published)",
                "把报道另存为 .txt 放在 seeds/ 里；不需要的文件请删除 (save the report as .txt in seeds/, or remove it)"))
    return found


def display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=1)
def pipeline_digest() -> str:
    """A hash of the pipeline's own source: cached conversions die with any change to the code."""
    h = hashlib.sha256()
    for source in sorted(Path(__file__).parent.glob("*.py")):
        h.update(source.name.encode() + b"\0" + source.read_bytes())
    return h.hexdigest()


class Cache:
    """Converted articles by content hash (seed bytes, path, anchor, config, pipeline source).

    Lives in a gitignored folder; a miss converts and stores, a hit skips conversion. Only
    successful conversions are stored, so every message of a bad seed is printed again each time.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def key(self, data: bytes, name: str, anchor: Anchor, config: Config) -> str:
        parts = [pipeline_digest(), config.digest, name, str(anchor.year), anchor.source]
        return hashlib.sha256("\0".join(parts).encode() + b"\0" + data).hexdigest()

    def get(self, key: str) -> Article | None:
        self.used.add(key)
        path = self.folder / key[:2] / f"{key}.pickle"
        try:
            article = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return article if isinstance(article, Article) else None

    def put(self, key: str, article: Article) -> None:
        path = self.folder / key[:2] / f"{key}.pickle"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)

    def prune(self) -> int:
        """Forget conversions this run did not use (seeds deleted or changed, code or config changed)."""
        stale = [p for p in self.folder.glob("*/*.pickle") if p.stem not in self.used]
        for p in stale:
            p.unlink()
        return len(stale)


def _refused(path: Path, root: Path) -> Diagnostic | None:
    """Why *path* may not be read: a symlink, outside the project, not a file, or too large."""
    try:
        relative: Path | None = path.absolute().relative_to(root.absolute())
    except ValueError:
        relative = None
    name = relative.as_posix() if relative is not None else str(path)  # the link's own name, not its target
    outside = error(name, 0, "outside-seeds", "文件不在项目的 seeds/ 文件夹里 (the file is outside the project)",
                    "把报道文件复制到 seeds/ 里 (copy the report into seeds/)")
    if relative is None or ".." in relative.parts:
        return outside
    link = next((root / Path(*relative.parts[: i + 1]) for i in range(len(relative.parts))
                 if (root / Path(*relative.parts[: i + 1])).is_symlink()), None)
    if link is not None:
        shown = link.relative_to(root).as_posix()
        return error(name, 0, "symlink", f"{shown} 是符号链接，不会被读取 (symbolic links are refused)",
                     "把报道文件本身复制到 seeds/，不要用链接 (copy the file itself into seeds/, not a link)")
    if not path.resolve().is_relative_to(root.resolve()):
        return outside
    if not path.is_file():
        return error(name, 0, "unreadable", "无法读取文件 (no such file)",
                     "检查文件名和路径是否写对 (check the file name and folder)")
    size = path.stat().st_size
    if size > MAX_BYTES:
        return error(name, 0, "file-too-large",
                     f"文件有 {size:,} 字节，超过上限 {MAX_BYTES:,} 字节 (the file is larger than {MAX_BYTES // 2**20} MB)",
                     "一篇报道一个文件；确认这是报道文本而不是别的文件 (one report per file; check it is a report)")
    return None


def _slug_line(data: bytes, article: Article) -> int:
    """The line of ``slug:`` in the seed's front matter, or 0 when the slug is the file name."""
    if PurePosixPath(article.path).stem.lower() == article.slug:
        return 0
    lines = data.decode(article.encoding, errors="replace").lstrip("\ufeff").splitlines()
    return next((n for n, line in enumerate(lines[:200], 1) if line.startswith("slug:")), 0)


def _slug_problem(article: Article, line: int) -> Diagnostic | None:
    """The article's address must obey the slug rule and not take a generated page's address."""
    where = "front matter 的 slug" if line else "文件名 (file name)"
    if not is_slug(article.slug):
        return error(article.path, line, "bad-slug",
                     f"{where} {article.slug!r} 不能用作网址：{RULE_ZH} (expected {RULE})",
                     "把文件改名为例如 2026-05-work-meeting.txt，或在 front matter 写 slug: 2026-05-work-meeting "
                     "(rename the file, or add slug: to the front matter)")
    if is_reserved(article.slug):
        return error(article.path, line, "reserved-slug",
                     f"{where} {article.slug!r} 是网站自己页面的地址，会替换掉那个页面 (reserved for a page of the site)",
                     "换一个文件名，或在 front matter 写别的 slug (rename the file, or set another slug:)")
    return None


def convert_paths(paths: list[Path], config: Config, root: Path, cache: Cache | None = None) -> Batch:
    """Convert every path; gather every problem; check slugs are unique and allowed across files.

    Symbolic links, files outside *root* and files over ``MAX_BYTES`` are refused, naming the file.
    """
    batch = Batch(files=len(paths))
    readable = []
    for path in paths:
        refused = _refused(path, root)
        if refused is None:
            readable.append(path)
        else:
            batch.diagnostics.append(refused)
    years = anchors(root, readable)
    by_slug: dict[str, Article] = {}
    lines: dict[str, int] = {}
    for path in readable:
        name = display_path(path, root)
        data = path.read_bytes()
        key = cache.key(data, name, years[path], config) if cache else ""
        article = cache.get(key) if cache else None
        if article is None:
            try:
                article = convert(data, name, config, years[path])
            except SeedError as exc:
                batch.diagnostics.extend(exc.diagnostics)
                continue
            if cache:
                cache.put(key, article)
        batch.diagnostics.extend(article.diagnostics)
        slug_line = _slug_line(data, article)
        slug_problem = _slug_problem(article, slug_line)
        if slug_problem is not None:
            batch.diagnostics.append(slug_problem)
            continue
        other = by_slug.get(article.slug)
        if other is not None:
            batch.diagnostics.append(error(
                name, slug_line, "duplicate-slug",
                f"网址 {article.slug!r} 与 {other.path}{f':{lines[other.slug]}' if lines[other.slug] else ''} 重复 "
                f"(slug already used by {other.path})",
                "在其中一个文件的 front matter 写不同的 slug: … (give one of them another slug)"))
            continue
        by_slug[article.slug] = article
        lines[article.slug] = slug_line
        batch.articles.append(article)
    return batch
