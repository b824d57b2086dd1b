"""Search benchmark in a real browser (``make bench-search``): our engine beside Material's lunr search,
then our engine per query class.

For the seeds and for generated corpora (``-n 1000 5000``) it builds our site and a stock Material
blog with its built-in search (lunr, jieba-segmented) over the same articles, runs the same queries
through each site's own search box in Chromium, and prints recall@10 and precision@10 against the
truth (substring match on the page text, hooks/newsdesk/search.py), home-page bytes, bytes for the
first query, first and median query latency, index build time and index size. Seeds use our own
queries; generated corpora substrings of article text of 2–8 characters and counts such as 272件.

Then, on the generated corpora, each query of three classes runs in a fresh browser context (cold
caches: the worst case) by pasting it into our box: random substrings, natural phrases (市政协委员,
政协委员会, 平湖市政协主席, 专题协商会 …) and random pairs of frequent bigrams. Per class it prints
recall@10, precision@10, how often the count shown ("共 N 篇") is exact, bytes fetched (median, max),
sequential round trips (max) and the time from the paste to the settled answer (median, p95).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests")]

from bench_site import stock_project, timed_build  # noqa: E402
from browserkit import launch, material_search, serve  # noqa: E402
from corpus import write  # noqa: E402
from playwright.sync_api import Browser, Request, sync_playwright  # noqa: E402
from sitebuild import copy_project  # noqa: E402

from newsdesk import publish  # noqa: E402
from newsdesk.batch import convert_paths, seed_paths  # noqa: E402
from newsdesk.config import load_config  # noqa: E402
from newsdesk.search import SearchDoc, fold, search  # noqa: E402
from newsdesk.search_index import build_index  # noqa: E402

SEED_QUERIES = ["界别活动周", "八大行动", "疫情防控", "独山港", "杉水共富", "书写政协新篇章", "推广普及匹克球运动", "徐玉霞",
                "2020年5月30日", "272件", "AI赋能", "委员会客厅", "社情民意", "民主监督员", "平湖 提案", "协商", "文史",
                "秀洲区政协", "十四届四次会议", "落地见效", "人口均衡", "长三角一体化", "青年人才社区", "同心向党",
                "80余人", "第十九届", "红船", "居丹荔", "营商环境", "乡村振兴"]


PHRASES = ["市政协委员", "政协委员会", "平湖市政协主席", "专题协商会", "民主监督", "界别活动周", "委员履职", "政协工作会议",
           "提案办理", "协商议政", "市政协主席", "政协常委会", "社情民意信息", "履职为民", "共同富裕", "文明城市创建",
           "市政协十四届", "委员会客厅", "乡村振兴", "民生实事"]


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
    # latency as the reader feels it: from the text changing (fill's input event; our box searches on it,
    # Material's lunr box on the key press that follows) to the result list being replaced
    page.evaluate("""() => {
      const input = document.querySelector('.md-search__input');
      input.addEventListener('input', () => { window.__ndStart = performance.now(); window.__ndDone = null; });
      const seen = new MutationObserver(() => { if (window.__ndStart && !window.__ndDone) window.__ndDone = performance.now(); });
      for (const part of ['.md-search-result__meta', '.md-search-result__list'])  // not our chips
        seen.observe(document.querySelector(part), { childList: true, subtree: true, characterData: true });
    }""")
    for i, query in enumerate(queries):
        before = len(sizes)
        material_search(page, query, timeout=120_000)
        page.wait_for_function("() => window.__ndDone", timeout=120_000)
        side.latencies.append(page.evaluate("() => window.__ndDone - window.__ndStart"))
        if i == 0:
            page.wait_for_timeout(1000)  # the last responses of the first query (networkidle was reached long ago)
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


def bigram_pairs(docs: list[SearchDoc], n: int, rnd: random.Random) -> list[str]:
    """Two of the 60 bigrams found in the most articles, side by side: grams everywhere, the whole rare."""
    seen: Counter[str] = Counter()
    for d in docs:
        text = fold(d.text)
        seen.update({text[i : i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i : i + 2])})
    top = [g for g, _ in seen.most_common(60)]
    out: list[str] = []
    while len(out) < n:
        q = rnd.choice(top) + rnd.choice(top)
        if q not in out:
            out.append(q)
    return out


@dataclass
class Class:
    """One query class: per query the measures of one cold search."""

    name: str
    recall: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    exact: list[bool] = field(default_factory=list)
    kb: list[float] = field(default_factory=list)
    trips: list[int] = field(default_factory=list)
    net_trips: list[int] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)


def round_trips(spans: list[tuple[float, float]]) -> int:
    """Sequential round trips: a request that starts after another has ended is one trip later."""
    depth: list[int] = []
    for i, (start, _) in enumerate(spans):
        depth.append(1 + max((depth[j] for j, (_, end) in enumerate(spans[:i]) if end <= start), default=0))
    return max(depth, default=0)


def cold_query(browser: Browser, url: str, query: str, truth: list[str], cls: Class) -> None:
    """Paste *query* into our box in a fresh context; measure bytes, round trips and settle time."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    done: list[tuple[float, float, int]] = []

    def finished(request: Request) -> None:
        if "/search/nd/" in request.url:
            t = request.timing
            response = request.response()
            size = int(response.headers.get("content-length", "0")) if response else 0
            done.append((t["startTime"], t["startTime"] + t["responseEnd"], size))

    page.on("requestfinished", finished)
    page.locator(".md-search__input").click()  # opening the box may already fetch (the 繁→简 pairs): counted
    page.wait_for_timeout(300)
    typed = page.evaluate("Date.now()")
    page.evaluate("""() => {
      const meta = document.querySelector('.md-search-result__meta');
      window.__ndDone = null;
      new MutationObserver(() => {
        if (/^共 \\d+ 篇|没有找到/.test(meta.textContent) && !window.__ndDone) window.__ndDone = performance.now();
      }).observe(meta, { childList: true, subtree: true, characterData: true });
      window.__ndStart = performance.now();
    }""")
    page.locator(".md-search__input").fill(query)
    page.wait_for_function("() => window.__ndDone", timeout=120_000)
    page.wait_for_timeout(500)  # let the last requestfinished events reach us (networkidle was reached long ago)
    cls.ms.append(page.evaluate("() => window.__ndDone - window.__ndStart"))
    meta = page.locator(".md-search-result__meta").inner_text()
    count = int(m[1]) if (m := re.match(r"共 (\d+) 篇", meta)) else 0
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    shown = [re.sub(r"[?#].*", "", h).rstrip("/").rsplit("/", 1)[-1] for h in hrefs if "/articles/" in h][:10]
    hits = len(set(shown) & set(truth[:10]))
    cls.recall.append(hits / min(10, len(truth)) if truth else 1.0)
    cls.precision.append(hits / len(shown) if shown else (1.0 if not truth else 0.0))
    cls.exact.append(count == len(truth) and shown == truth[:10])
    cls.kb.append(sum(size for _, _, size in done) / 1024)
    cls.trips.append(int(page.locator(".nd-search-tools").get_attribute("data-rounds") or 0))
    cls.net_trips.append(round_trips(sorted((start, end) for start, end, _ in done if start >= typed)))
    context.close()


def classes(label: str, n: int, tmp: Path, browser: Browser, per_class: int) -> tuple[str, int, list[Class]]:
    """Our engine per query class on a generated corpus of *n* articles (cold caches, one context per query)."""
    _, docs, site = project_of(label, n, tmp)
    rnd = random.Random(n + 1)
    sets = {"random substrings": generated_queries(docs, per_class, rnd), "natural phrases": PHRASES,
            "pairs of frequent bigrams": bigram_pairs(docs, per_class, rnd)}
    out = []
    with serve(site) as url:
        for name, queries in sets.items():
            cls = Class(name)
            for q in queries:
                cold_query(browser, url, q, [d.url.rstrip("/").rsplit("/", 1)[-1] for d in search(docs, q)], cls)
            out.append(cls)
    return label, len(docs), out


_PROJECTS: dict[str, tuple[Path, list[SearchDoc], Path]] = {}


def project_of(label: str, n: int | None, tmp: Path) -> tuple[Path, list[SearchDoc], Path]:
    """The project (seeds, or *n* generated reports), its search docs and its built site, made once."""
    if label not in _PROJECTS:
        project = copy_project(tmp / f"p-{label}")
        if n:
            for seed in (project / "seeds").glob("*.txt"):
                seed.unlink()
            write(project / "seeds", n)
        site = tmp / f"site-{label}"
        timed_build(project, site)
        _PROJECTS[label] = (project, search_docs(project), site)
    return _PROJECTS[label]


def corpus(label: str, n: int | None, tmp: Path, browser: Browser, queries_per_corpus: int) -> tuple[str, int, int, Side, Side]:
    project, docs, site = project_of(label, n, tmp)
    ours = Side("ours", [], [], [])
    start = time.perf_counter()
    index = build_index(docs)
    ours.index_seconds = time.perf_counter() - start
    ours.index_bytes = sum(len(t.encode()) for t in index.files.values())
    queries = SEED_QUERIES if not n else generated_queries(docs, queries_per_corpus, random.Random(n))
    truth = {q: [d.url.rstrip("/").rsplit("/", 1)[-1] for d in search(docs, q)] for q in queries}
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
    parser.add_argument("--per-class", type=int, default=30, help="random queries per class (natural phrases: a fixed list)")
    parser.add_argument("--no-lunr", action="store_true", help="skip the comparison with Material's lunr search")
    args = parser.parse_args()
    rows = []
    per_class = []
    with tempfile.TemporaryDirectory() as t, sync_playwright() as p:
        browser = launch(p)
        for n in args.n:  # our query classes first: each table as soon as its corpus is done
            per_class.append(classes(str(n), n, Path(t), browser, args.per_class))
            print_classes(per_class[-1:])
        if not args.no_lunr:
            for n in [None, *args.n]:
                rows.append(corpus(str(n or "seeds"), n, Path(t), browser, args.queries))
            print_engines(rows)
        browser.close()


def print_classes(results: list[tuple[str, int, list[Class]]]) -> None:
    print("| corpus | query class | queries | recall@10 | precision@10 | count and first page exact | KB median "
          "| KB max | round trips max | (seen on the wire) | settle ms median | settle ms p95 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, docs, sets in results:
        for c in sets:
            p95 = statistics.quantiles(c.ms, n=20)[18] if len(c.ms) > 1 else c.ms[0]
            print(f"| {label} ({docs}) | {c.name} | {len(c.ms)} | {100 * statistics.mean(c.recall):.0f}% "
                  f"| {100 * statistics.mean(c.precision):.0f}% | {sum(c.exact)}/{len(c.exact)} "
                  f"| {statistics.median(c.kb):.0f} | {max(c.kb):.0f} | {max(c.trips)} | {max(c.net_trips)} "
                  f"| {statistics.median(c.ms):.0f} | {p95:.0f} |")
    print("\nEach query in a fresh browser context (cold caches): bytes include the facet table and the "
          "traditional→simplified pairs every first query loads. Round trips: the worker's count of sequential "
          "fetch rounds (a fetch issued after one of round r completed is in round r + 1); 'seen on the wire' "
          "infers them from request start/end times, which on a busy machine also counts late-dispatched "
          "requests of the same round.\n", flush=True)


def print_engines(rows: list[tuple[str, int, int, Side, Side]]) -> None:
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
