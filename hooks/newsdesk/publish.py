"""Publishing: converted articles → what the site shows (posts, listings, timeline, feed, JSON-LD).

Pure functions over ``Article`` values; the MkDocs hook (``hooks/newsdesk_hook.py``)
only moves their results into files and template globals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from . import chronicle, corrections, figures
from .chronicle import Line
from .config import Config
from .dates import PartialDate
from .diagnostics import Diagnostic
from .escape import escape_markdown, html_text, json_script, safe_tree, url_segment
from .escape import xml_text as xml_escape
from .figures import Figure
from .model import UNDATED, Record, template_values
from .orgs import slug_for
from .pipeline import Article
from .related import related
from .render import dump_yaml, render_body
from .search import SearchDoc
from .segment import Kind
from .topics import matches

BLOG_DIR = "articles"
POSTS_DIR = f"{BLOG_DIR}/posts"
MONTHS = "一二三四五六七八九十"


@dataclass
class Entry(Record):
    """One article as listings, the timeline, the feed and the templates see it: its record,
    the addresses of its category and organisation pages, and its own once MkDocs has placed it."""

    category_slug: str = ""
    organisation_slug: str = ""
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

    @property
    def source_href(self) -> str:
        """Site-relative link to the published original text: the file name percent-encoded."""
        return "seeds/" + url_segment(self.source.rsplit("/", 1)[-1])

    def as_dict(self) -> dict[str, Any]:
        """What templates see: every string HTML-escaped (``Markup``), so none can become markup."""
        return dict(safe_tree({**template_values(self), "source_href": self.source_href}))


def organisation_slug(name: str, config: Config) -> str:
    """The address of an organisation's page: from newsdesk.yml, else the one found for it in the text."""
    org = config.organisation(name)
    if org is not None:
        return org.slug
    taken = {o.slug for o in config.organisations}
    return slug_for(name, taken) if name else ""


def site_organisations(entries: Iterable[Entry], config: Config) -> list[tuple[str, str]]:
    """(name, slug) of every organisation with a page: those of newsdesk.yml, then those found only in
    the text, by name; each found one gets a slug no other organisation has (its entries are updated)."""
    out = [(o.name, o.slug) for o in config.organisations]
    taken = {slug for _, slug in out}
    found: dict[str, str] = {}
    for e in sorted(entries, key=lambda e: (e.organisation, e.slug)):
        if e.organisation and e.organisation not in found and config.organisation(e.organisation) is None:
            found[e.organisation] = slug_for(e.organisation, taken)
            taken.add(found[e.organisation])
        if e.organisation in found:
            e.organisation_slug = found[e.organisation]
    return out + sorted(found.items())


def entry_of(article: Article, config: Config) -> Entry:
    r = article.record
    category = config.category(r.category)
    return Entry(**vars(r), category_slug=category.slug if category else "",
                 organisation_slug=organisation_slug(r.organisation, config))


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=Entry.sort_key, reverse=True)


def blog_date(date: PartialDate | None) -> dt.date:
    """The blog plugin's sort key: it needs a full date. Only used for ordering, never shown."""
    if date is None:
        return dt.date(1970, 1, 1)
    return dt.date(date.year, date.month or 1, date.day or 1)


def post_markdown(article: Article, entry: Entry, figures: list[Callable[[str], str]] | None = None) -> str:
    """The article as a post of Material's blog plugin, rendered by ``overrides/article.html``.

    The front matter holds only what the blog plugin and MkDocs read (both parse it with pure-Python
    YAML, once per post); templates take everything else from the ``newsdesk`` global by slug.
    Drafts are never written as posts, except for ``make preview`` of that draft.
    """
    # Material prints title and description raw (<title>, <meta name=description>, header, nav): hand it
    # HTML-escaped text, which shows the seed's characters exactly.
    post: dict[str, Any] = {"title": html_text(entry.title), "date": blog_date(entry.date).isoformat(),
                            "categories": [entry.category], "slug": article.slug, "template": "article.html",
                            "description": html_text(entry.summary)}
    yaml = dump_yaml(post).replace(f'date: "{post["date"]}"', f"date: {post['date']}")
    return f"---\n{yaml}---\n\n<!-- more -->\n\n{render_body(article.blocks, figures or ())}"


def jsonld(entry: Entry, site_name: str, page_url: str) -> Markup:
    """schema.org NewsArticle; safe to embed in a <script> element (``<``, ``>``, ``&`` as ``\\u003c`` …)."""
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
    return json_script(data)


_NO_SCHEME = re.compile(r"(?i)^(\s*(?:javascript|vbscript|data))\s*:")


def gov_meta(entry: Entry, site_name: str, page_url: str = "", identity: dict[str, Any] | None = None,
             column_description: str = "") -> list[tuple[Markup, Markup]]:
    """The meta tags Chinese government sites carry on an article page (政府网站网页设计规范), attribute-escaped."""
    identity = identity or {}
    source = str(getattr(entry, "source_name", "") or "") or entry.organisation or site_name
    people = "，".join(a["name"] for a in entry.authors if a["role"] != "摄影") or entry.organisation or site_name
    domain = re.sub(r"^[a-z]+://|/.*$", "", page_url)
    # meta content is text, never a link: a value that reads like a script URL keeps its words, not its scheme
    return [(html_text(k), html_text(_NO_SCHEME.sub("\\1：", v))) for k, v in [
        ("SiteName", site_name), ("SiteDomain", domain), ("SiteIDCode", str(identity.get("site_code") or "")),
        ("ColumnName", entry.column or entry.category), ("ColumnDescription", column_description),
        ("ColumnKeywords", entry.category), ("ColumnType", entry.category),
        ("ArticleTitle", entry.title), ("PubDate", entry.date_iso), ("ContentSource", source),
        ("Keywords", ",".join(entry.tags)), ("Author", people), ("Description", entry.summary), ("Url", page_url)]]


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
PER_PAGE = {"organisation": 50, "year": 50, "timeline": 150, "tag": 50, "topic": 50}


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
    for name, slug in site_organisations(ordered, config):
        pages += _paged("organisation", f"organisations/{slug}", name, f"{name}的全部报道。",
                        [e for e in ordered if e.organisation == name])
    for year in sorted({e.year for e in ordered}, key=lambda y: y or 0, reverse=True):
        label = f"{year}年" if year else UNDATED
        pages += _paged("year", f"archive/{year or 'undated'}", label, f"{label}的全部报道。",
                        [e for e in ordered if e.year == year])
    pages += _paged("timeline", "timeline", "时间线", TIMELINE_INTRO, ordered)
    pages.append(ListingPage("tags/index.md", "tags-index", "标签", "按标签浏览报道。", []))
    for tag, tagged in tag_index(ordered).items():
        pages += _paged("tag", f"tags/{tag_slug(tag)}", f"标签：{tag}", f"带有“{tag}”标签的全部报道。",
                        tagged)
    pages.append(ListingPage("topics/index.md", "topics-index", "专题", "围绕一个主题集中浏览报道。", []))
    for topic in config.topics:
        pages += _paged("topic", f"topics/{topic.slug}", f"专题：{topic.name}", topic.description,
                        [e for e in ordered if matches(topic, e)])
    return pages


def tag_index(ordered: list[Entry]) -> dict[str, list[Entry]]:
    """Tag → its entries (newest first), tags in name order; one pass over the entries."""
    out: dict[str, list[Entry]] = {}
    for e in ordered:
        for t in dict.fromkeys(e.tags):
            out.setdefault(t, []).append(e)
    return dict(sorted(out.items()))


def tag_slug(tag: str) -> str:
    """A tag page's name: the tag itself when it is plain words, else a stable hash.

    >>> tag_slug("民主监督"), tag_slug("a/b")
    ('民主监督', 'tag-c14cddc0')
    """
    if re.fullmatch(r"[\w\u4e00-\u9fff-]+", tag):
        return tag
    return "tag-" + hashlib.sha256(tag.encode()).hexdigest()[:8]


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
    return dict(safe_tree(data))


def site_globals(ordered: list[Entry], listings: list[ListingPage], config: Config,
                 url_of: Callable[[str], str]) -> dict[str, Any]:
    """The ``newsdesk`` template global: entries by slug, taxonomy counts and links, neighbours."""
    categories = [{"name": c.name, "slug": c.slug, "description": c.description,
                   "url": url_of(f"{BLOG_DIR}/category/{c.slug}.md"),
                   "count": sum(e.category == c.name for e in ordered)} for c in config.categories]
    organisations = [{"name": name, "slug": slug, "url": url_of(f"organisations/{slug}.md"),
                      "count": sum(e.organisation == name for e in ordered)}
                     for name, slug in site_organisations(ordered, config)]
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
    tags = [{"name": t, "url": url_of(f"tags/{tag_slug(t)}.md"), "count": len(es)} for t, es in tag_index(ordered).items()]
    topic_list = []
    topics_of: dict[str, list[dict[str, Any]]] = {}
    for topic in config.topics:
        found = [e for e in ordered if matches(topic, e)]
        item: dict[str, Any] = {"name": topic.name, "description": topic.description, "url": url_of(f"topics/{topic.slug}.md"),
                "count": len(found)}
        topic_list.append(item)
        for e in found:
            topics_of.setdefault(e.slug, []).append(item)
    related_of = {slug: [{**entries[r.slug], "reasons": list(r.reasons)} for r in rel]
                  for slug, rel in related(ordered).items()}
    # every string escaped for HTML (entries already are); listings are objects the hook looks pages up in
    return {**safe_tree({
            "articles": [entries[e.slug] for e in ordered[:10]], "count": len(ordered), "entries": entries,
            "tags": tags, "tag_urls": {t["name"]: t["url"] for t in tags}, "topics": topic_list,
            "topics_of": topics_of, "related": related_of, "topics_url": url_of("topics/index.md"),
            "tags_url": url_of("tags/index.md"),
            "categories": categories, "organisations": organisations, "archive": archive,
            "timeline_years": list(timeline_years.values()),
            "neighbours": neighbours,
            "category_urls": {c["name"]: c["url"] for c in categories},
            "organisation_urls": {o["name"]: o["url"] for o in organisations},
            "timeline_url": url_of("timeline.md"), "articles_url": url_of(f"{BLOG_DIR}/index.md"),
            "organisations_url": url_of("organisations/index.md"), "archive_url": url_of("archive/index.md")}),
            "listings": {p.uri: p for p in listings}}


TIMELINE_INTRO = "全部报道按年、按月排列，最新的在前。日期只写到它确知的程度：只知道年份的报道列在“全年”。"


def sitemap_index(site_url: str, sitemaps: list[str]) -> str:
    """A sitemap index: what crawlers read first, and small, since Material fetches it on every page."""
    base = site_url.rstrip("/")
    entries = "".join(f"<sitemap><loc>{xml_escape(f'{base}/{name}')}</loc></sitemap>" for name in sitemaps)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n')


def listing_markdown(title: str, intro: str, template: str = "listing.html") -> str:
    """A generated listing page; the list itself comes from the template."""
    return (f"---\n{dump_yaml({'template': template, 'title': html_text(title)})}---\n\n"
            f"# {escape_markdown(title)}\n\n{escape_markdown(intro)}\n")


# ── 大事记 and 数说: pages drawn from the articles' events and figures (chronicle.py, figures.py) ──────────


@dataclass
class Annals:
    """The chronicle and the figures of the whole site, and the generated pages that show them."""

    lines: list[Line]
    #: every figure of the articles whose category feeds the figures pages, by article
    figures_by_slug: dict[str, list[Figure]]
    problems: list[Diagnostic]
    #: organisation name → the slug of its pages (newsdesk.yml's, or the one found for it)
    slugs: dict[str, str] = field(default_factory=dict)
    #: uri → (kind, title, year, organisation name)
    pages: dict[str, tuple[str, str, int | None, str]] = field(default_factory=dict)


def annals(articles: list[Article], seeds: dict[str, bytes], config: Config, slugs: dict[str, str]) -> Annals:
    """Events (merged across articles) and figures of every article, with the front matter's corrections.

    *seeds* holds each article's file bytes (for its front matter) by slug; *slugs* each organisation's page slug.
    """
    events = []
    found: dict[str, list[Figure]] = {}
    problems: list[Diagnostic] = []
    for a in articles:
        fixes = corrections.parse_corrections(seeds.get(a.slug, b""), a.path)
        problems += fixes.problems
        events += corrections.corrected_events(a, fixes)
        if a.metadata.category.value in config.figures.categories:
            found[a.slug] = corrections.corrected_figures(a, config.figures, fixes)
    result = Annals(chronicle.merge(events), found, problems, dict(slugs))
    result.pages["chronicle/index.md"] = ("chronicle-index", "大事记", None, "")
    for year, lines in chronicle.by_year(result.lines).items():
        result.pages[f"chronicle/{year}.md"] = ("chronicle", f"{year}年大事记", year, "")
        for org in sorted({ln.organisation for ln in lines if ln.organisation in slugs}):
            result.pages[f"chronicle/{slugs[org]}/{year}.md"] = ("chronicle", f"{org}{year}年大事记", year, org)
    result.pages["figures/index.md"] = ("figures-index", "数说", None, "")
    for name, slug in sorted(slugs.items(), key=lambda kv: kv[1]):
        if any(f.organisation == name and f.key for fs in found.values() for f in fs):
            result.pages[f"figures/{slug}.md"] = ("figures", f"数说{name}", None, name)
    return result


ANNALS_INTRO = {
    "chronicle-index": "从各篇报道中摘出的大事，一事一行，按年编排。日期只写到报道确知的程度。",
    "chronicle": "按方志体例编排：有日的按日排列，只知月份的列在当月各日之后，只知年份的列在全年之后（是年）。"
                 "每条后面是报道它的文章。",
    "figures-index": "年度履职回顾里的关键数字，按机构汇总，可以逐年比较。",
    "figures": "年度履职回顾里的关键数字：今年的数字、历年对比表和图。每个数字都链接到它所在的那句话。",
}


def annals_pages(a: Annals) -> dict[str, str]:
    """The generated pages' Markdown; their lists and charts come from the templates."""
    return {uri: listing_markdown(title, ANNALS_INTRO[kind], "chronicle.html" if kind.startswith("chronicle")
                                  else "figures.html") for uri, (kind, title, _, _) in a.pages.items()}


def _fragment_url(url: str, clause: str) -> str:
    """A link to the very words on the article page (a text fragment; browsers without it open the page)."""
    return f"{url}#:~:text={quote(clause, safe='')}" if clause else url


def _figure(f: Figure, url_of: Callable[[str], str]) -> dict[str, Any]:
    url = url_of(f"{POSTS_DIR}/{f.slug}.md")
    return {"label": f.label, "shown": f.shown(), "unit": f.unit, "year": f.year, "sentence": f.sentence,
            "key": f.key, "url": _fragment_url(url, f.clause), "article_url": url}


def annals_globals(a: Annals, url_of: Callable[[str], str]) -> dict[str, Any]:
    """Links for home, the timeline and articles; each review's figures for its article page."""
    slugs = a.slugs
    events: dict[str, list[dict[str, Any]]] = {}
    for ln in a.lines:  # the box beside each article: the events it reports, linked to their year's chronicle
        for s in ln.sources:
            events.setdefault(s.slug, []).append({"date_iso": ln.date.iso(), "date_zh": ln.date.zh(), "text": ln.text,
                                                  "url": url_of(f"chronicle/{ln.date.year}.md")})
    return {"chronicle_url": url_of("chronicle/index.md"), "figures_url": url_of("figures/index.md"),
            "events_by_slug": events,
            # the box beside a review: one headline figure per label of the vocabulary
            "figures_by_slug": {slug: [_figure(f, url_of) for f in figures.headline(fs) if f.key]
                                for slug, fs in a.figures_by_slug.items() if any(f.key for f in fs)},
            "figures_page_urls": {org: url_of(f"figures/{s}.md") for org, s in slugs.items()
                                  if f"figures/{s}.md" in a.pages}}


def _date_label(d: PartialDate) -> str:
    return f"{d.month}月{d.day}日" if d.day else f"{d.month}月" if d.month else "是年"


def annals_page_data(a: Annals, uri: str, entries: dict[str, Entry], config: Config,
                     url_of: Callable[[str], str]) -> dict[str, Any] | None:
    """What chronicle.html and figures.html show on the page *uri*, or None for other pages."""
    if uri not in a.pages:
        return None
    kind, _, year, org = a.pages[uri]
    slugs = a.slugs
    years = chronicle.by_year(a.lines)
    if kind == "chronicle-index":
        return {"kind": kind, "years": [
            {"label": f"{y}年", "url": url_of(f"chronicle/{y}.md"), "count": len(lines),
             "organisations": [{"name": o, "count": sum(ln.organisation == o for ln in lines),
                                "url": url_of(f"chronicle/{slugs[o]}/{y}.md")}
                               for o in sorted({ln.organisation for ln in lines if ln.organisation in slugs})]}
            for y, lines in years.items()]}
    if kind == "chronicle" and year is not None:
        lines = [ln for ln in years.get(year, []) if not org or ln.organisation == org]
        here = [o for o in sorted({ln.organisation for ln in years.get(year, [])}) if o in slugs]
        chips = [{"name": "全部机构", "url": url_of(f"chronicle/{year}.md"), "current": not org}]
        chips += [{"name": o, "url": url_of(f"chronicle/{slugs[o]}/{year}.md"), "current": o == org} for o in here]
        year_links = [{"label": f"{y}年", "current": y == year,
                       "url": url_of(f"chronicle/{slugs[org]}/{y}.md" if org and f"chronicle/{slugs[org]}/{y}.md"
                                     in a.pages else f"chronicle/{y}.md")} for y in years]
        groups: dict[int | None, list[dict[str, Any]]] = {}
        for ln in lines:
            groups.setdefault(ln.date.month, []).append({
                "date_iso": ln.date.iso(), "date_label": _date_label(ln.date), "text": ln.text,
                "organisation": ln.organisation, "guessed": ln.year_guessed,
                "sources": [{"title": entries[s.slug].title, "url": entries[s.slug].url}
                            for s in ln.sources if s.slug in entries]})
        return {"kind": kind, "year": year, "organisation": org, "chips": chips, "years": year_links,
                "count": len(lines), "months": [{"label": f"{year}年{m}月" if m else f"{year}年（月日不详）",
                                                 "lines": items} for m, items in groups.items()]}
    all_figures = [f for fs in a.figures_by_slug.values() for f in fs]
    if kind == "figures-index":
        return {"kind": kind, "organisations": [
            {"name": name, "url": url_of(uri),
             "years": sorted({f.year for f in all_figures if f.organisation == name and f.year}, reverse=True)}
            for uri, (k, _, _, name) in a.pages.items() if k == "figures"]}
    labels = [label for label, _ in config.figures.labels]
    tab = figures.table([f for f in figures.headline(all_figures) if f.key], org, labels)
    latest = tab.years[0] if tab.years else None
    return {"kind": kind, "organisation": org, "latest": latest, "years": tab.years,
            "highlights": [_figure(row[latest], url_of) for row in tab.rows.values() if latest in row],
            "rows": [{"label": label, "cells": [_figure(row[y], url_of) if y in row else None for y in tab.years]}
                     for label, row in tab.rows.items()],
            # a chart compares like with like: two years or more, one unit
            "charts": [figures.chart(label, next(iter(row.values())).unit,
                                     [(y, row[y].value, row[y].shown()) for y in tab.years if y in row])
                       for label, row in tab.rows.items()
                       if len(row) > 1 and len({f.unit for f in row.values()}) == 1]}
