"""Regenerate tests/golden/ from seeds/: ``make golden``. Review the diff before committing.

Each seed gives ``<stem>.md`` (the article, byte for byte) and
``<stem>.report.json`` (what was removed, joined, fixed and inferred); all seeds together give
``chronicle.json`` (the 大事记 lines with their sources and rules) and ``figures.json`` (数说).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
sys.path.insert(0, str(ROOT / "hooks"))

from newsdesk import chronicle, corrections  # noqa: E402
from newsdesk.batch import convert_paths, seed_paths  # noqa: E402
from newsdesk.cli import report_json  # noqa: E402
from newsdesk.config import load_config  # noqa: E402


def golden_outputs() -> dict[str, str]:
    """File name in tests/golden → expected content, for every seed."""
    config = load_config(ROOT / "newsdesk.yml")
    batch = convert_paths(seed_paths(ROOT), config, ROOT)
    if batch.errors:
        raise SystemExit("\n".join(d.format() for d in batch.errors))
    out = {}
    events: list[chronicle.Event] = []
    figures: dict[str, list[dict[str, Any]]] = {}
    for article in batch.articles:
        stem = Path(article.path).stem
        out[f"{stem}.md"] = article.markdown
        out[f"{stem}.report.json"] = report_json(article)
        fixes = corrections.parse_corrections((ROOT / article.path).read_bytes(), article.path)
        events += corrections.corrected_events(article, fixes)
        if article.metadata.category.value in config.figures.categories:
            figures[article.path] = [
                {"label": f.label, "value": f.value, "unit": f.unit, "words": f.expression, "line": f.line,
                 "year": f.year, "key": f.key, "rule": f.rule}
                for f in corrections.corrected_figures(article, config.figures, fixes)]
    rules = {(e.path, e.line, e.text): e.rule for e in events}
    lines = [{"date": ln.date.iso(), "text": ln.text, "organisation": ln.organisation, "year_guessed": ln.year_guessed,
              "sources": [f"{s.path}:{s.line}" for s in ln.sources],
              "rules": [rules.get((s.path, s.line, ln.text), "") for s in ln.sources]}
             for ln in chronicle.merge(events)]
    out["chronicle.json"] = _json(lines)
    out["figures.json"] = _json(figures)
    return out


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    wanted = golden_outputs()
    for stale in set(p.name for p in GOLDEN.iterdir()) - set(wanted):
        (GOLDEN / stale).unlink()
        print(f"removed {stale}")
    for name, text in sorted(wanted.items()):
        path = GOLDEN / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"updated {name}")
    print("golden files are up to date; review them with `git diff tests/golden`")


if __name__ == "__main__":
    main()
