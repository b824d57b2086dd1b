"""数说 — the key figures of an organisation's own work, from its annual reviews.

A figure is a number, its unit and what was counted, with the sentence it came
from: ``开展多层次学习81次`` → 学习 · 81 · 次; ``提交集体提案39件`` → 集体提案 · 39 · 件;
Chinese numerals count too (三十六条, 两次, 1.2万人次). A small vocabulary in
``newsdesk.yml`` (``figures.labels``) maps phrasings to one label so that years line
up (提交提案/提案 → 提案). Kept out: money (万元), percentages, ages, years, ordinals
(第十九届), numbers inside 《titles》 and “quotations”, figures of the economy (GDP,
增长) and of other bodies (全国政协共收到…), unless the organisation's work is what
is counted (被全国政协采纳11篇).

Only articles of ``figures.categories`` (by default 年度回顾) feed the 数说 pages: a
review counts a year of an organisation's work, so its figures compare across years;
a news item's numbers (9名委员走进社区) describe one activity and do not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import _Reader
    from .pipeline import Article

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
UNITS = ("人次", "场次", "篇次", "万字", "次", "件", "篇", "场", "条", "项", "期", "个", "份", "名", "家", "位",
         "批", "册", "张", "部", "组", "类", "所", "处", "幅", "天", "小时", "人", "字")
NUMBER = re.compile(
    r"(?<![\d.第零〇一二两三四五六七八九十百千万])(?P<num>\d+(?:\.\d+)?万?|[零〇一二两三四五六七八九十百千万]+)(?P<approx>余|多)?"
    rf"(?P<unit>{'|'.join(UNITS)})")
#: after the unit these make the number money, a share, an age or a date
_NOT_COUNT_AFTER = re.compile(r"^(?:元|万元|亿元|%|％|岁|周年|年|月|日|届|后|以上|以下|左右|会议|全会|全体会议|大会)")
#: units that count actions: what was done comes before the number (开展监督46次), not after (两次浙沪…)
VERBAL_UNITS = ("次", "场", "场次", "期", "人次", "篇次")
_ECONOMY = re.compile(r"GDP|生产总值|增长|同比|增速|产值|营收|税收|收入|投资额|亿元|万元")
#: a sentence about the economy as a whole: none of its numbers count the organisation's work
_ECONOMY_SENTENCE = re.compile(r"GDP|生产总值|地区生产|财政收入|规上工业")
_OTHER_BODY = re.compile(r"全国|全省|中央|国家|国务院|省政协")
_ON_OUR_BEHALF = re.compile(r"被|获|向|在|经")
#: what is counted follows the last of these verbs before the number (开展多层次学习81次)
VERBS = ("开展", "提交", "组织", "举办", "召开", "收到", "形成", "编发", "推出", "举行", "提出", "反映", "征集",
         "撰写", "制作", "刊登", "推送", "刊发", "上报", "转送", "采纳", "梳理", "委派", "走访", "慰问", "搜集",
         "提供", "参与", "发放", "捐赠", "出版", "累计", "共", "达", "获", "办理", "立案", "督查", "选取", "遴选",
         "出台", "制定", "推进", "细化", "落实", "建成", "打造", "授牌", "结对", "参加", "收集", "编写", "赠书",
         "交流", "报告", "批示", "主办", "播出", "领衔")
#: verbs that are themselves what a review counts (立案271件, 上报嘉兴市政协202篇, 参与600余人次)
COUNTED_VERBS = ("立案", "上报", "转送", "采纳", "赠书", "批示", "办理", "督办", "交办", "参与")
#: a noun after the verb that names where things went (上报嘉兴市政协202篇), not what was counted
RECIPIENT = re.compile(r"(?:政协|部门|单位|机关|市委|政府)$")
#: counted things too vague to be a figure (8个方面, 两个关键词)
VAGUE = re.compile(r"^(?:方面|领域|关键词|环节|层面|维度|大|一|个|批|部门|主题|渠道|形式|机制|品牌|工程|行动)")
_CN_DETERMINER = {"一"}


@dataclass(frozen=True)
class FigureRules:
    """``figures:`` in newsdesk.yml: which categories feed the pages, and label → phrasings."""

    categories: tuple[str, ...] = ("年度回顾",)
    labels: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @functools.cached_property
    def _any_phrase(self) -> re.Pattern[str]:
        phrases = sorted({p for _, ps in self.labels for p in ps}, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, phrases)) or r"(?!)")

    def label_of(self, text: str, at_start: bool) -> tuple[str, str] | None:
        """(label, phrasing) whose phrasing is nearest the number in *text* (longest phrasing on ties)."""
        if not self._any_phrase.search(text):
            return None
        best: tuple[int, int, str, str] | None = None
        for label, phrases in self.labels:
            for p in phrases:
                i = text.find(p) if at_start else text.rfind(p)
                if i < 0 or (at_start and i > 2):
                    continue
                distance = i if at_start else len(text) - (i + len(p))
                if at_start is False and distance > 3:
                    continue
                key = (distance, -len(p), label, p)
                if best is None or key < best:
                    best = key
        return (best[2], best[3]) if best else None


@dataclass(frozen=True)
class Figure:
    label: str
    value: float
    unit: str
    #: the words the number was read from (``81次``)
    expression: str
    sentence: str
    slug: str
    path: str
    line: int
    organisation: str
    year: int | None
    #: why it was taken, in words
    rule: str
    #: whether the vocabulary gave its label (only those are "key" figures)
    key: bool = False
    approx: bool = False
    #: the vocabulary phrasing that gave the label; the longest one is a review's headline figure
    phrase: str = ""
    #: the clause around the number, as it reads on the article page (for a link to the very words)
    clause: str = ""

    def shown(self) -> str:
        """``81``, ``1.2万``, ``400余``."""
        v = self.value
        text = f"{v / 10000:g}万" if v >= 10000 and v % 1000 == 0 else f"{v:g}"
        return text + ("余" if self.approx else "")


def chinese_value(text: str) -> float | None:
    """The value of an Arabic or Chinese numeral, with 万 and decimals.

    >>> [chinese_value(t) for t in ("81", "三十六", "两", "1.2万", "一百零五", "十", "二千三百", "万")]
    [81.0, 36.0, 2.0, 12000.0, 105.0, 10.0, 2300.0, None]
    """
    scale = 1.0
    if text.endswith("万"):
        text, scale = text[:-1], 10000.0
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) * scale
    total, digit = 0, None
    for c in text:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[c]
            digit = None
        else:
            return None
    return float(total + (digit or 0)) * scale


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？；])", text) if s.strip()]


def _inside_quotes(text: str, pos: int) -> bool:
    return text.count("《", 0, pos) > text.count("》", 0, pos) or text.count("“", 0, pos) > text.count("”", 0, pos)


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The text of the clause before the number, and after the unit (to the next break)."""
    cut = max(sentence.rfind(c, 0, start) for c in "，；。：、（")
    before = sentence[cut + 1 : start]
    after = re.split(r"[，；。：、（）,]", sentence[end:], maxsplit=1)[0]
    return before, after


def _fallback_label(before: str, after: str, unit: str) -> tuple[str, str] | None:
    """What was counted, without the vocabulary: the noun after the unit, else the words after the last verb."""
    if VAGUE.match(after):
        return None
    noun = re.split("|".join(VERBS) + r"|的|等|和|进行|开展|供|在|被", after, maxsplit=1)[0]
    modifier = after[len(noun) : len(noun) + 1] == "的"  # 两个上级政协主办的《…》: not what is counted
    if unit not in VERBAL_UNITS and not modifier and 2 <= len(noun) <= 7 and re.fullmatch(r"[\u4e00-\u9fff]+", noun):
        return noun, "单位后的名词"
    verb = max((v for v in VERBS if v in before), key=lambda v: (before.rfind(v) + len(v), len(v)), default="")
    if not verb:
        return None
    noun = before[before.rfind(verb) + len(verb):]
    noun = re.sub(r"《[^》]*》", "", noun).replace("“", "").replace("”", "")  # 刊登《政协之微》报纸专版6期 → 报纸专版
    noun = re.sub(r"^(?:了|各类|各种|共|累计|多层次|各)+", "", noun)
    noun = re.sub(r"(?:各|共|累计|总计|达)$", "", re.split(r"[等和及与]", noun)[-1])
    if (not noun or RECIPIENT.search(noun)) and verb in COUNTED_VERBS:
        return verb, "动词即所数 (the verb is what was counted)"
    if 2 <= len(noun) <= 7 and re.fullmatch(r"[\u4e00-\u9fff]+", noun):
        return noun, "动词后的名词"
    return None


def extract_figures(article: Article, rules: FigureRules) -> tuple[list[Figure], list[tuple[int, str, str]]]:
    """Every figure of the organisation's work in the article, and (line, words, reason) for those left out."""
    from .segment import Kind  # not at import time: config.py imports this module, segment.py imports config

    meta = article.metadata
    org = meta.organisation.value if meta.organisation else ""
    year = meta.date.value.year if meta.date else None
    found: list[Figure] = []
    skipped: list[tuple[int, str, str]] = []
    for block in article.blocks:
        if block.kind != Kind.PARAGRAPH:
            continue
        for sentence in _sentences(block.text):
            for m in NUMBER.finditer(sentence):
                reason = _skip(sentence, m)
                value = chinese_value(m["num"])
                if reason is None and value is None:
                    reason = "不是数字 (not a number)"
                before, after = _clause_bounds(sentence, m.start(), m.end())
                if reason is None and (_ECONOMY.search(before + m[0] + after) or _ECONOMY_SENTENCE.search(sentence)):
                    reason = "经济数字而非政协工作 (a figure of the economy)"
                if reason is None and _OTHER_BODY.search(before) and not _ON_OUR_BEHALF.search(before):
                    reason = "其他机构的数字 (a figure of another body)"
                if reason is not None or value is None:
                    skipped.append((block.line, m[0], reason or ""))
                    continue
                if m["unit"] == "次" and (before.endswith("届") or re.match(r"[^，。；、\d]{0,3}会", after)):
                    skipped.append((block.line, m[0], "届次而非次数 (a session, not a count)"))
                    continue
                matched = rules.label_of(after, at_start=True) or rules.label_of(before, at_start=False)
                label, phrase = matched if matched else ("", "")
                how = "词表 (vocabulary)"
                if not matched:
                    fallback = _fallback_label(before, after, m["unit"])
                    if fallback is None or VAGUE.match(fallback[0]):
                        skipped.append((block.line, m[0], "说不出数的是什么 (nothing counted)"))
                        continue
                    label, how = fallback
                found.append(Figure(label, value, m["unit"], m[0], sentence.strip(), article.slug, article.path,
                                    block.line, org, year, f"“{before}{m[0]}{after}” → {label}（{how}）",
                                    key=bool(matched), approx=bool(m["approx"]), phrase=phrase,
                                    clause=before + m[0] + after))
    return found, skipped


def _skip(sentence: str, m: re.Match[str]) -> str | None:
    after = sentence[m.end():]
    if m["num"] in _CN_DETERMINER:
        return "“一”是量词前的限定词 (一 as a determiner)"
    if _NOT_COUNT_AFTER.match(after):
        return "金额、比例、年龄或日期 (money, share, age or date)"
    if sentence[m.start() - 1 : m.start()] == "第":
        return "序数 (an ordinal)"
    if _inside_quotes(sentence, m.start()):
        return "书名号或引号内 (inside a title or quote)"
    if re.search(r"\d$", sentence[: m.start()]):
        return "更长数字的一部分 (part of a longer number)"
    return None


def headline(figures: Iterable[Figure]) -> list[Figure]:
    """One figure per label of an article: the one named by the longest phrasing (收到提案 over 提案), else the first."""
    best: dict[tuple[str, str], Figure] = {}
    for f in figures:
        k = (f.slug, f.label)
        if k not in best or len(f.phrase) > len(best[k].phrase):
            best[k] = f
    return list(best.values())


@dataclass
class Table:
    """An organisation's figures by label and year, for the 数说 page."""

    organisation: str
    years: list[int]
    #: label → year → figure (each cell shows its unit: a review may count in 篇 what another counts in 条)
    rows: dict[str, dict[int, Figure]] = field(default_factory=dict)


def table(figures: Iterable[Figure], organisation: str, labels_order: list[str]) -> Table:
    """Figures of one organisation by label (vocabulary order, most years first) and year."""
    rows: dict[str, dict[int, Figure]] = {}
    for f in figures:
        if f.organisation == organisation and f.year is not None:
            rows.setdefault(f.label, {}).setdefault(f.year, f)
    order = {label: i for i, label in enumerate(labels_order)}
    ordered = dict(sorted(rows.items(), key=lambda kv: (order.get(kv[0], len(order)), -len(kv[1]))))
    years = sorted({y for row in rows.values() for y in row}, reverse=True)
    return Table(organisation, years, ordered)


def parse_rules(r: _Reader, data: Any) -> FigureRules:
    """Validate ``figures:`` of newsdesk.yml (errors name the file, line and key)."""
    section = r.get(data, ("figures",), dict, None)
    if section is None:
        return FigureRules()
    for key in section:
        if key not in ("categories", "labels"):
            r.fail(("figures", str(key)), "one of categories, labels", key)
    categories = r.strings(data, ("figures", "categories")) or FigureRules.categories
    labels: list[tuple[str, tuple[str, ...]]] = []
    for label, _ in (r.get(data, ("figures", "labels"), dict, {}) or {}).items():
        where = ("figures", "labels", str(label))
        phrases = r.strings(data, where)
        if not isinstance(label, str) or not label.strip():
            r.fail(where, "a label (text)", label)
        elif not phrases:
            r.fail(where, "a list of phrasings like [提交提案, 提案]", None)
        else:
            labels.append((label, phrases))
    return FigureRules(categories, tuple(labels))


def chart(label: str, unit: str, points: list[tuple[int, float, str]]) -> dict[str, Any]:
    """Geometry of a horizontal bar chart of one label by year, drawn by the template as SVG.

    Lengths are in em and per cent, so the chart grows with the reader's font size (A+) and fits
    any screen width. *points* are (year, value, value as shown).

    >>> c = chart("提案", "件", [(2025, 272.0, "272"), (2019, 193.0, "193")])
    >>> [(r["year"], r["width"], r["text_y"], r["bar_y"]) for r in c["rows"]], c["height"]
    ([(2025, 100.0, 1.2, 1.6), (2019, 71.0, 4.2, 4.6)], 6.0)
    >>> c["desc"]
    '2025年：272件；2019年：193件。'
    """
    top = max((v for _, v, _ in points), default=0) or 1
    step = 3.0
    rows = [{"year": y, "value": v, "shown": shown, "width": round(max(v / top * 100, 0.5), 1),
             "text_y": round(i * step + 1.2, 2), "bar_y": round(i * step + 1.6, 2)}
            for i, (y, v, shown) in enumerate(points)]
    return {"label": label, "unit": unit, "rows": rows, "height": step * len(points),
            "title": f"{label}（{unit}）历年对比",
            "desc": "；".join(f"{y}年：{shown}{unit}" for y, _, shown in points) + "。"}
