"""A site built from the attacker's corpus: every page passes the allow-list, and nothing runs in Chromium.

The seeds of every ``safe-page`` case of ``tests/adversarial/cases.json`` (payloads in the title,
lead, subtitle, byline, caption, front matter and the file name; encodings; ReDoS rules) are built
into one site with ``mkdocs build --strict``. Every HTML page is parsed against the allow-list of
``htmlcheck.py`` (no ``on*``, no ``javascript:``, scripts only the site's own or hashed in the
page's Content-Security-Policy); the feed and sitemaps must be well-formed XML with only their own
elements; every search-index file must be JSON. Chromium then visits every page and searches for
the payloads: no dialog may open. A last test plants an unescaped payload in a built page to show
that the Content-Security-Policy alone stops it.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from adversarial_corpus import CASES, lay_out
from browserkit import material_search, serve
from htmlcheck import problems
from playwright.sync_api import Browser, Dialog
from sitebuild import build, copy_project

SITE_CASES = [c for c in CASES if c["expect"] == "safe-page" and c.get("site", True)]
RSS_ELEMENTS = {"rss", "channel", "title", "link", "description", "language", "item", "guid", "category", "pubDate",
                "{http://purl.org/dc/elements/1.1/}date", "{http://purl.org/dc/elements/1.1/}creator"}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("adversarial") / "project")
    for seed in (project / "seeds").iterdir():
        seed.unlink()
    for i, case in enumerate(SITE_CASES):
        plain = {k: v for k, v in case.items() if k not in ("config_encoding",)}
        if "config_replace" in plain:  # rules accumulate in the one newsdesk.yml
            text = (project / "newsdesk.yml").read_text(encoding="utf-8")
            for old, new in plain.pop("config_replace"):
                text = text.replace(old, new, 1)
            (project / "newsdesk.yml").write_text(text, encoding="utf-8")
        lay_out(plain, project, prefix=f"{i:02d}-")
    out = tmp_path_factory.mktemp("adversarial-site")
    result = build(project, out)
    assert result.returncode == 0, result.stderr
    return out


def test_every_safe_case_is_an_article(site: Path) -> None:
    articles = [p for p in (site / "articles").glob("*/index.html") if p.parent.name not in ("page", "category")]
    assert len(articles) == len(SITE_CASES)


def test_every_page_passes_the_allow_list(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > len(SITE_CASES)
    found = {p.relative_to(site).as_posix(): problems(p.read_text(encoding="utf-8")) for p in pages}
    assert {k: v for k, v in found.items() if v} == {}


def _article_of(site: Path, case: str) -> Path:
    """The built page of a case: seeds are laid out as NN-<file name>, NN its place among the site cases."""
    number = next(i for i, c in enumerate(SITE_CASES) if c["name"] == case)
    return next((site / "articles").glob(f"{number:02d}-*/index.html"))


def test_payload_text_is_shown_as_text(site: Path) -> None:
    html = _article_of(site, "title-img-onerror").read_text(encoding="utf-8")
    assert "<title>市政协召开专题协商会&lt;img src=x onerror=alert(1)&gt; - " in html
    assert "<img src=x" not in html


def test_feed_sitemaps_and_search_index_are_data(site: Path) -> None:
    feed = ET.parse(site / "feed.xml").getroot()
    assert {e.tag for e in feed.iter()} <= RSS_ELEMENTS
    assert len(feed.findall("./channel/item")) == len(SITE_CASES)
    for sitemap in site.glob("sitemap*.xml"):
        assert {e.tag.removeprefix(SITEMAP) for e in ET.parse(sitemap).getroot().iter()} <= {
            "urlset", "url", "loc", "lastmod", "sitemapindex", "sitemap"}
    for index in (site / "search").rglob("*.json"):
        json.loads(index.read_text(encoding="utf-8"))


#: elements carrying an event handler or a javascript: URL in the live DOM (the policy would hide them from a
#: dialog check, so the DOM itself is inspected too: search results are rendered by script)
_LIVE_HANDLERS = """() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(
    a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))).map(e => e.outerHTML.slice(0, 80))"""


def _visit_all(browser: Browser, site: Path, paths: list[str], queries: list[str]) -> tuple[list[str], list[str]]:
    dialogs: list[str] = []
    violations: list[str] = []
    with serve(site) as base:
        context = browser.new_context()
        page = context.new_page()

        def on_dialog(dialog: Dialog) -> None:
            dialogs.append(f"{page.url}: {dialog.type} {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        for path in paths:
            page.goto(base + path)
            page.wait_for_load_state("load")
            page.mouse.move(200, 300)  # hover payloads (onmouseover) get their chance too
            dialogs += [f"{path}: live {html}" for html in page.evaluate(_LIVE_HANDLERS)]
        for query in queries:
            page.goto(base)
            material_search(page, query)
            page.wait_for_timeout(200)
            dialogs += [f"search {query}: live {html}" for html in page.evaluate(_LIVE_HANDLERS)]
        context.close()
    return dialogs, violations


def test_no_dialog_fires_in_chromium(browser: Browser, site: Path) -> None:
    paths = [p.relative_to(site).as_posix().removesuffix("index.html") for p in sorted(site.rglob("*.html"))]
    dialogs, violations = _visit_all(browser, site, paths, ["alert", "script", "onerror", "协商会"])
    assert dialogs == []
    assert violations == [], "the theme's own inline scripts must be allowed by their hashes"


def test_the_policy_alone_stops_a_missed_escape(browser: Browser, site: Path, tmp_path: Path) -> None:
    """Defence in depth: plant unescaped payloads in a built page; the page's policy refuses them all."""
    page = _article_of(site, "title-img-onerror")
    planted = re.sub(r"<article\b", '<img src=x onerror="alert(1)"><script>alert(2)</script>'
                     '<a id="nd-planted" href="javascript:alert(3)">x</a><article', page.read_text(encoding="utf-8"), count=1)
    assert planted != page.read_text(encoding="utf-8")
    page.write_text(planted, encoding="utf-8")
    try:
        path = page.relative_to(site).as_posix().removesuffix("index.html")
        dialogs, violations = _visit_all(browser, site, [path], [])
        assert [d for d in dialogs if " live " not in d] == []  # planted handlers are in the DOM, but never ran
        assert any("onerror" in d for d in dialogs), dialogs  # and the live-DOM check sees them
        assert len(violations) >= 2, violations  # the inline script and the event handler were refused
    finally:
        page.write_text(page.read_text(encoding="utf-8").replace(
            '<img src=x onerror="alert(1)"><script>alert(2)</script><a id="nd-planted" href="javascript:alert(3)">x</a>',
            ""), encoding="utf-8")
