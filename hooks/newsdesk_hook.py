"""MkDocs event handlers: thin glue between MkDocs and the newsdesk package.

Seeds are converted once per build in ``on_config``; the articles become posts of
Material's blog plugin (written to ``build/site-src`` because the plugin reads
posts from disk), listing pages are generated, and templates get their data as
the ``newsdesk`` global. A seed error fails the build with the message that
``python -m newsdesk check`` prints.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdesk import publish, search
from newsdesk.batch import Batch, convert_paths, seed_paths
from newsdesk.config import Config, load_config
from newsdesk.diagnostics import SeedError

log = logging.getLogger("mkdocs.plugins.newsdesk")


class _State:
    root: Path
    config: Config
    batch: Batch
    entries: dict[str, publish.Entry]
    out: Path
    globals: dict[str, Any]


state = _State()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    state.root = Path(config.config_file_path).resolve().parent
    try:
        state.config = load_config(state.root / "newsdesk.yml")
    except SeedError as exc:
        for d in exc.diagnostics:
            log.error(d.format())
        raise Abort("newsdesk.yml has errors (see above)") from None
    state.batch = convert_paths(seed_paths(state.root), state.config, state.root)
    for d in state.batch.warnings:
        log.info(d.format())  # content warnings are for staff (make check); --strict is for the site
    if state.batch.errors:
        for d in state.batch.errors:
            log.error(d.format())
        raise Abort(f"{len(state.batch.errors)} seed error(s): fix them (make check) and build again")
    state.entries = {a.slug: publish.entry_of(a, state.config) for a in state.batch.articles if not a.draft}
    state.out = state.root / "build" / "site-src"
    shutil.rmtree(state.out, ignore_errors=True)
    posts = state.out / publish.POSTS_DIR
    posts.mkdir(parents=True)
    for article in state.batch.articles:
        if not article.draft:
            (posts / f"{article.slug}.md").write_text(publish.post_markdown(article, state.entries[article.slug]),
                                                        encoding="utf-8")
    slugs = {c.name: c.slug for c in state.config.categories}
    blog = config.plugins["material/blog"].config
    blog.categories_slugify = lambda name, _sep: slugs.get(name, "other")
    blog.categories_allowed = list(slugs)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path in sorted((state.out / publish.POSTS_DIR).glob("*.md")):
        files.append(File(f"{publish.POSTS_DIR}/{path.name}", str(state.out), config.site_dir,
                          config.use_directory_urls))
    for uri, content in _generated_pages().items():
        files.append(File.generated(config, uri, content=content))
    for article in state.batch.articles:
        name = Path(article.path).name
        text = (state.root / article.path).read_bytes()
        decoded = text.decode(article.encoding).lstrip("\ufeff")
        # the original text, decoded to UTF-8 with a BOM so every browser shows it correctly
        files.append(File.generated(config, f"seeds/{name}", content="\ufeff" + decoded))
    return files


def _generated_pages() -> dict[str, str]:
    pages = {"organisations/index.md": publish.listing_markdown("机构", "按机构浏览各级政协的报道。"),
             "archive/index.md": publish.listing_markdown("年份", "按年份浏览全部报道。")}
    for org in state.config.organisations:
        pages[f"organisations/{org.slug}.md"] = publish.listing_markdown(org.name, f"{org.name}的全部报道。")
    for year in sorted({e.year for e in state.entries.values()}, key=lambda y: y or 0):
        label = f"{year}年" if year else publish.UNDATED
        pages[f"archive/{year or 'undated'}.md"] = publish.listing_markdown(label, f"{label}的全部报道。")
    return pages


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    for entry in state.entries.values():
        file = files.get_file_from_path(f"{publish.POSTS_DIR}/{entry.slug}.md")
        entry.url = file.url if file else ""
    ordered = publish.newest_first(state.entries.values())
    state.globals = _globals(ordered, files)
    env.globals["newsdesk"] = state.globals
    return env


def _url(files: Files, uri: str) -> str:
    file = files.get_file_from_path(uri)
    return file.url if file else ""


def _globals(ordered: list[publish.Entry], files: Files) -> dict[str, Any]:
    categories = [{"name": c.name, "slug": c.slug, "description": c.description,
                   "url": _url(files, f"{publish.BLOG_DIR}/category/{c.slug}.md"),
                   "count": sum(e.category == c.name for e in ordered)} for c in state.config.categories]
    organisations = [{"name": o.name, "slug": o.slug, "url": _url(files, f"organisations/{o.slug}.md"),
                      "count": sum(e.organisation == o.name for e in ordered)} for o in state.config.organisations]
    years = sorted({e.year for e in ordered}, key=lambda y: y or 0, reverse=True)
    listings: dict[str, list[dict[str, Any]]] = {
        "organisations/index.md": [], "archive/index.md": [],
        **{f"organisations/{o.slug}.md": [e.as_dict() for e in ordered if e.organisation == o.name]
           for o in state.config.organisations},
        **{f"archive/{y or 'undated'}.md": [e.as_dict() for e in ordered if e.year == y] for y in years},
    }
    archive = [{"label": f"{y}年" if y else publish.UNDATED, "url": _url(files, f"archive/{y or 'undated'}.md"),
                "count": len(listings[f"archive/{y or 'undated'}.md"])} for y in years]
    neighbours = {e.slug: {"newer": ordered[i - 1].as_dict() if i else None,
                           "older": ordered[i + 1].as_dict() if i + 1 < len(ordered) else None}
                  for i, e in enumerate(ordered)}
    return {"articles": [e.as_dict() for e in ordered], "categories": categories,
            "organisations": organisations, "archive": archive, "listings": listings,
            "timeline": publish.timeline(ordered), "neighbours": neighbours,
            "category_urls": {c["name"]: c["url"] for c in categories},
            "organisation_urls": {o["name"]: o["url"] for o in organisations},
            "timeline_url": _url(files, "timeline.md"), "articles_url": _url(files, f"{publish.BLOG_DIR}/index.md"),
            "organisations_url": _url(files, "organisations/index.md"), "archive_url": _url(files, "archive/index.md")}


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Material's lunr index is not built: our own index (on_post_build) serves the search box.
    page.meta["search"] = {"exclude": True}
    return markdown


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    slug = page.meta.get("slug") if page.meta.get("template") == "article.html" else None
    entry = state.entries.get(str(slug)) if slug else None
    if entry is not None:
        url = (config.site_url or "") + entry.url
        context["nd_entry"] = entry.as_dict()
        context["nd_jsonld"] = publish.jsonld(entry, config.site_name, url)
        context["nd_meta"] = publish.gov_meta(entry, config.site_name)
    context["nd_listing"] = state.globals["listings"].get(page.file.src_uri)
    return context


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    site_url = config.site_url or "/"
    ordered = publish.newest_first(state.entries.values())
    (site / "feed.xml").write_text(publish.rss(ordered, config.site_name, site_url, config.site_description or ""),
                                   encoding="utf-8")
    (site / "robots.txt").write_text(f"User-agent: *\nAllow: /\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n",
                                     encoding="utf-8")
    _write_search_index(site, config)


def _write_search_index(site: Path, config: MkDocsConfig) -> None:
    """Our index under search/nd/, and in place of Material's lunr index a stub with its settings."""
    articles = {a.slug: a for a in state.batch.articles}
    ordered = publish.newest_first(state.entries.values())
    docs = [publish.search_doc(i, e, articles[e.slug]) for i, e in enumerate(ordered)]
    index = search.build_index(docs)
    out = site / "search" / "nd"
    shutil.rmtree(out, ignore_errors=True)
    for path, text in index.files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    separator = config.plugins["material/search"].config.separator
    version = hashlib.sha256("".join(index.files[k] for k in sorted(index.files)).encode()).hexdigest()[:12]
    (site / "search" / "search_index.json").write_text(
        json.dumps(index.stub(version, separator), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
