"""Benchmark: Lighthouse (mobile) on the home page, an article and the timeline.

Not part of ``make test``. Lighthouse is an npm package pinned here and installed on first use into
``build/lighthouse/`` (``npm install``, the registry only); it drives Debian's Chromium against a
local build of the seeds, so no other host is involved. Prints one row per page: performance,
accessibility, best practices, SEO (0–100).

    .venv/bin/python tests/bench_lighthouse.py
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests")]

from browserkit import ARGS, CHROMIUM, serve  # noqa: E402
from sitebuild import build  # noqa: E402

LIGHTHOUSE = "lighthouse@13.5.0"
PREFIX = ROOT / "build" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse_bin() -> Path:
    exe = PREFIX / "node_modules" / ".bin" / "lighthouse"
    if not exe.exists():
        PREFIX.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(PREFIX), "--no-save", "--no-audit", "--no-fund",
                        "--ignore-scripts", LIGHTHOUSE], check=True)
    return exe


def audit(exe: Path, url: str, out: Path) -> dict[str, int]:
    flags = " ".join(["--headless=new", *ARGS])
    command = [str(exe), url, "--quiet", "--output=json", f"--output-path={out}", f"--chrome-flags={flags}",
               "--only-categories=" + ",".join(CATEGORIES)]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
    report = json.loads(out.read_text(encoding="utf-8"))
    return {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    exe = lighthouse_bin()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        result = build(ROOT, site)
        if result.returncode:
            sys.exit(result.stderr)
        slug = sorted(p.name for p in (site / "articles").iterdir() if p.name[0].isdigit())[0]
        pages = {"home": "", "article": f"articles/{slug}/", "timeline": "timeline/"}
        print(f"{'page':<10}" + "".join(f"{c:>16}" for c in CATEGORIES))
        with serve(site) as base:
            for name, path in pages.items():
                scores = audit(exe, base + path, Path(tmp) / f"{name}.json")
                print(f"{name:<10}" + "".join(f"{scores[c]:>16}" for c in CATEGORIES), flush=True)


if __name__ == "__main__":
    main()
