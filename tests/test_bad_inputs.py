"""Bad input gets a clear message naming the file and line, loses nothing, and leaves the seed alone."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import markdown
import pytest

from conftest import ANCHOR, ROOT, SAMPLE, body_of, convert_text
from newsdesk.batch import convert_paths
from newsdesk.config import Config, parse_config
from newsdesk.diagnostics import SeedError
from newsdesk.pipeline import convert, lost_han


def errors_of(data: bytes, config: Config, path: str = "seeds/bad.txt") -> list[tuple[str, int, str]]:
    with pytest.raises(SeedError) as caught:
        convert(data, path, config, ANCHOR)
    return [(d.code, d.line, d.format()) for d in caught.value.diagnostics]


def test_gbk_file_is_decoded(config: Config) -> None:
    article = convert(SAMPLE.encode("gbk"), "seeds/gbk.txt", config, ANCHOR)
    assert article.encoding == "gb18030"
    assert article.metadata.title.value == "测试标题 新的开始"


def test_utf16_file_with_bom_is_decoded(config: Config) -> None:
    article = convert(SAMPLE.encode("utf-16"), "seeds/u16.txt", config, ANCHOR)
    assert article.encoding == "utf-16"
    assert article.metadata.title.value == "测试标题 新的开始"


def test_utf8_bom_is_dropped(config: Config) -> None:
    article = convert(codecs.BOM_UTF8 + SAMPLE.encode(), "seeds/bom.txt", config, ANCHOR)
    assert "\ufeff" not in article.markdown
    assert article.metadata.title.value == "测试标题 新的开始"


@pytest.mark.parametrize("data", [b"", b"   \n\n  \n"], ids=["empty", "whitespace only"])
def test_empty_file_is_an_error(config: Config, data: bytes) -> None:
    [(code, _, message)] = errors_of(data, config)
    assert code == "empty-file"
    assert message.startswith("seeds/bad.txt: error: 文件是空的")


def test_binary_file_names_the_byte_offset(config: Config) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    [(code, _, message)] = errors_of(data, config)
    assert code == "binary-file"
    assert re.search(r"byte offset \d+", message)


def test_five_megabyte_file_converts_without_loss(config: Config) -> None:
    paragraph = "委员们围绕营商环境、乡村振兴和民生实事开展协商，提出意见建议。" * 20
    text = "大文件标题\n\n" + "\n\n".join(paragraph for _ in range(5 * 1024 * 1024 // (len(paragraph.encode()) + 2)))
    data = text.encode()
    assert len(data) >= 4_900_000
    article = convert(data, "seeds/big.txt", config, ANCHOR)
    assert article.metadata.characters > 1_600_000
    assert not lost_han(text, article)


def test_unclosed_front_matter_names_its_line(config: Config) -> None:
    [(code, line, message)] = errors_of(b"---\ntitle: x\n\n" + SAMPLE.encode(), config)
    assert (code, line) == ("front-matter-unclosed", 1)
    assert "seeds/bad.txt:1: error:" in message


def test_broken_yaml_names_its_line(config: Config) -> None:
    [(code, line, _)] = errors_of(b"---\ntitle: ok\ndate: [2020\n---\n" + SAMPLE.encode(), config)
    assert code == "front-matter-syntax"
    assert line in (3, 4)


def test_invalid_date_names_field_line_expected_and_found(config: Config) -> None:
    [(code, line, message)] = errors_of("---\ntitle: 标题\ndate: 2020-13-45\n---\n正文。\n".encode(), config)
    assert (code, line) == ("front-matter-invalid", 3)
    assert "date: expected a date YYYY, YYYY-MM or YYYY-MM-DD, but found '2020-13-45'" in message
    assert "→" in message


def test_unknown_category_lists_the_choices(config: Config) -> None:
    [(code, line, message)] = errors_of("---\ncategory: 新闻\n---\n标题\n\n正文。\n".encode(), config)
    assert (code, line) == ("front-matter-invalid", 2)
    assert "expected one of: 年度回顾, 界别活动周, 工作会议, 履职动态, but found '新闻'" in message


def test_unknown_key_is_a_warning_with_a_suggestion(config: Config) -> None:
    article = convert_text("---\ntitel: 标题\n---\n" + SAMPLE, config)
    [warning] = [d for d in article.diagnostics if d.code == "front-matter-unknown-key"]
    assert warning.line == 2 and "did you mean title?" in warning.fix


def test_duplicate_slug_names_both_files(config: Config, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("---\nslug: same-slug\n---\n" + SAMPLE, encoding="utf-8")
    batch = convert_paths(sorted(tmp_path.glob("*.txt")), config, tmp_path)
    [error] = batch.errors
    assert error.code == "duplicate-slug" and error.path == "b.txt" and "a.txt" in error.message
    assert [a.path for a in batch.articles] == ["a.txt"]


def test_missing_title_is_an_error_that_says_how_to_fix(config: Config) -> None:
    [(code, _, message)] = errors_of("这是一段没有标题的完整正文，直接从第一句开始写起，没有任何标题。\n".encode(), config)
    assert code == "no-title" and "title:" in message


MARKDOWN_TRAPS = [
    "<script>alert('x')</script>正文。", "*强调*和_下划线_的正文。", "#不是标题的正文。", "| 不是 | 表格 |",
    "> 不是引用的正文。", "1. 不是列表的正文。", "- 不是列表的正文。", "[链接](javascript:alert(1))正文。",
    "`代码`正文。", "&amp; 实体正文。", "<img src=x onerror=alert(1)>正文。",
]


@pytest.mark.parametrize("trap", MARKDOWN_TRAPS)
def test_seed_text_renders_literally(config: Config, trap: str) -> None:
    article = convert_text(f"标题\n\n第一段正文。\n\n{trap}\n", config)
    body = body_of(article)
    html = markdown.markdown(body, extensions=["attr_list", "tables", "md_in_html", "toc"])
    assert not re.search(r"<(script|img|em|strong|h1|table|blockquote|ol|ul|a|code)\b", html), html
    text = re.sub(r"<[^>]+>", "", html)
    import html as html_lib
    assert trap in html_lib.unescape(text)


def test_config_errors_name_line_and_key() -> None:
    text = (ROOT / "newsdesk.yml").read_text(encoding="utf-8").replace("min_doubled_han: 4", "min_doubled_han: four")
    text = text.replace("  - pattern: '^[A-Z]{8,}$'", "  - pattern: '^[A-Z{8,}$'")
    with pytest.raises(SeedError) as caught:
        parse_config(text, "newsdesk.yml")
    messages = [d.format() for d in caught.value.diagnostics]
    assert any(re.match(r"newsdesk.yml:\d+: error: 配置项 furniture.0.pattern: expected a valid regular expression", m)
               for m in messages), messages
    assert any("layout.min_doubled_han: expected an integer, but found 'four'" in m for m in messages), messages


@pytest.mark.parametrize(("edits", "expected"), [
    ((("date: '2021-11-08'", "date: '十一月'"), ("date: '2024-07-15'", "date: '2024-13-15'")),
     (r"milestones\.\d+\.date: expected a date like 2021-11-08", r"milestones\.\d+\.date: expected a date like 2021-11-08")),
    ((("year: 1978}", "year: 一九七八}"), ("{pattern: '辛亥革命'", "{pattern: '辛亥(革命'")),
     (r"anniversaries\.\d+\.year: expected the founding year", r"anniversaries\.\d+\.pattern: expected a valid regular")),
], ids=["milestones", "anniversaries"])
def test_a_bad_dated_entry_names_its_line_and_key(edits: tuple[tuple[str, str], ...], expected: tuple[str, ...]) -> None:
    text = (ROOT / "newsdesk.yml").read_text(encoding="utf-8")
    for old, new in edits:
        text = text.replace(old, new)
    with pytest.raises(SeedError) as caught:
        parse_config(text, "newsdesk.yml")
    messages = sorted(d.format() for d in caught.value.diagnostics)
    assert len(messages) == len(expected), messages
    for message, pattern in zip(messages, expected, strict=True):
        assert re.match(r"newsdesk.yml:\d+: error: 配置项 " + pattern, message), messages
