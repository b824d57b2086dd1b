"""What a built page may contain: an allow-list of elements and attributes, and the script rules.

Used by the adversarial tests: a page fails on any element or attribute outside the allow-list, any
``on*`` attribute, any ``javascript:``/``vbscript:``/``data:text/html`` URL, any ``<script src>`` that
is not the site's own, and any inline script whose SHA-256 is not in the page's own
Content-Security-Policy. The hash is computed here independently of ``newsdesk.csp``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

ELEMENTS = frozenset({
    # what the theme and our templates write (collected from a build of the seeds), and plain text markup
    "a", "article", "aside", "body", "button", "code", "dd", "div", "dl", "dt", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "head", "header", "html", "img", "input", "label", "li", "link", "main", "meta", "nav", "ol",
    "p", "path", "pre", "script", "section", "span", "strong", "svg", "time", "title", "ul", "em", "b", "i",
    "small", "mark", "br", "hr", "blockquote", "figure", "figcaption", "abbr", "sup", "sub", "table", "thead",
    "tbody", "tr", "th", "td", "caption", "g", "circle", "rect", "polygon", "line", "polyline", "noscript",
    # photos (<picture>), QR codes and the 数说 charts (SVG drawn at build time)
    "picture", "source", "desc", "text", "tspan", "ellipse", "details", "summary",
})
ATTRIBUTES = frozenset({
    "alt", "autocapitalize", "autocomplete", "autocorrect", "charset", "class", "content", "d", "datetime", "dir",
    "for", "hidden", "href", "http-equiv", "id", "lang", "name", "placeholder", "property", "rel", "required",
    "role", "spellcheck", "src", "tabindex", "title", "type", "viewbox", "xmlns", "width", "height", "fill",
    "stroke", "stroke-width", "value", "loading", "decoding", "media", "sizes", "colspan", "rowspan", "scope",
    "start", "disabled", "checked", "label", "aria-hidden", "focusable", "cx", "cy", "r", "x", "y", "points",
    "transform", "action", "method", "srcset", "x1", "y1", "x2", "y2", "text-anchor", "font-size",
    "dominant-baseline", "preserveaspectratio", "shape-rendering", "rx", "ry", "open", "defer", "async",
})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "content", "poster", "srcset"})
#: matched after removing whitespace and controls, which browsers skip inside a scheme ("java\tscript:")
_BAD_URL = re.compile(r"^(?:javascript:|vbscript:|data:text/html)", re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}
_DATA_TYPES = {"application/json", "application/ld+json"}


def _sha256(body: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.policy: str | None = None
        self.inline: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ELEMENTS:
            self.problems.append(f"element <{tag}>")
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            elif name not in ATTRIBUTES and not name.startswith(("data-", "aria-")):
                self.problems.append(f"attribute {name}= on <{tag}>")
            if name in URL_ATTRIBUTES and _BAD_URL.match(re.sub(r"[\s\x00-\x1f]", "", value)):
                self.problems.append(f"script URL {name}={value[:40]!r} on <{tag}>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "content-security-policy":
            self.policy = values.get("content", "")
        if tag == "script":
            kind = values.get("type", "").strip().lower()
            src = values.get("src")
            if src is not None:
                if re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:|//|\\\\)", src, re.I):
                    self.problems.append(f"script from another host: {src[:60]!r}")
            elif kind in _JS_TYPES:
                self._script = []
            elif kind not in _DATA_TYPES:
                self.problems.append(f"script of unknown type {kind!r}")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.inline.append("".join(self._script))
            self._script = None


def problems(page: str) -> list[str]:
    """Everything on *page* that breaks the rules (an empty list for a safe page)."""
    checker = _Checker()
    checker.feed(page)
    checker.close()
    found = list(checker.problems)
    if checker.inline:
        if checker.policy is None:
            found.append("inline script but no Content-Security-Policy")
        else:
            script_src = next((d for d in checker.policy.split(";") if d.strip().startswith("script-src")), "")
            if "'unsafe-inline'" in script_src or "'unsafe-eval'" in script_src or "'unsafe-hashes'" in script_src:
                found.append(f"unsafe script policy: {script_src.strip()}")
            for body in checker.inline:
                if f"'{_sha256(body)}'" not in script_src:
                    found.append(f"inline script not allowed by the page's policy: {body[:60]!r}")
    if checker.policy is None:
        found.append("no Content-Security-Policy")
    return found


def fragment_problems(fragment: str) -> list[str]:
    """The rules for a piece of a page (an article body): no script element at all."""
    checker = _Checker()
    checker.feed(fragment)
    checker.close()
    scripts = len(re.findall(r"<script\b", fragment, re.I))
    return checker.problems + ([f"{scripts} script element(s)"] if scripts else [])
