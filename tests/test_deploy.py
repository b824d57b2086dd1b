"""Deploying anywhere: precompressed files, the nginx config and its security headers, the deploy job."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import brotli
import pytest
import yaml

from conftest import ROOT
from newsdesk import compress, headers

NGINX = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))


def test_precompressed_copies_are_exact_deterministic_and_only_for_text_above_the_threshold(tmp_path: Path) -> None:
    big = ("政协之窗 " * 400).encode()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_bytes(big)
    (tmp_path / "app.js").write_bytes(big)
    (tmp_path / "small.css").write_bytes(b"a{}")
    (tmp_path / "logo.png").write_bytes(big)
    totals = compress.precompress(tmp_path)
    assert totals.files == 2 and totals.gz < totals.raw and totals.br < totals.raw
    gz = (tmp_path / "a" / "index.html.gz").read_bytes()
    assert gzip.decompress(gz) == big and brotli.decompress((tmp_path / "app.js.br").read_bytes()) == big
    assert gz[3] == 0 and gz[4:8] == bytes(4), "gzip header must carry no file name and mtime 0"
    assert not (tmp_path / "small.css.gz").exists() and not (tmp_path / "logo.png.gz").exists()
    before = {p.name: p.read_bytes() for p in tmp_path.rglob("*.*[rz]")}
    compress.precompress(tmp_path)  # again: the same bytes, and no .gz.gz
    assert {p.name: p.read_bytes() for p in tmp_path.rglob("*.*[rz]")} == before
    assert not list(tmp_path.rglob("*.gz.gz")) and not list(tmp_path.rglob("*.br.br"))
    # hashed theme assets get brotli's smallest output, everything else a fast level
    import material
    bundle = next((Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js"))
    js = bundle.read_bytes()
    assert len(compress.brotli_bytes(js, bundle.name)) < len(compress.brotli_bytes(js, "app.js")) < len(compress.gzip_bytes(js))


@pytest.fixture(scope="module")
def site(seeds_site: Path) -> Path:
    return seeds_site


def test_the_built_site_carries_gz_and_br_beside_every_text_file(site: Path) -> None:
    tmp_path = site
    texts = [p for p in tmp_path.rglob("*") if p.suffix in compress.SUFFIXES and p.stat().st_size >= compress.MIN_BYTES]
    assert any(p.name == "index.html" for p in texts) and any(p.suffix == ".css" for p in texts)
    for p in texts:
        data = p.read_bytes()
        assert gzip.decompress(p.with_name(p.name + ".gz").read_bytes()) == data, p
        assert brotli.decompress(p.with_name(p.name + ".br").read_bytes()) == data, p
    assert not (tmp_path / "robots.txt.gz").exists()  # below the threshold


def test_security_headers_snippet_is_generated_from_the_module() -> None:
    snippet = (ROOT / "deploy" / "security-headers.conf").read_text(encoding="utf-8")
    assert snippet == headers.nginx_snippet(), (
        "deploy/security-headers.conf is stale: PYTHONPATH=hooks .venv/bin/python -m newsdesk.headers "
        "> deploy/security-headers.conf")


def test_the_policy_allows_scripts_only_from_the_site_itself() -> None:
    page = dict(part.split(" ", 1) for part in headers.CSP.split("; "))
    assert page["script-src"] == "'self'" and page["default-src"] == "'self'" and page["object-src"] == "'none'"
    assert "unsafe-inline" not in page["script-src"] and "unsafe-eval" not in headers.CSP
    header = dict(part.split(" ", 1) for part in headers.CONTENT_SECURITY_POLICY.split("; "))
    assert header["frame-ancestors"] == "'none'" and header["object-src"] == "'none'"
    # policies intersect: a header script-src would block the hashed inline scripts each page allows
    assert "script-src" not in header and "default-src" not in header
    for text in (headers.CSP, headers.CONTENT_SECURITY_POLICY):
        assert not re.search(r"https?:|\*", text), "no other host may be allowed"
    assert "frame-ancestors" not in headers.csp(meta=True)  # ignored by browsers in <meta>


def _locations(conf: str) -> dict[str, str]:
    """location pattern → its body: from a line `location … {` to the next line that is just `}`."""
    found = {m[1]: m[2] for m in re.finditer(r"^\s*location\s+(.+?)\s*\{\s*$(.*?)^\s*\}\s*$", conf, re.M | re.S)}
    assert len(found) == len(re.findall(r"^\s*location\s", conf, re.M)), "every location block is found"
    return found


def test_nginx_sends_precompressed_files_and_every_location_includes_the_headers() -> None:
    assert re.search(r"^\s*gzip_static on;", NGINX, re.M) and re.search(r"^\s*brotli_static on;", NGINX, re.M)
    for pattern, body in _locations(NGINX).items():
        if "add_header" in body:  # nginx drops inherited add_header lines in such a block
            assert "include snippets/zhengxie-security-headers.conf;" in body, pattern


def test_nginx_caches_hashed_assets_long_and_pages_short() -> None:
    locations = _locations(NGINX)
    assert 'Cache-Control "public, max-age=300"' in locations["/"]
    hashed = next(p for p in locations if "min" in p)
    assert "immutable" in locations[hashed] and "max-age=31536000" in locations[hashed]
    regex = re.compile(hashed.split('"')[1], re.I)
    assert regex.pattern == compress.HASHED_ASSET.pattern  # what is cached longest is compressed hardest
    import material
    assets = Path(material.__file__).parent / "templates" / "assets"
    names = [p.name for p in assets.rglob("*.min.*") if p.suffix in (".js", ".css")]
    assert names and all(regex.search(n) for n in names if re.search(r"\.[0-9a-f]{8}\.min\.", n))
    assert sum(bool(regex.search(n)) for n in names) >= 3  # bundle, search worker, main and palette CSS
    for unhashed in ("javascripts/newsdesk.js", "stylesheets/newsdesk.css", "search/search_index.json", "index.html"):
        assert not regex.search(unhashed)


@pytest.mark.parametrize("job", ["rsync"])
def test_the_own_server_job_runs_only_when_its_secrets_are_set(job: str) -> None:
    jobs = WORKFLOW["jobs"]
    condition = jobs[job]["if"]
    assert "needs.build.outputs.rsync == 'true'" in condition and "pull_request" in condition
    assert jobs["build"]["outputs"]["rsync"] == "${{ steps.secrets.outputs.rsync }}"
    step = next(s for s in jobs["build"]["steps"] if s.get("id") == "secrets")
    assert step["env"]["DEPLOY_HOST"] == "${{ secrets.DEPLOY_HOST }}"
    run = "\n".join(s.get("run", "") for s in jobs[job]["steps"])
    assert "StrictHostKeyChecking=yes" in run and "rsync" in run and "--delete" in run
    assert "deploy" in jobs and jobs["deploy"]["needs"] == "build"  # GitHub Pages stays
