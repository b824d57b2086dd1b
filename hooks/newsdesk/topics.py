"""专题 (special topics): staff define them in ``newsdesk.yml`` under ``topics:``.

Each topic has a name, a slug (its page's address), a description, and either a rule (``match:`` by
category, tags, a title pattern or organisation: every key given must hold, any value of a list may)
or a list of article slugs (``articles:``). Mistakes are reported with the line and the key.

    topics:
      - name: 界别活动周
        slug: sector-week
        description: 每年的界别活动周。
        match: {category: 界别活动周}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .diagnostics import Diagnostic, error, warning
from .yamlutil import Path

MATCH_KEYS = ("category", "tags", "title", "organisation")
TOPIC_KEYS = ("name", "slug", "description", "match", "articles")


@dataclass(frozen=True)
class Topic:
    name: str
    slug: str
    description: str
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    title: re.Pattern[str] | None = None
    organisations: tuple[str, ...] = ()
    #: article slugs, when the topic is a list rather than a rule
    articles: tuple[str, ...] = ()
    #: line of the topic in newsdesk.yml, for later messages (an unknown article slug)
    line: int = 0


class Topical(Protocol):
    @property
    def slug(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def tags(self) -> list[str]: ...


def matches(topic: Topic, e: Topical) -> bool:
    """Whether article *e* belongs to *topic*.

    >>> from types import SimpleNamespace as E
    >>> t = Topic("两会", "lianghui", "", title=re.compile("全体会议|两会"), organisations=("平湖市政协",))
    >>> matches(t, E(slug="a", title="市政协十四届四次全体会议开幕", category="工作会议", organisation="平湖市政协", tags=[]))
    True
    >>> matches(t, E(slug="b", title="市政协十四届四次全体会议开幕", category="工作会议", organisation="秀洲区政协", tags=[]))
    False
    """
    if topic.articles:
        return e.slug in topic.articles
    return ((not topic.categories or e.category in topic.categories)
            and (not topic.tags or any(t in topic.tags for t in e.tags))
            and (topic.title is None or topic.title.search(e.title) is not None)
            and (not topic.organisations or e.organisation in topic.organisations))


def members(topic: Topic, entries: Iterable[Topical]) -> list[Topical]:
    return [e for e in entries if matches(topic, e)]


def _names(data: Any, key: str) -> set[str]:
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return set()
    return {i["name"] for i in items if isinstance(i, dict) and isinstance(i.get("name"), str)}


def parse_topics(data: Any, lines: dict[Path, int], path: str = "newsdesk.yml") -> tuple[tuple[Topic, ...], list[Diagnostic]]:
    """The ``topics:`` list of the parsed configuration *data*; every problem names its line and key."""
    problems: list[Diagnostic] = []

    def fail(where: Path, expected: str, found: Any) -> None:
        key = ".".join(str(p) for p in where)
        line = lines.get(where) or lines.get(where[:-1]) or lines.get(where[:-2], 0)
        problems.append(error(path, line, "topic-invalid", f"专题 {key}: expected {expected}, but found {found!r}",
                              f"改正 {path} 第 {line} 行的 {key} (fix {key} on line {line})"))

    raw = data.get("topics") if isinstance(data, dict) else None
    if raw is None:
        return (), []
    if not isinstance(raw, list):
        fail(("topics",), "a list of topics (- name: …)", raw)
        return (), problems
    categories, organisations = _names(data, "categories"), _names(data, "organisations")
    topics: list[Topic] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        w: Path = ("topics", i)
        if not isinstance(item, dict):
            fail(w, "a topic with name, slug, description and match or articles", item)
            continue
        for key in item:
            if key not in TOPIC_KEYS:
                fail(w + (str(key),), f"one of {', '.join(TOPIC_KEYS)}", key)
        name, slug, description = item.get("name"), item.get("slug"), item.get("description", "")
        if not isinstance(name, str) or not name.strip():
            fail(w + ("name",), "a topic name such as 界别活动周", name)
        if not isinstance(slug, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
            fail(w + ("slug",), "a lower-case slug like sector-week", slug)
        elif slug in seen:
            fail(w + ("slug",), "a slug no other topic uses", slug)
        if not isinstance(description, str):
            fail(w + ("description",), "a sentence of text", description)
        match, articles = item.get("match"), item.get("articles")
        if (match is None) == (articles is None):
            fail(w, "either match: (a rule) or articles: (a list of slugs), not both or neither", sorted(item))
            continue
        topic = Topic(name if isinstance(name, str) else "", slug if isinstance(slug, str) else "",
                      description if isinstance(description, str) else "", line=lines.get(w, 0))
        if articles is not None:
            if not isinstance(articles, list) or not articles or not all(isinstance(a, str) and a for a in articles):
                fail(w + ("articles",), "a list of article slugs (seed file names without .txt)", articles)
            else:
                topic = Topic(**{**vars(topic), "articles": tuple(articles)})
        elif not isinstance(match, dict) or not match:
            fail(w + ("match",), f"a rule with some of {', '.join(MATCH_KEYS)}", match)
        else:
            topic = _rule(topic, match, w + ("match",), fail, categories, organisations)
        if isinstance(slug, str):
            seen.add(slug)
        topics.append(topic)
    return (tuple(topics) if not problems else ()), problems


def _strings(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str) and value:
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return tuple(value)
    return None


def _rule(topic: Topic, match: dict[Any, Any], w: Path, fail: Any, categories: set[str],
          organisations: set[str]) -> Topic:
    fields: dict[str, Any] = {}
    for key, value in match.items():
        where = w + (str(key),)
        if key not in MATCH_KEYS:
            fail(where, f"one of {', '.join(MATCH_KEYS)}", key)
        elif key == "title":
            try:
                fields["title"] = re.compile(value) if isinstance(value, str) and value else None
            except re.error as exc:
                fail(where, f"a valid regular expression ({exc})", value)
                continue
            if fields["title"] is None:
                fail(where, "a regular expression string", value)
        else:
            names = _strings(value)
            known: Sequence[str] = sorted(categories if key == "category" else organisations if key == "organisation" else ())
            if names is None:
                fail(where, "a name or a list of names", value)
            elif known and any(n not in known for n in names):
                fail(where, f"names among {', '.join(known)}", [n for n in names if n not in known])
            else:
                fields[{"category": "categories", "organisation": "organisations", "tags": "tags"}[key]] = names
    return Topic(**{**vars(topic), **fields})


def unknown_articles(topics: Iterable[Topic], slugs: set[str], path: str = "newsdesk.yml") -> list[Diagnostic]:
    """Warnings for topics that list an article the site does not have (a renamed or removed seed)."""
    return [warning(path, t.line, "topic-unknown-article",
                    f"专题 {t.name} 列出的文章 {slug!r} 不存在 (no article has this slug)",
                    "改成 seeds/ 中的文件名（不含 .txt），或删去这一项 (use a seed file name without .txt)")
            for t in topics for slug in t.articles if slug not in slugs]
