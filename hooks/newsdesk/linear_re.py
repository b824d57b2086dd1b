"""Regular expressions from ``newsdesk.yml``, run in linear time by RE2 (``google-re2``).

Python's ``re`` backtracks: a rule like ``(政+)+会`` takes exponential time on a line of 政. RE2 never
backtracks, so every rule runs in time linear in the text. The price is a smaller language: RE2
refuses look-ahead ``(?=…)`` ``(?!…)``, look-behind ``(?<=…)`` ``(?<!…)``, back-references ``\\1``
``(?P=name)``, atomic groups ``(?>…)``, possessive quantifiers ``*+`` and conditionals; those are
config errors that say what to change. Python's Unicode meanings are kept by translating escapes
before compiling: ``\\d`` is any Unicode digit, ``\\s`` includes the ideographic space U+3000, ``\\w``
any letter or digit (Han included), ``\\uXXXX`` a code point, ``\\Z`` the end of the text. ``\\b`` and
``\\B`` are refused (RE2's are ASCII-only, so they would silently differ for Chinese text), and so are
``\\S`` and ``\\W`` inside ``[…]``.
"""

from __future__ import annotations

import re
from typing import cast

import re2  # type: ignore[import-untyped]

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # our own message names the config line; RE2 need not print to stderr
_NO_CAPTURE = re2.Options()
_NO_CAPTURE.log_errors = False
_NO_CAPTURE.never_capture = True
_NO_CAPTURE.max_mem = 64 << 20  # room for the DFA of a long alternation: once its states are built, a line costs ~4 µs

_SPACE = r"\t\n\x{0b}\f\r \x{1c}-\x{1f}\x{85}\p{Z}"
_WORD = r"\p{L}\p{N}_"
_OUTSIDE = {"d": r"\p{Nd}", "D": r"\P{Nd}", "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]",
            "w": f"[{_WORD}]", "W": f"[^{_WORD}]", "Z": r"\z"}
_INSIDE = {"d": r"\p{Nd}", "D": r"\P{Nd}", "s": _SPACE, "w": _WORD}


class LinearRegexError(ValueError):
    """A pattern RE2 cannot run; the message says what to change."""


def _translate(pattern: str) -> str:
    r"""Python's escapes spelled for RE2, keeping their Unicode meaning.

    >>> _translate(r"^第\s*\d+\s*版")
    '^第[\\t\\n\\x{0b}\\f\\r \\x{1c}-\\x{1f}\\x{85}\\p{Z}]*\\p{Nd}+[\\t\\n\\x{0b}\\f\\r \\x{1c}-\\x{1f}\\x{85}\\p{Z}]*版'
    >>> _translate(r"[:：\s]\u3000")
    '[:：\\t\\n\\x{0b}\\f\\r \\x{1c}-\\x{1f}\\x{85}\\p{Z}]\\x{3000}'
    """
    out: list[str] = []
    i, in_class, class_first = 0, False, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            n = pattern[i + 1]
            if n in "uU":
                width = 4 if n == "u" else 8
                digits = pattern[i + 2 : i + 2 + width]
                if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                    raise LinearRegexError(f"\\{n} needs {width} hex digits, like \\u3000")
                out.append(f"\\x{{{digits}}}")
                i += 2 + width
                continue
            if n in "bB":
                raise LinearRegexError(f"\\{n} (word boundary) is not supported: RE2's is ASCII-only; "
                                       "match the neighbouring characters instead")
            if in_class and n in "SW":
                raise LinearRegexError(f"\\{n} inside [...] is not supported; write [^...] with what it excludes")
            table = _INSIDE if in_class else _OUTSIDE
            out.append(table.get(n, c + n))
            i += 2
            class_first = False
            continue
        if in_class:
            if c == "]" and not class_first:
                in_class = False
            class_first = c == "^" and out[-1] == "[" and class_first
        elif c == "[":
            in_class, class_first = True, True
        out.append(c)
        i += 1
    return "".join(out)


_ADVICE = (
    ("(?<", "look-behind (?<=…) / (?<!…) is not supported: match the preceding text too, or use a group"),
    ("(?=", "look-ahead (?=…) is not supported: match the following text too, or use a group"),
    ("(?!", "negative look-ahead (?!…) is not supported: list what may follow with [^…]"),
    ("(?>", "atomic groups (?>…) are not supported: write a plain group (…); RE2 never backtracks"),
    ("operator: (?P", "back-references (?P=name) are not supported"),
    ("escape sequence: \\", "back-references like \\1 and this escape are not supported"),
    ("operator: *+", "possessive quantifiers (*+, ++, ?+) are not supported: write * + ?"),
    ("operator: ++", "possessive quantifiers (*+, ++, ?+) are not supported: write * + ?"),
    ("operator: ?+", "possessive quantifiers (*+, ++, ?+) are not supported: write * + ?"),
    ("too large", "the pattern is too large: use smaller {m,n} counts"),
)


def compile_linear(pattern: str, capture: bool = True) -> re.Pattern[str]:
    r"""Compile *pattern* with RE2 (Python's escape meanings kept); raise LinearRegexError saying what to change.

    The result has the ``re.Pattern`` methods the pipeline uses (search, match, fullmatch, findall,
    finditer, sub, split, groupindex, pattern).

    >>> compile_linear(r"(政+)+会").search("政" * 50_000) is None
    True
    >>> compile_linear(r"^第\s*\d+\s*版").match("第\u30003 版") is not None
    True
    >>> compile_linear(r"(?<=市)政协")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    newsdesk.linear_re.LinearRegexError: look-behind (?<=…) / (?<!…) is not supported: ...
    """
    translated = _translate(pattern)
    try:
        # without capture (a yes/no test), RE2 stays on its DFA: thirty times faster on a long alternation
        return cast("re.Pattern[str]", re2.compile(translated, _OPTIONS if capture else _NO_CAPTURE))
    except re2.error as exc:
        detail = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        advice = next((a for key, a in _ADVICE if key in detail), None)
        raise LinearRegexError(f"{advice} (RE2: {detail})" if advice else f"RE2 cannot compile it ({detail})") from None
