"""Search quality on the seeds, in a real browser (``make bench-search``). Prints a table.

Ten queries of our own — single terms, phrases, a name, a date, a number — each with the article
a reader means. The site is built from the seeds, served on localhost and searched through
Material's own search box in Chromium; we record where the intended article ranks.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]

from browserkit import launch, material_search, serve  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from sitebuild import build  # noqa: E402

#: (query, kind, slug of the article a reader means)
QUERIES = [
    ("界别活动周", "term", "004_376b2500bcfc034a"),
    ("八大行动", "term", "000_a23f6d76a244ef08"),
    ("疫情防控", "term", "002_2ecff5925f57fc2d"),
    ("独山港", "place", "003_badce4f3b5a484f9"),
    ("杉水共富", "new term", "001_85a47ed0f3cc9e45"),
    ("书写政协新篇章", "title phrase", "003_badce4f3b5a484f9"),
    ("推广普及匹克球运动", "body phrase", "000_a23f6d76a244ef08"),
    ("徐玉霞", "name", "000_a23f6d76a244ef08"),
    ("2020年5月30日", "date", "003_badce4f3b5a484f9"),
    ("272件", "number", "001_85a47ed0f3cc9e45"),
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        result = build(ROOT, site)
        if result.returncode:
            raise SystemExit(result.stderr)
        with serve(site) as url, sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page()
            page.goto(url)
            page.wait_for_load_state("networkidle")
            rows, first = [], 0
            for query, kind, slug in QUERIES:
                start = time.perf_counter()
                material_search(page, query)
                ms = (time.perf_counter() - start) * 1000
                hrefs = [h or "" for h in page.locator(".md-search-result__item > a").evaluate_all(
                    "els => els.map(e => e.getAttribute('href'))")]
                articles = list(dict.fromkeys(h.split("/articles/")[1].split("/")[0] for h in hrefs if "/articles/" in h
                                              and "/category/" not in h))
                rank = articles.index(slug) + 1 if slug in articles else 0
                first += rank == 1
                rows.append((query, kind, rank, len(articles), ms))
                page.locator(".md-search__input").fill("")
            browser.close()
    print("Material built-in search (lunr + jieba at build time), seeds, Chromium\n")
    print("| query | kind | rank of the intended article | articles in results | ms |")
    print("|---|---|---:|---:|---:|")
    for query, kind, rank, n, ms in rows:
        print(f"| {query} | {kind} | {rank or '—'} | {n} | {ms:.0f} |")
    print(f"\nright article first: {first}/{len(QUERIES)}")


if __name__ == "__main__":
    main()
