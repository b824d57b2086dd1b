"""Staff command line: ``python -m newsdesk check|convert|explain``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import changes, corrections, ghactions
from .batch import Batch, convert_paths, seed_paths, stray_files
from .config import Config, load_config
from .diagnostics import SeedError
from .pipeline import Article


def _config(args: argparse.Namespace) -> Config:
    return load_config(args.config)


def _print_problems(batch: Batch, fmt: str = "text") -> None:
    for d in sorted(batch.diagnostics, key=lambda d: (d.path, d.line, d.code)):
        print(ghactions.annotation(d) if fmt == "github" else d.format())


def cmd_check(args: argparse.Namespace) -> int:
    root = Path.cwd()
    paths = [Path(p) for p in args.files] or seed_paths(root)
    config = _config(args)
    batch = convert_paths(paths, config, root)
    if not args.files:
        batch.diagnostics.extend(stray_files(root))
    for a in batch.articles:  # events:/figures: front matter, events whose year was guessed
        batch.diagnostics.extend(corrections.check(a, (root / a.path).read_bytes(), config.figures))
    _print_problems(batch, args.format)
    e, w = len(batch.errors), len(batch.warnings)
    print(f"检查了 {batch.files} 个文件：{e} 个错误，{w} 个警告 "
          f"(checked {batch.files} files: {e} errors, {w} warnings)")
    # the job summary: --summary FILE, or in GitHub Actions the step summary file it names
    summary = args.summary or (os.environ.get("GITHUB_STEP_SUMMARY") if args.format == "github" else None)
    if summary and not _write_summary(Path(summary), root, args.base, batch, config):
        return 1
    return 1 if e else 0


def _write_summary(target: Path, root: Path, base: str | None, batch: Batch, config: Config) -> bool:
    """Append the job summary (GitHub appends step summaries too); False after printing why it failed."""
    try:
        rows = changes.rows(root, base, batch.articles, config) if base else [
            ghactions.Row("published", a.path, a.slug, **changes.values(a), note="草稿，不发布 (draft: not published)"
                          if a.draft else "") for a in batch.articles]
    except changes.GitError as exc:
        print(f"{base}: error: 无法与这个 git 版本比较 (cannot compare with this git ref): {exc} → "
              "检查 --base 写的分支或提交是否存在，CI 里要 fetch-depth: 0 (check the ref exists; fetch full history)")
        return False
    with target.open("a", encoding="utf-8") as f:
        f.write(ghactions.summary(rows, batch.diagnostics, base or ""))
    return True


def _one(args: argparse.Namespace) -> Article | None:
    root = Path.cwd()
    batch = convert_paths([Path(args.file)], _config(args), root)
    if batch.errors:
        _print_problems(batch)
        return None
    for d in batch.warnings:
        print(d.format(), file=sys.stderr)
    return batch.articles[0]


def cmd_convert(args: argparse.Namespace) -> int:
    article = _one(args)
    if article is None:
        return 1
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{article.slug}.md").write_text(article.markdown, encoding="utf-8")
        (out / f"{article.slug}.report.json").write_text(report_json(article), encoding="utf-8")
        print(f"wrote {out / article.slug}.md and .report.json", file=sys.stderr)
    else:
        sys.stdout.write(article.markdown)
    return 0


def report_json(article: Article) -> str:
    return json.dumps(article.report(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def cmd_explain(args: argparse.Namespace) -> int:
    article = _one(args)
    if article is None:
        return 1
    if args.json:
        sys.stdout.write(report_json(article))
        return 0
    report = article.report()
    print(f"# {article.path} ({article.encoding}) → {article.slug}")
    print("\n## 元数据 metadata (value ← source)")
    for name, item in report["metadata"].items():
        print(f"  {name}: {item['value']}  ← {item['source']}")
    print(f"  characters: {article.metadata.characters}, reading: {article.metadata.reading_minutes} min")
    print("\n## 大事记 events (line date text ← date words: rule) and 数说 figures")
    print("\n".join(corrections.explain_lines(article, Path(article.path).read_bytes(), _config(args).figures)))
    print("\n## 分段 blocks (line kind: text ← why)")
    for b in article.blocks:
        text = b.text if len(b.text) <= 40 else b.text[:39] + "…"
        print(f"  {b.line:>4} {b.kind.value:<9} {text}  ← {b.reason}")
    print("\n## 拼接 joins across breaks")
    for j in article.segmented.joins:
        print(f"  line {j.line} + {j.next_line}: …{j.left} | {j.right}…")
    print("\n## 修正 fixes (fixer: before → after)")
    changes = [(0, c) for c in article.text_changes] + list(article.segmented.changes)
    for line, c in changes:
        where = f"line {line}" if line else "whole text"
        print(f"  {c.fixer} ({where}): {_diff(c.before, c.after)}")
    print("\n## 移除 removed from the body")
    for r in article.removed:
        print(f"  {r.line:>4} {r.kind:<9} {r.text}  ← {r.reason}")
    print("\n## 问题 diagnostics")
    for d in article.diagnostics:
        print(f"  {d.format()}")
    if not article.diagnostics:
        print("  (none)")
    return 0


def _diff(before: str, after: str) -> str:
    """The changed middle of two strings, with a little context."""
    i = 0
    while i < min(len(before), len(after)) and before[i] == after[i]:
        i += 1
    j = 0
    while j < min(len(before), len(after)) - i and before[-1 - j] == after[-1 - j]:
        j += 1
    start = max(0, i - 6)
    return f"{before[start:len(before) - j + 3]!r} → {after[start:len(after) - j + 3]!r}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m newsdesk",
                                     description="政协之窗 稿件整理工具 (newsroom tools for seeds/*.txt)")
    parser.add_argument("--config", default="newsdesk.yml", help="配置文件 (default: newsdesk.yml)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="检查稿件 (validate seeds; exit 1 on errors)")
    check.add_argument("files", nargs="*", help="seed files (default: seeds/*.txt)")
    check.add_argument("--format", choices=["text", "github"], default="text",
                       help="github: workflow commands, so each problem shows on its line in a pull request")
    check.add_argument("--summary", metavar="FILE",
                       help="append a Markdown summary of what will be published (with --format github: "
                            "$GITHUB_STEP_SUMMARY by default)")
    check.add_argument("--base", metavar="REF",
                       help="git ref to compare with in the summary (new, changed, removed articles), e.g. origin/main")
    check.set_defaults(run=cmd_check)
    convert = sub.add_parser("convert", help="转换一篇稿件并输出 Markdown (print the article)")
    convert.add_argument("file")
    convert.add_argument("--out", help="write SLUG.md and SLUG.report.json into this folder")
    convert.set_defaults(run=cmd_convert)
    explain = sub.add_parser("explain", help="说明每处修改和每个元数据的来源 (explain fixes and metadata)")
    explain.add_argument("file")
    explain.add_argument("--json", action="store_true", help="print the report as JSON")
    explain.set_defaults(run=cmd_explain)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BrokenPipeError:  # output piped into `head`
        return 0
    except SeedError as exc:
        for d in exc.diagnostics:
            print(d.format())
        return 1
    except Exception as exc:
        print(f"newsdesk: 内部错误 (internal error): {type(exc).__name__}: {exc} → "
              "请把命令和文件发给开发者 (please report this to the developers)", file=sys.stderr)
        return 2


