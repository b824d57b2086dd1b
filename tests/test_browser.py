"""End-to-end in Debian's Chromium (Playwright) against a locally served build of the seeds.

Screenshots at phone and desktop width are kept in test-artifacts/ for review.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browserkit import Tab, material_search, serve
from playwright.sync_api import Browser, Page

from conftest import BODIES, GOLDEN, REPORTS, ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def server(seeds_site: Path) -> Iterator[str]:
    with serve(seeds_site) as url:
        yield url


class Visit(Tab):
    """A page at desktop width (or *viewport*), with or without JavaScript."""

    def __init__(self, browser: Browser, server: str, viewport: dict[str, int] = DESKTOP, js: bool = True) -> None:
        super().__init__(browser, server, viewport, js)


@pytest.fixture()
def visit(browser: Browser, server: str) -> Iterator[Visit]:
    v = Visit(browser, server)
    yield v
    v.close()


def axe(page: Page) -> list[dict[str, Any]]:
    # evaluated through DevTools: the page's Content-Security-Policy rightly refuses an inline <script> tag
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_home_to_category_to_article(visit: Visit) -> None:
    page = visit.go("")
    visit.shot("home-desktop")
    page.get_by_role("link", name=re.compile("^年度回顾")).first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == "年度回顾"
    expected = {fm["title"] for fm in GOLDEN.values() if fm["category"] == "年度回顾"}
    page.locator(".nd-card__title a").first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() in expected
    assert page.locator(".nd-article__meta").inner_text().count("年度回顾") == 1
    visit.shot("article-desktop")


def test_phone_layout_screenshots(browser: Browser, server: str) -> None:
    v = Visit(browser, server, viewport=PHONE)
    for name, path in (("home", ""), ("article", f"articles/{sorted(GOLDEN)[2]}/"), ("timeline", "timeline/")):
        page = v.go(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{name} scrolls sideways on a phone ({width}px)"
        v.shot(f"{name}-phone")
    v.close()


def test_timeline_chips_filter_in_place(visit: Visit) -> None:
    page = visit.go("timeline/")
    entries = page.locator(".nd-timeline__entry")
    assert entries.count() == len(GOLDEN)
    page.get_by_role("button", name="年度回顾").click()
    visible = page.locator(".nd-timeline__entry:visible")
    wanted = sum(fm["category"] == "年度回顾" for fm in GOLDEN.values())
    assert visible.count() == wanted
    assert all(c == "annual-review" for c in visible.evaluate_all("els => els.map(e => e.dataset.category)"))
    assert page.get_by_role("button", name="年度回顾").get_attribute("aria-pressed") == "true"
    assert page.locator("[data-nd-status]").inner_text() == f"显示 {wanted} 篇"
    page.get_by_role("button", name="秀洲区政协").click()
    assert page.locator(".nd-timeline__entry:visible").count() == sum(
        fm["category"] == "年度回顾" and fm.get("organisation") == "秀洲区政协" for fm in GOLDEN.values())
    page.get_by_role("button", name="全部").first.click()
    page.get_by_role("button", name="全部").last.click()
    assert page.locator(".nd-timeline__entry:visible").count() == len(GOLDEN)
    visit.shot("timeline-desktop")


def test_timeline_without_javascript_shows_everything(browser: Browser, server: str) -> None:
    v = Visit(browser, server, js=False)
    page = v.go("timeline/")
    assert page.locator(".nd-timeline__entry:visible").count() == len(GOLDEN)
    page.get_by_role("button", name="工作会议").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == "工作会议"  # without JavaScript a chip is a link to the category
    v.close()


def _search(page: Page, query: str) -> None:
    material_search(page, query)
    page.wait_for_selector(".md-search-result__item")




def _unique(snippet: str) -> bool:
    return sum(snippet in body for body in BODIES.values()) == 1


def _queries() -> list[tuple[str, str, str]]:
    """(kind, query, slug) taken from the golden articles, each found in exactly one of them."""
    out: list[tuple[str, str, str]] = []
    for slug, fm in GOLDEN.items():
        for person in fm.get("authors", []):
            if person["name"] not in ("市政协办",) and sum(person["name"] in b for b in BODIES.values()) == 0:
                out.append(("name", person["name"], slug))
        number = next((m for m in re.findall(r"\d{2,}[件篇场次名]", BODIES[slug]) if _unique(m)), None)
        if number:
            out.append(("number", number, slug))
        if fm.get("date_precision") == "day":
            out.append(("date", fm["date_zh"], slug))
        for join in REPORTS[slug]["joins"]:
            phrase = join["left"][-3:] + join["right"][:3]
            if _unique(phrase) and re.fullmatch(r"[\u4e00-\u9fff]{6}", phrase):
                out.append(("across a page break", phrase, slug))
                break
        paragraph = next(line for line in BODIES[slug].splitlines() if len(line) > 40 and not line.startswith(("#", "<")))
        six = next(paragraph[i:i + 6] for i in range(10, len(paragraph) - 6)
                   if re.fullmatch(r"[\u4e00-\u9fff]{6}", paragraph[i:i + 6]) and _unique(paragraph[i:i + 6]))
        out.append(("six characters", six, slug))
    kinds = {k for k, _, _ in out}
    assert {"name", "number", "date", "across a page break", "six characters"} <= kinds, kinds
    return out


@pytest.mark.parametrize(("kind", "query", "slug"), _queries(), ids=lambda v: str(v))
def test_search_box_finds_the_article_first_and_highlights(visit: Visit, kind: str, query: str, slug: str) -> None:
    page = visit.go("")
    _search(page, query)
    first = page.locator(".md-search-result__item").first
    assert f"/{slug}/" in (first.locator("a").first.get_attribute("href") or ""), kind
    marks = first.locator("mark").all_inner_texts()
    assert any(re.sub(r"\s", "", m) == re.sub(r"\s", "", query) for m in marks), (kind, marks)


def test_search_a_title_phrase_and_open_the_hit(visit: Visit) -> None:
    fm = GOLDEN[sorted(GOLDEN)[3]]
    page = visit.go("")
    _search(page, fm["title"].split()[0])
    first = page.locator(".md-search-result__item a").first
    assert fm["slug"] in (first.get_attribute("href") or "")
    first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == fm["title"]


def test_search_facet_filter(visit: Visit) -> None:
    page = visit.go("")
    _search(page, "分类:年度回顾")
    wanted = {slug for slug, fm in GOLDEN.items() if fm["category"] == "年度回顾"}
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert {h.split("/articles/")[1].split("/")[0] for h in hrefs} == wanted


def test_no_search_index_is_downloaded_on_page_load(browser: Browser, server: str) -> None:
    v = Visit(browser, server)
    seen: list[tuple[str, int]] = []
    v.page.on("response", lambda r: seen.append((r.url, len(r.body())))
              if "/search/" in r.url or "sitemap" in r.url else None)
    v.go("")
    assert not [u for u, _ in seen if "/search/nd/" in u], seen
    assert all(size < 2_000 for _, size in seen), seen  # Material's settings stub and the sitemap index only
    _search(v.page, "协商")
    assert [u for u, _ in seen if "/search/nd/s/" in u]
    v.close()


def test_font_size_control_persists_across_pages(visit: Visit) -> None:
    page = visit.go("")
    before = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name=re.compile("大号字")).click()
    visit.go(f"articles/{sorted(GOLDEN)[0]}/")
    assert page.evaluate("document.documentElement.dataset.ndSize") == "1"
    after = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert after > before
    page.get_by_role("button", name=re.compile("标准字号")).click()
    visit.go("")
    assert page.evaluate("document.documentElement.dataset.ndSize") is None


def test_keyboard_reaches_font_size_navigation_and_chips(visit: Visit) -> None:
    page = visit.go("timeline/")
    reached = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.textContent.trim()"))
    assert {"A+（大号字）", "时间线", "年度回顾", "秀洲区政协"} <= reached, reached
    page.get_by_role("button", name="年度回顾").focus()
    page.keyboard.press("Enter")
    assert page.get_by_role("button", name="年度回顾").get_attribute("aria-pressed") == "true"


@pytest.mark.parametrize("path", ["", "articles/{slug}/", "timeline/", "articles/category/annual-review/", "search"])
def test_no_serious_accessibility_violations(visit: Visit, path: str) -> None:
    if path == "search":
        page = visit.go("")
        _search(page, "协商")
        page.wait_for_timeout(400)  # let the dialog's fade-in finish before measuring contrast
    else:
        page = visit.go(path.format(slug=sorted(GOLDEN)[1]))
    assert page.locator("html").get_attribute("lang") == "zh"
    violations = axe(page)
    assert violations == [], json.dumps([(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                                         for v in violations], ensure_ascii=False)


def test_headings_are_ordered_on_every_kind_of_page(visit: Visit) -> None:
    for path in ("", f"articles/{sorted(GOLDEN)[2]}/", "timeline/", "organisations/pinghu/", "about/"):
        page = visit.go(path)
        levels = page.evaluate("[...document.querySelectorAll('main h1, main h2, main h3, main h4')].map(h => +h.tagName[1])")
        assert levels[0] == 1 and levels.count(1) == 1, (path, levels)
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (path, levels)
