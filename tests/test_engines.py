"""The MkDocs/ProperDocs comparison forgives exactly the generator line, and nothing else."""

from __future__ import annotations

import gzip
from pathlib import Path

from compare_engines import compare

from conftest import ROOT

MK = b'<head><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.1"></head>'
PD = b'<head><meta name="generator" content="mkdocs-ProperDocs 1.6.7, mkdocs-material-9.8.1"></head>'


def _site(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def test_only_the_generator_line_may_differ(tmp_path: Path) -> None:
    a = _site(tmp_path / "a", {"index.html": MK, "index.html.gz": gzip.compress(MK, mtime=0), "x.css": b"a"})
    b = _site(tmp_path / "b", {"index.html": PD, "index.html.gz": gzip.compress(PD, mtime=0), "x.css": b"a"})
    assert compare(a, b) == ([], 3, 1)


def test_any_other_difference_is_reported(tmp_path: Path) -> None:
    a = _site(tmp_path / "a", {"index.html": MK + b"1", "only-a.js": b"", "same.txt": b"s"})
    b = _site(tmp_path / "b", {"index.html": PD + b"2", "only-b.js": b"", "same.txt": b"s"})
    problems, total, identical = compare(a, b)
    assert problems == ["only in the MkDocs build: only-a.js", "only in the ProperDocs build: only-b.js",
                        "differs: index.html"]
    assert (total, identical) == (2, 1)
    c = _site(tmp_path / "c", {"index.html": MK.replace(b"material-9.8.1", b"material-9.9.0")})
    assert compare(_site(tmp_path / "d", {"index.html": MK}), c)[0] == ["differs: index.html"]


def test_the_properdocs_venv_gets_every_package_the_site_build_imports() -> None:
    """requirements-properdocs.txt is installed --no-deps: it must list each pin of requirements.txt
    (bar MkDocs itself and its own helpers), or the hook fails to import under ProperDocs."""
    def pins(name: str) -> dict[str, str]:
        out = {}
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if "==" in line:
                package, version = line.split("==")
                out[package.lower().replace("_", "-")] = version
        return out
    site, properdocs = pins("requirements.txt"), pins("requirements-properdocs.txt")
    missing = {p: v for p, v in site.items() if p not in ("mkdocs", "mkdocs-get-deps") and properdocs.get(p) != v}
    assert not missing, f"add to requirements-properdocs.txt: {missing}"
