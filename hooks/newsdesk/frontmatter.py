"""Front matter staff may put at the top of a seed to override what is inferred."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from .config import Config
from .dates import PartialDate, parse_iso
from .diagnostics import Diagnostic, error, warning
from .read import Source
from .slugs import RULE, RULE_ZH, is_reserved, is_slug
from .yamlutil import YamlSyntaxError, load_with_lines

KEYS = ("title", "subtitle", "date", "category", "organisation", "authors", "tags",
        "slug", "draft", "source", "summary",
        "events", "figures")  # 大事记/数说 corrections: validated in corrections.py
#: characters no text value may hold: controls (C0 but tab, C1) and non-characters
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
#: a front-matter text value is one line of a title or summary, not a document
MAX_TEXT = 2000


def _text(value: Any) -> str | None:
    """A usable text value: a non-empty string or number, one line, no control characters, not huge."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    return text if text and len(text) <= MAX_TEXT and not _CONTROL.search(text) else None


@dataclass(frozen=True)
class FrontMatter:
    title: str | None = None
    subtitle: str | None = None
    date: PartialDate | None = None
    category: str | None = None
    organisation: str | None = None
    authors: tuple[tuple[str, str], ...] | None = None
    tags: tuple[str, ...] | None = None
    slug: str | None = None
    draft: bool = False
    source: str | None = None
    summary: str | None = None
    #: key → line in the file, to say where a value came from
    lines: dict[str, int] = field(default_factory=dict)


def _authors(value: Any, config: Config) -> list[tuple[str, str]] | None:
    """People of one ``authors`` item: ``记者 张三`` (a role, then names), ``黄钰 孙蕾蕾`` (two names),
    or ``{role: 记者, name: 张三}``; None when it is none of these (or not a line of plain text)."""
    if isinstance(value, str) and _text(value) is not None:
        parts = re.split(r"[\s、，,]+", value.strip())
        if len(parts) > 1 and parts[0] in config.roles:
            return [(parts[0], name) for name in parts[1:]]
        return [("", name) for name in parts]
    if isinstance(value, dict) and isinstance(value.get("name"), str) and _text(value["name"]) is not None:
        role = value.get("role") or ""
        return [(str(role), value["name"].strip())] if role == "" or _text(role) is not None else None
    return None


def parse_front_matter(source: Source, config: Config) -> tuple[FrontMatter, list[Diagnostic]]:
    """Validate a seed's front matter; errors name the line, field, expected and found."""
    if source.front_matter is None:
        return FrontMatter(), []
    path, first = source.path, source.front_matter_line
    try:
        data, lines = load_with_lines(source.front_matter)
    except YamlSyntaxError as exc:
        return FrontMatter(), [error(path, first + exc.line - 1, "front-matter-syntax",
                                     f"front matter 不是合法的 YAML: {exc.problem}",
                                     "每行写成“键: 值”，冒号后加空格 (write 'key: value', one per line)")]
    if data is None:
        return FrontMatter(), []
    if not isinstance(data, dict):
        return FrontMatter(), [error(path, first, "front-matter-syntax",
                                     f"front matter 应是“键: 值”列表, found {data!r}",
                                     "每行写成“键: 值” (write 'key: value', one per line)")]
    problems: list[Diagnostic] = []
    values: dict[str, Any] = {}
    line_of = {k: first + lines.get((k,), 1) - 1 for k in map(str, data)}

    def bad(key: str, expected: str, found: Any, fix: str) -> None:
        problems.append(error(path, line_of[key], "front-matter-invalid",
                              f"{key}: expected {expected}, but found {found!r}", fix))

    for key, value in data.items():
        key = str(key)
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"是不是想写 {close[0]}? (did you mean {close[0]}?)" if close else \
                f"可用的键 (known keys): {', '.join(KEYS)}"
            problems.append(warning(path, line_of[key], "front-matter-unknown-key",
                                    f"未知的设置项 {key!r}，已忽略 (unknown key ignored)", hint))
        elif key in ("title", "subtitle", "source", "summary", "organisation"):
            text = _text(value)
            if text is not None:
                values[key] = text
            else:
                bad(key, f"a line of text (at most {MAX_TEXT} characters, no control characters)", value,
                    f"写成 {key}: 文字 (write {key}: text)")
        elif key == "date":
            date = parse_iso(value)
            if date is None:
                bad(key, "a date YYYY, YYYY-MM or YYYY-MM-DD", value,
                    "例如 date: 2020-05-30，只知道年月就写 date: 2026-05 (e.g. date: 2026-05)")
            else:
                values[key] = date
        elif key == "category":
            names = [c.name for c in config.categories]
            if value in names:
                values[key] = value
            else:
                bad(key, f"one of: {', '.join(names)}", value,
                    "从列出的分类中选一个，或先在 newsdesk.yml 的 categories 中添加新分类 "
                    "(pick a listed category, or add it to newsdesk.yml first)")
        elif key in ("authors", "tags"):
            items = value if isinstance(value, list) else [value]
            if key == "authors":
                people = [_authors(v, config) for v in items]
                parsed: list[Any] = [p for group in people if group is not None for p in group]
                broken = not items or any(group is None for group in people)
            else:
                parsed = [_text(v) if isinstance(v, str) else None for v in items]
                broken = not items or any(p is None for p in parsed)
            if broken:
                bad(key, "a list like [记者 张三, 通讯员 李四]" if key == "authors" else "a list like [提案, 协商]",
                    value, f"写成 {key}: [甲, 乙] (write {key}: [a, b])")
            else:
                values[key] = tuple(parsed)
        elif key == "slug":
            if isinstance(value, str) and is_slug(value) and not is_reserved(value):
                values[key] = value
            elif isinstance(value, str) and is_slug(value):
                bad(key, "a slug that is not the address of one of the site's own pages", value,
                    "换一个，例如 2020-work-meeting (choose another, e.g. 2020-work-meeting)")
            else:
                bad(key, f"{RULE}, like 2020-work-meeting", value, f"{RULE_ZH} (e.g. 2020-work-meeting)")
        elif key == "draft":
            if isinstance(value, bool):
                values[key] = value
            else:
                bad(key, "true or false", value, "写成 draft: true 或 draft: false")
    if "organisation" in values and values["organisation"] not in {o.name for o in config.organisations}:
        problems.append(warning(path, line_of["organisation"], "organisation-unknown",
                                f"机构 {values['organisation']!r} 不在 newsdesk.yml 的 organisations 中",
                                "检查名称，或把它加入 newsdesk.yml (check the name or add it to newsdesk.yml)"))
    return FrontMatter(**values, lines={k: line_of[k] for k in values}), problems
