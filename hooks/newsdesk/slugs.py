"""One rule for every address part that comes from staff: seed file names, ``slug:``, config slugs.

A slug is lower-case ASCII letters, digits, ``-`` and ``_``, starting with a letter or digit, at most
80 characters; so it is safe in a URL, a file name and HTML without escaping, and the same on every
file system. Names the site itself uses for its generated pages are reserved.
"""

from __future__ import annotations

import re

SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")
#: what the rule says, for messages
RULE = "lower-case letters a-z, digits 0-9, '-' and '_', starting with a letter or digit, at most 80 characters"
RULE_ZH = "只用小写英文字母、数字、- 和 _，以字母或数字开头，不超过 80 个字符"
#: addresses of generated pages and folders of the site: an article or listing there would replace them
RESERVED = frozenset({
    "index", "page", "category", "categories", "archive", "archives", "organisations", "timeline", "search",
    "feed", "sitemap", "robots", "seeds", "assets", "javascripts", "stylesheets", "articles", "posts", "about",
    "tags", "undated", "404",
})


def is_slug(text: str) -> bool:
    """
    >>> is_slug("000_a23f6d76a244ef08"), is_slug("x\\" onfocus=\\"a"), is_slug("政协"), is_slug("A1")
    (True, False, False, False)
    """
    return SLUG.fullmatch(text) is not None


def is_reserved(slug: str) -> bool:
    """
    >>> is_reserved("index"), is_reserved("timeline"), is_reserved("2020-work")
    (True, True, False)
    """
    return slug in RESERVED
