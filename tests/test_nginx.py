"""deploy/nginx.conf under a real nginx (Debian's, with the Brotli module: `make nginx` installs it),
serving a real build: precompressed files sent as they are, cache times, security headers."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from newsdesk import headers

NGINX = os.environ.get("NGINX_BIN", "/usr/sbin/nginx")  # not $NGINX: nginx itself reads that
MODULES = Path(os.environ.get("NGINX_MODULES", "/usr/lib/nginx/modules"))

MAIN = """load_module {modules}/ngx_http_brotli_static_module.so;
{user}pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
events {{}}
http {{
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path {prefix}/tmp; proxy_temp_path {prefix}/tmp; fastcgi_temp_path {prefix}/tmp;
  uwsgi_temp_path {prefix}/tmp; scgi_temp_path {prefix}/tmp;
  include {prefix}/site.conf;
}}
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, seeds_site: Path) -> Iterator[tuple[str, Path]]:
    prefix = tmp_path_factory.mktemp("nginx")
    site = seeds_site
    (prefix / "tmp").mkdir()
    (prefix / "snippets").mkdir()
    shutil.copy(ROOT / "deploy" / "security-headers.conf", prefix / "snippets" / "zhengxie-security-headers.conf")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    conf = conf.replace("root /srv/zhengxie/site;", f"root {site};")
    conf = re.sub(r"listen 80;", f"listen 127.0.0.1:{port};", conf)
    conf = re.sub(r"\n\s*listen \[::\]:80;", "", conf)
    conf = conf.replace("include snippets/", f"include {prefix}/snippets/")
    (prefix / "site.conf").write_text(conf, encoding="utf-8")
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read the (private) pytest folder
    (prefix / "nginx.conf").write_text(MAIN.format(modules=MODULES, prefix=prefix, user=user), encoding="utf-8")
    command = [NGINX, "-e", str(prefix / "error.log"), "-p", str(prefix), "-c", str(prefix / "nginx.conf")]
    env = {k: v for k, v in os.environ.items() if k != "NGINX"}  # $NGINX would mean inherited sockets
    check = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=60, env=env)
    assert check.returncode == 0, check.stderr
    try:
        subprocess.run(command, check=True, timeout=60, env=env)
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield base, site
    finally:
        subprocess.run([*command, "-s", "stop"], timeout=60, env=env, capture_output=True)


def get(url: str, encoding: str = "") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


@pytest.mark.parametrize(("accept", "encoding", "suffix"), [("br, gzip", "br", ".br"), ("gzip", "gzip", ".gz"),
                                                            ("", None, "")])
def test_pages_are_sent_precompressed_as_built(server: tuple[str, Path], accept: str, encoding: str | None,
                                               suffix: str) -> None:
    base, site = server
    status, head, body = get(base + "/", accept)
    assert status == 200 and head.get("content-encoding") == encoding
    assert body == (site / f"index.html{suffix}").read_bytes()
    assert head["content-type"] == "text/html; charset=utf-8" and "Accept-Encoding" in head.get("vary", "")


def test_every_response_carries_the_security_headers(server: tuple[str, Path]) -> None:
    base = server[0]
    for path in ("/", "/feed.xml", "/no-such-page/"):
        _, head, _ = get(base + path)
        for name, value in headers.SECURITY_HEADERS.items():
            assert head.get(name.lower()) == value, (path, name)
    assert get(base + "/no-such-page/")[0] == 404


def test_hashed_assets_are_cached_for_a_year_and_pages_for_minutes(server: tuple[str, Path]) -> None:
    base, site = server
    bundle = next((site / "assets" / "javascripts").glob("bundle.*.min.js")).relative_to(site).as_posix()
    status, head, body = get(f"{base}/{bundle}", "br")
    assert status == 200 and head["cache-control"] == "public, max-age=31536000, immutable"
    assert head["content-encoding"] == "br" and body == (site / f"{bundle}.br").read_bytes()
    assert head["content-security-policy"] == headers.CONTENT_SECURITY_POLICY
    for path in ("/", "/javascripts/newsdesk.js", "/search/search_index.json"):
        assert get(base + path)[1]["cache-control"] == "public, max-age=300", path
    assert get(f"{base}/{bundle}.map")[0] == 404


def test_the_original_seed_text_is_served_as_utf8(server: tuple[str, Path]) -> None:
    base, site = server
    seed = sorted((site / "seeds").glob("*.txt"))[0].name
    status, head, _ = get(f"{base}/seeds/{seed}")
    assert status == 200 and head["content-type"] == "text/plain; charset=utf-8"
