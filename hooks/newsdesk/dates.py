"""Dates known to a precision: a year, a month, or a day — never an invented day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int | None:
    """Value of a small Chinese numeral (up to 999) or of Arabic digits.

    >>> [chinese_number(t) for t in ("十四", "十九", "四", "二十一", "十", "12", "百")]
    [14, 19, 4, 21, 10, 12, None]
    >>> [chinese_number(t) for t in ("一百一十", "一百零五", "一百", "二百二十五", "一百五")]
    [110, 105, 100, 225, None]
    """
    if text.isdigit():
        return int(text)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        h = _DIGITS.get(hundreds) if hundreds else None
        if h is None:
            return None
        if not rest:
            return h * 100
        below = chinese_number(rest[1:]) if rest[0] == "零" and len(rest) == 2 else \
            chinese_number(rest) if "十" in rest else None
        return None if below is None else h * 100 + below
    if not text or any(c not in _DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        return _DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        dt.date(self.year, self.month or 1, self.day or 1)  # raises ValueError when impossible
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")

    @property
    def precision(self) -> Precision:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        """``2025``, ``2026-05`` or ``2020-05-30``.

        >>> PartialDate(2026, 5).iso(), PartialDate(2020, 5, 30).iso()
        ('2026-05', '2020-05-30')
        """
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def zh(self) -> str:
        """``2025年``, ``2026年5月`` or ``2020年5月30日``.

        >>> PartialDate(2025).zh(), PartialDate(2020, 5, 30).zh()
        ('2025年', '2020年5月30日')
        """
        out = f"{self.year}年"
        if self.month:
            out += f"{self.month}月"
        if self.day:
            out += f"{self.day}日"
        return out


_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_iso(value: object) -> PartialDate | None:
    """A front-matter date: ``2025``, ``2026-05``, ``2020-05-30`` (or YAML's date); None if invalid.

    >>> parse_iso("2026-05"), parse_iso(2025), parse_iso("2020-13-01")
    (PartialDate(year=2026, month=5, day=None), PartialDate(year=2025, month=None, day=None), None)
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    match = _ISO.fullmatch(str(value).strip())
    if not match:
        return None
    try:
        return PartialDate(*(int(g) if g else None for g in match.groups()))  # type: ignore[arg-type]
    except ValueError:
        return None


_ZH_DIGIT = "〇零一二三四五六七八九"
#: A full date as pages print it: 2025-03-05, 2025/3/5, 2025.3.5, 2023年04月08日, 二〇二五年三月五日.
FULL_DATE = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s*(?:(?P<sep>[-/.])\s*(\d{1,2})\s*(?P=sep)\s*(\d{1,2})(?![\d.]\d)"
    r"|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:[日号]|(?=(?:至|到|—|-|－|～|~)\s*\d{1,2}\s*[日号])))"
    r"|([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]")


def _zh_year(text: str) -> int:
    return int("".join("0" if c in "〇零○Ｏ" else str(_ZH_DIGIT.index(c) - 1) for c in text))


def find_full_dates(text: str) -> list[tuple[PartialDate, str, int]]:
    """Every valid full date in *text*: (date, the text matched, its offset).

    >>> [(d.iso(), s) for d, s, _ in find_full_dates("发布时间：2025-03-05 10:02:28 来源")]
    [('2025-03-05', '2025-03-05')]
    >>> [d.iso() for d, _, _ in find_full_dates("2023年04月08日 星期六；2025.3.5；2025/03/05；二〇二五年三月五日")]
    ['2023-04-08', '2025-03-05', '2025-03-05', '2025-03-05']
    >>> find_full_dates("版本 1.2.3，2020-13-45")
    []
    >>> [d.iso() for d, _, _ in find_full_dates("会议于2020年12月27至29日召开；2007年1月24-28日")]
    ['2020-12-27', '2007-01-24']
    """
    out = []
    for m in FULL_DATE.finditer(text):
        try:
            if m[7]:
                month, day = chinese_number(m[8]), chinese_number(m[9])
                if month is None or day is None:
                    continue
                date = PartialDate(_zh_year(m[7]), month, day)
            elif m["sep"]:
                date = PartialDate(int(m[1]), int(m[3]), int(m[4]))
            else:
                date = PartialDate(int(m[1]), int(m[5]), int(m[6]))
        except ValueError:
            continue
        out.append((date, m[0], m.start()))
    return out
