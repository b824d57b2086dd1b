"""Escaping for every output context: the one place that decides how untrusted text is written.

Text from seeds, file names, front matter and ``newsdesk.yml`` reaches the site in seven contexts;
each has its function here and nowhere else:

==================  =====================  ==================================================
context             function               what it guarantees
==================  =====================  ==================================================
HTML text           :func:`html_text`      ``< > &`` are entities; a ``Markup``, so Jinja's
                                           ``| e`` leaves it alone (no double escaping)
HTML attribute      :func:`html_attr`      also ``" '``: safe inside a quoted attribute
JSON in ``<script>``  :func:`json_script`  ``< > &`` and U+2028/9 as ``\\u003c`` …: no ``</script>``,
                                           no ``<!--`` can end or blank the script element
XML / RSS           :func:`xml_text`       ``< > & " '`` are entities; characters XML 1.0
                                           cannot carry are dropped
URL path segment    :func:`url_segment`    percent-encoded UTF-8: no ``/ " ' < > ? #`` or space
Markdown text       :func:`escape_markdown`  renders literally: no HTML, no Markdown structure
==================  =====================  ==================================================
"""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

__all__ = ["Markup", "escape_markdown", "html_attr", "html_text", "json_script", "safe_tree", "url_segment",
           "xml_text"]


def html_text(text: object) -> Markup:
    """Text for HTML element content, or a quoted attribute (quotes are escaped too).

    A ``Markup`` value prints as is, raw or through ``| e``; an existing ``Markup`` is kept.

    >>> html_text('<img src=x onerror="alert(1)">&')
    Markup('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;')
    >>> html_text(html_text("<b>")) == html_text("<b>")
    True
    """
    if isinstance(text, Markup):
        return text
    return Markup(html.escape(str(text), quote=True))


def html_attr(text: object) -> Markup:
    """Text for a double- or single-quoted HTML attribute value.

    >>> print(html_attr('x" autofocus onfocus="alert(1)'))
    x&quot; autofocus onfocus=&quot;alert(1)
    """
    return html_text(text)


_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def json_script(data: Any) -> Markup:
    """JSON to embed in ``<script type="application/ld+json">``: nothing in it can close or blank the element.

    >>> print(json_script({"headline": "<!--<script></script>&"}))
    {"headline":"\\u003c!--\\u003cscript\\u003e\\u003c/script\\u003e\\u0026"}
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text))


# Characters XML 1.0 cannot carry (C0 controls other than tab/newline/CR, surrogates, U+FFFE/F).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: object) -> str:
    """Text for XML element content or a quoted attribute (RSS, sitemaps).

    >>> xml_text('<a href="x">&\\x01')
    '&lt;a href=&quot;x&quot;&gt;&amp;'
    """
    cleaned = _XML_INVALID.sub("", str(text))
    return (cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def url_segment(text: str) -> str:
    """One percent-encoded URL path segment (a file name in a link).

    >>> url_segment('x" autofocus onfocus="alert(1)" y=".txt')
    'x%22%20autofocus%20onfocus%3D%22alert%281%29%22%20y%3D%22.txt'
    >>> url_segment("政协.txt")
    '%E6%94%BF%E5%8D%8F.txt'
    """
    return quote(text, safe="")


_BACKSLASH = re.compile(r"([\\`*_{}\[\]])")
_ENTITIES = {"|": "&#124;", "~": "&#126;", "^": "&#94;"}
_ENTITY_RE = re.compile("[|~^]")
_LINE_START = re.compile(r"^(\d+)([.)])|^([#+\-])")


def escape_markdown(text: str) -> str:
    """Escape *text* so Markdown renders it literally.

    >>> escape_markdown("<script>alert(1)</script> *重点* a|b")
    '&lt;script&gt;alert(1)&lt;/script&gt; \\\\*重点\\\\* a&#124;b'
    >>> escape_markdown("1. 第一条")
    '1\\\\. 第一条'
    >>> escape_markdown("# 不是标题")
    '\\\\# 不是标题'
    """
    text = html.escape(text, quote=False)
    text = _BACKSLASH.sub(r"\\\1", text)
    if "|" in text or "~" in text or "^" in text:
        text = _ENTITY_RE.sub(lambda m: _ENTITIES[m[0]], text)
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


def safe_tree(value: Any) -> Any:
    """Every string in *value* (dicts, lists, tuples) as escaped ``Markup``; other values unchanged.

    What templates get: printed raw or through ``| e``, no value can become markup.

    >>> safe_tree({"title": "<b>", "n": 3, "tags": ["&"]})
    {'title': Markup('&lt;b&gt;'), 'n': 3, 'tags': [Markup('&amp;')]}
    """
    if isinstance(value, str):
        return html_text(value)
    if isinstance(value, dict):
        return {k: safe_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(safe_tree(v) for v in value)
    return value
