"""Stage 2 — normalise: small pure ``str -> str`` fixers, each explained.

Each fixer fixes one phenomenon of text pulled out of newspaper PDFs and says
why in its docstring. ``fix_and_explain`` runs a table of fixers until the text
stops changing (so normalising is idempotent by construction) and records which
fixer changed what. Chinese typography is kept: ``“”`` stay curly, ``，！？`` stay
full-width, and text inside ``《》`` and quotes keeps its spaces.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .search import t2s_table
from .textutil import CJK, HAN

Fixer = Callable[[str], str]


@dataclass(frozen=True)
class Change:
    """One fixer changed *before* into *after*."""

    fixer: str
    before: str
    after: str


def nfc(text: str) -> str:
    """Compose characters (NFC) so equal text compares equal; full-width stays full-width.

    >>> nfc("e\\u0301") == "\\u00e9"
    True
    >>> nfc("，（）")
    '，（）'
    """
    return unicodedata.normalize("NFC", text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")


def strip_control(text: str) -> str:
    """Drop control and zero-width characters that PDF extraction leaves behind; tabs become spaces.

    >>> strip_control("政\\u200b协\\x0c工作\\t会议\\r\\n")
    '政协工作 会议\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def tidy_lines(text: str) -> str:
    """Trim each line: full-width and ordinary spaces at the ends go, whitespace-only lines become empty.

    >>> tidy_lines("\\u3000\\u3000开局就奔跑。  \\n ' '\\n \\n")
    "开局就奔跑。\\n' '\\n\\n"
    """
    return "\n".join(line.strip(" \u3000\u00a0") for line in text.split("\n"))


_QUOTED_BLANK = re.compile(r"^(['\"])\s*\1$", re.M)


def quoted_blank_lines(text: str) -> str:
    """A line holding only an empty quoted string (``' '``) is an extraction artefact.

    >>> quoted_blank_lines("协商\\n' '\\n议题")
    '协商\\n\\n议题'
    """
    return _QUOTED_BLANK.sub("", text)


_HW_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HW_RE = re.compile(f"(?<=[{CJK}])[,;:?!]|[,;:?!](?=[{CJK}])")


def fullwidth_punctuation(text: str) -> str:
    """Half-width ``, ; : ? !`` touching Chinese become full-width; ``1,000`` and ``10:30`` stay.

    >>> fullwidth_punctuation("自2008年创办以来,秀洲区政协:好!")
    '自2008年创办以来，秀洲区政协：好！'
    >>> fullwidth_punctuation("集成化2.0,全新打造")
    '集成化2.0，全新打造'
    >>> fullwidth_punctuation("1,000 people at 10:30")
    '1,000 people at 10:30'
    """
    if not any(p in text for p in _HW_PUNCT):  # fast path: most Chinese text has none
        return text
    return _HW_RE.sub(lambda m: _HW_PUNCT[m.group()], text)


_QUOTED = re.compile(f'"([^"\\n]*[{HAN}][^"\\n]*)"')


def chinese_quotes(text: str) -> str:
    """A pair of straight double quotes around Chinese words becomes a pair of Chinese quotes.

    >>> chinese_quotes('区政协召开"委员界别活动月"工作座谈会')
    '区政协召开“委员界别活动月”工作座谈会'
    >>> chinese_quotes('he said "yes" 3 times')
    'he said "yes" 3 times'
    """
    return _QUOTED.sub(r"“\1”", text) if '"' in text else text


#: a reading some mirror pages print after a character: 政协(xié), 区(qū)
_GLOSS = re.compile(f"(?<=[{HAN}])[（(]\\s*[a-zü]{{0,5}}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{{0,5}}\\s*[）)]")


def reading_glosses(text: str) -> str:
    """Pinyin readings printed after characters (a mirror page's 政协(xié)) are no part of the text.

    >>> reading_glosses("市政协(xié)召开常委会(huì)，条款(a)不变")
    '市政协召开常委会，条款(a)不变'
    """
    return _GLOSS.sub("", text) if "(" in text or "（" in text else text


_PARENS_RE = re.compile(f"\\(([^()\\n]*[{HAN}][^()\\n]*)\\)")


def fullwidth_parentheses(text: str) -> str:
    """Half-width parentheses around Chinese become full-width ``（）``.

    >>> fullwidth_parentheses("县(市、区)政协; (AI) 保持")
    '县（市、区）政协; (AI) 保持'
    """
    return _PARENS_RE.sub(r"（\1）", text) if "(" in text else text


_SPACE_NUM_HAN = re.compile(f"(?<=\\d) +(?=[{HAN}])|(?<=[{HAN}]) +(?=\\d)")
_SPACE_PUNCT = re.compile("(?<=[，。、；：？！“‘（《【]) +| +(?=[，。、；：？！”’）》】])")
_MULTI_SPACE = re.compile(r"(?<=\S)  +(?=\S)")


def tighten_numbers(text: str) -> str:
    """Spaces inside dates and between numbers and Chinese go; so do spaces next to CJK punctuation.

    >>> tighten_numbers("2020 年 5月30 日上午， 市委")
    '2020年5月30日上午，市委'
    >>> tighten_numbers("界别聚智 履职为民")
    '界别聚智 履职为民'
    """
    if " " not in text:
        return text
    text = _MULTI_SPACE.sub(" ", text)
    text = _SPACE_NUM_HAN.sub("", text)
    return _SPACE_PUNCT.sub("", text)


_OPEN_QUOTES, _CLOSE_QUOTES = "“‘《「『", "”’》」』"
_HAN_SPACE_HAN = re.compile(f"(?<=[{HAN}]) +(?=[{HAN}])")


def join_han_spaces(text: str) -> str:
    """In running text, a space between two Chinese characters is a line-break artefact and goes.

    Inside quotes and ``《》`` a space separates the phrases of a slogan or a
    title and stays. (Titles, headings and captions do not go through this fixer.)

    >>> join_han_spaces("组织开展调查 研究，“嘉有名医 祝您健康”活动")
    '组织开展调查研究，“嘉有名医 祝您健康”活动'
    """
    if " " not in text:
        return text
    out, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN_QUOTES:
            if depth == 0:
                out.append(_HAN_SPACE_HAN.sub("", text[last:i]))
                last = i
            depth += 1
        elif ch in _CLOSE_QUOTES and depth:
            depth -= 1
            if depth == 0:
                out.append(text[last : i + 1])
                last = i + 1
    tail = text[last:]
    out.append(tail if depth else _HAN_SPACE_HAN.sub("", tail))
    return "".join(out)


@functools.lru_cache(maxsize=8)
def _doubled_re(min_han: int) -> re.Pattern[str]:
    # Bounded length keeps the backtracking linear on long runs of Han text.
    return re.compile(f"([{HAN}]{{{min_han},40}})\\1")


def doubled_fragments(text: str, min_han: int = 4) -> list[str]:
    """The fragments of at least *min_han* Chinese characters that PDF extraction printed twice.

    >>> doubled_fragments("书写政协新篇章书写政协新篇章 作出政协新贡献作出政协新贡献")
    ['书写政协新篇章', '作出政协新贡献']
    >>> doubled_fragments("特殊儿童关爱关爱")
    []
    """
    return [m.group(1) for m in _doubled_re(min_han).finditer(text)]


def undouble(text: str, min_han: int = 4) -> str:
    """Remove doubled fragments: ``书写政协新篇章书写政协新篇章`` → ``书写政协新篇章``.

    Two-character repeats (``研究研究``) can be real Chinese and stay.

    >>> undouble("书写政协新篇章书写政协新篇章 作出")
    '书写政协新篇章 作出'
    """
    return _doubled_re(min_han).sub(r"\1", text)


_LOWER_PAIR = re.compile("[a-z]{2}")
_STRAY_WORD = re.compile(f"(?<=[{HAN}，。、])\\s*\\b([a-z]{{2,}})\\b\\s*(?=[{HAN}])")


def stray_latin_words(text: str) -> list[str]:
    """Lower-case English words stuck inside Chinese text: extraction errors nobody can repair by rule.

    Acronyms (AI, PPT) are normal in Chinese news and are not reported.

    >>> stray_latin_words("组织开展调查研究 and 协商议政，AI赋能")
    ['and']
    """
    if not _LOWER_PAIR.search(text):  # fast path: no Latin word at all
        return []
    return _STRAY_WORD.findall(text)


def simplified(text: str) -> str:
    """A report written in traditional characters (a mirror site's copy), in simplified ones: the site's
    readers are on the mainland, and every rule reads simplified text. A simplified report keeps the
    odd traditional character it quotes. One character for one, by OpenCC's table.

    >>> simplified("政協委員會召開會議，討論提案。"), simplified("市政协召开会议，讨论《說文》。")
    ('政协委员会召开会议，讨论提案。', '市政协召开会议，讨论《說文》。')
    """
    table = t2s_table()
    traditional = len(_traditional().findall(text))
    if traditional < 4 or traditional * 20 < len(_HAN_RUN.findall(text)):  # under one in twenty: simplified
        return text
    return "".join(table.get(c, c) for c in text)


@functools.cache
def _traditional() -> re.Pattern[str]:
    """One character class of every traditional character the table simplifies."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(t2s_table())) + "]")


_HAN_RUN = re.compile(f"[{HAN}]")

_BULLET_LINE = re.compile(r"(?m)^[ \t\u3000]*[•·▪◦●]\s+")


def page_bullets(text: str) -> str:
    r"""A page that sets every block as a list item (``• 标题``, ``• 发布时间：…``, ``• 1月19日，…``) loses
    the bullets, so its headline and lead read as such; a real list inside a report (a few items, no
    sentence among the first lines) keeps them.

    >>> page_bullets("  • 县政协召开常委会议\n\n  • 发布时间:2017-01-21\n  • 1月19日，县政协召开会议。委员出席。")
    '县政协召开常委会议\n\n发布时间:2017-01-21\n1月19日，县政协召开会议。委员出席。'
    >>> page_bullets("标题\n\n会议要求：\n• 抓好落实\n• 加强学习")
    '标题\n\n会议要求：\n• 抓好落实\n• 加强学习'
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 3 or not all(_BULLET_LINE.match(line) for line in lines[:2]):
        return text
    first_sentence = next((line for line in lines if "。" in line), "")
    if not _BULLET_LINE.match(first_sentence):
        return text
    return _BULLET_LINE.sub("", text)


_SPACED_LABEL = re.compile(f"(?m)(?:^|(?<=[\\s|丨｜]))[{HAN}](?:[ \u3000]+[{HAN}]){{1,3}}(?=[ \u3000]*[:：])")


def spaced_labels(text: str) -> str:
    """A label a page sets with spaces between its characters (``来 源: 作 者: 时 间:2021-03-04``) is
    written as one word, so the metadata line is known for what it is.

    >>> spaced_labels("来 源: 作 者: 时 间:2021-03-04")
    '来源: 作者: 时间:2021-03-04'
    >>> spaced_labels("主持人 张三：各位委员")
    '主持人 张三：各位委员'
    """
    return _SPACED_LABEL.sub(lambda m: re.sub("[ \u3000]+", "", m[0]), text) if ":" in text or "：" in text else text


#: Fixers over the whole text, before it is cut into blocks.
TEXT_FIXERS: tuple[tuple[str, Fixer], ...] = (
    ("nfc", nfc),
    ("simplified", simplified),
    ("strip_control", strip_control),
    ("tidy_lines", tidy_lines),
    ("quoted_blank_lines", quoted_blank_lines),
    ("spaced_labels", spaced_labels),
    ("page_bullets", page_bullets),
    ("reading_glosses", reading_glosses),
)

#: Fixers for every block once its lines are joined (titles, headings, captions).
INLINE_FIXERS: tuple[tuple[str, Fixer], ...] = (
    ("fullwidth_punctuation", fullwidth_punctuation),
    ("chinese_quotes", chinese_quotes),
    ("fullwidth_parentheses", fullwidth_parentheses),
    ("tighten_numbers", tighten_numbers),
)

#: Fixers for body paragraphs: the inline ones and the removal of stray spaces.
PARAGRAPH_FIXERS: tuple[tuple[str, Fixer], ...] = (*INLINE_FIXERS, ("join_han_spaces", join_han_spaces))


def fix_and_explain(text: str, fixers: Sequence[tuple[str, Fixer]]) -> tuple[str, list[Change]]:
    """Apply *fixers* until the text stops changing; return it with the changes made.

    >>> fix_and_explain("2020 年,好", INLINE_FIXERS)[0]
    '2020年，好'
    """
    changes: list[Change] = []
    for _ in range(10):
        start = text
        for name, fixer in fixers:
            fixed = fixer(text)
            if fixed != text:
                changes.append(Change(name, text, fixed))
                text = fixed
        if text == start:
            break
    return text, changes


def normalise_text(text: str) -> tuple[str, list[Change]]:
    """Clean the whole seed text (characters and lines), explaining what changed."""
    return fix_and_explain(text, TEXT_FIXERS)
