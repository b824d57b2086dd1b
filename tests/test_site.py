"""Build the site from the seeds and check the HTML a reader, a crawler and a feed reader get.

Expectations come from the golden articles (tests/golden/*.md), never from a seed's text.
"""

from __future__ import annotations

import filecmp
import json
import re
from pathlib import Path

import feedparser
import pytest
import yaml
from htmlcheck import problems
from sitebuild import build, copy_project

from conftest import GOLDEN, ROOT


@pytest.fixture(scope="module")
def site(seeds_site: Path) -> Path:
    return seeds_site


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def article(site: Path, slug: str) -> str:
    return page(site, f"articles/{slug}")


@pytest.mark.parametrize("slug", sorted(GOLDEN))
def test_article_page_shows_title_date_at_precision_and_meta(site: Path, slug: str) -> None:
    fm, html = GOLDEN[slug], article(site, slug)
    assert f"<h1>{fm['title']}</h1>" in html
    if "date_zh" in fm:
        assert f'<time datetime="{fm["published"]}">{fm["date_zh"]}</time>' in html
    if fm.get("date_precision") in ("year", "month"):
        assert not re.search(r"\d{4}年\d{1,2}月1日", html), "a date known only to the year or month gained a day"
    assert f">{fm['category']}</a>" in html
    if fm.get("organisation"):
        assert f">{fm['organisation']}</a>" in html
    for person in fm.get("authors", []):
        assert f"{person['role']} {person['name']}" in html
    assert f"约 {fm['reading_minutes']} 分钟" in html
    assert 'href="../../seeds/' in html and "查看原始稿件" in html
    assert "■" not in html and "ZHENGXIEZHICHUANG" not in html


@pytest.mark.parametrize("slug", sorted(GOLDEN))
def test_article_json_ld_and_government_meta(site: Path, slug: str) -> None:
    fm, html = GOLDEN[slug], article(site, slug)
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1])  # type: ignore[index]
    assert ld["@type"] == "NewsArticle" and ld["headline"] == fm["title"]
    assert ld.get("datePublished") == fm.get("published")
    assert ld["articleSection"] == fm["category"] and ld["wordCount"] == fm["characters"]
    assert ld["keywords"] == fm["tags"]
    if fm.get("subtitle"):
        assert ld["alternativeHeadline"] == fm["subtitle"]
    if fm.get("organisation"):
        assert ld["publisher"]["name"] == fm["organisation"]
    meta = dict(re.findall(r'<meta name="([A-Z]\w+)" content="([^"]*)">', html))
    assert meta["SiteName"] == "政协之窗" and meta["ArticleTitle"] == fm["title"]
    assert meta["PubDate"] == fm.get("published", "")
    assert {"ColumnName", "ContentSource", "Keywords", "Description"} <= set(meta)
    assert '<meta property="og:type" content="article">' in html


def test_category_pages_have_the_category_as_h1(site: Path) -> None:
    config = yaml.safe_load((ROOT / "newsdesk.yml").read_text(encoding="utf-8"))
    for category in config["categories"]:
        html = page(site, f"articles/category/{category['slug']}")
        assert re.search(rf"<h1[^>]*>{category['name']}</h1>", html), category["name"]
        for slug, fm in GOLDEN.items():
            assert (f"/{slug}/" in html) == (fm["category"] == category["name"])


def test_organisation_and_year_pages_list_their_articles(site: Path) -> None:
    for org, slug in (("平湖市政协", "pinghu"), ("秀洲区政协", "xiuzhou")):
        html = page(site, f"organisations/{slug}")
        assert "<h1" in html and org in html
        for s, fm in GOLDEN.items():
            assert (f"/{s}/" in html) == (fm.get("organisation") == org)
    for s, fm in GOLDEN.items():
        assert f"/{s}/" in page(site, f"archive/{fm['published'][:4]}")


def _sort_key(iso: str) -> tuple[int, ...]:
    return tuple(int(p) for p in iso.split("-")) + (0,) * (3 - len(iso.split("-")))


def test_timeline_lists_every_article_newest_first_at_precision(site: Path) -> None:
    html = page(site, "timeline")
    assert re.search(r"<h1[^>]*>时间线</h1>", html)
    entries = re.findall(r'<li class="nd-timeline__entry" data-category="([\w-]+)" data-organisation="([\w-]*)">\s*'
                         r'<time datetime="([\d-]*)">([^<]+)</time>', html)
    assert len(entries) == len(GOLDEN)
    dates = [e[2] for e in entries]
    assert dates == sorted(dates, key=_sort_key, reverse=True)
    assert {e[3] for e in entries} == {fm["date_zh"] for fm in GOLDEN.values()}
    used = {fm["category"] for fm in GOLDEN.values()} | {fm["organisation"] for fm in GOLDEN.values()}
    assert html.count('class="nd-chip"') == 2 + len(used)  # a chip per category and organisation used, 全部 twice


def test_home_links_to_every_category_organisation_and_the_timeline(site: Path) -> None:
    html = page(site, "")
    for category in ("年度回顾", "界别活动周", "工作会议", "履职动态"):
        assert f"<strong>{category}</strong>" in html
    assert "平湖市政协" in html and "秀洲区政协" in html
    assert 'href="timeline/"' in html and "最新报道" in html


def test_feed_parses_and_carries_dates_at_precision(site: Path) -> None:
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "政协之窗"
    assert len(feed.entries) == min(50, len(GOLDEN))
    by_title = {e.title: e for e in feed.entries}
    for fm in GOLDEN.values():
        entry = by_title[fm["title"]]
        assert entry.link.endswith(f"/articles/{fm['slug']}/")
        assert entry.get("dc_date", entry.get("date")) .startswith(fm["published"])
        assert ("published" in entry) == (fm["date_precision"] == "day")


def test_sitemap_robots_logo_and_no_foreign_hosts(site: Path) -> None:
    index = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<sitemapindex" in index and "/sitemap-pages.xml</loc>" in index and len(index) < 1000
    sitemap = (site / "sitemap-pages.xml").read_text(encoding="utf-8")
    for slug in GOLDEN:
        assert f"/articles/{slug}/</loc>" in sitemap
    assert "Sitemap:" in (site / "robots.txt").read_text(encoding="utf-8")
    assert (site / "assets" / "logo.svg").exists() and (site / "assets" / "favicon.svg").exists()
    for html_file in site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        foreign = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
        assert not [u for u in foreign if not u.startswith("https://zhengxie.example.org/")], html_file
        assert "fonts.googleapis" not in html and "cdn." not in html


def test_search_ships_a_settings_stub_and_a_compact_utf8_index(site: Path) -> None:
    stub = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == [] and stub["config"]["nd"]["shards"] >= 1
    shards = list((site / "search" / "nd" / "s").glob("*.json"))
    assert len(shards) == stub["config"]["nd"]["shards"]
    texts = sorted((site / "search" / "nd" / "t").glob("*.json"))
    assert len(texts) == len(GOLDEN)
    raw = "".join(p.read_text(encoding="utf-8") for p in shards + texts)
    assert "\\u" not in raw and "政协" in raw
    assert '"search": "javascripts/newsdesk-search.js"' in page(site, "")


def test_seed_text_is_published_readably(site: Path) -> None:
    for slug in GOLDEN:
        text = (site / "seeds" / f"{slug}.txt").read_text(encoding="utf-8-sig")
        assert text.strip() and text == text.lstrip("\ufeff")


def test_a_seed_error_fails_the_build_with_the_check_message(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    (project / "seeds" / "broken.txt").write_text("---\ncategory: 新闻\n---\n标题\n\n正文。\n", encoding="utf-8")
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    assert "seeds/broken.txt:2: error: category: expected one of: 年度回顾, 界别活动周, 工作会议, 履职动态" in result.stderr
    assert "Traceback" not in result.stderr


def test_two_builds_at_different_paths_are_byte_identical(tmp_path: Path) -> None:
    outs = []
    for name in ("a", "bb/elsewhere"):
        project = copy_project(tmp_path / name)
        result = build(project, tmp_path / f"site-{name.replace('/', '-')}")
        assert result.returncode == 0, result.stderr
        outs.append(tmp_path / f"site-{name.replace('/', '-')}")
    compare = filecmp.dircmp(outs[0], outs[1])
    differing: list[str] = []

    def walk(c: filecmp.dircmp[str], prefix: str = "") -> None:
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        differing.extend(prefix + f for f in mismatch + errors + c.left_only + c.right_only)
        for name, sub in c.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(compare)
    assert not differing


def test_preview_builds_a_site_of_just_one_seed(tmp_path: Path) -> None:
    slug = sorted(GOLDEN)[4]
    result = build(ROOT, tmp_path / "out", env={"NEWSDESK_ONLY": f"seeds/{slug}.txt"})
    assert result.returncode == 0, result.stderr
    posts = [p.parent.name for p in (tmp_path / "out" / "articles").glob("*/index.html") if p.parent.name != "category"]
    assert posts == [slug]
    timeline = (tmp_path / "out" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert timeline.count('class="nd-timeline__entry"') == 1 and GOLDEN[slug]["title"] in timeline
    assert GOLDEN[slug]["category"] in (tmp_path / "out" / "articles" / slug / "index.html").read_text(encoding="utf-8")


def test_listings_are_paged_and_small_at_scale(tmp_path: Path) -> None:
    from corpus import write

    project = copy_project(tmp_path / "p")
    write(project / "seeds", 160)
    site = tmp_path / "out"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    assert (site / "timeline" / "page" / "2" / "index.html").exists()
    pages = list(site.rglob("index.html"))
    articles = [p for p in (site / "articles").glob("*/index.html") if p.parent.name not in ("category", "page")]
    assert len(articles) == 165
    # the longest seed (a 5,600-character review) with its 数说 box, QR code and related articles
    assert max(p.stat().st_size for p in articles) <= 48 * 1024
    listing = [p for p in pages if p not in articles]
    biggest = max(listing, key=lambda p: p.stat().st_size)
    assert biggest.stat().st_size <= 300 * 1024, biggest
    org = (site / "organisations" / "pinghu" / "index.html").read_text(encoding="utf-8")
    assert org.count('class="nd-card"') == 50 and 'rel="next"' in org
    timeline = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert timeline.count('class="nd-timeline__entry"') == 150


def test_drafts_stay_off_the_site_but_show_in_their_preview(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    draft = "---\ndraft: true\nslug: a-draft\n---\n草稿标题\n\n2024年3月5日，平湖市政协召开会议。\n"
    (project / "seeds" / "draft.txt").write_text(draft, encoding="utf-8")
    full = build(project, tmp_path / "full")
    assert full.returncode == 0, full.stderr
    assert not (tmp_path / "full" / "articles" / "a-draft").exists()
    assert "草稿标题" not in (tmp_path / "full" / "timeline" / "index.html").read_text(encoding="utf-8")
    preview = build(project, tmp_path / "preview", env={"NEWSDESK_ONLY": "seeds/draft.txt"})
    assert preview.returncode == 0, preview.stderr
    assert "<h1>草稿标题</h1>" in (tmp_path / "preview" / "articles" / "a-draft" / "index.html").read_text(encoding="utf-8")


def test_every_page_of_the_seeds_site_passes_the_allow_list_and_policy(site: Path) -> None:
    """The theme's and our own markup stay inside tests/htmlcheck.py's allow-list, each page with its policy."""
    found = {p.relative_to(site).as_posix(): problems(p.read_text(encoding="utf-8")) for p in site.rglob("*.html")}
    assert len(found) > 10
    assert {k: v for k, v in found.items() if v} == {}


def test_real_world_reports_build_with_pages_for_offices_not_in_the_config(tmp_path: Path) -> None:
    """Pages pasted from portals (the dev set of tests/realworld) publish, each office on its own page."""
    project = copy_project(tmp_path / "project")
    for seed in (project / "seeds").glob("*.txt"):
        seed.unlink()
    reports = sorted((ROOT / "tests" / "realworld").glob("*.txt"))[:12]
    for report in reports:
        (project / "seeds" / report.name).write_bytes(report.read_bytes())
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    organisations = (tmp_path / "site" / "organisations" / "index.html").read_text(encoding="utf-8")
    offices = {yaml.safe_load(r.with_name(r.stem + ".truth.yml").read_text(encoding="utf-8"))["organisation"]
               for r in reports}
    found = [o for o in offices if o in organisations]
    assert len(found) >= len(offices) // 2, (found, offices)
    headings = {}
    for listing in (tmp_path / "site" / "organisations").glob("*/index.html"):
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", listing.read_text(encoding="utf-8"), re.S)
        if h1:
            headings[re.sub(r"<[^>]+>|\s", "", h1[1])] = listing.parent.name
    for name in found:
        assert name in headings, (name, headings)  # its own page, at an ASCII address
        assert re.fullmatch(r"[a-z0-9-]+", headings[name]), headings[name]
