"""One build of the site: the ``Publisher`` the MkDocs hook creates in ``on_config``.

Each MkDocs event the hook receives is one method here, in the order MkDocs calls them. The
publisher holds what one build knows (the converted articles, their entries, the listing pages);
the pure work is done by ``publish``, ``search`` and ``compress``; every touch of Material's
internals goes through ``material``.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from . import compress, material, photos, publish, qr, search_index
from .batch import Batch, Cache, convert_paths, seed_paths, stray_files
from .config import Config, load_config
from .diagnostics import SeedError
from .pipeline import Article
from .topics import unknown_articles

log = logging.getLogger("mkdocs.plugins.newsdesk")


class Publisher:
    """Seeds → articles → pages, feed, sitemap, search index and precompressed files, for one build."""

    def __init__(self, config: MkDocsConfig, *, serving: bool = False) -> None:
        self.root = Path(config.config_file_path).resolve().parent
        self.serving = serving  # `mkdocs serve`: nothing is precompressed
        self.config = self._load_config()
        self.only = os.environ.get("NEWSDESK_ONLY")  # make preview SEED=…: a site of just that seed
        self.batch = self._convert()
        # drafts stay off the site, except in a preview of that very report
        self.articles: list[Article] = [a for a in self.batch.articles if self.only or not a.draft]
        self.entries = {a.slug: publish.entry_of(a, self.config) for a in self.articles}
        publish.site_organisations(self.entries.values(), self.config)  # slugs of organisations found in text
        self.annals = self._annals()
        self.out = self.root / "build" / "site-src"
        self.listings: list[publish.ListingPage] = []
        self.globals: dict[str, Any] = {}
        self.url_of: Callable[[str], str] = lambda uri: ""

    def _load_config(self) -> Config:
        try:
            return load_config(self.root / "newsdesk.yml")
        except SeedError as exc:
            for d in exc.diagnostics:
                log.error(d.format())
            raise Abort("newsdesk.yml has errors (see above)") from None

    def _convert(self) -> Batch:
        paths = [self.root / self.only] if self.only else seed_paths(self.root)
        cache = Cache(self.root / "build" / "cache")
        batch = convert_paths(paths, self.config, self.root, cache)
        if not self.only:
            cache.prune()
        log.debug(f"newsdesk: {cache.hits} cached, {cache.misses} converted")
        slugs = {a.slug for a in batch.articles}
        for d in batch.warnings + ([] if self.only else stray_files(self.root) +
                                   unknown_articles(self.config.topics, slugs)):
            log.info(d.format())  # content warnings are for staff (make check); --strict is for the site
        if batch.errors:
            for d in batch.errors:
                log.error(d.format())
            raise Abort(f"{len(batch.errors)} seed error(s): fix them (make check) and build again")
        return batch

    def _annals(self) -> publish.Annals:
        """大事记 and 数说; errors in events:/figures: front matter stop the build."""
        annals = publish.annals(self.articles, {a.slug: (self.root / a.path).read_bytes() for a in self.articles},
                                self.config, {e.organisation: e.organisation_slug for e in self.entries.values()
                                              if e.organisation_slug})
        for d in annals.problems:
            log.error(d.format())
        if annals.problems:
            raise Abort(f"{len(annals.problems)} error(s) in events:/figures: front matter (make check)")
        return annals

    # on_config
    def configure(self, config: MkDocsConfig) -> None:
        """Write the posts the blog plugin reads from disk; categories come from newsdesk.yml."""
        shutil.rmtree(self.out, ignore_errors=True)
        posts = self.out / publish.POSTS_DIR
        posts.mkdir(parents=True)
        self.photo_files: dict[str, bytes] = {}
        for article in self.articles:
            entry = self.entries[article.slug]
            figures, files = photos.figures_for(self.root, article.path, article.slug, entry.title,
                                                cache=self.root / "build" / "photo-cache")
            self.photo_files.update(files)
            (posts / f"{article.slug}.md").write_text(publish.post_markdown(article, entry, figures), encoding="utf-8")
        material.set_categories(config, {c.name: c.slug for c in self.config.categories})

    # on_files
    def add_files(self, files: Files, config: MkDocsConfig) -> Files:
        for path in sorted((self.out / publish.POSTS_DIR).glob("*.md")):
            files.append(File(f"{publish.POSTS_DIR}/{path.name}", str(self.out), config.site_dir,
                              config.use_directory_urls))
        for uri, content in self.generated_pages().items():
            files.append(File.generated(config, uri, content=content))
        for uri, data in sorted(self.photo_files.items()):
            files.append(File.generated(config, uri, content=data))
        for article in self.articles:
            name = Path(article.path).name
            text = (self.root / article.path).read_bytes()
            decoded = text.decode(article.encoding).lstrip("\ufeff")
            # the original text, decoded to UTF-8 with a BOM so every browser shows it correctly
            files.append(File.generated(config, f"seeds/{name}", content="\ufeff" + decoded))
        return files

    def generated_pages(self) -> dict[str, str]:
        """Listing pages (the first timeline page is docs/timeline.md, with its own intro)."""
        self.listings = publish.listing_pages(publish.newest_first(self.entries.values()), self.config)
        pages = {}
        for p in self.listings:
            if p.uri != "timeline.md":
                template = "timeline.html" if p.kind == "timeline" else "listing.html"
                pages[p.uri] = publish.listing_markdown(p.title, p.intro, template)
        pages.update(publish.annals_pages(self.annals))
        return pages

    # on_nav
    def nav(self, config: MkDocsConfig) -> None:
        material.index_posts(config)

    # on_env
    def template_globals(self, files: Files) -> dict[str, Any]:
        for entry in self.entries.values():
            file = files.get_file_from_path(f"{publish.POSTS_DIR}/{entry.slug}.md")
            entry.url = file.url if file else ""
        ordered = publish.newest_first(self.entries.values())
        self.url_of = url_lookup(files)
        self.globals = publish.site_globals(ordered, self.listings, self.config, self.url_of)
        self.globals.update(publish.annals_globals(self.annals, self.url_of))
        return self.globals

    # on_page_markdown
    def page_markdown(self, markdown: str, page: Page) -> str:
        # Material's lunr index is not built: our own index (on_post_build) serves the search box.
        page.meta["search"] = {"exclude": True}
        return markdown

    # on_page_context
    def page_context(self, context: dict[str, Any], page: Page, config: MkDocsConfig) -> dict[str, Any]:
        slug = page.meta.get("slug") if page.meta.get("template") == "article.html" else None
        entry = self.entries.get(str(slug)) if slug else None
        if entry is not None:
            url = (config.site_url or "") + entry.url
            context["nd_entry"] = entry.as_dict()
            context["nd_jsonld"] = publish.jsonld(entry, config.site_name, url)
            category = self.config.category(entry.category)
            context["nd_meta"] = publish.gov_meta(entry, config.site_name, url, config.extra.get("site_identity"),
                                                  category.description if category else "")
            context["nd_qr"] = qr.qr_svg(url or entry.url)
        listing = self.globals["listings"].get(page.file.src_uri)
        context["nd_page"] = publish.page_data(listing, self.url_of) if listing else None
        context["nd_annals"] = publish.annals_page_data(self.annals, page.file.src_uri, self.entries, self.config,
                                                        self.url_of)
        return context

    # on_post_build
    def post_build(self, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        site_url = config.site_url or "/"
        ordered = publish.newest_first(self.entries.values())
        write_feed(site, ordered, config.site_name, site_url, config.site_description or "")
        write_robots(site, site_url)
        self.write_search_index(site, config)
        split_sitemap(site, site_url)
        if not self.serving:
            totals = compress.precompress(site)  # last: every file above is written by now
            log.debug(f"newsdesk: precompressed {totals.files} files, {totals.raw} → {totals.gz} (gz), {totals.br} (br)")

    def write_search_index(self, site: Path, config: MkDocsConfig) -> None:
        """Our index under search/nd/, and in place of Material's lunr index a stub with its settings."""
        articles = {a.slug: a for a in self.articles}
        ordered = publish.newest_first(self.entries.values())
        docs = [publish.search_doc(i, e, articles[e.slug]) for i, e in enumerate(ordered)]
        search_index.write_index(site / "search", docs, material.search_separator(config))


def url_lookup(files: Files) -> Callable[[str], str]:
    """The site-relative URL of a source file, or "" if there is no such file."""
    def url(uri: str) -> str:
        file = files.get_file_from_path(uri)
        return file.url if file else ""
    return url


def write_feed(site: Path, ordered: list[publish.Entry], site_name: str, site_url: str, description: str) -> None:
    (site / "feed.xml").write_text(publish.rss(ordered, site_name, site_url, description), encoding="utf-8")


def write_robots(site: Path, site_url: str) -> None:
    (site / "robots.txt").write_text(f"User-agent: *\nAllow: /\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n",
                                     encoding="utf-8")


def split_sitemap(site: Path, site_url: str) -> None:
    """Material fetches sitemap.xml on every page load; keep that file a small sitemap index."""
    pages = site / "sitemap.xml"
    if not pages.exists():
        return
    pages.replace(site / "sitemap-pages.xml")
    (site / "sitemap.xml.gz").unlink(missing_ok=True)
    (site / "sitemap.xml").write_text(publish.sitemap_index(site_url, ["sitemap-pages.xml"]), encoding="utf-8")
