"""Benchmark: pipeline throughput on a generated corpus (``make bench``). Prints a table.

Target (issue 2): ≥ 5 MB/s for the pipeline alone on the 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests")]

from corpus import generate  # noqa: E402

from newsdesk import normalise, segment  # noqa: E402
from newsdesk.config import load_config  # noqa: E402
from newsdesk.extract import Anchor, extract  # noqa: E402
from newsdesk.frontmatter import parse_front_matter  # noqa: E402
from newsdesk.model import record_of  # noqa: E402
from newsdesk.pipeline import convert  # noqa: E402
from newsdesk.read import read_seed  # noqa: E402
from newsdesk.render import render  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=1000, help="reports in the corpus (default 1000)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    config = load_config(ROOT / "newsdesk.yml")
    anchor = Anchor(2026, "bench")
    corpus = [(name, text.encode()) for name, text in generate(args.n)]
    size = sum(len(data) for _, data in corpus)

    stages = {"read": 0.0, "normalise": 0.0, "segment": 0.0, "extract": 0.0, "render": 0.0}
    for name, data in corpus:
        t0 = time.perf_counter()
        source = read_seed(data, name)
        fm, _ = parse_front_matter(source, config)
        t1 = time.perf_counter()
        text, _ = normalise.normalise_text(source.body)
        t2 = time.perf_counter()
        seg = segment.segment(text, source.body_line, config)
        t3 = time.perf_counter()
        meta = extract(seg.blocks, fm, config, anchor)
        t4 = time.perf_counter()
        render(record_of(meta, name, name), seg.blocks)
        t5 = time.perf_counter()
        for key, dt in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            stages[key] += dt

    def whole(verify: bool) -> tuple[float, float]:
        runs = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            for name, data in corpus:
                convert(data, f"seeds/{name}", config, anchor, verify=verify)
            runs.append(time.perf_counter() - start)
        return min(runs), statistics.median(runs)

    best, median = whole(verify=False)
    checked, checked_median = whole(verify=True)

    mb = size / 1e6
    print(f"corpus: {args.n} generated reports, {mb:.2f} MB UTF-8 ({size / args.n / 1000:.1f} KB each)")
    print()
    print("| stage | seconds | MB/s |")
    print("|---|---:|---:|")
    for key, seconds in stages.items():
        print(f"| {key} | {seconds:.3f} | {mb / seconds:.1f} |")
    print(f"| **whole pipeline** (convert; best of {args.repeat}) | {best:.3f} | **{mb / best:.1f}** |")
    print(f"| whole pipeline, median of {args.repeat} | {median:.3f} | {mb / median:.1f} |")
    print(f"| whole pipeline + the no-Han-character-lost self-check builds run (best / median) "
          f"| {checked:.3f} / {checked_median:.3f} | {mb / checked:.1f} / {mb / checked_median:.1f} |")
    print()
    print(f"articles/s: {args.n / best:.0f}; target ≥ 5 MB/s: {'met' if mb / best >= 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
