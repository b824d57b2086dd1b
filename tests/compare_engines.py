"""The exit path: build the seeds with MkDocs 1.6.1 and with ProperDocs 1.6.7 and compare every byte.

``make properdocs`` (part of ``make test``) runs this with ProperDocs from its own virtualenv
(``.venv-properdocs``, from ``requirements-properdocs.txt``). The one documented difference is the
``<meta name="generator">`` line Material writes into every page, naming the engine; it is the only
thing replaced before comparing (in the pages and inside their .gz/.br copies). Prints the result;
exit 1 on any other difference.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
#: the documented difference: which engine built the page
GENERATOR = re.compile(rb'<meta name="generator" content="(mkdocs-[\d.]+|mkdocs-ProperDocs [\d.]+), (mkdocs-material-[\d.]+)">')


def build(command: list[str], out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks"), "NO_MKDOCS_2_WARNING": "1",
           "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1767225600")}
    result = subprocess.run([*command, "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    if result.returncode:
        raise SystemExit(f"{command[0]} build failed:\n{result.stdout}{result.stderr}")


def content(path: Path) -> bytes:
    """The file's bytes (decompressed for .gz/.br) with the engine's generator line made neutral."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    elif path.suffix == ".br":
        data = brotli.decompress(data)
    return GENERATOR.sub(rb'<meta name="generator" content="ENGINE, \2">', data)


def compare(a: Path, b: Path) -> tuple[list[str], int, int]:
    """Differences (beyond the generator line) between two built sites; files compared; files identical as bytes."""
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    problems = [f"only in the {side} build: {name}" for side, names in (("MkDocs", files_a - files_b),
                                                                       ("ProperDocs", files_b - files_a))
                for name in sorted(names)]
    identical = 0
    for name in sorted(files_a & files_b):
        raw_a, raw_b = (a / name).read_bytes(), (b / name).read_bytes()
        if raw_a == raw_b:
            identical += 1
        elif content(a / name) != content(b / name):
            problems.append(f"differs: {name}")
    return problems, len(files_a & files_b), identical


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--properdocs", default=str(ROOT / ".venv-properdocs" / "bin" / "properdocs"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "mkdocs", Path(tmp) / "properdocs"
        build([str(Path(sys.executable).parent / "mkdocs")], a)
        build([args.properdocs], b)
        problems, total, identical = compare(a, b)
    for p in problems:
        print(f"properdocs: {p}")
    print(f"MkDocs 1.6.1 and ProperDocs 1.6.7: {total} files, {identical} identical byte for byte, "
          f"{total - identical - sum(p.startswith('differs') for p in problems)} differing only in the "
          f"<meta name=\"generator\"> line, {len(problems)} other difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
