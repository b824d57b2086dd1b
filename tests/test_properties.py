"""Property tests: normalising is idempotent, never raises and never loses a Han character;
the whole pipeline keeps every Han character of generated reports."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ANCHOR, ROOT
from newsdesk.config import Config
from newsdesk.normalise import PARAGRAPH_FIXERS, fix_and_explain, normalise_text
from newsdesk.pipeline import convert, lost_han
from newsdesk.textutil import han_chars

ALPHABET = st.sampled_from(list("政协委员会议年月日一二三十平湖秀洲") + list("，。、；：？！“”《》（）——…")
                           + list(",.;:?!()'\" \u3000\t\n\r") + list("0123456789") + list("aAIzZ#*_<>|") + ["\u200b", "\x0c"])
TEXTS = st.text(alphabet=ALPHABET, max_size=200)


def han(text: str) -> Counter[str]:
    return Counter(han_chars(unicodedata.normalize("NFC", text)))


@given(TEXTS)
def test_normalise_text_is_idempotent_and_keeps_han(text: str) -> None:
    once, _ = normalise_text(text)
    assert normalise_text(once)[0] == once
    assert han(once) == han(text)


@given(TEXTS)
def test_paragraph_fixers_are_idempotent_and_keep_han(text: str) -> None:
    line = normalise_text(text)[0].replace("\n", "")
    once, _ = fix_and_explain(line, PARAGRAPH_FIXERS)
    assert fix_and_explain(once, PARAGRAPH_FIXERS)[0] == once
    assert han(once) == han(line)


def _sentences() -> list[str]:
    """Sentences of the seeds' paragraphs: material for generated reports."""
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [s for s in re.findall(r"[^。！？]*[。！？]", line.strip()) if len(s) > 8]
    return out


SENTENCES = _sentences()


def generated_report(rnd: random.Random) -> str:
    """A report like the seeds: title, byline, paragraphs broken by page breaks, captions, furniture."""
    parts = ["生成的测试标题", "", "■记者 王五", ""]
    for _ in range(rnd.randint(1, 6)):
        paragraph = "".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(1, 4)))
        if rnd.random() < 0.5 and len(paragraph) > 4:  # a page break inside the paragraph
            cut = rnd.randint(1, len(paragraph) - 2)
            paragraph = paragraph[:cut] + "\n" * rnd.randint(2, 4) + paragraph[cut:]
        parts += [paragraph, ""]
        if rnd.random() < 0.3:
            parts += ["小标题 分段", ""]
        if rnd.random() < 0.2:
            parts += ["委员实地察看项目", "", "", "委员听取情况介绍", "", ""]
    if rnd.random() < 0.5:
        parts += ["政协之窗", "", "ZHENGXIEZHICHUANG", "", "图片由市政协办提供", "", "文明城市 人人共建"]
    return "\n".join(parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32))
def test_pipeline_never_loses_a_han_character(config: Config, seed: int) -> None:
    text = generated_report(random.Random(seed))
    article = convert(text.encode(), "seeds/generated.txt", config, ANCHOR)
    assert not lost_han(text, article)
    assert "■" not in article.markdown and "ZHENGXIEZHICHUANG" not in article.markdown


def test_every_seed_keeps_every_han_character(config: Config) -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        data = path.read_bytes()
        article = convert(data, f"seeds/{path.name}", config, ANCHOR)
        assert not lost_han(data.decode("utf-8"), article), path.name


def test_lost_han_detects_a_missing_character(config: Config) -> None:
    article = convert("标题\n\n正文内容。\n".encode(), "seeds/x.txt", config, ANCHOR)
    assert lost_han("标题\n\n正文内容。多", article) == Counter("多")



def test_the_self_check_changes_nothing_but_the_check(config: Config) -> None:
    text = generated_report(random.Random(7))
    checked = convert(text.encode(), "seeds/g.txt", config, ANCHOR)
    unchecked = convert(text.encode(), "seeds/g.txt", config, ANCHOR, verify=False)
    assert checked.markdown == unchecked.markdown and checked.report() == unchecked.report()
