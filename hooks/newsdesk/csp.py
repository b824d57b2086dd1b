"""Per-page Content-Security-Policy: the policy of ``headers.CSP`` plus the hashes of the page's inline scripts.

The theme writes a few small inline scripts (the colour-scheme and scope bootstrap, the tab
restorer; ours sets the font size before first paint). Rather than allow inline scripts, each page
lists the SHA-256 of exactly the inline scripts it carries; any other inline script — and every
inline event handler, which a hash never allows — is refused by the browser. Deterministic: the
same page always gets the same policy.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re

from .headers import CSP

#: a script element and its body (the theme's markup: no ``</script`` can occur inside a body)
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
#: script types a browser runs; other types (application/json, application/ld+json) are data
JS_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "text/ecmascript"})
_HEAD = re.compile(r"<head\b[^>]*>", re.I)


def attributes(text: str) -> dict[str, str]:
    """The attributes in a start tag's attribute text (names lower-cased, values unescaped).

    >>> attributes(' src="a.js" defer type=module')
    {'src': 'a.js', 'defer': '', 'type': 'module'}
    """
    return {m[1].lower(): html.unescape(m[2] or m[3] or m[4] or "") for m in _ATTR.finditer(text)}


def inline_scripts(page: str) -> list[str]:
    """The bodies of the inline scripts a browser would run, in page order."""
    out = []
    for m in _SCRIPT.finditer(page):
        attrs = attributes(m[1])
        if "src" not in attrs and attrs.get("type", "").strip().lower() in JS_TYPES:
            out.append(m[2])
    return out


def sha256_source(body: str) -> str:
    """The CSP source expression that allows exactly this inline script.

    >>> sha256_source("alert(1)")
    "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
    """
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(page: str) -> str:
    """``headers.CSP`` with the page's inline-script hashes added to ``script-src`` (sorted, unique)."""
    hashes = sorted({sha256_source(body) for body in inline_scripts(page)})
    return CSP.replace("script-src 'self'", " ".join(["script-src 'self'", *hashes]), 1)


def with_policy(page: str) -> str:
    """*page* with its policy as the first element of ``<head>``, so it covers every script after it.

    >>> print(with_policy("<html><head><title>t</title><script>x()</script></head></html>")[:60])
    <html><head><meta http-equiv="Content-Security-Policy" conte
    """
    head = _HEAD.search(page)
    if head is None:
        return page
    content = html.escape(policy(page), quote=False).replace('"', "&quot;")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    return page[: head.end()] + meta + page[head.end() :]
