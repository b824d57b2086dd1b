"""YAML loading that remembers the line of every key, for precise messages.

Only plain data is accepted: anchors and aliases (``&a`` / ``*a``, the "billion laughs" bomb), explicit
tags (``!!python/object``, ``!custom``), nesting deeper than ``MAX_DEPTH`` and texts longer than the
caller's limit are syntax errors with their line, found in one linear pass over the parser's events
before anything is built.
"""

from __future__ import annotations

from typing import Any

import yaml

Path = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps: ``2020-13-45`` stays text for our own validation."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlSyntaxError(Exception):
    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


#: nesting deeper than this is not configuration (and would exhaust the recursive composer)
MAX_DEPTH = 12
#: front matter is a handful of lines; newsdesk.yml passes its own, larger limit
MAX_CHARS = 20_000


def _plain_only(text: str) -> None:
    """Raise YamlSyntaxError at the first anchor, alias, explicit tag or too-deep nesting."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        line = event.start_mark.line + 1 if event.start_mark else 1
        if isinstance(event, yaml.AliasEvent):
            raise YamlSyntaxError(line, f"别名 *{event.anchor} 不允许 (aliases are not allowed): 把内容直接写出来")
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlSyntaxError(line, f"锚点 &{anchor} 不允许 (anchors are not allowed): 删掉 &{anchor}")
        tag = getattr(event, "tag", None)
        if tag is not None and not (isinstance(event, yaml.ScalarEvent) and tag == "!"):
            raise YamlSyntaxError(line, f"标签 {tag} 不允许 (explicit tags are not allowed): 删掉 {tag}")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlSyntaxError(line, f"嵌套超过 {MAX_DEPTH} 层 (nested deeper than {MAX_DEPTH} levels)")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load_with_lines(text: str, max_chars: int = MAX_CHARS) -> tuple[Any, dict[Path, int]]:
    """Parse *text* safely; return the data and a map from key path to 1-based line.

    >>> data, lines = load_with_lines("a: 1\\nb:\\n  - x\\n")
    >>> data, lines[("b", 0)]
    ({'a': 1, 'b': ['x']}, 3)
    >>> load_with_lines("a: &x [1]\\nb: *x\\n")
    Traceback (most recent call last):
    newsdesk.yamlutil.YamlSyntaxError: 锚点 &x 不允许 (anchors are not allowed): 删掉 &x
    """
    if len(text) > max_chars:
        raise YamlSyntaxError(1, f"设置有 {len(text):,} 个字符，超过上限 {max_chars:,} (longer than {max_chars:,} characters)")
    try:
        _plain_only(text)
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: safe
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlSyntaxError(line, str(exc.problem or exc)) from None
    except yaml.reader.ReaderError as exc:  # a character YAML cannot carry
        line = text.count("\n", 0, exc.position) + 1
        raise YamlSyntaxError(line, f"不能使用的字符 U+{exc.character:04X} (a character YAML cannot carry)") from None
    except RecursionError:
        raise YamlSyntaxError(1, "嵌套太深 (nested too deeply)") from None
    lines: dict[Path, int] = {}

    def walk(n: yaml.Node | None, path: Path) -> None:
        if n is None:
            return
        lines[path] = n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            for key, value in n.value:
                k = str(key.value)
                lines[path + (k,)] = key.start_mark.line + 1
                walk(value, path + (k,))
                lines[path + (k,)] = key.start_mark.line + 1
        elif isinstance(n, yaml.SequenceNode):
            for i, item in enumerate(n.value):
                walk(item, path + (i,))

    walk(node, ())
    return data, lines
