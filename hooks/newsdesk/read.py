"""Stage 1 — read: bytes → text, and the optional YAML front matter split off.

Decoding is decided safely: strict UTF-8 (with or without BOM) first, then a
UTF-16 BOM, then UTF-16 without a BOM (recognised by where its zero bytes fall),
then GB18030 (a superset of GBK/GB2312). Anything else — or text that decodes to
control characters — is an error naming the byte offset. Files over ``MAX_BYTES``
are refused; characters the YAML and Markdown layers cannot carry (C1 controls,
U+FFFE/U+FFFF, form feeds) are cleaned here and each cleaning is a warning with its
line; a text without a single Chinese character is an error.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

from .diagnostics import Diagnostic, SeedError, error, warning
from .textutil import HAN_RE

_FIX_ENCODING = "用文本编辑器另存为 UTF-8 编码的 .txt 文件 (save the file as UTF-8 text)"
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: a report is a few kilobytes; far beyond this it is not a report (the limit keeps builds bounded)
MAX_BYTES = 8 * 2**20
#: decodable, but not carried by YAML or Markdown: C1 controls and non-characters (a form feed is a line break)
_UNCARRIED = re.compile("[\x80-\x9f\ufffe\uffff]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: what was cleaned out of the text, one warning per line
    notes: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True)
class Source:
    """A seed split into its front matter and its body text."""

    path: str
    encoding: str
    front_matter: str | None
    #: 1-based line of the first front-matter line (after ``---``).
    front_matter_line: int
    body: str
    #: 1-based line in the file where *body* starts.
    body_line: int
    #: warnings from reading: characters cleaned out of the text
    notes: tuple[Diagnostic, ...] = ()


def _offset_of_control(text: str, encoding: str) -> int:
    match = _BAD_CONTROL.search(text)
    assert match is not None
    return len(text[: match.start()].encode(encoding, errors="replace"))


def _binary(path: str, offset: int) -> SeedError:
    return SeedError([error(
        path, 0, "binary-file",
        f"不是文本文件：第 {offset} 字节处有控制字符 (binary data at byte offset {offset})",
        "确认放入的是 .txt 报道文本，不是图片、Word 或 PDF 文件 (only plain-text reports belong in seeds/)")])


def decode(data: bytes, path: str) -> Decoded:
    """Decode a seed's bytes.

    >>> decoded = decode("政协".encode("gbk"), "x.txt")
    >>> decoded.text, decoded.encoding
    ('政协', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "政协".encode(), "x.txt").text
    '政协'
    """
    if len(data) > MAX_BYTES:
        raise SeedError([error(
            path, 0, "file-too-large",
            f"文件有 {len(data):,} 字节，超过上限 {MAX_BYTES:,} 字节 (the file is larger than {MAX_BYTES // 2**20} MB)",
            "一篇报道一个文件；确认这是报道文本而不是别的文件 (one report per file; check it is a report)")])
    if not data.strip():
        raise SeedError([error(path, 0, "empty-file", "文件是空的 (the file is empty)",
                               "写入报道正文，或删除这个文件 (add the report text, or delete the file)")])
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    bomless = None if utf16 else _utf16_without_bom(data)
    if b"\x00" in data and not utf16 and bomless is None:
        raise _binary(path, data.index(b"\x00"))
    candidates: list[tuple[str, bytes]] = []
    if bomless:
        candidates.append((bomless, data))
    elif data.startswith(codecs.BOM_UTF8):
        candidates.append(("utf-8", data[3:]))
    else:
        candidates.append(("utf-8", data))
    if utf16:
        candidates.append(("utf-16", data))
    candidates.append(("gb18030", data))
    first_failure = None
    for encoding, payload in candidates:
        try:
            text = payload.decode(encoding)
        except UnicodeDecodeError as exc:
            first_failure = first_failure or exc
            continue
        if _BAD_CONTROL.search(text):
            if encoding == "gb18030" or "\x00" in text:
                raise _binary(path, _offset_of_control(text, encoding))
            continue
        text, notes = _clean(text.lstrip("\ufeff"), path)
        return Decoded(text=text, encoding=encoding, notes=notes)
    offset = first_failure.start if first_failure else 0
    raise SeedError([error(
        path, 0, "undecodable",
        f"无法识别文件编码：第 {offset} 字节处既不是 UTF-8 也不是 GB18030 (cannot decode byte offset {offset})",
        _FIX_ENCODING)])


_PLAUSIBLE = re.compile("[\t\n\r\x20-\x7e\u00b7\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when *data* looks like UTF-16 saved without a BOM, else None.

    Line breaks, digits and ASCII punctuation have a zero byte in UTF-16, which text in UTF-8 or GBK
    never has; the byte order is the one that decodes to plausible Chinese text (Han characters,
    Chinese and ASCII punctuation), where the wrong order gives scattered code points.

    >>> _utf16_without_bom("政协开会\\n2026年".encode("utf-16-le")), _utf16_without_bom("政协".encode())
    ('utf-16-le', None)
    """
    if len(data) % 2 or b"\x00" not in data:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        plausible = len(_PLAUSIBLE.findall(text))
        if plausible >= 0.9 * len(text) and HAN_RE.search(text):
            return encoding
    return None


def _clean(text: str, path: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """Drop characters YAML and Markdown cannot carry; a warning names each line that had them.

    >>> text, notes = _clean("政协\\n会议\\x85\\x9f\\n", "x.txt")
    >>> text, [n.line for n in notes]
    ('政协\\n会议\\n', [2])
    """
    text = text.replace("\x0c", "\n")
    if not _UNCARRIED.search(text):
        return text, ()
    notes = []
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        found = _UNCARRIED.findall(line)
        if found:
            codes = " ".join(sorted({f"U+{ord(c):04X}" for c in found}))
            notes.append(warning(path, number, "control-characters",
                                 f"删除了 {len(found)} 个不可见的控制字符 {codes} (removed invisible control characters)",
                                 "不用处理；想保留原文件干净可另存为 UTF-8 (nothing to do; re-save as UTF-8 to be tidy)"))
            lines[number - 1] = _UNCARRIED.sub("", line)
    return "\n".join(lines), tuple(notes)


_FENCE = re.compile(r"^---[ \t]*$")


def split_front_matter(text: str, path: str, encoding: str = "utf-8") -> Source:
    """Split ``---`` front matter from the body; line numbers are kept.

    >>> s = split_front_matter("---\\ntitle: 标题\\n---\\n正文。\\n", "x.txt")
    >>> (s.front_matter, s.front_matter_line, s.body, s.body_line)
    ('title: 标题\\n', 2, '正文。\\n', 4)
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    # Front matter must open on the first non-blank line.
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or not _FENCE.match(lines[start]):
        return Source(path, encoding, None, 0, text, 1)
    for end in range(start + 1, len(lines)):
        if _FENCE.match(lines[end]):
            fm = "\n".join(lines[start + 1 : end]) + "\n"
            body = "\n".join(lines[end + 1 :])
            return Source(path, encoding, fm, start + 2, body, end + 2)
    raise SeedError([error(
        path, start + 1, "front-matter-unclosed",
        "文件开头的 --- 没有配对的结束行 --- (front matter is opened but never closed)",
        "在设置项之后另起一行写 ---，再写正文 (add a line '---' after the settings)")])


def read_seed(data: bytes, path: str) -> Source:
    """Decode *data* and split off its front matter; a text with no Chinese character is an error."""
    decoded = decode(data, path)
    source = split_front_matter(decoded.text, path, decoded.encoding)
    if source.body.strip() and not HAN_RE.search(source.body):
        raise SeedError([error(
            path, source.body_line, "no-chinese",
            "没有找到中文正文 (no Chinese text found)",
            "seeds/ 只放中文报道；检查文件是否放错或编码不对 (only Chinese reports belong in seeds/)")])
    return replace(source, notes=decoded.notes)
