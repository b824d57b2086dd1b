"""The search box in Debian's Chromium against a locally served build of the seeds: queries run on
`input` (paste, voice, IME), the 搜索 button on phones, the filter help, exact counts, chips and sort,
snippets from the body, traditional characters; and the worker wired without Material's file hash.

Screenshots at phone and desktop width are kept in test-artifacts/ for review.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browserkit import ARTIFACTS, serve
from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from conftest import ROOT
from newsdesk.search import SearchDoc, search

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
MATERIAL = ROOT / ".venv" / "lib"
COUNT = re.compile(r"^共 (\d+) 篇")


@pytest.fixture(scope="module")
def site(seeds_site: Path) -> Path:
    return seeds_site


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def docs(site: Path) -> list[SearchDoc]:
    """The articles as the index has them (search/nd/t/*.json), for the reference answers."""
    out = []
    for path in sorted((site / "search" / "nd" / "t").glob("*.json"), key=lambda p: int(p.stem)):
        t = json.loads(path.read_text(encoding="utf-8"))
        out.append(SearchDoc(int(path.stem), t["u"], t["t"], t["d"], t["c"], t["o"], "", t["x"],
                             tuple(tuple(h) for h in t["h"]), t["b"]))  # type: ignore[misc]
    return out


@pytest.fixture()
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    p = context.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    p.on("pageerror", lambda e: errors.append(str(e)))
    p.on("request", lambda r: None if r.url.startswith((server, "data:", "blob:")) else foreign.append(r.url))
    p.goto(server)
    p.wait_for_load_state("networkidle")
    yield p
    assert errors == [] and foreign == [], (errors, foreign)
    context.close()


def open_box(page: Page) -> None:
    page.locator("label.md-search__icon, .md-search__input").first.click()


def paste(page: Page, query: str) -> None:
    """Put *query* in the box the way a paste, voice input or an IME does: an `input` event, no keys."""
    page.locator(".md-search__input").fill(query)


def wait_count(page: Page) -> int:
    """The exact count line once the worker's answer for the text in the box is shown."""
    page.wait_for_function("() => /^共 \\d+ 篇|没有找到/.test(document.querySelector('.md-search-result__meta').textContent)")
    match = COUNT.match(page.locator(".md-search-result__meta").inner_text())
    return int(match[1]) if match else 0


def count_once_settled(page: Page, expected: int) -> int:
    """The count line once it shows *expected*, or whatever it shows after ten seconds: a chip's click
    starts a new search, and the line may still show the previous answer (or none) for a moment."""
    with contextlib.suppress(PlaywrightTimeoutError):  # the assertion that follows says what it showed instead
        page.wait_for_function(
            f"() => /^共 {expected} 篇/.test(document.querySelector('.md-search-result__meta').textContent)", timeout=10_000)
    return wait_count(page)


def shown(page: Page) -> list[str]:
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    return [re.sub(r"[?#].*", "", h) for h in hrefs if "/articles/" in h]


@pytest.mark.parametrize("how", ["fill", "insert_text"])
def test_a_query_runs_on_input_without_key_events(page: Page, docs: list[SearchDoc], how: str) -> None:
    """fill: a paste from the context menu; insert_text: what voice input and an IME commit send."""
    open_box(page)
    if how == "fill":
        paste(page, "协商")
    else:
        page.keyboard.insert_text("协商")
    assert wait_count(page) == len(search(docs, "协商"))
    assert len(shown(page)) == min(10, len(search(docs, "协商")))


def test_counts_are_exact_for_few_hits(page: Page, docs: list[SearchDoc]) -> None:
    query = next(q for q in ("界别", "提案", "委员", "协商") if 2 <= len(search(docs, q)) <= 10)
    open_box(page)
    paste(page, query)
    assert wait_count(page) == len(search(docs, query))


def test_traditional_characters_find_simplified_text(page: Page, docs: list[SearchDoc]) -> None:
    open_box(page)
    paste(page, "協商")
    assert wait_count(page) == len(search(docs, "协商")) > 0
    assert page.locator(".md-search-result__item mark").count() > 0


def test_snippets_come_from_the_body(page: Page, docs: list[SearchDoc]) -> None:
    open_box(page)
    paste(page, "政协")
    wait_count(page)
    snippets = page.locator(".md-search-result__item > a article p:not(.nd-search-meta)").all_inner_texts()
    assert snippets
    furniture = {d.text.split("\n")[d.text[: d.body_start].count("\n") - 1] for d in docs}  # each meta line
    for text in snippets:
        assert not any(text.lstrip("…").startswith(line[:12]) for line in furniture), text


def test_chips_narrow_by_category_and_sort_by_time(page: Page, docs: list[SearchDoc]) -> None:
    open_box(page)
    paste(page, "政协")
    total = wait_count(page)
    group = page.get_by_role("group", name="按分类筛选")
    first = group.get_by_role("button").first
    name, n = re.match(r"(.+) (\d+)$", first.inner_text()).groups()  # type: ignore[union-attr]
    first.click()
    page.wait_for_function(f"() => document.querySelector('.md-search__input').value.includes('分类:{name}')")
    assert count_once_settled(page, int(n)) == int(n) == len(search(docs, f"政协 分类:{name}")) <= total
    assert page.get_by_role("group", name="按分类筛选").get_by_role("button").inner_text() == f"{name} ×"
    page.get_by_role("group", name="排序").get_by_role("button", name="时间").click()
    page.wait_for_function("() => document.querySelector('.md-search__input').value.includes('排序:时间')")
    wait_count(page)
    page.wait_for_function("() => document.querySelector('.nd-search-sort [aria-pressed=true]').textContent === '时间'")
    expected = [d.url for d in search(docs, f"政协 分类:{name} 排序:时间")]
    assert [h.split("/articles/")[1] for h in shown(page)] == [u.split("articles/")[1] for u in expected]


def test_the_dialog_explains_filters_and_has_a_name(page: Page) -> None:
    open_box(page)
    help_line = page.locator(".nd-search-help")
    assert help_line.is_visible()
    assert all(word in help_line.inner_text() for word in ("分类:", "机构:", "年份:", "排序:时间"))
    assert page.locator(".md-search").get_attribute("aria-label") == "搜索"


def test_phone_has_a_visible_search_button(browser: Browser, server: str, docs: list[SearchDoc]) -> None:
    context = browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(server)
    page.wait_for_load_state("networkidle")
    page.locator("label.md-header__button[for=__search]").click()
    button = page.get_by_role("button", name="搜索", exact=True)
    assert button.is_visible()
    page.locator(".md-search__input").fill("委员")
    button.click()
    assert wait_count(page) == len(search(docs, "委员"))
    page.wait_for_timeout(400)  # the dialog slides in: measure once it has settled
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && getComputedStyle(e).visibility !== 'hidden')
      .slice(0, 3).map(e => e.className + ' ' + Math.round(e.getBoundingClientRect().right))""")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], wide
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-phone.png"))
    context.close()


def test_desktop_screenshot_with_chips(page: Page) -> None:
    open_box(page)
    paste(page, "政协")
    wait_count(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-desktop.png"))
    assert not page.locator(".nd-search-go").is_visible()  # desktop: Enter and typing are enough


def test_worker_is_wired_by_key_not_by_hash(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)[1])  # type: ignore[index]
    assert config["search"] == "javascripts/newsdesk-search.js", (
        "Material's __config no longer has the worker under \"search\": fix the config block of overrides/main.html")
    assert (site / config["search"]).is_file()
    assert "workers/search." not in html


def test_material_config_block_still_names_its_worker_under_search() -> None:
    """Fails loudly on a Material upgrade that moves the worker URL (overrides/main.html, block config)."""
    base = next(MATERIAL.glob("python3*/site-packages/material/templates/base.html")).read_text(encoding="utf-8")
    block = base[base.index("{% block config %}"): base.index("{% endblock %}", base.index("{% block config %}"))]
    assert len(re.findall(r'"search": "assets/javascripts/workers/search\.[0-9a-f]+\.min\.js" \| url', block)) == 1, (
        "Material's base.html config block changed shape: update the config block of overrides/main.html")
