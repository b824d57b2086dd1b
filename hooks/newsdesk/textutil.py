"""Character classes and small helpers shared by the pipeline stages."""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
#: CJK punctuation and full-width forms that sit between Han characters.
CJK_PUNCT = "，。、；：？！“”‘’《》〈〉（）【】「」『』—…·－～"
CJK = f"{HAN}{re.escape(CJK_PUNCT)}"

#: A block ending with one of these is a finished sentence.
CLOSING = "。！？!?…；;：:"
#: Quote/bracket closers that finish a sentence only after a CLOSING mark.
CLOSERS = "”’」』）)》"


def han_chars(text: str) -> list[str]:
    """The Han characters of *text*, in order.

    >>> han_chars("2020年5月, AI赋能")
    ['年', '月', '赋', '能']
    """
    return HAN_RE.findall(text)


def is_han(char: str) -> bool:
    """Whether one character is a Han character.

    >>> is_han("政"), is_han("，")
    (True, False)
    """
    return HAN_RE.match(char) is not None


def display_width(text: str) -> int:
    """Columns the text takes in a Chinese layout: CJK characters and CJK punctuation count two.

    Computed from the UTF-8 length (one byte for ASCII, three for CJK), which is
    fast and treats “” and ‘’ as full-width, as Chinese fonts set them.

    >>> display_width("政协ab，“")
    10
    """
    n = len(text)
    return n + (len(text.encode("utf-8")) - n) // 2


def ends_sentence(text: str) -> bool:
    """Whether *text* ends with sentence-closing punctuation.

    A closing quote or bracket only counts when a closing mark stands before it.

    >>> ends_sentence("回顾总结。")
    True
    >>> ends_sentence("“往心里走。”")
    True
    >>> ends_sentence("助力“开放协同”")
    False
    >>> ends_sentence("落地见")
    False
    """
    t = text.rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1]
        if t and t[-1] in CLOSING:
            return True
    return bool(t) and t[-1] in CLOSING


def join_fragments(left: str, right: str) -> str:
    """Join two pieces of one sentence: Chinese joins tight, Latin words keep a space.

    >>> join_fragments("落地见", "效。")
    '落地见效。'
    >>> join_fragments("read the", "paper")
    'read the paper'
    >>> join_fragments("2020 年 5", "月30 日")
    '2020 年 5月30 日'
    """
    left, right = left.rstrip(), right.lstrip()
    if left and right and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha():
        return f"{left} {right}"
    return left + right


def shared_words(line: str, text: str) -> float:
    """The share of *line*'s two-character words (pairs of Han characters in a row) that *text* uses too:
    near 1 for a headline about the text, 0 for a site's slogan above it.

    >>> shared_words("常委会议召开", "1月22日，市政协六届常委会第十五次会议召开。")
    1.0
    >>> shared_words("一端在手 信息全有", "1月22日，市政协六届常委会第十五次会议召开。")
    0.0
    """
    chars = "".join(han_chars(line))
    pairs = {chars[i : i + 2] for i in range(len(chars) - 1)}
    return sum(1 for p in pairs if p in text) / len(pairs) if pairs else 0.0
