"""Stage 5 — render: blocks and metadata → Markdown with YAML front matter.

Seed text is escaped so it renders literally: ``<script>``, ``*``, ``_``, ``#``,
``|``, ``>`` and ``1.`` at a line start never become HTML or Markdown structure.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from .model import Record, front_matter
from .segment import Block, Kind

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


def render_body(blocks: tuple[Block, ...], figures: Sequence[Callable[[str], str]] = ()) -> str:
    """The article body. Captions attach to *figures* (photos, each rendered from its caption) in order;
    a caption with no photo is plain small text, photos with no caption follow the text."""
    out: list[str] = []
    photos = iter(figures)
    for b in blocks:
        if b.kind == Kind.PARAGRAPH:
            out.append(escape_markdown(b.text))
        elif b.kind == Kind.HEADING:
            out.append(f"## {escape_markdown(b.text)}")
        elif b.kind == Kind.CAPTION:
            figure = next(photos, None)
            out.append(figure(b.text) if figure else f'<p class="nd-caption">{html.escape(b.text)}</p>')
    out += [figure("") for figure in photos]
    return "\n\n".join(out) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def dump_yaml(data: dict[str, Any]) -> str:
    """Front matter as YAML, fast and stable: strings double-quoted, lists in flow style.

    (JSON strings are valid YAML; PyYAML's emitter is ten times slower.)

    >>> print(dump_yaml({"title": "标题", "tags": ["协商"], "authors": [{"role": "记者", "name": "张三"}]}), end="")
    title: "标题"
    tags: ["协商"]
    authors:
      - {role: "记者", name: "张三"}
    """
    lines = []
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            lines += ["  - {" + ", ".join(f"{k}: {_scalar(v)}" for k, v in item.items()) + "}" for item in value]
        elif isinstance(value, list):
            lines.append(f"{key}: [{', '.join(_scalar(v) for v in value)}]")
        else:
            lines.append(f"{key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def render(record: Record, blocks: tuple[Block, ...]) -> str:
    """The article as Markdown with its front matter."""
    fm = dump_yaml(front_matter(record))
    return f"---\n{fm}---\n\n{render_body(blocks)}"
