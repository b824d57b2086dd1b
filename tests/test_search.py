"""Search: the reference semantics against the shared case table, the index builder, and the same
cases through the browser engine (node's test runner) over an index this module builds."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from newsdesk.search import SearchDoc, build_index, fnv1a, fold, parse_query, search

CASES = json.loads((ROOT / "tests" / "cases" / "search.json").read_text(encoding="utf-8"))


def case_docs() -> list[SearchDoc]:
    docs = []
    for d in CASES["docs"]:
        lines = d["lines"]
        starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
        headings = tuple((starts[i], starts[i] + len(lines[i])) for i in d["heading_lines"])
        docs.append(SearchDoc(d["id"], f"articles/{d['id']}/", lines[0], "", d["category"], d["organisation"],
                              d["year"], "\n".join(lines), headings))
    return docs


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["label"] for c in CASES["cases"]])
def test_reference_semantics(case: dict[str, object]) -> None:
    assert [d.id for d in search(case_docs(), str(case["query"]))] == case["expected"]


def test_folding_and_parsing() -> None:
    assert fold("２０２０ 年\u3000ＰＰＴ") == "2020年ppt"
    assert parse_query("机构：平湖市政协 协商 协商").terms == ("协商",)
    assert parse_query("org:秀洲区政协").facets == (("organisation", "秀洲区政协"),)


def test_index_postings_encode_count_title_and_heading() -> None:
    docs = case_docs()
    index = build_index(docs, target_shard_bytes=400)
    assert index.shards > 1 and len([f for f in index.files if f.startswith("s/")]) == index.shards
    shard = json.loads(index.files[f"s/{fnv1a('协商') % index.shards}.json"])
    ids, values, at = [], [], 0
    postings = shard["协商"]
    for delta, value in zip(postings[::2], postings[1::2], strict=True):
        at += delta
        ids.append(at)
        values.append(value)
    assert ids == [0, 2, 4]
    assert values == [1 * 4 + 1, 4 * 4 + 1, 1 * 4 + 1]  # count × 4 + heading bit (none in a title)
    text = json.loads(index.files["t/3.json"])
    assert text["t"] == "书写政协新篇章 作出政协新贡献" and text["u"] == "articles/3/"
    facets = json.loads(index.files["facets.json"])
    assert facets["category"]["年度回顾"] == [2, 2]  # ids 2 and 4, delta-encoded


def test_every_gram_of_every_doc_is_findable() -> None:
    index = build_index(case_docs(), target_shard_bytes=300)
    for doc in case_docs():
        text = fold(doc.text)
        for gram in {text[i : i + 2] for i in range(len(text) - 1)} | set(text):
            shard = json.loads(index.files[f"s/{fnv1a(gram) % index.shards}.json"])
            assert gram in shard, gram


def test_browser_engine_agrees_with_the_reference(tmp_path: Path) -> None:
    """node --test runs tests/js/search.test.cjs: the JS reference and the index-backed engine."""
    node = shutil.which("node")
    assert node, "node is needed for the search engine tests"
    index = build_index(case_docs(), target_shard_bytes=300)
    for path, text in index.files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    hashes = {t: fnv1a(t) for t in ("政协", "a", "ＡＩ", "𠀀字", "2020年")}
    (tmp_path / "meta.json").write_text(json.dumps({"shards": index.shards, "fnv1a": hashes}, ensure_ascii=False),
                                        encoding="utf-8")
    result = subprocess.run([node, "--test", str(ROOT / "tests" / "js" / "search.test.cjs")], cwd=ROOT,
                            env={"ND_INDEX": str(tmp_path), "PATH": "/usr/bin:/bin:/usr/local/bin"},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout and "# pass " in result.stdout
