"""The built site's 大事记 and 数说 pages: they exist, keep the 方志 order, link to their sources, and chart
the figures as accessible SVG without script. Expectations come from tests/golden/chronicle.json and figures.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from newsdesk.chronicle import date_key
from newsdesk.dates import parse_iso

CHRONICLE = json.loads((ROOT / "tests" / "golden" / "chronicle.json").read_text(encoding="utf-8"))
FIGURES = json.loads((ROOT / "tests" / "golden" / "figures.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site(seeds_site: Path) -> Path:
    return seeds_site


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def content(html: str) -> str:
    return html[html.index("<h1"):html.index("</article>")]


def test_every_year_has_a_chronicle_page_in_fangzhi_order(site: Path) -> None:
    index = page(site, "chronicle")
    years = sorted({line["date"][:4] for line in CHRONICLE}, reverse=True)
    assert years, "the seeds give events"
    for year in years:
        assert f'href="{year}/"' in index
        html = content(page(site, f"chronicle/{year}"))
        dates = re.findall(r'<time datetime="([\d-]+)">', html)
        expected = [line["date"] for line in CHRONICLE if line["date"].startswith(year)]
        assert sorted(dates) == sorted(expected)
        keys = [date_key(d) for d in map(parse_iso, dates) if d is not None]
        assert keys == sorted(keys), f"{year}: not in the 方志 order: {dates}"


def test_month_only_events_follow_the_days_of_their_month(site: Path) -> None:
    months = [line["date"] for line in CHRONICLE if len(line["date"]) == 7]
    assert months, "the golden chronicle has a month-only event (2020年5月底)"
    for month in months:
        dates = re.findall(r'<time datetime="([\d-]+)">', page(site, f"chronicle/{month[:4]}"))
        days = [i for i, d in enumerate(dates) if d.startswith(month + "-")]
        assert days and max(days) < dates.index(month)


def test_each_line_links_to_its_source_articles_and_shows_its_text(site: Path) -> None:
    for line in CHRONICLE:
        html = page(site, f"chronicle/{line['date'][:4]}")
        assert f'<p class="nd-annals__text">{line["text"]}' in html.replace("&#34;", '"')
        for source in line["sources"]:
            slug = Path(source.split(":")[0]).stem
            assert f'href="../../articles/{slug}/"' in html
        assert ("年份系推测" in html) >= line["year_guessed"]


def test_organisation_filter_is_plain_links(site: Path) -> None:
    for line in CHRONICLE:
        year = line["date"][:4]
        html = page(site, f"chronicle/{year}")
        chips = re.findall(r'<a class="nd-chip" href="([^"]+)"', html)
        assert chips[0] == "./" and "../pinghu/" + year + "/" in chips
        org_page = page(site, f"chronicle/pinghu/{year}")
        assert 'aria-current="page">平湖市政协</a>' in org_page
        assert line["text"] in org_page.replace("&#34;", '"')


def test_figures_page_has_big_numbers_table_and_accessible_svg_charts(site: Path) -> None:
    html = content(page(site, "figures/pinghu"))
    key = [f for figures in FIGURES.values() for f in figures if f["key"]]
    latest = max(f["year"] for f in key)
    assert f"{latest}年的关键数字" in html
    assert 'class="nd-bignums__value">272<' in html  # 收到提案272件 in the 2025 review
    assert re.search(r"<th scope=\"row\">提案</th><td><a [^>]+>272件</a></td><td><a [^>]+>193件</a></td>", html)
    charts = re.findall(r"<svg [^>]*role=\"img\"[^>]*>(.*?)</svg>", html, re.S)
    assert charts
    for chart in charts:
        assert "<title id=" in chart and "<desc id=" in chart and 'width="' in chart and "em\"" in chart
    assert html.count('<details class="nd-chart__data">') == len(charts)
    links = re.findall(r'href="([^"]*#:~:text=[^"]+)"', html)
    assert links and all(link.startswith("../../articles/") for link in links)


def test_reviews_show_their_figures_and_other_articles_do_not(site: Path) -> None:
    for path in FIGURES:
        html = page(site, f"articles/{Path(path).stem}")
        assert '<aside class="nd-figbox"' in html and "本文数说" in html
    other = page(site, "articles/003_badce4f3b5a484f9")
    assert "本文数说" not in other and "本文大事" in other and "2020年5月30日</time></a> 市委政协工作会议召开" in other


def test_home_timeline_and_nav_link_the_chronicle(site: Path) -> None:
    for html in (page(site, ""), page(site, "timeline")):
        assert re.search(r'href="[./]*chronicle/"', html)
    assert re.search(r'href="[./]*figures/"', page(site, ""))


@pytest.mark.parametrize("path", ["chronicle", "chronicle/2020", "chronicle/pinghu/2020", "figures", "figures/pinghu"])
def test_no_script_handlers_or_other_hosts(site: Path, path: str) -> None:
    html = content(page(site, path))
    assert "<script" not in html
    assert not re.search(r"\son\w+=", html)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
