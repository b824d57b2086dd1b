"""Build-time pieces for readers (issue 10): 专题 configuration, related articles, photos, QR codes."""

from __future__ import annotations

import io
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from conftest import ROOT
from newsdesk.config import parse_config
from newsdesk.diagnostics import SeedError
from newsdesk.photos import MAX_PHONE_BYTES, figures_for, is_photo_of_a_seed, process
from newsdesk.qr import qr_matrix, qr_svg
from newsdesk.related import related
from newsdesk.topics import matches

BASE = (ROOT / "newsdesk.yml").read_text(encoding="utf-8").split("\ntopics:")[0]


def _config_with(topics: str) -> str:
    return BASE + "\ntopics:\n" + topics


def test_topics_parse_rules_and_lists() -> None:
    config = parse_config(_config_with(
        "  - name: 两会\n    slug: lianghui\n    description: 每年的全体会议。\n"
        "    match: {title: '全体会议', organisation: [平湖市政协]}\n"
        "  - name: 精选\n    slug: picks\n    articles: [a, b]\n"))
    lianghui, picks = config.topics
    assert lianghui.title is not None and lianghui.organisations == ("平湖市政协",)
    assert picks.articles == ("a", "b")
    entry = SimpleNamespace(slug="a", title="十四届四次全体会议", category="工作会议", organisation="平湖市政协", tags=[])
    assert matches(lianghui, entry) and matches(picks, entry)
    assert not matches(lianghui, SimpleNamespace(**{**vars(entry), "organisation": "秀洲区政协"}))


@pytest.mark.parametrize(("topics", "key", "expected"), [
    ("  - name: 两会\n    slug: Lianghui\n    match: {category: 工作会议}\n", "topics.0.slug", "lower-case slug"),
    ("  - name: 两会\n    slug: lianghui\n    match: {category: 没有这个分类}\n", "topics.0.match.category", "names among"),
    ("  - name: 两会\n    slug: lianghui\n    match: {title: '(全体'}\n", "topics.0.match.title", "valid regular expression"),
    ("  - name: 两会\n    slug: lianghui\n    match: {colour: red}\n", "topics.0.match.colour", "one of category"),
    ("  - name: 两会\n    slug: lianghui\n", "topics.0", "either match"),
    ("  - name: 两会\n    slug: lianghui\n    articles: []\n", "topics.0.articles", "list of article slugs"),
    ("  - name: 甲\n    slug: x\n    articles: [a]\n  - name: 乙\n    slug: x\n    articles: [b]\n",
     "topics.1.slug", "no other topic"),
])
def test_topic_mistakes_name_line_and_key(topics: str, key: str, expected: str) -> None:
    text = _config_with(topics)
    with pytest.raises(SeedError) as caught:
        parse_config(text)
    [problem] = caught.value.diagnostics
    line = problem.line
    assert problem.code == "topic-invalid" and key in problem.message and expected in problem.message
    top = text.count("\n", 0, text.index("\ntopics:")) + 2
    assert top < line <= text.count("\n"), (line, top)
    assert f"第 {line} 行" in problem.fix


def _entries(n: int) -> list[SimpleNamespace]:
    orgs, cats, tags = ["平湖", "秀洲", "嘉兴"], ["会议", "动态", "回顾"], ["提案", "调研", "协商", "文史", "视察"]
    return [SimpleNamespace(slug=f"s{i:05d}", organisation=orgs[i % 3], session=f"十四届{i % 4}次" if i % 5 == 0 else "",
                            category=cats[i % 3], tags=[tags[i % 5], tags[(i * 7) % 5]]) for i in range(n)]


def test_related_prefers_shared_traits_and_never_the_article_itself() -> None:
    entries = _entries(60)
    out = related(entries)
    for e in entries:
        picks = out[e.slug]
        assert 3 <= len(picks) <= 5 and e.slug not in [r.slug for r in picks]
        assert picks[0].score >= picks[-1].score
        best = next(x for x in entries if x.slug == picks[0].slug)
        assert best.organisation == e.organisation or set(best.tags) & set(e.tags)


def test_related_is_linear_in_the_number_of_articles() -> None:
    def timed(n: int) -> float:
        entries = _entries(n)
        start = time.perf_counter()
        related(entries)
        return time.perf_counter() - start
    small, large = timed(1_000), timed(8_000)
    assert large < small * 8 * 2.5, (small, large)  # 8× the articles: well under 8× squared


def _jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.blend(Image.linear_gradient("L").resize((width, height)).convert("RGB"),
                Image.effect_noise((width, height), 60).convert("RGB"), 0.5).save(out, "JPEG", quality=95)
    return out.getvalue()


def test_photos_are_deterministic_responsive_and_light() -> None:
    data = _jpeg(2400, 1600)
    photo, files = process(data, "x", 1)
    again = process(data, "x", 1)[1]
    assert files == again  # same photo, same bytes
    assert [(v.width, v.height) for v in photo.variants] == [(480, 320), (960, 640)]
    assert sorted(files) == sorted([v.webp for v in photo.variants] + [v.jpeg for v in photo.variants])
    for v in photo.variants:
        for name in (v.webp, v.jpeg):
            with Image.open(io.BytesIO(files[name])) as im:
                assert im.size == (v.width, v.height) and not im.info.get("exif")
    assert all(len(files[n]) <= MAX_PHONE_BYTES for n in files if n.endswith(("-480.webp", "-480.jpg")))
    figure = photo.figure("委员们<察看>", "委员们<察看>", "../../")
    assert "&lt;察看&gt;" in figure and "<察看>" not in figure and 'loading="lazy"' in figure


def test_small_photos_are_not_enlarged(tmp_path: Path) -> None:
    (tmp_path / "seeds" / "r").mkdir(parents=True)
    (tmp_path / "seeds" / "r.txt").write_text("x", encoding="utf-8")
    (tmp_path / "seeds" / "r" / "b.jpg").write_bytes(_jpeg(300, 200))
    (tmp_path / "seeds" / "r" / "a.png").write_bytes(_jpeg(640, 480))  # a JPEG named .png still opens
    figures, files = figures_for(tmp_path, "seeds/r.txt", "r", "标题")
    assert len(figures) == 2 and any("-300.jpg" in f for f in files) and not any("-960" in f for f in files)
    assert "01-" in figures[0]("") and "（图1）" in figures[0]("")  # sorted by name: a.png first
    assert is_photo_of_a_seed(tmp_path / "seeds" / "r" / "b.jpg")
    assert not is_photo_of_a_seed(tmp_path / "seeds" / "other" / "b.jpg")


def test_qr_code_is_the_page_address() -> None:
    url = "https://zhengxie.example.org/articles/000_a23f6d76a244ef08/"
    svg = qr_svg(url)
    assert svg == qr_svg(url) and 'aria-label="本页网址的二维码"' in svg
    matrix = qr_matrix(url)
    assert len(matrix) == len(matrix[0]) and len(matrix) % 4 == 1  # a QR version's size: 17 + 4v
    assert qr_matrix(url + "x") != matrix


def test_photos_beside_a_seed_are_not_reported_as_stray(tmp_path: Path) -> None:
    from newsdesk.batch import stray_files
    (tmp_path / "seeds" / "r").mkdir(parents=True)
    (tmp_path / "seeds" / "r.txt").write_text("x", encoding="utf-8")
    (tmp_path / "seeds" / "r" / "01.jpg").write_bytes(_jpeg(20, 20))
    (tmp_path / "seeds" / "r" / "notes.docx").write_bytes(b"x")
    (tmp_path / "seeds" / "lost").mkdir()
    (tmp_path / "seeds" / "lost" / "01.jpg").write_bytes(_jpeg(20, 20))
    assert [d.path for d in stray_files(tmp_path)] == ["seeds/lost/01.jpg", "seeds/r/notes.docx"]


def test_resized_photos_are_cached_by_content(tmp_path: Path) -> None:
    (tmp_path / "seeds" / "r").mkdir(parents=True)
    (tmp_path / "seeds" / "r" / "a.jpg").write_bytes(_jpeg(1000, 700))
    cache = tmp_path / "cache"
    first = figures_for(tmp_path, "seeds/r.txt", "r", "标题", cache=cache)
    assert len(list(cache.glob("*.pickle"))) == 1
    second = figures_for(tmp_path, "seeds/r.txt", "r", "标题", cache=cache)
    assert second[1] == first[1] and second[0][0]("说明") == first[0][0]("说明")
    (tmp_path / "seeds" / "r" / "a.jpg").write_bytes(_jpeg(900, 700))
    assert figures_for(tmp_path, "seeds/r.txt", "r", "标题", cache=cache)[1] != first[1]


def test_a_topic_listing_a_missing_article_is_a_warning_with_its_line() -> None:
    from newsdesk.topics import unknown_articles
    text = _config_with("  - name: 精选\n    slug: picks\n    articles: [a, gone]\n")
    [warn] = unknown_articles(parse_config(text).topics, {"a"})
    assert warn.severity == "warning" and "'gone'" in warn.message
    assert warn.line == text.count("\n", 0, text.index("  - name: 精选")) + 1


def test_tag_and_topic_pages_show_staff_text_as_text() -> None:
    import dataclasses

    from newsdesk.publish import Entry, listing_markdown, listing_pages, tag_slug
    text = _config_with("  - name: 精选\n    slug: picks\n    description: '<b>粗体</b> *强调*'\n    articles: [a]\n")
    config = parse_config(text)
    entry = Entry(slug="a", title="标题", category="履职动态", category_slug="duty-news",
                  tags=["<script>x</script>"], summary="摘要", characters=10, reading_minutes=1, source="seeds/a.txt")
    pages = {p.uri: p for p in listing_pages([entry], dataclasses.replace(config))}
    tag_page = pages[f"tags/{tag_slug('<script>x</script>')}.md"]
    assert tag_page.uri.startswith("tags/tag-") and tag_page.entries == [entry]
    for page in (tag_page, pages["topics/picks.md"]):
        body = listing_markdown(page.title, page.intro).split("---\n")[2]  # (the title in front matter is data)
        assert "<script>" not in body and "<b>" not in body and "&lt;" in body, body
    assert pages["topics/picks.md"].entries == [entry]
