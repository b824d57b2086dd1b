"""The escaping module, the Content-Security-Policy and the config checks, one property at a time."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from newsdesk import csp, headers
from newsdesk.config import parse_config
from newsdesk.diagnostics import SeedError
from newsdesk.escape import html_text, json_script, url_segment, xml_text

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60) | st.sampled_from(
    ["</script><script>alert(1)</script>", "<!--<script>", "\u2028\u2029", "]]>", "&amp;", "'\"<>&"])


@given(TEXT)
def test_json_in_a_script_element_round_trips_and_cannot_close_it(text: str) -> None:
    out = json_script({"headline": text})
    assert json.loads(out) == {"headline": text}
    assert not re.search("[<>&\u2028\u2029]", out)


@given(TEXT)
def test_html_text_has_no_markup_characters_and_unescapes_to_the_text(text: str) -> None:
    import html
    out = html_text(text)
    assert not re.search("[<>\"']", out)
    assert html.unescape(out) == text
    assert html_text(out) is out  # already escaped: never escaped twice


@given(TEXT)
def test_xml_text_is_well_formed_inside_an_element(text: str) -> None:
    ET.fromstring(f"<t a=\"{xml_text(text)}\">{xml_text(text)}</t>")


@given(TEXT)
def test_url_segment_has_no_characters_that_end_an_attribute_or_path(text: str) -> None:
    assert not re.search(r"[\s\"'<>/?#&]", url_segment(text))


def test_policy_allows_scripts_only_from_the_site() -> None:
    script_src = next(d for d in headers.CSP.split(";") if d.strip().startswith("script-src"))
    assert script_src.strip() == "script-src 'self'"
    assert "unsafe" not in script_src
    # the header carries no script rule that would intersect away the per-page hashes
    assert "script-src" not in headers.CSP_HEADER and "default-src" not in headers.CSP_HEADER
    assert "frame-ancestors 'none'" in headers.CSP_HEADER


def test_page_policy_hashes_exactly_the_inline_scripts() -> None:
    page = ('<html><head><script>a()</script><script src="x.js"></script>'
            '<script type="application/ld+json">{"a":1}</script><script>b()</script></head></html>')
    out = csp.with_policy(page)
    assert out == csp.with_policy(page)  # deterministic
    policy = re.search(r'content="([^"]*)"', out)
    assert policy is not None
    hashes = re.findall(r"'sha256-[^']+'", policy[1])
    assert hashes == sorted([csp.sha256_source("a()"), csp.sha256_source("b()")])
    assert out.index("Content-Security-Policy") < out.index("<script")


CONFIG = (ROOT / "newsdesk.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("chars_per_minute: 400", "chars_per_minute: 0", "layout.chars_per_minute: expected a positive integer, but found 0"),
    ("chars_per_minute: 400", "chars_per_minute: 1.5", "layout.chars_per_minute: expected an integer, but found 1.5"),
    ("min_category_score: 3", "min_category_score: -1", "layout.min_category_score: expected a positive number"),
    ("slug: xiuzhou", "slug: pinghu", "organisations.1.slug: expected a slug not used before (line "),
    ("pattern: '^[A-Z]{8,}$'", "pattern: '(?<=A)[A-Z]{8,}$'", "look-behind (?<=…) / (?<!…) is not supported"),
])
def test_config_errors_name_file_line_key_expected_and_found(old: str, new: str, expected: str) -> None:
    assert old in CONFIG
    with pytest.raises(SeedError) as caught:
        parse_config(CONFIG.replace(old, new, 1), "newsdesk.yml")
    line = [n for n, text in enumerate(CONFIG.replace(old, new, 1).splitlines(), 1) if new in text][-1]
    messages = [d.format() for d in caught.value.diagnostics]
    assert any(m.startswith(f"newsdesk.yml:{line}: error: ") and expected in m for m in messages), messages


def test_existing_config_patterns_keep_their_python_meaning() -> None:
    config = parse_config(CONFIG, "newsdesk.yml")
    page_number = next(f.pattern for f in config.furniture if "版" in f.pattern.pattern)
    assert page_number.search("第\u30003\u3000版")  # \s still matches the ideographic space
    assert config.credits[0].fullmatch("（照片由市政协提供）").group("who") == "市政协"  # type: ignore[union-attr]
