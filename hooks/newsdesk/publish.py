"""Publishing: converted articles → what the site shows (posts, listings, timeline, feed, JSON-LD).

Pure functions over ``Article`` values; the MkDocs hook (``hooks/newsdesk_hook.py``)
only moves their results into files and template globals.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .config import Config
from .dates import PartialDate
from .pipeline import Article
from .render import dump_yaml, render_body
from .search import SearchDoc
from .segment import Kind

BLOG_DIR = "articles"
POSTS_DIR = f"{BLOG_DIR}/posts"
UNDATED = "日期不详"
MONTHS = "一二三四五六七八九十"


@dataclass
class Entry:
    """One article as listings, the timeline, the feed and the templates see it."""

    slug: str
    title: str
    subtitle: str
    date: PartialDate | None
    category: str
    category_slug: str
    organisation: str
    organisation_slug: str
    column: str
    authors: list[dict[str, str]]
    photo_credit: str
    session: str
    tags: list[str]
    summary: str
    characters: int
    reading_minutes: int
    source: str
    #: site-relative URL of the article page, known once MkDocs has placed it
    url: str = ""

    @property
    def date_iso(self) -> str:
        return self.date.iso() if self.date else ""

    @property
    def date_zh(self) -> str:
        return self.date.zh() if self.date else UNDATED

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def sort_key(self) -> tuple[int, int, int, str]:
        """Newest first when sorted in reverse; a year-only date sorts after that year's precise dates."""
        d = self.date
        return (d.year, d.month or 0, d.day or 0, self.slug) if d else (0, 0, 0, self.slug)

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in vars(self).items() if k != "date"}
        out.update(date_iso=self.date_iso, date_zh=self.date_zh, year=self.year,
                   precision=self.date.precision if self.date else "")
        return out


def entry_of(article: Article, config: Config) -> Entry:
    m = article.metadata
    category = config.category(m.category.value)
    org = config.organisation(m.organisation.value) if m.organisation else None
    return Entry(
        slug=article.slug, title=m.title.value, subtitle=m.subtitle.value if m.subtitle else "",
        date=m.date.value if m.date else None, category=m.category.value,
        category_slug=category.slug if category else "", organisation=m.organisation.value if m.organisation else "",
        organisation_slug=org.slug if org else "", column=m.column.value if m.column else "",
        authors=[{"role": r, "name": n} for r, n in m.authors.value],
        photo_credit=m.photo_credit.value if m.photo_credit else "",
        session=m.session.value.zh() if m.session else "", tags=list(m.tags.value), summary=m.summary.value,
        characters=m.characters, reading_minutes=m.reading_minutes, source=article.path,
    )


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=Entry.sort_key, reverse=True)


def blog_date(date: PartialDate | None) -> dt.date:
    """The blog plugin's sort key: it needs a full date. Only used for ordering, never shown."""
    if date is None:
        return dt.date(1970, 1, 1)
    return dt.date(date.year, date.month or 1, date.day or 1)


def post_markdown(article: Article, entry: Entry) -> str:
    """The article as a post of Material's blog plugin, rendered by ``overrides/article.html``.

    The front matter holds only what the blog plugin and MkDocs read (both parse it with pure-Python
    YAML, once per post); templates take everything else from the ``newsdesk`` global by slug.
    Drafts are never written as posts, except for ``make preview`` of that draft.
    """
    post: dict[str, Any] = {"title": entry.title, "date": blog_date(entry.date).isoformat(), "categories": [entry.category],
            "slug": article.slug, "template": "article.html", "description": entry.summary}
    yaml = dump_yaml(post).replace(f'date: "{post["date"]}"', f"date: {post['date']}")
    return f"---\n{yaml}---\n\n<!-- more -->\n\n{render_body(article.blocks)}"


def jsonld(entry: Entry, site_name: str, page_url: str) -> str:
    """schema.org NewsArticle; safe to embed in a <script> element."""
    data: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": entry.title,
        "url": page_url, "inLanguage": "zh-CN", "articleSection": entry.category,
        "keywords": entry.tags, "wordCount": entry.characters, "description": entry.summary,
        "isPartOf": {"@type": "WebSite", "name": site_name},
    }
    if entry.subtitle:
        data["alternativeHeadline"] = entry.subtitle
    if entry.date:
        data["datePublished"] = entry.date.iso()
    people = [a for a in entry.authors if a["role"] != "摄影" or entry.authors == [a]]
    if people:
        data["author"] = [{"@type": "Person", "name": a["name"], **({"jobTitle": a["role"]} if a["role"] else {})}
                          for a in people]
    if entry.organisation:
        data["publisher"] = {"@type": "GovernmentOrganization", "name": entry.organisation}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("</", "<\\/")


def gov_meta(entry: Entry, site_name: str) -> list[tuple[str, str]]:
    """The meta tags Chinese government sites carry (政府网站网页设计规范)."""
    source = entry.organisation or site_name
    return [("SiteName", site_name), ("ColumnName", entry.column or entry.category),
            ("ArticleTitle", entry.title), ("PubDate", entry.date_iso), ("ContentSource", source),
            ("Keywords", ",".join(entry.tags)), ("Description", entry.summary)]


def timeline(entries: list[Entry]) -> list[dict[str, Any]]:
    """Years (newest first) → months (newest first; 全年 for year-only dates) → entries."""
    years: dict[int | None, dict[int | None, list[Entry]]] = {}
    for e in newest_first(entries):
        years.setdefault(e.year, {}).setdefault(e.date.month if e.date else None, []).append(e)
    out = []
    for year, months in years.items():
        groups: list[dict[str, Any]] = [{"month": m, "label": f"{m}月" if m else ("全年" if year else UNDATED),
                                         "entries": [e.as_dict() for e in items]} for m, items in months.items()]
        out.append({"year": year, "label": f"{year}年" if year else UNDATED, "months": groups,
                    "count": sum(len(items) for items in months.values())})
    return out


def rss(entries: list[Entry], site_name: str, site_url: str, description: str, limit: int = 50) -> str:
    """RSS 2.0 of the latest articles; dates at their precision in dc:date (W3C-DTF allows 2025, 2026-05)."""
    items = []
    for e in newest_first(entries)[:limit]:
        link = site_url.rstrip("/") + "/" + e.url.lstrip("/")
        parts = [f"<title>{xml_escape(e.title)}</title>", f"<link>{xml_escape(link)}</link>",
                 f'<guid isPermaLink="true">{xml_escape(link)}</guid>',
                 f"<description>{xml_escape(e.summary)}</description>", f"<category>{xml_escape(e.category)}</category>"]
        if e.date:
            parts.append(f"<dc:date>{e.date.iso()}</dc:date>")
            if e.date.precision == "day":
                day = dt.datetime(e.date.year, e.date.month or 1, e.date.day or 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))
                parts.append(f"<pubDate>{day.strftime('%a, %d %b %Y %H:%M:%S +0800')}</pubDate>")
        if e.organisation:
            parts.append(f"<dc:creator>{xml_escape(e.organisation)}</dc:creator>")
        items.append("<item>" + "".join(parts) + "</item>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>{xml_escape(site_name)}</title><link>{xml_escape(site_url)}</link>"
            f"<description>{xml_escape(description)}</description><language>zh-cn</language>"
            + "".join(items) + "</channel></rss>\n")


def search_doc(doc_id: int, entry: Entry, article: Article) -> SearchDoc:
    """The text a reader sees on the article's page, for search: title, subtitle, meta line, body."""
    people = " ".join(f"{a['role']} {a['name']}".strip() for a in entry.authors)
    meta = " ".join(x for x in (entry.column, entry.date_zh, entry.category, entry.organisation, people,
                                entry.session) if x)
    lines = [entry.title, *([f"——{entry.subtitle}"] if entry.subtitle else []), meta]
    headings: list[tuple[int, int]] = []
    offset = body_start = sum(len(line) + 1 for line in lines)
    for b in article.blocks:
        if b.kind in (Kind.PARAGRAPH, Kind.HEADING, Kind.CAPTION):
            if b.kind == Kind.HEADING:
                headings.append((offset, offset + len(b.text)))
            lines.append(b.text)
            offset += len(b.text) + 1
    tail = [f"图片来源：{entry.photo_credit}"] if entry.photo_credit else []
    if entry.tags:
        tail.append("标签：" + " ".join(entry.tags))
    return SearchDoc(doc_id, entry.url, entry.title, entry.date_zh, entry.category, entry.organisation,
                     str(entry.year or ""), "\n".join(lines + tail), tuple(headings), body_start)


#: entries per listing page: small pages on phones, whatever the size of the archive
PER_PAGE = {"organisation": 50, "year": 50, "timeline": 150}


@dataclass
class ListingPage:
    """One generated listing page: a slice of the entries of an organisation, a year or the timeline."""

    uri: str
    kind: str
    title: str
    intro: str
    entries: list[Entry]
    number: int = 1
    #: uris of every page of this listing, in order
    siblings: list[str] = field(default_factory=list)


def _paged(kind: str, base: str, title: str, intro: str, entries: list[Entry]) -> list[ListingPage]:
    size = PER_PAGE[kind]
    chunks = [entries[i : i + size] for i in range(0, len(entries), size)] or [[]]
    uris = [f"{base}.md"] + [f"{base}/page/{n}.md" for n in range(2, len(chunks) + 1)]
    return [ListingPage(uri, kind, title if n == 1 else f"{title}（第 {n} 页）", intro, chunk, n, uris)
            for n, (uri, chunk) in enumerate(zip(uris, chunks, strict=True), 1)]


def listing_pages(ordered: list[Entry], config: Config) -> list[ListingPage]:
    """Every listing page, each at most PER_PAGE entries, newest first."""
    pages = [ListingPage("organisations/index.md", "organisations-index", "机构", "按机构浏览各级政协的报道。", []),
             ListingPage("archive/index.md", "archive-index", "年份", "按年份浏览全部报道。", [])]
    for org in config.organisations:
        pages += _paged("organisation", f"organisations/{org.slug}", org.name, f"{org.name}的全部报道。",
                        [e for e in ordered if e.organisation == org.name])
    for year in sorted({e.year for e in ordered}, key=lambda y: y or 0, reverse=True):
        label = f"{year}年" if year else UNDATED
        pages += _paged("year", f"archive/{year or 'undated'}", label, f"{label}的全部报道。",
                        [e for e in ordered if e.year == year])
    pages += _paged("timeline", "timeline", "时间线", TIMELINE_INTRO, ordered)
    return pages


def page_data(page: ListingPage, url_of: Callable[[str], str]) -> dict[str, Any]:
    """What a listing template shows: its entries, and links to the other pages of the listing."""
    urls = [url_of(uri) for uri in page.siblings]
    data: dict[str, Any] = {"kind": page.kind, "entries": [e.as_dict() for e in page.entries],
                            "page": page.number, "pages": len(urls),
                            "links": [{"n": n, "url": u} for n, u in enumerate(urls, 1)],
                            "prev": urls[page.number - 2] if page.number > 1 else None,
                            "next": urls[page.number] if page.number < len(urls) else None}
    if page.kind == "timeline":
        data["timeline"] = timeline(page.entries)
    return data


def site_globals(ordered: list[Entry], listings: list[ListingPage], config: Config,
                 url_of: Callable[[str], str]) -> dict[str, Any]:
    """The ``newsdesk`` template global: entries by slug, taxonomy counts and links, neighbours."""
    categories = [{"name": c.name, "slug": c.slug, "description": c.description,
                   "url": url_of(f"{BLOG_DIR}/category/{c.slug}.md"),
                   "count": sum(e.category == c.name for e in ordered)} for c in config.categories]
    organisations = [{"name": o.name, "slug": o.slug, "url": url_of(f"organisations/{o.slug}.md"),
                      "count": sum(e.organisation == o.name for e in ordered)} for o in config.organisations]
    years = sorted({e.year for e in ordered}, key=lambda y: y or 0, reverse=True)
    archive = [{"label": f"{y}年" if y else UNDATED, "url": url_of(f"archive/{y or 'undated'}.md"),
                "count": sum(e.year == y for e in ordered)} for y in years]
    # where each year starts on the paged timeline
    timeline_years: dict[int | None, dict[str, str]] = {}
    for p in listings:
        if p.kind == "timeline":
            for e in p.entries:
                timeline_years.setdefault(e.year, {"label": f"{e.year}年" if e.year else UNDATED,
                                                   "url": f"{url_of(p.uri)}#y-{e.year or 'undated'}"})
    entries = {e.slug: e.as_dict() for e in ordered}
    neighbours = {e.slug: {"newer": entries[ordered[i - 1].slug] if i else None,
                           "older": entries[ordered[i + 1].slug] if i + 1 < len(ordered) else None}
                  for i, e in enumerate(ordered)}
    return {"articles": [entries[e.slug] for e in ordered[:10]], "count": len(ordered), "entries": entries,
            "categories": categories, "organisations": organisations, "archive": archive,
            "listings": {p.uri: p for p in listings}, "timeline_years": list(timeline_years.values()),
            "neighbours": neighbours,
            "category_urls": {c["name"]: c["url"] for c in categories},
            "organisation_urls": {o["name"]: o["url"] for o in organisations},
            "timeline_url": url_of("timeline.md"), "articles_url": url_of(f"{BLOG_DIR}/index.md"),
            "organisations_url": url_of("organisations/index.md"), "archive_url": url_of("archive/index.md")}


TIMELINE_INTRO = "全部报道按年、按月排列，最新的在前。日期只写到它确知的程度：只知道年份的报道列在“全年”。"


def sitemap_index(site_url: str, sitemaps: list[str]) -> str:
    """A sitemap index: what crawlers read first, and small, since Material fetches it on every page."""
    base = site_url.rstrip("/")
    entries = "".join(f"<sitemap><loc>{xml_escape(f'{base}/{name}')}</loc></sitemap>" for name in sitemaps)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n')


def listing_markdown(title: str, intro: str, template: str = "listing.html") -> str:
    """A generated listing page; the list itself comes from the template."""
    heading = html.escape(title)
    return f"---\ntemplate: {template}\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n# {heading}\n\n{intro}\n"
