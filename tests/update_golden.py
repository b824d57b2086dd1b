"""Regenerate tests/golden/ from seeds/: ``make golden``. Review the diff before committing.

Each seed gives ``<stem>.md`` (the article, byte for byte) and
``<stem>.report.json`` (what was removed, joined, fixed and inferred).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
sys.path.insert(0, str(ROOT / "hooks"))

from newsdesk.batch import convert_paths, seed_paths  # noqa: E402
from newsdesk.cli import report_json  # noqa: E402
from newsdesk.config import load_config  # noqa: E402


def golden_outputs() -> dict[str, str]:
    """File name in tests/golden → expected content, for every seed."""
    batch = convert_paths(seed_paths(ROOT), load_config(ROOT / "newsdesk.yml"), ROOT)
    if batch.errors:
        raise SystemExit("\n".join(d.format() for d in batch.errors))
    out = {}
    for article in batch.articles:
        stem = Path(article.path).stem
        out[f"{stem}.md"] = article.markdown
        out[f"{stem}.report.json"] = report_json(article)
    return out


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
