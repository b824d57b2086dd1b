"""MkDocs event handlers: thin glue between MkDocs and the newsdesk package.

Each build creates one ``newsdesk.site.Publisher`` in ``on_config``; every other event hands its
arguments to the publisher method of the same step. Seeds are converted once per build; a seed
error fails the build with the message that ``python -m newsdesk check`` prints.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdesk import csp
from newsdesk.site import Publisher

_command = "build"  # set by on_startup: `mkdocs serve` skips precompression
_publisher: Publisher | None = None


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def publisher() -> Publisher:
    assert _publisher is not None, "on_config runs first"
    return _publisher


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _publisher
    _publisher = Publisher(config, serving=_command == "serve")
    _publisher.configure(config)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    return publisher().add_files(files, config)


def on_nav(nav: Any, config: MkDocsConfig, files: Files) -> Any:
    publisher().nav(config)
    return nav


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    env.globals["newsdesk"] = publisher().template_globals(files)
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return publisher().page_markdown(markdown, page)


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    return publisher().page_context(context, page, config)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return csp.with_policy(output)  # Content-Security-Policy with the hashes of this page's inline scripts


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return csp.with_policy(output_content) if template_name.endswith(".html") else output_content


def on_post_build(config: MkDocsConfig) -> None:
    publisher().post_build(config)
