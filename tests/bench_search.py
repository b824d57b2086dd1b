"""Search benchmark in a real browser (``make bench-search``): our engine beside Material's lunr search.

For the seeds and for generated corpora (``-n 1000 5000``) it builds our site and a stock Material
blog with its built-in search (lunr, jieba-segmented) over the same articles, runs the same queries
through each site's own search box in Chromium, and prints recall@10 and precision@10 against the
truth (substring match on the page text, hooks/newsdesk/search.py), home-page bytes, bytes for the
first query, first and median query latency, index build time and index size.

Seeds use our own queries (terms, phrases, names, places, numbers, dates); generated corpora use
substrings of article text of 2–8 characters and counts such as 272件, drawn at random.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests")]

from bench_site import stock_project, timed_build  # noqa: E402
from browserkit import launch, material_search, serve  # noqa: E402
from corpus import write  # noqa: E402
from playwright.sync_api import Browser, sync_playwright  # noqa: E402
from sitebuild import copy_project  # noqa: E402

from newsdesk import publish  # noqa: E402
from newsdesk.batch import convert_paths, seed_paths  # noqa: E402
from newsdesk.config import load_config  # noqa: E402
from newsdesk.search import SearchDoc, build_index, search  # noqa: E402

SEED_QUERIES = ["界别活动周", "八大行动", "疫情防控", "独山港", "杉水共富", "书写政协新篇章", "推广普及匹克球运动", "徐玉霞",
                "2020年5月30日", "272件", "AI赋能", "委员会客厅", "社情民意", "民主监督员", "平湖 提案", "协商", "文史",
                "秀洲区政协", "十四届四次会议", "落地见效", "人口均衡", "长三角一体化", "青年人才社区", "同心向党",
                "80余人", "第十九届", "红船", "居丹荔", "营商环境", "乡村振兴"]


@dataclass
class Side:
    name: str
    recall: list[float]
    precision: list[float]
    latencies: list[float]
    home_bytes: int = 0
    first_query_bytes: int = 0
    index_bytes: int = 0
    index_seconds: float = 0.0


def search_docs(project: Path) -> list[SearchDoc]:
    config = load_config(project / "newsdesk.yml")
    batch = convert_paths(seed_paths(project), config, project)
    entries = {a.slug: publish.entry_of(a, config) for a in batch.articles}
    for e in entries.values():
        e.url = f"articles/{e.slug}/"
    articles = {a.slug: a for a in batch.articles}
    return [publish.search_doc(i, e, articles[e.slug]) for i, e in enumerate(publish.newest_first(entries.values()))]


def generated_queries(docs: list[SearchDoc], n: int, rnd: random.Random) -> list[str]:
    queries: list[str] = []
    while len(queries) < n:
        text = rnd.choice(docs).text.split("\n", 3)[-1]
        if rnd.random() < 0.2:
            counts = re.findall(r"\d+[件篇场次名个项]", text)
            if counts:
                queries.append(rnd.choice(counts))
                continue
        size = rnd.randint(2, 8)
        start = rnd.randrange(0, max(1, len(text) - size))
        q = text[start : start + size]
        if re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z]+", q) and q not in queries:
            queries.append(q)
    return queries


def run_queries(browser: Browser, url: str, queries: list[str], truth: dict[str, list[str]], side: Side) -> None:
    page = browser.new_page()
    sizes: list[int] = []
    # bytes from Content-Length: the body of a 45 MB index may still be arriving when we count
    page.on("response", lambda r: sizes.append(int(r.headers.get("content-length", "0"))) if r.status == 200 else None)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    side.home_bytes = sum(sizes)
    # latency as the reader feels it: from the key press to the result list being replaced
    page.evaluate("""() => {
      const input = document.querySelector('.md-search__input'), list = document.querySelector('.md-search-result');
      input.addEventListener('keyup', () => { window.__ndStart = performance.now(); window.__ndDone = null; });
      new MutationObserver(() => { if (window.__ndStart && !window.__ndDone) window.__ndDone = performance.now(); })
        .observe(list, { childList: true, subtree: true, characterData: true });
    }""")
    for i, query in enumerate(queries):
        before = len(sizes)
        material_search(page, query, timeout=120_000)
        page.wait_for_function("() => window.__ndDone", timeout=120_000)
        side.latencies.append(page.evaluate("() => window.__ndDone - window.__ndStart"))
        if i == 0:
            page.wait_for_load_state("networkidle")
            side.first_query_bytes = sum(sizes[before:])
        hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        shown = list(dict.fromkeys(re.sub(r"[?#].*", "", h).rstrip("/").rsplit("/", 1)[-1] for h in hrefs
                                   if "/articles/" in h or "/posts/" in h or "/blog/" in h))[:10]
        want = truth[query]
        hits = len(set(shown) & set(want))
        side.recall.append(hits / min(10, len(want)) if want else 1.0)
        side.precision.append(hits / len(shown) if shown else (1.0 if not want else 0.0))
        page.locator(".md-search__input").fill("")
    page.close()


def corpus(label: str, n: int | None, tmp: Path, browser: Browser, queries_per_corpus: int) -> tuple[str, int, int, Side, Side]:
    project = copy_project(tmp / f"p-{label}")
    if n:
        for seed in (project / "seeds").glob("*.txt"):
            seed.unlink()
        write(project / "seeds", n)
    docs = search_docs(project)
    ours = Side("ours", [], [], [])
    start = time.perf_counter()
    index = build_index(docs)
    ours.index_seconds = time.perf_counter() - start
    ours.index_bytes = sum(len(t.encode()) for t in index.files.values())
    queries = SEED_QUERIES if not n else generated_queries(docs, queries_per_corpus, random.Random(n))
    truth = {q: [d.url.rstrip("/").rsplit("/", 1)[-1] for d in search(docs, q)] for q in queries}
    site = tmp / f"site-{label}"
    timed_build(project, site)
    stock = stock_project(project, tmp / f"stock-{label}")
    stock_site = tmp / f"stock-site-{label}"
    lunr = Side("Material lunr+jieba", [], [], [])
    start = time.perf_counter()
    timed_build(stock, stock_site)
    lunr.index_seconds = time.perf_counter() - start  # the whole stock build: lunr indexing dominates it
    lunr.index_bytes = (stock_site / "search" / "search_index.json").stat().st_size
    for side, folder in ((ours, site), (lunr, stock_site)):
        with serve(folder) as url:
            run_queries(browser, url, queries, truth, side)
    return label, len(docs), len(queries), ours, lunr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, nargs="*", default=[1000, 5000], help="generated corpus sizes")
    parser.add_argument("--queries", type=int, default=60, help="queries per generated corpus")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as t, sync_playwright() as p:
        browser = launch(p)
        for n in [None, *args.n]:
            rows.append(corpus(str(n or "seeds"), n, Path(t), browser, args.queries))
        browser.close()
    print("| corpus | engine | queries | recall@10 | precision@10 | home bytes | first-query bytes | first ms | median ms "
          "| index build s | index size |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, docs, nq, *sides in rows:
        for side in sides:
            print(f"| {label} ({docs}) | {side.name} | {nq} | {100 * statistics.mean(side.recall):.0f}% "
                  f"| {100 * statistics.mean(side.precision):.0f}% | {side.home_bytes / 1024:.0f} KB "
                  f"| {side.first_query_bytes / 1024:.0f} KB | {side.latencies[0]:.0f} "
                  f"| {statistics.median(side.latencies[1:] or side.latencies):.0f} | {side.index_seconds:.1f} "
                  f"| {side.index_bytes / 1e6:.1f} MB |")
    print("\nours: index build s = building the index alone; Material: the whole stock build (lunr indexing dominates).")


if __name__ == "__main__":
    main()
