"""Benchmark: field accuracy on real reports (``make bench-accuracy``). Prints a table.

Every ``tests/realworld/**/*.txt`` is a real public report pasted with its page furniture, and its
``.truth.yml`` says what an editor reads in it (see ``tests/realworld/README.md``). The dev set is
for tuning rules; the holdout set (``tests/realworld/holdout/``) is not, and measures reports the
rules have never seen. Exit status is always 0: this measures, ``tests/test_realworld.py`` checks.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks")]

from newsdesk.config import load_config  # noqa: E402
from newsdesk.diagnostics import SeedError  # noqa: E402
from newsdesk.extract import Anchor  # noqa: E402
from newsdesk.normalise import reading_glosses  # noqa: E402
from newsdesk.orgs import plain_name  # noqa: E402
from newsdesk.pipeline import Article, convert  # noqa: E402
from newsdesk.search import t2s_table  # noqa: E402

REALWORLD = ROOT / "tests" / "realworld"
ANCHOR = Anchor(2026, "bench")

_ESCAPED = re.compile(r"\\([\\`*_{}\[\]#+\-.)!|>~^])")
_TAG = re.compile(r"<[^>]+>")


def observe(article: Article) -> dict[str, Any]:
    """Everything the benchmark reads from a converted article — the one place to adapt when the
    article model changes.

    title, organisation, category: str or None; date: ISO string at its precision (``2025``,
    ``2025-03``, ``2025-03-05``) or None; date_source: how the date was found (for printing);
    authors: list of names without roles; body: the Markdown after the front matter, escapes removed.
    """
    meta = article.metadata
    markdown = article.markdown
    body = markdown.split("---\n", 2)[2] if markdown.startswith("---\n") else markdown
    body = html.unescape(_TAG.sub("", _ESCAPED.sub(r"\1", body)))
    return {
        "title": meta.title.value or None,
        "subtitle": meta.subtitle.value if meta.subtitle else None,
        "organisation": meta.organisation.value if meta.organisation else None,
        "category": meta.category.value,
        # a date whose year was guessed (and warned about) is no claim to know the date
        "date": meta.date.value.iso() if meta.date and not meta.date_guessed else None,
        "date_source": meta.date.source if meta.date else None,
        "authors": [name for _role, name in meta.authors.value],
        "body": body,
    }


FIELDS = ("title", "organisation", "category", "date", "authors", "furniture-clean", "keep")


def _squeeze(text: str) -> str:
    """Text with whitespace removed, full-width forms folded (``（，：`` → ``(,:``), Chinese quotes folded
    into straight ones, a mirror page's pinyin readings (``政协(xié)``) dropped and traditional characters
    simplified, so that the pipeline's normalising (punctuation and quotes; readings; a traditional report
    is published in simplified characters) is not counted as a wrong title or a lost phrase."""
    table = t2s_table()
    text = reading_glosses(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))).translate(_QUOTES)
    return "".join(table.get(c, c) for c in text)


def _same_headline(title: str, subtitle: str | None, truth: str) -> bool:
    """Whether the article's headline is the truth's: the same title, or — when the truth writes a one-line
    headline with its 副题 after a dash (``启航新征程——政协某区第十四届委员会第四次会议闭幕``) — the same
    title and subtitle, which is how the site shows that line."""
    if _squeeze(title) == _squeeze(truth):
        return True
    dash = re.compile("[—－-]{2,}|—")
    return bool(subtitle) and dash.search(truth) is not None and dash.sub("—", _squeeze(truth)) == \
        dash.sub("—", _squeeze(title) + "—" + _squeeze(subtitle or "").lstrip("—－-"))


#: Chinese and straight quotes are one quote to the comparison (the pipeline writes Chinese ones)
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _short(value: Any, limit: int = 40) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Result:
    name: str
    holdout: bool
    organisation: str
    province: str
    error: str | None = None
    right: dict[str, bool] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)
    got: dict[str, Any] = field(default_factory=dict)


def org_named(organisation: str, text: str) -> bool:
    """Whether the report names its organisation's place at all (``瑞安`` for 瑞安市政协). When it does
    not (``区政协召开…`` with no place anywhere), no rule can know it: the right answer is none, which
    ``make check`` reports as ``no-organisation`` for staff to set."""
    place = organisation.removesuffix("政协")
    core = re.sub("(自治区|自治州|自治县|新区|省|市|区|县|旗|州)$", "", place) or place
    return core in "".join(t2s_table().get(c, c) for c in reading_glosses(text))  # 會(huì)昌縣 names 会昌


def judge(truth: dict[str, Any], seen: dict[str, Any] | None,
          text: str = "") -> tuple[dict[str, bool], dict[str, Any], dict[str, Any]]:
    """Compare one report's truth with what the pipeline produced (None: it failed); *text* is the
    report itself, to tell whether its organisation can be known from it."""
    want_date = str(truth["date"])
    want_org = truth["organisation"] if not text or org_named(truth["organisation"], text) else None
    expected: dict[str, Any] = {
        "title": truth["title"], "organisation": want_org or f"none ({truth['organisation']} is not named)",
        "category": truth["category"], "date": want_date, "authors": sorted(truth["authors"] or []),
        "furniture-clean": [], "keep": list(truth["keep"]),
    }
    if seen is None:
        return {f: False for f in FIELDS}, expected, {f: "(not converted)" for f in FIELDS}
    body = _squeeze(seen["body"])
    leaked = [f for f in truth["furniture"] or [] if _squeeze(str(f)) and _squeeze(str(f)) in body]
    missing = [k for k in truth["keep"] if _squeeze(str(k)) not in body]
    got: dict[str, Any] = {
        "title": seen["title"], "organisation": seen["organisation"], "category": seen["category"],
        "date": seen["date"], "date_source": seen["date_source"],
        "authors": sorted(seen["authors"]), "furniture-clean": leaked, "keep": missing,
    }
    right = {
        "title": _same_headline(seen["title"] or "", seen.get("subtitle"), truth["title"]),
        "organisation": seen["organisation"] is None if want_org is None else
        _squeeze(plain_name(seen["organisation"] or "")) == _squeeze(plain_name(want_org)),
        "category": seen["category"] == truth["category"],
        "date": seen["date"] is None if want_date == "unknown" else seen["date"] == want_date,
        "authors": {_squeeze(a) for a in seen["authors"]} == {_squeeze(str(a)) for a in truth["authors"] or []},
        "furniture-clean": not leaked,
        "keep": not missing,
    }
    if not right["keep"]:
        expected["keep"] = missing
        got["keep"] = "missing from body"
    if not right["furniture-clean"]:
        expected["furniture-clean"] = "none in body"
    return right, expected, got


def run(config_path: Path = ROOT / "newsdesk.yml") -> list[Result]:
    config = load_config(config_path)
    results = []
    for txt in sorted(REALWORLD.rglob("*.txt")):
        truth = yaml.safe_load(txt.with_name(txt.stem + ".truth.yml").read_text(encoding="utf-8"))
        rel = txt.relative_to(REALWORLD)
        result = Result(str(rel), rel.parts[0] == "holdout", truth["organisation"], truth["province"])
        seen = None
        try:
            seen = observe(convert(txt.read_bytes(), str(txt.relative_to(ROOT)), config, ANCHOR))
        except SeedError as exc:
            result.error = "SeedError: " + "; ".join(d.format() for d in exc.diagnostics)
        except Exception as exc:  # a crash is measured as wrong on every field, not a failed run
            result.error = f"crash: {type(exc).__name__}: {exc}"
        result.right, result.expected, result.got = judge(truth, seen, txt.read_text(encoding="utf-8", errors="replace"))
        results.append(result)
    return results


def table(title: str, results: list[Result], details: bool = True) -> str:
    lines = [f"## {title}: {len(results)} reports, {len({r.organisation for r in results})} offices, "
             f"{len({r.province for r in results})} provinces", "",
             f"| {'field':<16}| right | total |    % |", "|" + "-" * 17 + "|-------|-------|------|"]
    for f in FIELDS:
        n = sum(r.right[f] for r in results)
        pct = 100 * n / len(results) if results else 0.0
        lines.append(f"| {f:<16}| {n:>5} | {len(results):>5} | {pct:>4.0f} |")
    if not details:
        return "\n".join(lines)
    lines.append("")
    header = "  ".join(f[:5] for f in FIELDS)
    lines.append(f"{'report':<48} {header}")
    for r in results:
        marks = "  ".join(f"{'✓' if r.right[f] else '✗':<5}" for f in FIELDS)
        lines.append(f"{r.name:<48} {marks}")
        if r.error:
            lines.append(f"    {_short(r.error, 170)}")
            continue
        for f in FIELDS:
            if not r.right[f]:
                got = _short(r.got[f], 80)
                if f == "date" and r.got.get("date_source"):
                    got += f" ({_short(r.got['date_source'], 60)})"
                lines.append(f"    {f}: expected {_short(r.expected[f])} | got {got}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the per-report results as JSON instead")
    parser.add_argument("--holdout-details", action="store_true",
                        help="also print the holdout reports one by one (not while tuning rules)")
    args = parser.parse_args()
    start = time.perf_counter()
    results = run()
    if args.json:
        print(json.dumps([vars(r) for r in results], ensure_ascii=False, indent=1))
        return
    every = results
    print(f"real-world corpus: {len(every)} reports, {len({r.organisation for r in every})} offices, "
          f"{len({r.province for r in every})} provinces ({time.perf_counter() - start:.1f} s)\n")
    print(table("dev set (for tuning)", [r for r in results if not r.holdout]))
    print()
    print(table("holdout set (never tune on these)", [r for r in results if r.holdout], args.holdout_details))


if __name__ == "__main__":
    main()
