"""大事记 and 数说 in Chromium: no serious axe violation, no sideways scrolling on a phone, charts that grow
with the A+ font size, the organisation filter working without JavaScript, ordered headings."""

from __future__ import annotations

import itertools
import json
import re

from playwright.sync_api import Browser
from test_browser import PHONE, Visit, axe, server, visit  # noqa: F401 (fixtures)

PAGES = ("chronicle/", "chronicle/2020/", "chronicle/pinghu/2020/", "figures/", "figures/pinghu/")


def test_no_serious_accessibility_violations_and_ordered_headings(visit: Visit) -> None:  # noqa: F811
    for path in PAGES:
        page = visit.go(path)
        violations = axe(page)
        assert violations == [], (path, json.dumps([(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations],
                                                   ensure_ascii=False))
        levels = page.evaluate("[...document.querySelectorAll('main h1, main h2, main h3')].map(h => +h.tagName[1])")
        assert levels[0] == 1 and levels.count(1) == 1, (path, levels)
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (path, levels)


def test_phone_pages_do_not_scroll_sideways(browser: Browser, server: str) -> None:  # noqa: F811
    v = Visit(browser, server, viewport=PHONE)
    for path in PAGES:
        page = v.go(path)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
        v.shot("annals-" + path.strip("/").replace("/", "-") + "-phone")
    v.close()


def test_chart_text_grows_with_the_font_size(visit: Visit) -> None:  # noqa: F811
    page = visit.go("figures/pinghu/")
    size = "parseFloat(getComputedStyle(document.querySelector('.nd-chart__text')).fontSize)"
    height = "document.querySelector('.nd-chart__svg').getBoundingClientRect().height"
    before = (page.evaluate(size), page.evaluate(height))
    page.get_by_role("button", name=re.compile("大号字")).click()
    after = (page.evaluate(size), page.evaluate(height))
    assert after[0] > before[0] and after[1] > before[1], (before, after)
    assert page.locator("svg[role=img] title").count() == page.locator("svg[role=img] desc").count() > 0


def test_organisation_filter_works_without_javascript(browser: Browser, server: str) -> None:  # noqa: F811
    v = Visit(browser, server, js=False)
    page = v.go("chronicle/2020/")
    page.get_by_role("link", name="平湖市政协").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("chronicle/pinghu/2020/")
    assert page.locator("h1").inner_text() == "平湖市政协2020年大事记"
    assert page.locator(".nd-annals__line").count() > 0
    v.close()
