"""The newsroom configuration (``newsdesk.yml``): typed, frozen, validated.

Staff extend it without touching code: column names, page furniture, credit
formats, organisations and their committee terms, categories and their rules,
and the glossary of tags. Every mistake is reported with the file's line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path as FsPath
from typing import Any

from .diagnostics import Diagnostic, SeedError, error
from .figures import FigureRules, parse_rules
from .linear_re import LinearRegexError, compile_linear
from .read import decode
from .slugs import RULE, is_reserved, is_slug
from .topics import Topic, parse_topics
from .yamlutil import Path, YamlSyntaxError, load_with_lines

#: newsdesk.yml is a page or two of rules; far beyond this it is not configuration
MAX_CONFIG_CHARS = 1_000_000
#: characters a name shown on the site may not hold: markup and controls
_NOT_IN_NAMES = re.compile("[<>&\"'`\x00-\x1f\x7f-\x9f]")

FIELDS = ("title", "subtitle", "lead", "headings", "body")


@dataclass(frozen=True)
class Column:
    name: str
    pinyin: str = ""


@dataclass(frozen=True)
class Furniture:
    pattern: re.Pattern[str]
    reason: str
    #: the rule removes a line however wide, sentences and all (markup residue is never running text)
    wide: bool = False


@dataclass(frozen=True)
class Organisation:
    name: str
    slug: str
    places: tuple[str, ...]
    aliases: tuple[str, ...]
    #: committee term (届) → the year it started
    terms: dict[int, int]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    fields: tuple[str, ...]
    weight: float


@dataclass(frozen=True)
class Category:
    name: str
    slug: str
    description: str
    rules: tuple[Rule, ...]
    default: bool = False


@dataclass(frozen=True)
class Milestone:
    pattern: re.Pattern[str]
    #: (year, month, day) of its opening
    date: tuple[int, int, int]
    #: whether studying it dates a report after it (a plenum is studied until the next; a congress for years)
    after: bool = True


@dataclass(frozen=True)
class Anniversary:
    #: what was founded, followed in the text by N周年 (人民政协成立 → 人民政协成立75周年)
    pattern: re.Pattern[str]
    #: the year it was founded
    year: int


@dataclass(frozen=True)
class Layout:
    heading_max_width: int = 44
    title_max_width: int = 80
    headline_max_width: int = 150
    furniture_max_width: int = 120
    caption_max_width: int = 90
    min_doubled_han: int = 4
    lead_paragraphs: int = 2
    summary_chars: int = 120
    chars_per_minute: int = 400
    min_category_score: float = 3.0
    max_tags: int = 8


@dataclass(frozen=True)
class Config:
    columns: tuple[Column, ...]
    furniture: tuple[Furniture, ...]
    #: furniture inside paragraphs (e-paper jump lines), removed where it stands
    inline_furniture: tuple[Furniture, ...]
    byline_markers: tuple[str, ...]
    roles: tuple[str, ...]
    #: a word ending with one of these is a role too (全媒体记者)
    role_suffixes: tuple[str, ...]
    #: roles whose people checked the text rather than wrote it (审核, 校对): not authors
    review_roles: tuple[str, ...]
    credits: tuple[re.Pattern[str], ...]
    #: bylines inside paragraphs (本报讯（记者 …）, （供稿：…）); group ``who``
    inline_bylines: tuple[re.Pattern[str], ...]
    #: short lines that describe a photo
    captions: tuple[re.Pattern[str], ...]
    #: a line after which nothing belongs to the article (相关新闻, 更多>>)
    closers: tuple[re.Pattern[str], ...]
    organisations: tuple[Organisation, ...]
    categories: tuple[Category, ...]
    tags: tuple[str, ...]
    layout: Layout = field(default_factory=Layout)
    #: 数说: which categories feed the figures pages, and the label vocabulary (figures.py)
    figures: FigureRules = field(default_factory=FigureRules)
    #: 专题 (special topics), parsed and checked by topics.py
    topics: tuple[Topic, ...] = ()
    #: national meetings with a known date (十九届六中全会): a report that studies one is dated after it
    milestones: tuple[Milestone, ...] = ()
    #: foundings whose Nth anniversary dates a report (人民政协成立75周年 → 2024)
    anniversaries: tuple[Anniversary, ...] = ()
    #: the years terms began of offices not listed under organisations (省政协: {13: 2023}); the terms
    #: before and after follow five years apart
    terms: dict[str, dict[int, int]] = field(default_factory=dict)
    #: hash of the config text, so caches can tell when it changed
    digest: str = ""

    def category(self, name: str) -> Category | None:
        return next((c for c in self.categories if c.name == name), None)

    def organisation(self, name: str) -> Organisation | None:
        return next((o for o in self.organisations if o.name == name), None)

    @property
    def default_category(self) -> Category:
        return next(c for c in self.categories if c.default)


_KIND_NAMES = {int: "an integer", float: "a number", str: "text", list: "a list", dict: "a mapping",
               bool: "true or false"}


class _Reader:
    """Validates raw YAML data, gathering every error before failing once."""

    def __init__(self, path: str, lines: dict[Path, int]) -> None:
        self.path = path
        self.lines = lines
        self.errors: list[Diagnostic] = []

    def fail(self, where: Path, expected: str, found: Any) -> None:
        key = ".".join(str(p) for p in where) or "(top)"
        line = self.lines.get(where) or self.lines.get(where[:-1], 0)
        self.errors.append(error(
            self.path, line, "config-invalid",
            f"配置项 {key}: expected {expected}, but found {found!r}",
            f"改正 {self.path} 第 {line} 行的 {key} (fix {key} on line {line})"))

    def get(self, data: Any, where: Path, kind: type | tuple[type, ...], default: Any = None) -> Any:
        """The value at *where*, if it has type *kind* (a bool is not a number); else *default*, failing."""
        node = data
        for part in where:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return default
        if not isinstance(node, kind) or (isinstance(node, bool) and kind in (int, float)):
            kinds = (kind,) if isinstance(kind, type) else kind
            self.fail(where, " or ".join(_KIND_NAMES.get(k, k.__name__) for k in kinds), node)
            return default
        return node

    def regex(self, text: Any, where: Path) -> re.Pattern[str] | None:
        """A pattern compiled by RE2, so it runs in linear time (see ``linear_re``)."""
        if not isinstance(text, str):
            self.fail(where, "a regular expression string", text)
            return None
        try:
            return compile_linear(text)
        except LinearRegexError as exc:
            self.fail(where, f"a valid regular expression that RE2 can run: {exc}", text)
            return None

    def name(self, data: Any, where: Path) -> str:
        """A name shown on the site: non-empty text without markup characters or controls."""
        value = self.get(data, where, str, "")
        if not value.strip() or _NOT_IN_NAMES.search(value):
            self.fail(where, "a name without < > & \" ' ` or control characters", value)
        return str(value)

    def slug(self, data: Any, where: Path, example: str) -> str:
        """An address part: the slug rule, and not one of the site's own page names."""
        value = self.get(data, where, str, "")
        if not is_slug(value):
            self.fail(where, f"a slug like {example} ({RULE})", value)
        elif is_reserved(value):
            self.fail(where, f"a slug like {example} that is not the address of one of the site's own pages", value)
        return str(value)

    def positive(self, data: Any, where: Path, kind: type, default: Any) -> Any:
        """A count (``int``: a positive integer) or a measure (``float``: a positive number)."""
        value = self.get(data, where, int if kind is int else (int, float), None)
        if value is None:
            return default
        if not 0 < value < 10**9:
            self.fail(where, "a positive integer" if kind is int else "a positive number", value)
            return default
        return kind(value)

    def unique(self, items: list[tuple[str, Path]], what: str) -> None:
        """Two entries with one name or slug would silently merge pages: an error naming both lines."""
        seen: dict[str, Path] = {}
        for value, where in items:
            if value and value in seen:
                first = self.lines.get(seen[value], 0)
                self.fail(where, f"a {what} not used before (line {first} has it already)", value)
            seen.setdefault(value, where)

    def strings(self, data: Any, where: Path) -> tuple[str, ...]:
        items = self.get(data, where, list, [])
        out = []
        for i, item in enumerate(items):
            if isinstance(item, str) and item:
                out.append(item)
            else:
                self.fail(where + (i,), "a non-empty string", item)
        return tuple(out)


def _milestones(r: _Reader, data: Any) -> tuple[Milestone, ...]:
    out = []
    for i, _ in enumerate(r.get(data, ("milestones",), list, [])):
        w: Path = ("milestones", i)
        pattern = r.regex(r.get(data, w + ("pattern",), str, None), w + ("pattern",))
        raw = r.get(data, w + ("date",), object, None)
        m = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", str(raw))
        when = (int(m[1]), int(m[2]), int(m[3])) if m else None
        if when is None or not (1 <= when[1] <= 12 and 1 <= when[2] <= 31):
            r.fail(w + ("date",), "a date like 2021-11-08", raw)
        elif pattern is not None:
            out.append(Milestone(pattern, when, r.get(data, w + ("after",), bool, True)))
    return tuple(out)


#: the anniversary after what was founded: 75周年, 七十五周年
ANNIVERSARY_NUMBER = r"\s*(?P<n>[0-9]{1,3}|[一二三四五六七八九十百]{1,5})\s*周年"


def _anniversaries(r: _Reader, data: Any) -> tuple[Anniversary, ...]:
    out = []
    for i, _ in enumerate(r.get(data, ("anniversaries",), list, [])):
        w: Path = ("anniversaries", i)
        what = r.get(data, w + ("pattern",), str, None)
        # (a pattern with its own number, 第(?P<n>…)个世界读书日, counts observances rather than years)
        own_number = isinstance(what, str) and "(?P<n>" in what
        pattern = r.regex(f"(?:{what}){ANNIVERSARY_NUMBER}" if isinstance(what, str) and not own_number else what,
                          w + ("pattern",))
        year = r.get(data, w + ("year",), object, None)
        if not isinstance(year, int) or isinstance(year, bool) or not 1800 <= year <= 2100:
            r.fail(w + ("year",), "the founding year, e.g. 1949", year)
        elif pattern is not None:
            out.append(Anniversary(pattern, year))
    return tuple(out)


def _terms(r: _Reader, data: Any, where: Path) -> dict[int, int]:
    """届次: 起始年份 pairs (14: 2022) at *where*, each checked."""
    terms: dict[int, int] = {}
    for term, year in (r.get(data, where, dict, {}) or {}).items():
        if (isinstance(term, int) and not isinstance(term, bool) and 0 < term < 100 and isinstance(year, int)
                and not isinstance(year, bool) and 1900 < year < 2200):
            terms[term] = year
        else:
            r.fail(where + (str(term),), "届次: 起始年份, e.g. 14: 2022", {term: year})
    return terms


def _known_terms(r: _Reader, data: Any) -> dict[str, dict[int, int]]:
    """The terms of offices not listed under organisations, each extended five years a term both ways."""
    out: dict[str, dict[int, int]] = {}
    for name in r.get(data, ("terms",), dict, {}) or {}:
        given = _terms(r, data, ("terms", name))
        if given and isinstance(name, str):
            term, year = max(given.items())
            out[name] = {n: year + 5 * (n - term) for n in range(max(1, term - 8), term + 3)} | given
    return out


def _organisations(r: _Reader, data: Any) -> tuple[Organisation, ...]:
    orgs = []
    for i, _ in enumerate(r.get(data, ("organisations",), list, [])):
        w: Path = ("organisations", i)
        name = r.name(data, w + ("name",))
        terms = _terms(r, data, w + ("terms",))
        slug = r.slug(data, w + ("slug",), "pinghu")
        orgs.append(Organisation(name, slug, r.strings(data, w + ("places",)),
                                 r.strings(data, w + ("aliases",)), terms))
    if not orgs:
        r.fail(("organisations",), "at least one organisation", None)
    r.unique([(o.name, ("organisations", i, "name")) for i, o in enumerate(orgs)], "name")
    r.unique([(o.slug, ("organisations", i, "slug")) for i, o in enumerate(orgs)], "slug")
    return tuple(orgs)


def _categories(r: _Reader, data: Any) -> tuple[Category, ...]:
    cats = []
    for i, _ in enumerate(r.get(data, ("categories",), list, [])):
        w: Path = ("categories", i)
        rules = []
        for j, _ in enumerate(r.get(data, w + ("rules",), list, [])):
            rw = w + ("rules", j)
            pattern = r.regex(r.get(data, rw + ("pattern",), str, None), rw + ("pattern",))
            fields = r.strings(data, rw + ("in",)) or ("title", "subtitle", "lead")
            for f in fields:
                if f not in FIELDS:
                    r.fail(rw + ("in",), f"fields among {', '.join(FIELDS)}", f)
            weight = r.get(data, rw + ("weight",), (int, float), 1)
            if not -1000 <= weight <= 1000:
                r.fail(rw + ("weight",), "a number between -1000 and 1000", weight)
                weight = 1
            if pattern:
                rules.append(Rule(pattern, fields, float(weight)))
        slug = r.slug(data, w + ("slug",), "annual-review")
        cats.append(Category(r.name(data, w + ("name",)), slug,
                             r.get(data, w + ("description",), str, ""), tuple(rules),
                             bool(r.get(data, w + ("default",), bool, False))))
    if sum(c.default for c in cats) != 1:
        r.fail(("categories",), "exactly one category with default: true",
               [c.name for c in cats if c.default])
    r.unique([(c.name, ("categories", i, "name")) for i, c in enumerate(cats)], "name")
    r.unique([(c.slug, ("categories", i, "slug")) for i, c in enumerate(cats)], "slug")
    return tuple(cats)


def parse_config(text: str, path: str = "newsdesk.yml") -> Config:
    """Parse and validate configuration text; raise SeedError listing every problem."""
    try:
        data, lines = load_with_lines(text, MAX_CONFIG_CHARS)
    except YamlSyntaxError as exc:
        raise SeedError([error(path, exc.line, "config-syntax", f"YAML 格式错误: {exc.problem}",
                               "检查缩进和冒号 (check indentation and colons)")]) from None
    r = _Reader(path, lines)
    if not isinstance(data, dict):
        r.fail((), "a mapping of settings", data)
        raise SeedError(r.errors)
    columns = []
    for i, _ in enumerate(r.get(data, ("columns",), list, [])):
        columns.append(Column(r.name(data, ("columns", i, "name")),
                              r.get(data, ("columns", i, "pinyin"), str, "")))
    furniture: list[Furniture] = []
    inline_furniture: list[Furniture] = []
    for section, out in (("furniture", furniture), ("inline_furniture", inline_furniture)):
        for i, _ in enumerate(r.get(data, (section,), list, [])):
            pattern = r.regex(r.get(data, (section, i, "pattern"), str, None), (section, i, "pattern"))
            if pattern:
                out.append(Furniture(pattern, r.get(data, (section, i, "reason"), str, "版面杂项"),
                                     r.get(data, (section, i, "wide"), bool, False)))
    credits = [r.regex(p, ("credits", i)) for i, p in enumerate(r.get(data, ("credits",), list, []))]
    for i, p in enumerate(credits):
        if p is not None and "who" not in p.groupindex:
            r.fail(("credits", i), "a pattern with a (?P<who>…) group", p.pattern)
    inline = [r.regex(p, ("inline_bylines", i)) for i, p in enumerate(r.get(data, ("inline_bylines",), list, []))]
    for i, p in enumerate(inline):
        if p is not None and "who" not in p.groupindex:
            r.fail(("inline_bylines", i), "a pattern with a (?P<who>…) group", p.pattern)
    captions = [r.regex(p, ("captions", i)) for i, p in enumerate(r.get(data, ("captions",), list, []))]
    closers = [r.regex(p, ("closers", i)) for i, p in enumerate(r.get(data, ("closers",), list, []))]
    layout_data = r.get(data, ("layout",), dict, {}) or {}
    known = Layout.__dataclass_fields__
    for key in layout_data:
        if key not in known:
            r.fail(("layout", key), f"one of {', '.join(known)}", key)
    defaults = Layout()
    layout = Layout(**{k: r.positive(data, ("layout", k), type(getattr(defaults, k)), getattr(defaults, k))
                       for k in layout_data if k in known})
    topics, topic_errors = parse_topics(data, lines, path)
    r.errors += topic_errors
    config = Config(
        columns=tuple(columns),
        furniture=tuple(furniture),
        inline_furniture=tuple(inline_furniture),
        byline_markers=r.strings(data, ("byline", "markers")),
        roles=r.strings(data, ("byline", "roles")),
        role_suffixes=r.strings(data, ("byline", "role_suffixes")),
        review_roles=r.strings(data, ("byline", "review_roles")),
        credits=tuple(p for p in credits if p is not None),
        inline_bylines=tuple(p for p in inline if p is not None),
        captions=tuple(p for p in captions if p is not None),
        closers=tuple(p for p in closers if p is not None),
        organisations=_organisations(r, data),
        categories=_categories(r, data),
        tags=r.strings(data, ("tags",)),
        layout=layout,
        figures=parse_rules(r, data),
        topics=topics,
        milestones=_milestones(r, data),
        anniversaries=_anniversaries(r, data),
        terms=_known_terms(r, data),
        digest=hashlib.sha256(text.encode()).hexdigest()[:16],
    )
    if r.errors:
        raise SeedError(r.errors)
    return config


def load_config(path: str | FsPath) -> Config:
    p = FsPath(path)
    if not p.is_file():
        raise SeedError([error(str(p), 0, "config-missing", "找不到配置文件 (configuration file not found)",
                               "在项目根目录运行，或用 --config 指定 newsdesk.yml (run from the project root)")])
    try:
        text = decode(p.read_bytes(), str(p)).text  # UTF-8 (BOM or not), UTF-16 or GBK, as for seeds
    except SeedError as exc:
        raise SeedError([replace(d, code="config-encoding", fix="用文本编辑器把 newsdesk.yml 另存为 UTF-8 "
                                 "(save newsdesk.yml as UTF-8)") for d in exc.diagnostics]) from None
    return parse_config(text, str(p))
