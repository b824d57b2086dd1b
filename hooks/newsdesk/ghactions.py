"""GitHub Actions output: workflow commands that put each problem on its seed's line in a pull
request, and the job summary (Markdown) of what a change will publish.

Escaping follows the runner's rules (``@actions/core``'s ``command.ts``): in the message ``%``,
``\\r`` and ``\\n`` are percent-encoded; in property values ``:`` and ``,`` are as well.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .diagnostics import Diagnostic, Severity


def escape_data(text: str) -> str:
    """A workflow command's message.

    >>> escape_data("100% done\\nnext")
    '100%25 done%0Anext'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value.

    >>> escape_property("a:b,c")
    'a%3Ab%2Cc'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: Mapping[str, str | int], message: str) -> str:
    """``::name key=value,key=value::message``; properties with empty values are left out."""
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if str(v))
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def annotation(d: Diagnostic) -> str:
    """One problem as an ``::error``/``::warning`` annotation on the seed's line (the file, if no line)."""
    name = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(d.severity, "notice")
    props: dict[str, str | int] = {"file": d.path}
    if d.line:
        props["line"] = d.line
    props["title"] = f"newsdesk {d.code}"
    return command(name, props, f"{d.message} → {d.fix}")


# --- the job summary -------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")  # what can start markup inside a table cell


def md_cell(text: str) -> str:
    """Seed text as one Markdown table cell: no markup, no HTML, no line break, no column break.

    >>> print(md_cell("a|b <script> *x* [l](u) 2020-05-30\\nnext"))
    a\\|b &lt;script&gt; \\*x\\* \\[l\\](u) 2020-05-30 next
    """
    flat = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


@dataclass(frozen=True)
class Row:
    """One article in the summary; every text field is seed text (escaped when written)."""

    status: str          # new / changed / removed; published when there is no base to compare with
    path: str
    slug: str
    title: str
    date: str
    category: str
    organisation: str
    note: str = ""       # what changed, or that it is a draft


STATUS_LABEL = {"new": "新增 new", "changed": "修改 changed", "removed": "删除 removed"}
OTHER_LABEL = {"published": "发布 published"}


#: problems listed in the summary at most (all of them are annotations anyway)
MAX_PROBLEMS = 50


def summary(rows: list[Row], problems: list[Diagnostic], base: str) -> str:
    """The job summary: the problems, then a table of the articles this change adds, changes or removes."""
    errors = sum(d.severity == Severity.ERROR for d in problems)
    warnings = len(problems) - errors
    lines = ["## 政协之窗 · 将要发布的内容 (what this change publishes)", ""]
    verdict = "❌ 有错误，网站不会发布 (errors: the site will not be published)" if errors else "✅ 可以发布 (ready to publish)"
    lines += [f"{verdict} — {errors} 个错误 (errors)，{warnings} 个警告 (warnings)", ""]
    ordered = sorted(problems, key=lambda d: (d.severity != Severity.ERROR, d.path, d.line))
    for d in ordered[:MAX_PROBLEMS]:
        where = f"{d.path}:{d.line}" if d.line else d.path
        lines.append(f"- **{d.severity.value}** {md_cell(where)}: {md_cell(d.message)} → {md_cell(d.fix)}")
    if len(ordered) > MAX_PROBLEMS:
        lines.append(f"- … {len(ordered) - MAX_PROBLEMS} more (see the annotations)")
    if ordered:
        lines.append("")
    if base:
        lines += [f"与 {md_cell(base)} 相比 (compared with the base)：" + "，".join(
            f"{STATUS_LABEL[s]} {sum(r.status == s for r in rows)}" for s in STATUS_LABEL), ""]
    if not rows:
        lines.append("没有稿件变化 (no seed changed)." if base else "没有可发布的稿件 (no article to publish).")
        return "\n".join(lines) + "\n"
    lines += ["| | 标题 title | 日期 date | 分类 category | 机构 organisation | 文件 file | 说明 note |",
              "|---|---|---|---|---|---|---|"]
    order = {s: i for i, s in enumerate(STATUS_LABEL)}
    for r in sorted(rows, key=lambda r: (order.get(r.status, 9), r.path)):
        label = STATUS_LABEL.get(r.status) or OTHER_LABEL.get(r.status, r.status)
        cells = [label, md_cell(r.title), md_cell(r.date), md_cell(r.category),
                 md_cell(r.organisation), md_cell(r.path), md_cell(r.note)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
