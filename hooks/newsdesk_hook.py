"""MkDocs event handlers: thin glue between MkDocs and the newsdesk package.

Seeds are converted once per build in ``on_config``; the articles become posts of
Material's blog plugin (written to ``build/site-src`` because the plugin reads
posts from disk), listing pages are generated, and templates get their data as
the ``newsdesk`` global. A seed error fails the build with the message that
``python -m newsdesk check`` prints.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdesk import publish, search_index
from newsdesk.batch import Batch, Cache, convert_paths, seed_paths, stray_files
from newsdesk.config import Config, load_config
from newsdesk.diagnostics import SeedError
from newsdesk.pipeline import Article

log = logging.getLogger("mkdocs.plugins.newsdesk")


class _State:
    root: Path
    config: Config
    batch: Batch
    articles: list[Article]
    entries: dict[str, publish.Entry]
    out: Path
    globals: dict[str, Any]
    listings: list[publish.ListingPage]
    url_of: Callable[[str], str]


state = _State()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    state.root = Path(config.config_file_path).resolve().parent
    try:
        state.config = load_config(state.root / "newsdesk.yml")
    except SeedError as exc:
        for d in exc.diagnostics:
            log.error(d.format())
        raise Abort("newsdesk.yml has errors (see above)") from None
    only = os.environ.get("NEWSDESK_ONLY")  # make preview SEED=…: a site of just that seed
    paths = [state.root / only] if only else seed_paths(state.root)
    cache = Cache(state.root / "build" / "cache")
    state.batch = convert_paths(paths, state.config, state.root, cache)
    if not only:
        cache.prune()
    log.debug(f"newsdesk: {cache.hits} cached, {cache.misses} converted")
    for d in state.batch.warnings + ([] if only else stray_files(state.root)):
        log.info(d.format())  # content warnings are for staff (make check); --strict is for the site
    if state.batch.errors:
        for d in state.batch.errors:
            log.error(d.format())
        raise Abort(f"{len(state.batch.errors)} seed error(s): fix them (make check) and build again")
    # drafts stay off the site, except in a preview of that very report
    state.articles = [a for a in state.batch.articles if only or not a.draft]
    state.entries = {a.slug: publish.entry_of(a, state.config) for a in state.articles}
    state.out = state.root / "build" / "site-src"
    shutil.rmtree(state.out, ignore_errors=True)
    posts = state.out / publish.POSTS_DIR
    posts.mkdir(parents=True)
    for article in state.articles:
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
    for article in state.articles:
        name = Path(article.path).name
        text = (state.root / article.path).read_bytes()
        decoded = text.decode(article.encoding).lstrip("\ufeff")
        # the original text, decoded to UTF-8 with a BOM so every browser shows it correctly
        files.append(File.generated(config, f"seeds/{name}", content="\ufeff" + decoded))
    return files


def _generated_pages() -> dict[str, str]:
    """Listing pages (the first timeline page is docs/timeline.md, with its own intro)."""
    state.listings = publish.listing_pages(publish.newest_first(state.entries.values()), state.config)
    pages = {}
    for p in state.listings:
        if p.uri != "timeline.md":
            template = "timeline.html" if p.kind == "timeline" else "listing.html"
            pages[p.uri] = publish.listing_markdown(p.title, p.intro, template)
    return pages


class _Posts(list):  # type: ignore[type-arg]
    """The blog's post list with O(1) membership: Material asks `page in posts` for every page,
    which with list equality makes the build quadratic in the number of articles."""

    def __init__(self, posts: list[Any]) -> None:
        super().__init__(posts)
        self._ids = {id(p) for p in posts}

    def __contains__(self, item: object) -> bool:
        return id(item) in self._ids


def on_nav(nav: Any, config: MkDocsConfig, files: Files) -> Any:
    blog = config.plugins["material/blog"]
    if hasattr(blog, "blog"):
        blog.blog.posts = _Posts(blog.blog.posts)
    return nav


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    for entry in state.entries.values():
        file = files.get_file_from_path(f"{publish.POSTS_DIR}/{entry.slug}.md")
        entry.url = file.url if file else ""
    ordered = publish.newest_first(state.entries.values())
    state.url_of = _url_of(files)
    state.globals = publish.site_globals(ordered, state.listings, state.config, state.url_of)
    env.globals["newsdesk"] = state.globals
    return env


def _url_of(files: Files) -> Callable[[str], str]:
    def url(uri: str) -> str:
        file = files.get_file_from_path(uri)
        return file.url if file else ""
    return url


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
    listing = state.globals["listings"].get(page.file.src_uri)
    context["nd_page"] = publish.page_data(listing, state.url_of) if listing else None
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
    _split_sitemap(site, site_url)


def _split_sitemap(site: Path, site_url: str) -> None:
    """Material fetches sitemap.xml on every page load; keep that file a small sitemap index."""
    pages = site / "sitemap.xml"
    if not pages.exists():
        return
    pages.replace(site / "sitemap-pages.xml")
    (site / "sitemap.xml.gz").unlink(missing_ok=True)
    (site / "sitemap.xml").write_text(publish.sitemap_index(site_url, ["sitemap-pages.xml"]), encoding="utf-8")


def _write_search_index(site: Path, config: MkDocsConfig) -> None:
    """Our index under search/nd/, and in place of Material's lunr index a stub with its settings."""
    articles = {a.slug: a for a in state.articles}
    ordered = publish.newest_first(state.entries.values())
    docs = [publish.search_doc(i, e, articles[e.slug]) for i, e in enumerate(ordered)]
    search_index.write_index(site / "search", docs, config.plugins["material/search"].config.separator)
