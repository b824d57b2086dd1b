"""The whole conversion: read → normalise → segment → extract → render.

``convert`` is pure: bytes, a path (for messages), the configuration and the
anchor year in; an ``Article`` out, or ``SeedError`` with every error found.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import PurePosixPath
from typing import Any

from .config import Config
from .diagnostics import Diagnostic, SeedError, Severity, error, info, warning
from .extract import Anchor, Metadata, extract
from .frontmatter import FrontMatter, parse_front_matter
from .model import Record, record_of
from .normalise import Change, doubled_fragments, normalise_text, stray_latin_words, undouble
from .orgs import config_entry
from .read import read_seed
from .render import render
from .search import t2s_table
from .segment import Block, Kind, Segmented, segment
from .textutil import ends_sentence, is_han

#: Kinds whose text leaves the body; they are listed in the report's removed list.
REMOVED_KINDS = (Kind.COLUMN, Kind.FURNITURE, Kind.BYLINE, Kind.CREDIT)


@dataclass(frozen=True)
class Removed:
    line: int
    kind: str
    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    path: str
    slug: str
    draft: bool
    metadata: Metadata
    blocks: tuple[Block, ...]
    markdown: str
    removed: tuple[Removed, ...]
    segmented: Segmented
    text_changes: tuple[Change, ...]
    diagnostics: tuple[Diagnostic, ...]
    encoding: str
    #: the plain values every output is written from
    record: Record

    def report(self) -> dict[str, Any]:
        """What was removed, joined, fixed and inferred — for ``explain`` and the build."""
        meta: dict[str, Any] = {}
        for name, value in vars(self.metadata).items():
            if hasattr(value, "source"):
                v = value.value
                meta[name] = {"value": v.iso() if hasattr(v, "iso") else v.zh() if hasattr(v, "zh") else v,
                              "source": value.source}
        return {
            "source": self.path,
            "encoding": self.encoding,
            "slug": self.slug,
            "wrap_width": self.segmented.wrap_width,
            "metadata": meta,
            "removed": [asdict(r) for r in self.removed],
            "joins": [asdict(j) for j in self.segmented.joins],
            "fixes": sorted({c.fixer for c in self.text_changes} | {c.fixer for _, c in self.segmented.changes}),
            "diagnostics": [d.format() for d in self.diagnostics],
        }


#: Display type (set in bold, which some PDFs draw twice) is where doubled fragments occur.
DISPLAY_KINDS = (Kind.TITLE, Kind.SUBTITLE, Kind.HEADING, Kind.CAPTION)


def _undouble_blocks(blocks: tuple[Block, ...], min_han: int) -> tuple[tuple[Block, ...], list[Removed]]:
    """Remove doubled fragments from display lines; record each removed copy."""
    out: list[Block] = []
    removed: list[Removed] = []
    for b in blocks:
        fragments = doubled_fragments(b.text, min_han) if b.kind in DISPLAY_KINDS else []
        if fragments:
            removed.extend(Removed(b.line, "duplicate", f, "PDF 提取时重复的片段") for f in fragments)
            b = replace(b, text=undouble(b.text, min_han))
        out.append(b)
    return tuple(out), removed


def _strip_inline_furniture(blocks: tuple[Block, ...], config: Config) -> tuple[tuple[Block, ...], list[Removed]]:
    """Remove furniture that stands inside running text (下转5版, （上接第1版）); list each piece removed."""
    if not config.inline_furniture:
        return blocks, []
    out, removed = [], []
    for b in blocks:
        if b.kind in (Kind.PARAGRAPH, Kind.HEADING, Kind.CAPTION):
            text = b.text
            for rule in config.inline_furniture:
                for m in rule.pattern.finditer(text):
                    if m[0].strip():
                        removed.append(Removed(b.line, Kind.FURNITURE.value, m[0].strip(), rule.reason))
                text = rule.pattern.sub("", text)
            if text != b.text:
                b = replace(b, text=text.strip())
        if b.text or b.kind not in (Kind.PARAGRAPH, Kind.HEADING, Kind.CAPTION):
            out.append(b)
    return tuple(out), removed


#: how a date's source says its year was inferred rather than read (extract._event, extract._milestone)
_INFERRED_YEAR = ("之后的第一个该日", "之前 (before it)", "刚过去的一年", "是来年", "周年之年", "五年规划之年",
                  "标题里回顾的年份")


def _warnings(path: str, blocks: tuple[Block, ...], meta: Metadata, config: Config) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for b in blocks:
        if b.note:
            found.append(warning(path, b.line, "furniture-in-text", b.note,
                                 "如果这确实是版面杂项，把它单独放一行；否则不用处理 "
                                 "(put furniture on a line of its own; otherwise ignore)"))
        if b.kind in (Kind.PARAGRAPH, Kind.HEADING, Kind.CAPTION, Kind.TITLE, Kind.SUBTITLE):
            for word in stray_latin_words(b.text):
                found.append(warning(path, b.line, "stray-latin",
                                     f"中文里夹着英文单词 “{word}”，可能是 PDF 提取错误 (English word inside Chinese)",
                                     "对照报纸原文，在 seed 中改成正确的中文 (check the printed page and fix the seed)"))
        if b.kind == Kind.PARAGRAPH and not ends_sentence(b.text):
            found.append(warning(path, b.end_line, "broken-sentence",
                                 f"段落在“{b.text[-8:]}”处中断，后文没有接上 (sentence breaks off)",
                                 "对照原文补全这句话，或删去残句 (complete the sentence from the printed page)"))
    if meta.date is None:
        found.append(warning(path, 0, "no-date",
                             "正文里找不到年份，文章按“日期不详”发布 (no year found; published undated)",
                             "在文件开头加 front matter: ---↵date: 2025-06↵--- (add a date in front matter)"))
    elif meta.date_guessed:
        found.append(warning(path, 0, "date-year-guessed",
                             f"日期 {meta.date.value.zh()} 的年份不是正文给出的，是推定的：{meta.date.source} "
                             "(the year comes from the commit or file date, not from the text)",
                             f"核对后在 front matter 写 date: {meta.date.value.iso()}（或正确的日期）"
                             f" (confirm with date: {meta.date.value.iso()} in front matter)"))
    elif any(word in meta.date.source for word in _INFERRED_YEAR):
        found.append(info(path, 0, "date-year-inferred",
                          f"日期 {meta.date.value.zh()} 的年份是推断的（正文只写了月日）：{meta.date.source} "
                          "(the year is inferred from what the text says around the day)",
                          f"核对后在 front matter 写 date: {meta.date.value.iso()}（或正确的日期）"
                          f" (confirm with date: {meta.date.value.iso()} in front matter)"))
    if meta.organisation is None:
        found.append(warning(path, 0, "no-organisation",
                             "认不出是哪个政协的报道 (no organisation recognised)",
                             "在 front matter 写 organisation: 平湖市政协，或在 newsdesk.yml 补充机构 (set organisation)"))
    elif meta.unconfigured is not None:
        found.append(warning(path, 0, "organisation-unconfigured",
                             f"机构 {meta.unconfigured.name} 不在 newsdesk.yml 中，按正文识别发布在 "
                             f"/organisations/{meta.unconfigured.slug}/ (organisation not in newsdesk.yml)",
                             f"核对后把这一条加到 newsdesk.yml 的 organisations: {config_entry(meta.unconfigured)}"))
    if meta.category.source.startswith("default"):
        found.append(info(path, 0, "category-default",
                          f"没有分类规则命中，用默认分类“{meta.category.value}” "
                          f"(no category rule matched; default used: {meta.category.source.split('(', 1)[-1].rstrip(')')})",
                          "需要时在 front matter 写 category: 界别活动周 等 (set category: in front matter if needed)"))
    org = config.organisation(meta.organisation.value) if meta.organisation else None
    for b in blocks:
        session = _SESSION_IN.search(b.text) if b.kind in (Kind.TITLE, Kind.SUBTITLE, Kind.PARAGRAPH) else None
        if session and meta.session is None and meta.organisation and (org is None or not org.terms):
            name = meta.organisation.value
            found.append(warning(path, b.line, "session-unknown-term",
                                 f"正文提到“{session[0]}”，但不知道 {name} 各届的起始年份 (term start years unknown)",
                                 f"在 newsdesk.yml 的 {name} 下加 terms: {{届次: 起始年份}}，例如 terms: {{14: 2022}}"))
            break
    return found


_SESSION_IN = re.compile(r"[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次(?:会议|全体会议)")


#: Blocks whose text the article shows (title and subtitle in its header).
SHOWN_KINDS = (Kind.TITLE, Kind.SUBTITLE, Kind.PARAGRAPH, Kind.HEADING, Kind.CAPTION)


def lost_han(original_body: str, article: Article) -> Counter[str]:
    """Han characters of the seed body, counted with repeats, missing from what the article shows
    plus what its report lists as removed or moved to metadata.

    Counting every occurrence (not whether a character appears somewhere) sees a dropped
    paragraph; the summary, tags and other copies of the text do not count."""
    table = t2s_table()  # a traditional report is published in simplified characters
    have: Counter[str] = Counter()
    for b in article.blocks:
        if b.kind in SHOWN_KINDS:
            have.update(table.get(c, c) for c in b.text)
    for r in article.removed:
        have.update(table.get(c, c) for c in r.text)
    need = Counter(table.get(c, c) for c in unicodedata.normalize("NFC", original_body))
    return Counter({c: n - have[c] for c, n in need.items() if n > have[c] and is_han(c)})


def convert(data: bytes, path: str, config: Config, anchor: Anchor, verify: bool = True) -> Article:
    """Convert one seed's bytes into an article; raise SeedError when it has errors.

    With *verify* (the default, and what every build and ``check`` does) the article is checked to
    keep every Han character of the seed; the benchmark also times the stages without that check.
    """
    source = read_seed(data, path)
    fm, fm_problems = parse_front_matter(source, config)
    text, text_changes = normalise_text(source.body)
    seg = segment(text, source.body_line, config)
    blocks, removed = _undouble_blocks(seg.blocks, config.layout.min_doubled_han)
    blocks, jumps = _strip_inline_furniture(blocks, config)
    blocks = _title_from_front_matter(blocks, fm)
    removed += jumps
    removed += [Removed(b.line, b.kind.value, b.text, b.reason) for b in blocks if b.kind in REMOVED_KINDS]
    removed += _overridden(blocks, fm)
    meta = extract(blocks, fm, config, anchor)
    problems = list(fm_problems) + list(source.notes)
    if not meta.title.value:
        problems.append(error(path, source.body_line, "no-title",
                              "找不到标题：正文前没有单独一行的短标题 (no title line found)",
                              "在第一行写标题，或在 front matter 里写 title: 标题 (add a title line or title: in front matter)"))
    if not any(b.kind == Kind.PARAGRAPH for b in blocks):
        problems.append(error(path, source.body_line, "no-body",
                              "没有正文段落 (no body text found)",
                              "把报道正文粘贴进文件 (paste the report's text into the file)"))
    if any(d.severity == Severity.ERROR for d in problems):
        raise SeedError(sorted(problems, key=lambda d: (d.line, d.code)))
    slug = fm.slug or PurePosixPath(path).stem.lower()
    record = record_of(meta, slug, path, fm.draft)
    markdown = render(record, blocks)
    article = Article(path, slug, fm.draft, meta, blocks, markdown, tuple(removed), seg,
                      tuple(text_changes), (), source.encoding, record)
    diagnostics = problems + _warnings(path, blocks, meta, config)
    if any(c.fixer == "simplified" for c in text_changes):
        diagnostics.append(info(path, source.body_line, "traditional-converted",
                                "这篇报道是繁体字，已按 OpenCC 字表转成简体字发布 "
                                "(the report is in traditional characters; published in simplified)",
                                "核对标题和人名；如需保留繁体，请告诉开发者 (check the headline and names)"))
    lost = lost_han(source.body, article) if verify else None
    if lost:
        diagnostics.append(error(path, 0, "lost-text", f"内部错误：转换丢失了汉字 {''.join(sorted(lost.elements()))}",
                                 "请把这个文件报告给开发者 (please report this file to the developers)"))
        raise SeedError(diagnostics)
    return replace(article, diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.line, d.code))))


def _title_from_front_matter(blocks: tuple[Block, ...], fm: FrontMatter) -> tuple[Block, ...]:
    """A front-matter ``title:`` takes its line out of the text: a line that equals it, or the start of
    the first paragraph when the headline was pasted on the same line as the lead."""
    if not fm.title or any(b.kind == Kind.TITLE for b in blocks):
        return blocks
    want = re.sub(r"\s+", "", fm.title)
    out = list(blocks)
    for i, b in enumerate(out):
        if b.kind in (Kind.PARAGRAPH, Kind.HEADING, Kind.CAPTION, Kind.SUBTITLE):
            text = re.sub(r"\s+", "", b.text)
            if text == want:
                out[i] = replace(b, kind=Kind.TITLE, reason="front matter 的标题行")
            elif text.startswith(want) and b.text.startswith(fm.title):
                out[i:i + 1] = [Block(Kind.TITLE, fm.title, b.line, b.line, "front matter 的标题行"),
                                replace(b, text=b.text[len(fm.title):].lstrip())]
            break
    return tuple(out)


def _overridden(blocks: tuple[Block, ...], fm: FrontMatter) -> list[Removed]:
    """Title and subtitle lines of the text replaced by front matter still count as kept."""
    out = []
    for b in blocks:
        if (b.kind == Kind.TITLE and fm.title) or (b.kind == Kind.SUBTITLE and fm.subtitle):
            out.append(Removed(b.line, b.kind.value, b.text, "front matter 已改写 (replaced by front matter)"))
    return out
