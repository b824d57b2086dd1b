"""Property: seeds with payloads injected into every field never put markup outside the allow-list.

Hypothesis writes two seeds per example, each with a payload (script tags, event handlers,
``javascript:`` links, comment and CDATA openers, quote breakers, Jinja syntax, Markdown links,
line separators) in the title line, subtitle, byline, lead, body, caption and every text field of
the front matter; the site is built with ``mkdocs build --strict`` and every HTML page, the feed and
the search index are checked. Derandomised and a handful of examples, so it is repeatable and
takes well under two minutes.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from htmlcheck import problems
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sitebuild import build, copy_project

PAYLOADS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "'><svg/onload=alert(1)>",
    "<!--<script>", "</title><script>alert(1)</script>", "</script><script>alert(1)</script>", "]]><x>",
    "javascript:alert(1)", "[点](javascript:alert(1))", '![图](x" onerror="alert(1))', "{{ 7*7 }}{% raw %}",
    "&lt;script&gt;", "&#60;img src=x onerror=alert(1)&#62;", "<a href='javascript:alert(1)'>链接</a>",
    "<iframe srcdoc='<script>alert(1)</script>'>", "\u2028<b>\u2029", "<style>*{}</style>", "`<x>`", "*<u>*",
]
FILLER = st.text(alphabet="政协委员会议调研协商民主监督提案建议", min_size=2, max_size=8)
FIELDS = ("title", "subtitle", "byline", "lead", "body", "caption", "fm_title", "fm_subtitle", "fm_summary",
          "fm_tag", "fm_author", "fm_organisation", "fm_source")


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def seed_text(filler: str, payload: dict[str, str]) -> str:
    front = [f"title: {_quoted(filler + '会' + payload['fm_title'])}" if payload["fm_title"] else "",
             f"subtitle: {_quoted(payload['fm_subtitle'])}" if payload["fm_subtitle"] else "",
             f"summary: {_quoted('摘要' + payload['fm_summary'])}",
             f"tags: [{_quoted('标签' + payload['fm_tag'])}]",
             f"authors: [{_quoted('记者 张三' + payload['fm_author'].replace(' ', ''))}]",
             f"organisation: {_quoted('政协' + payload['fm_organisation'])}",
             f"source: {_quoted(payload['fm_source'] or '报纸')}"]
    head = "---\n" + "\n".join(line for line in front if line) + "\n---\n"
    return (f"{head}市政协召开{filler}会{payload['title']}\n\n——{filler}{payload['subtitle']}\n\n"
            f"■记者 王五{payload['byline'].replace(' ', '')}\n\n"
            f"3月5日，市政协组织委员开展{filler}调研{payload['lead']}，听取了情况介绍。\n\n"
            f"委员们围绕营商环境开展协商{payload['body']}，提出了意见建议。\n\n"
            f"图为委员们调研现场{payload['caption']}\n")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("property") / "project")
    shutil.rmtree(project / "tests")
    return project


@settings(max_examples=4, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seeds=st.lists(st.tuples(FILLER, st.fixed_dictionaries({f: st.sampled_from(["", *PAYLOADS]) for f in FIELDS})),
                      min_size=2, max_size=2))
def test_payloads_in_every_field_never_become_markup(project: Path, tmp_path_factory: pytest.TempPathFactory,
                                                     seeds: list[tuple[str, dict[str, str]]]) -> None:
    folder = project / "seeds"
    for old in folder.iterdir():
        old.unlink()
    for i, (filler, payload) in enumerate(seeds):
        (folder / f"p{i}.txt").write_text(seed_text(filler, payload), encoding="utf-8")
    site = tmp_path_factory.mktemp("property-site")
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    found = {p.relative_to(site).as_posix(): problems(p.read_text(encoding="utf-8")) for p in site.rglob("*.html")}
    assert {k: v for k, v in found.items() if v} == {}
    ET.parse(site / "feed.xml")
    for index in (site / "search").rglob("*.json"):
        json.loads(index.read_text(encoding="utf-8"))
    shutil.rmtree(site)
