from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from browserkit import launch
from playwright.sync_api import Browser, sync_playwright
from sitebuild import build

from newsdesk.config import Config, load_config
from newsdesk.extract import Anchor
from newsdesk.pipeline import Article, convert

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config(ROOT / "newsdesk.yml")


ANCHOR = Anchor(2026, "test anchor")


def convert_text(text: str, config: Config, path: str = "seeds/sample.txt", anchor: Anchor = ANCHOR) -> Article:
    return convert(text.encode("utf-8"), path, config, anchor)


def body_of(article: Article) -> str:
    """The article's Markdown body, after its front matter."""
    return article.markdown.split("---\n", 2)[2]


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder (config, no seeds) as the current directory."""
    shutil.copy(ROOT / "newsdesk.yml", tmp_path / "newsdesk.yml")
    (tmp_path / "seeds").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


#: A small, clean report used by many tests; it is not one of the seeds.
SAMPLE = """测试标题 新的开始

——市政协组织委员开展调研

■记者 张三 通讯员 李四

3月5日，市政协组织部分委员赴平湖经济技术开发区开展专题调研。

委员们实地察看了企业生产线，听取了情况介绍。
"""


#: SAMPLE with its date and category confirmed: a report ``check`` has nothing to say about
QUIET_SAMPLE = "---\ndate: 2026-03-05\ncategory: 履职动态\n---\n" + SAMPLE


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' site, built once for every test that only reads it (a build takes a while)."""
    out = tmp_path_factory.mktemp("seeds-site")
    result = build(ROOT, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright, one per test module (tests/browserkit.py)."""
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


GOLDEN_DIR = ROOT / "tests" / "golden"
#: each seed's golden article: front matter by slug, body by slug, report by slug
GOLDEN: dict[str, dict[str, Any]] = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1])
                                     for p in sorted(GOLDEN_DIR.glob("*.md"))}
BODIES: dict[str, str] = {p.stem: p.read_text(encoding="utf-8").split("---\n", 2)[2]
                          for p in sorted(GOLDEN_DIR.glob("*.md"))}
REPORTS: dict[str, dict[str, Any]] = {p.name.split(".")[0]: json.loads(p.read_text(encoding="utf-8"))
                                      for p in sorted(GOLDEN_DIR.glob("*.report.json"))}
