"""Every touch of Material for MkDocs' internals, in one place.

Material is in maintenance mode (9.8.x). The site relies on a few things its blog and search
plugins do not document: the blog plugin's post list (swapped for one with fast membership), its
``categories_slugify``/``categories_allowed`` options set from code rather than ``mkdocs.yml``, and
the search plugin's ``separator``. ``tests/test_material.py`` checks the pinned version and the
shape of each of these, so an upgrade fails there, loudly, instead of somewhere in a build.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: the version every attribute below was checked against (requirements.txt pins the same)
MATERIAL_VERSION = "9.8.1"
BLOG = "material/blog"
SEARCH = "material/search"


class Posts(list):  # type: ignore[type-arg]
    """The blog's post list with O(1) membership: Material asks `page in posts` for every page,
    which with list equality makes the build quadratic in the number of articles."""

    def __init__(self, posts: list[Any]) -> None:
        super().__init__(posts)
        self._ids = {id(p) for p in posts}

    def __contains__(self, item: object) -> bool:
        return id(item) in self._ids


def _plugin(config: Any, name: str) -> Any:
    return config.plugins[name]


def set_categories(config: Any, slugs: Mapping[str, str]) -> None:
    """Categories come from newsdesk.yml: only those are allowed, each with its configured slug."""
    blog = _plugin(config, BLOG).config
    table = dict(slugs)
    blog.categories_slugify = lambda name, _sep: table.get(name, "other")
    blog.categories_allowed = list(table)


def index_posts(config: Any) -> None:
    """After the blog plugin has read its posts (``on_files``), give its list O(1) membership."""
    plugin = _plugin(config, BLOG)
    if hasattr(plugin, "blog"):
        plugin.blog.posts = Posts(plugin.blog.posts)


def search_separator(config: Any) -> str:
    """The search plugin's token separator, handed to our own search worker."""
    return str(_plugin(config, SEARCH).config.separator)
