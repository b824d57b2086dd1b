"""Benchmark: whole-site builds on generated corpora, against a stock Material blog (``make bench``).

For each corpus size it prints: our full build (seeds → site), and in the same run a plain
Material blog with its built-in search over the same already-converted Markdown, their ratio,
peak memory, article page HTML size, the largest listing page, search index size and site size;
then what the home page and an article page send over the wire: the HTML alone and with the CSS
and JS it links, raw and as the precompressed gzip and brotli files the build writes beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests")]

from corpus import write  # noqa: E402
from sitebuild import BIN, copy_project  # noqa: E402

from newsdesk.batch import Cache, convert_paths, seed_paths  # noqa: E402
from newsdesk.config import load_config  # noqa: E402
from newsdesk.publish import blog_date  # noqa: E402
from newsdesk.render import render_body  # noqa: E402

#: Runs ``mkdocs build`` in-process and reports its own peak memory on stderr.
MEASURED = ("import resource, runpy, sys\n"
            "sys.argv = ['mkdocs', 'build', '-q', '-d', sys.argv[1]]\n"
            "try:\n    runpy.run_module('mkdocs', run_name='__main__')\n"
            "except SystemExit as e:\n    code = e.code\nelse:\n    code = 0\n"
            "print('maxrss-kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
            "sys.exit(code)\n")

STOCK_MKDOCS = """site_name: 政协之窗 (stock Material blog)
theme:
  name: material
  language: zh
  font: false
plugins:
  - search
  - blog:
      post_excerpt: optional
"""


def timed_build(project: Path, out: Path) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(project / "hooks"), "NO_MKDOCS_2_WARNING": "1",
           "SOURCE_DATE_EPOCH": "1767225600"}
    start = time.perf_counter()
    result = subprocess.run([str(BIN / "python"), "-c", MEASURED, str(out)], cwd=project, env=env,
                            capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"build failed in {project}:\n{result.stderr[-3000:]}")
    kb = int(result.stderr.rsplit("maxrss-kb", 1)[1].split()[0])
    return seconds, kb


def stock_project(ours: Path, dest: Path) -> Path:
    """A plain Material blog of the same articles, converted once by our pipeline."""
    config = load_config(ours / "newsdesk.yml")
    batch = convert_paths(seed_paths(ours), config, ours)
    posts = dest / "docs" / "blog" / "posts"
    posts.mkdir(parents=True)
    (dest / "docs" / "index.md").write_text("# 政协之窗\n", encoding="utf-8")
    (dest / "docs" / "blog" / "index.md").write_text("# Blog\n", encoding="utf-8")
    for a in batch.articles:
        m = a.metadata
        date = blog_date(m.date.value if m.date else None).isoformat()
        fm = f"date: {date}\ncategories: [{json.dumps(m.category.value, ensure_ascii=False)}]\nslug: {a.slug}\n"
        body = f"# {m.title.value}\n\n{render_body(a.blocks)}"
        (posts / f"{a.slug}.md").write_text(f"---\n{fm}---\n\n{body}", encoding="utf-8")
    (dest / "mkdocs.yml").write_text(STOCK_MKDOCS, encoding="utf-8")
    return dest


def sizes(site: Path) -> dict[str, float]:
    articles = [p.stat().st_size for p in (site / "articles").glob("*/index.html") if p.parent.name != "category"]
    listings = [p for p in site.rglob("index.html") if not (p.parent.parent.name == "articles"
                                                           and p.parent.name not in ("category", "page"))]
    biggest = max(listings, key=lambda p: p.stat().st_size)
    index_files = list((site / "search").rglob("*.json"))
    return {
        "article_kb_mean": sum(articles) / max(1, len(articles)) / 1024,
        "article_kb_max": max(articles, default=0) / 1024,
        "listing_kb_max": biggest.stat().st_size / 1024,
        "listing_max_page": float(len(str(biggest.relative_to(site)))),
        "search_index_mb": sum(p.stat().st_size for p in index_files) / 1e6,
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file() and p.suffix not in (".gz", ".br")) / 1e6,
        "_biggest": str(biggest.relative_to(site)),  # type: ignore[dict-item]
    }


def wire(page: Path) -> dict[str, int]:
    """Bytes of *page* alone and with the CSS/JS it links: raw, and the build's .gz and .br copies
    (a file without a copy, being below the threshold, counts raw)."""
    refs = re.findall(r'(?:href|src)="([^"?#]+\.(?:css|js))"', page.read_text(encoding="utf-8"))
    files = [page] + [(page.parent / r).resolve() for r in refs if "://" not in r]
    out: dict[str, int] = {}
    for i, f in enumerate(files):
        raw = f.stat().st_size
        for enc in ("raw", "gz", "br"):
            copy = f.with_name(f"{f.name}.{enc}")
            size = copy.stat().st_size if enc != "raw" and copy.exists() else raw
            for key in ([f"html_{enc}"] if i == 0 else []) + [f"all_{enc}"]:
                out[key] = out.get(key, 0) + size
    return out


def conversion(project: Path) -> tuple[float, float]:
    """Seconds to convert every seed with an empty cache, then with a filled one."""
    config = load_config(project / "newsdesk.yml")
    folder = project / "build" / "bench-cache"
    shutil.rmtree(folder, ignore_errors=True)
    times = []
    for _ in range(2):
        start = time.perf_counter()
        convert_paths(seed_paths(project), config, project, Cache(folder))
        times.append(time.perf_counter() - start)
    shutil.rmtree(folder, ignore_errors=True)
    return times[0], times[1]


def run(n: int, tmp: Path) -> dict[str, object]:
    ours = copy_project(tmp / f"ours-{n}")
    for seed in (ours / "seeds").glob("*.txt"):
        seed.unlink()
    write(ours / "seeds", n)
    cold, warm = conversion(ours)
    seconds, kb = timed_build(ours, tmp / f"site-ours-{n}")
    warm_seconds, _ = timed_build(ours, tmp / f"site-ours-warm-{n}")
    stock = stock_project(ours, tmp / f"stock-{n}")
    stock_seconds, stock_kb = timed_build(stock, tmp / f"site-stock-{n}")
    ours_sizes = sizes(tmp / f"site-ours-{n}")
    site = tmp / f"site-ours-{n}"
    article = sorted(p for p in (site / "articles").glob("*/index.html") if p.parent.name not in ("category", "page"))[0]
    pages = {"home": wire(site / "index.html"), f"article {article.parent.name}": wire(article)}
    stock_index = tmp / f"site-stock-{n}" / "search" / "search_index.json"
    return {"n": n, "seconds": seconds, "warm_seconds": warm_seconds, "convert_cold": cold, "convert_warm": warm,
            "mb": kb / 1024, "stock_seconds": stock_seconds, "stock_mb": stock_kb / 1024,
            "stock_index_mb": stock_index.stat().st_size / 1e6, "_wire": pages, **ours_sizes}  # type: ignore[dict-item]


def _wait_for(url: str, needle: str, timeout: float = 600) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if needle in r.read().decode("utf-8", "replace"):
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.1)
    raise TimeoutError(url)


def previews(n: int, tmp: Path) -> tuple[float, float]:
    """Seconds until an edited seed shows in `make serve`, and until `make preview` serves it."""
    project = copy_project(tmp / f"preview-{n}")
    for seed in (project / "seeds").glob("*.txt"):
        seed.unlink()
    paths = write(project / "seeds", n)
    target = paths[n // 2]
    env = {**os.environ, "PYTHONPATH": str(project / "hooks"), "NO_MKDOCS_2_WARNING": "1"}
    with socket.socket() as s:  # a free loopback port
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"127.0.0.1:{port}"
    url = f"http://{address}/articles/{target.stem}/"
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", "-a", address], cwd=project, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(url, "<h1>")
        text = target.read_text(encoding="utf-8")
        target.write_text(text.replace(text.split("\n", 1)[0], "预览测试标题", 1), encoding="utf-8")
        serve_seconds = _wait_for(url, "预览测试标题")
    finally:
        server.terminate()
        server.wait(30)
    start = time.perf_counter()
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", "-a", address], cwd=project,
                              env={**env, "NEWSDESK_ONLY": f"seeds/{target.name}"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(url, "预览测试标题")
        preview_seconds = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(30)
    return serve_seconds, preview_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, nargs="+", default=[500, 1000, 2000, 5000], help="corpus sizes")
    parser.add_argument("--preview", type=int, default=1000, help="corpus size for the staff-preview timing (0: skip)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as t:
        rows = [run(n, Path(t)) for n in args.n]
        preview = previews(args.preview, Path(t)) if args.preview else None
    print("| articles | build s, cold | build s, warm cache | per article ms | peak MB | stock Material blog s | peak MB "
          "| ratio | convert s cold / warm | article HTML KB mean / max | largest listing KB | search index MB ours / stock "
          "| site MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---|---:|")
    for r in rows:
        print(f"| {r['n']} | {r['seconds']:.1f} | {r['warm_seconds']:.1f} | {1000 * r['seconds'] / r['n']:.1f} "  # type: ignore[operator]
              f"| {r['mb']:.0f} | {r['stock_seconds']:.1f} | {r['stock_mb']:.0f} "
              f"| {float(r['seconds']) / float(r['stock_seconds']):.2f} "  # type: ignore[arg-type]
              f"| {r['convert_cold']:.2f} / {r['convert_warm']:.2f} "
              f"| {r['article_kb_mean']:.1f} / {r['article_kb_max']:.1f} | {r['listing_kb_max']:.0f} "
              f"| {r['search_index_mb']:.1f} / {r['stock_index_mb']:.1f} | {r['site_mb']:.0f} |")
    for r in rows:
        print(f"largest listing page at {r['n']}: {r['_biggest']}")
    print("\n| articles | page | HTML bytes raw / gzip / brotli | with its CSS and JS raw / gzip / brotli |")
    print("|---:|---|---|---|")
    for r in rows:
        for name, w in r["_wire"].items():  # type: ignore[attr-defined]
            print(f"| {r['n']} | {name} | {w['html_raw']:,} / {w['html_gz']:,} / {w['html_br']:,} "
                  f"| {w['all_raw']:,} / {w['all_gz']:,} / {w['all_br']:,} |")
    if preview:
        print(f"\nstaff preview at {args.preview} articles: make serve shows an edited seed after "
              f"{preview[0]:.1f} s; make preview SEED=… serves that article after {preview[1]:.1f} s")
    shutil.rmtree(ROOT / "build" / "bench", ignore_errors=True)


if __name__ == "__main__":
    main()
