"""Search: the reference semantics against the shared case table, the index builder, and the same
cases through the browser engine (node's test runner) over an index this module builds."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from newsdesk.search import SearchDoc, fold, parse_query, search, t2s_table
from newsdesk.search_index import DIGITS, build_index, fnv1a, unvarints

CASES = json.loads((ROOT / "tests" / "cases" / "search.json").read_text(encoding="utf-8"))


def case_docs() -> list[SearchDoc]:
    docs = []
    for d in CASES["docs"]:
        lines = d["lines"]
        starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
        headings = tuple((starts[i], starts[i] + len(lines[i])) for i in d["heading_lines"])
        docs.append(SearchDoc(d["id"], f"articles/{d['id']}/", lines[0], "", d["category"], d["organisation"],
                              d["year"], "\n".join(lines), headings, starts[2]))
    return docs


def entry(index_files: dict[str, str], shards: int, key: str) -> str:
    """The postings string of *key*, following a pointer to b/ when it is long."""
    value = json.loads(index_files[f"s/{fnv1a(key) % shards}.json"])[key]
    return value if isinstance(value, str) else str(json.loads(index_files[f"b/{value[0]}.json"]))


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["label"] for c in CASES["cases"]])
def test_reference_semantics(case: dict[str, object]) -> None:
    assert [d.id for d in search(case_docs(), str(case["query"]))] == case["expected"]


def test_folding_and_parsing() -> None:
    assert fold("２０２０ 年\u3000ＰＰＴ") == "2020年ppt"
    assert fold("協商會議 臺灣") == "协商会议台湾"
    assert fold("乾隆") == "乾隆"  # 乾 is ambiguous (干/乾) in OpenCC's table: kept
    assert len(t2s_table()) > 2_500
    assert parse_query("机构：平湖市政协 协商 協商").terms == ("协商",)
    assert parse_query("org:秀洲区政协").facets == (("organisation", "秀洲区政协"),)
    assert parse_query("协商 sort:time").by_time and not parse_query("协商 排序:相关度").by_time


def test_short_postings_encode_count_title_and_heading() -> None:
    index = build_index(case_docs(), target_shard_bytes=400, inline_max=8)
    assert index.shards > 1 and len([f for f in index.files if f.startswith("s/")]) == index.shards
    assert any(f.startswith("b/") for f in index.files), "long postings get their own files"
    numbers = unvarints(entry(index.files, index.shards, "协商"))
    ids = [sum(numbers[0:i + 1:2]) for i in range(0, len(numbers), 2)]
    assert ids == [0, 2, 3, 4]
    assert numbers[1::2] == [1 * 4 + 1, 4 * 4 + 1, 2 * 4, 1 * 4 + 1]  # count × 4 + heading bit (none in a title)


def test_trigram_postings_hold_positions_title_and_heading() -> None:
    index = build_index(case_docs(), target_shard_bytes=400, inline_max=8)
    # doc 3: title 书写政协新篇章作出政协新贡献 (folded) — 政协新 at 2 and 9, both in the title
    assert unvarints(entry(index.files, index.shards, "政协新")) == [3, 2 * 4 + 2, 2, 2, 7]
    # doc 0: heading 跨界协商精准破题 — 跨界协 once, inside a heading: one heading index (0)
    numbers = unvarints(entry(index.files, index.shards, "跨界协"))
    assert numbers[:4] == [0, 1 * 4 + 1, 1, 0]
    long = "".join(json.loads(index.files[f]) for f in index.files if f.startswith("b/"))
    assert long and set(long) <= set(DIGITS)


def test_texts_facets_and_folding_table() -> None:
    index = build_index(case_docs())
    text = json.loads(index.files["t/3.json"])
    assert text["t"] == "书写政协新篇章 作出政协新贡献" and text["u"] == "articles/3/"
    assert text["x"][text["b"]:].startswith("2020 年 5 月 30 日上午")
    facets = json.loads(index.files["facets.json"])
    assert facets["category"]["names"][int(facets["category"]["codes"][2]) - 1] == "年度回顾"
    pairs = json.loads(index.files["t2s.json"])["pairs"]
    assert "協协" in pairs and len(pairs) == 2 * len(t2s_table())


def test_every_gram_of_every_doc_is_findable() -> None:
    index = build_index(case_docs(), target_shard_bytes=300)
    for doc in case_docs():
        text = fold(doc.text)
        for size in (1, 2, 3):
            for gram in {text[i : i + size] for i in range(len(text) - size + 1)}:
                shard = json.loads(index.files[f"s/{fnv1a(gram) % index.shards}.json"])
                assert gram in shard, gram


def test_index_size_and_time_grow_linearly() -> None:
    docs = case_docs()
    small = build_index(docs)
    many = [SearchDoc(i, d.url, d.title, d.date, d.category, d.organisation, d.year, d.text, d.headings, d.body_start)
            for i, d in enumerate(docs * 40)]
    large = build_index(many)

    def size(files: dict[str, str]) -> int:
        return sum(len(v.encode()) for k, v in files.items() if k != "t2s.json")

    assert size(large.files) < 45 * size(small.files)


def test_browser_engine_agrees_with_the_reference(tmp_path: Path) -> None:
    """node --test runs tests/js/search.test.cjs: the JS reference and the index-backed engine."""
    node = shutil.which("node")
    assert node, "node is needed for the search engine tests"
    index = build_index(case_docs(), target_shard_bytes=300, inline_max=8)
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
