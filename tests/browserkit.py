"""Serving a built site on localhost and launching Debian's Chromium: shared by browser tests and benchmarks."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
#: where browser tests leave their screenshots
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
#: flags for a headless Chromium on a machine with no network but loopback
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve *site* on a free loopback port; yields the base URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def launch(p: Playwright) -> Browser:
    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(f"no Chromium at {CHROMIUM}: run `make browser` (apt-get install chromium fonts-noto-cjk)")
    return p.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def material_search(page: Page, query: str, timeout: float = 15_000) -> None:
    """Type *query* into Material's header search box and wait for its answer."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").fill(query)
    page.keyboard.press("End")  # Material searches on key events; fill() alone types none
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && !/键入以开始搜索|正在初始化/.test(m.textContent) }", timeout=timeout)


class Tab:
    """A browser tab on the local server that records requests to other hosts and console errors;
    ``close()`` asserts there were none. Console errors containing one of *ignore* do not count."""

    def __init__(self, browser: Browser, server: str, viewport: dict[str, int], js: bool = True,
                 init: Iterable[str] = (), prefix: str = "", ignore: tuple[str, ...] = ()) -> None:
        self.context = browser.new_context(viewport=viewport, java_script_enabled=js, locale="zh-CN")
        for script in init:
            self.context.add_init_script(script)
        self.page: Page = self.context.new_page()
        self.server = server
        self.prefix = prefix
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: None if r.url.startswith((server, "data:", "blob:")) else self.foreign.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text)
                     if m.type == "error" and not any(word in m.text for word in ignore) else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def go(self, path: str) -> Page:
        self.page.goto(self.server + path)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{self.prefix}{name}.png"), full_page=True)

    def close(self) -> None:
        assert self.foreign == [], f"requests to other hosts: {self.foreign}"
        assert self.errors == [], f"console errors: {self.errors}"
        self.context.close()
