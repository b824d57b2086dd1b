"""Staff corrections of the chronicle and the figures, from a seed's front matter.

```yaml
events:
  - {date: 2020-05-30, text: 市委政协工作会议召开}   # adds an event, or edits the similar one found
  - {skip: 市委书记祁海龙}                          # suppresses every event whose text contains this
figures:
  - {label: 提案, value: 39, unit: 件}             # adds a figure, or overrides the one of that label
  - {skip: 意见建议}                                # suppresses the figures of that label
```

Parsed here from the raw front matter (``frontmatter.py`` only accepts the two keys),
so every mistake names the file and line, what was expected and what was found.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .chronicle import Event, extract_events, jaccard
from .dates import PartialDate, parse_iso
from .diagnostics import Diagnostic, error, warning
from .figures import Figure, FigureRules, extract_figures
from .pipeline import Article
from .read import read_seed
from .yamlutil import YamlSyntaxError, load_with_lines


@dataclass(frozen=True)
class EventFix:
    line: int
    date: PartialDate | None = None
    text: str = ""
    skip: str = ""


@dataclass(frozen=True)
class FigureFix:
    line: int
    label: str = ""
    value: float = 0.0
    unit: str = ""
    skip: str = ""


@dataclass
class Corrections:
    events: list[EventFix] = field(default_factory=list)
    figures: list[FigureFix] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)


EVENT_KEYS = ("date", "text", "skip")
FIGURE_KEYS = ("label", "value", "unit", "skip")


def parse_corrections(data: bytes, path: str) -> Corrections:
    """``events:`` and ``figures:`` of a seed's front matter (syntax errors are reported by frontmatter.py)."""
    out = Corrections()
    try:
        source = read_seed(data, path)
        if source.front_matter is None:
            return out
        raw, lines = load_with_lines(source.front_matter)
    except (YamlSyntaxError, Exception):  # an unreadable seed or bad YAML: the pipeline reports it
        return out
    if not isinstance(raw, dict):
        return out
    first = source.front_matter_line

    def line(*where: str | int) -> int:
        return first + lines.get(tuple(where), lines.get(tuple(where[:-1]), 1)) - 1

    def bad(where: tuple[str | int, ...], expected: str, found: Any, fix: str) -> None:
        key = ".".join(str(w) for w in where)
        out.problems.append(error(path, line(*where), "front-matter-invalid",
                                  f"{key}: expected {expected}, but found {found!r}", fix))

    for name, keys in (("events", EVENT_KEYS), ("figures", FIGURE_KEYS)):
        items = raw.get(name)
        if items is None:
            continue
        if not isinstance(items, list):
            bad((name,), "a list of {…} entries", items, f"写成 {name}:↵  - {{…}} (one entry per line)")
            continue
        for i, item in enumerate(items):
            where: tuple[str | int, ...] = (name, i)
            if not isinstance(item, dict) or any(k not in keys for k in item):
                bad(where, f"a mapping with keys among {', '.join(keys)}", item,
                    "例如 - {date: 2020-05-30, text: 市委政协工作会议召开} 或 - {skip: 文字}" if name == "events"
                    else "例如 - {label: 提案, value: 39, unit: 件} 或 - {skip: 提案}")
                continue
            if "skip" in item:
                if not isinstance(item["skip"], str) or not item["skip"].strip() or len(item) > 1:
                    bad(where + ("skip",), "skip: text alone", item, "写成 - {skip: 文字} (skip with nothing else)")
                elif name == "events":
                    out.events.append(EventFix(line(*where), skip=item["skip"].strip()))
                else:
                    out.figures.append(FigureFix(line(*where), skip=item["skip"].strip()))
                continue
            if name == "events":
                date, text = parse_iso(item.get("date")), item.get("text")
                if date is None:
                    bad(where + ("date",), "a date YYYY, YYYY-MM or YYYY-MM-DD", item.get("date"),
                        "例如 date: 2020-05-30，只知道年月就写 2020-05")
                elif not isinstance(text, str) or not text.strip():
                    bad(where + ("text",), "the event in words", text, "写成 text: 事件 (write what happened)")
                else:
                    out.events.append(EventFix(line(*where), date, text.strip()))
            else:
                label, value, unit = item.get("label"), item.get("value"), item.get("unit")
                if not isinstance(label, str) or not label.strip():
                    bad(where + ("label",), "a label like 提案", label, "写成 label: 提案")
                elif isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                    bad(where + ("value",), "a number like 39", value, "写成 value: 39 (digits only)")
                elif not isinstance(unit, str) or not unit.strip():
                    bad(where + ("unit",), "a unit like 件", unit, "写成 unit: 件")
                else:
                    out.figures.append(FigureFix(line(*where), label.strip(), float(value), unit.strip()))
    return out


def corrected_events(article: Article, fixes: Corrections) -> list[Event]:
    """The article's events with the front matter's additions, edits and suppressions applied."""
    events, _ = extract_events(article)
    org = article.metadata.organisation.value if article.metadata.organisation else ""
    for fix in fixes.events:
        if fix.skip:
            events = [e for e in events if fix.skip not in e.text]
        elif fix.date is not None:
            rule = f"front matter line {fix.line}"
            similar = next((i for i, e in enumerate(events) if jaccard(e.text, fix.text) >= 0.6
                            or fix.text in e.text or e.text in fix.text), None)
            new = Event(fix.date, fix.text, org, article.slug, article.path, fix.line, "front matter", rule)
            if similar is None:
                events.append(new)
            else:
                events[similar] = replace(new, line=events[similar].line, rule=f"{rule} (改写 edits “{events[similar].text}”)")
    return events


def corrected_figures(article: Article, rules: FigureRules, fixes: Corrections) -> list[Figure]:
    """The article's figures with the front matter's additions, overrides and suppressions applied."""
    figures, _ = extract_figures(article, rules)
    meta = article.metadata
    for fix in fixes.figures:
        if fix.skip:
            figures = [f for f in figures if f.label != fix.skip]
            continue
        new = Figure(fix.label, fix.value, fix.unit, f"{fix.value:g}{fix.unit}", "", article.slug, article.path,
                     fix.line, meta.organisation.value if meta.organisation else "",
                     meta.date.value.year if meta.date else None, f"front matter line {fix.line}", key=True)
        figures = [f for f in figures if f.label != fix.label] + [new]
    return figures


def guessed_year_warnings(events: list[Event]) -> list[Diagnostic]:
    """``check``: one warning per event whose year was guessed."""
    return [warning(e.path, e.line, "event-year-guessed",
                    f"大事记“{e.text[:20]}”的年份 {e.date.year} 是推测的 ({e.expression}: {e.rule.split(';')[0]})",
                    f"核对后在 front matter 写 events: [{{date: {e.date.iso()}, text: …}}] (confirm the year in front matter)")
            for e in events if e.year_guessed]


def check(article: Article, data: bytes, rules: FigureRules) -> list[Diagnostic]:
    """What ``check`` adds for a seed: errors in ``events:``/``figures:`` and events with a guessed year."""
    fixes = parse_corrections(data, article.path)
    return fixes.problems + guessed_year_warnings(corrected_events(article, fixes))


def explain_lines(article: Article, data: bytes, rules: FigureRules) -> list[str]:
    """``explain``: each event and figure, and why it was taken (or left out)."""
    fixes = parse_corrections(data, article.path)
    out = [f"  {e.line:>4} {e.date.iso():<10} {e.text}  ← {e.expression}: {e.rule}"
           + ("  [年份推测 year guessed]" if e.year_guessed else "") for e in corrected_events(article, fixes)]
    out += [f"  {s.line:>4} 未收 skipped “{s.expression}” in “{s.clause[:24]}”  ← {s.reason}"
            for s in extract_events(article)[1]]
    figures = corrected_figures(article, rules, fixes)
    category = article.metadata.category.value
    used = "用于数说页 (on the figures pages)" if category in rules.categories else "不用于数说页 (not on the figures pages)"
    out.append(f"  数说 figures (分类 {category}: {used}):")
    out += [f"  {f.line:>4} {f.label} · {f.shown()} · {f.unit}  ← {f.rule}" for f in figures]
    out += [f"  {p.format()}" for p in fixes.problems]
    return out or ["  (none)"]
