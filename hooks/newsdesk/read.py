"""Stage 1 — read: bytes → text, and the optional YAML front matter split off.

Decoding is decided safely: strict UTF-8 (with or without BOM) first, then a
UTF-16 BOM, then GB18030 (a superset of GBK/GB2312). Anything else — or text
that decodes to control characters — is an error naming the byte offset.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .diagnostics import SeedError, error

_FIX_ENCODING = "用文本编辑器另存为 UTF-8 编码的 .txt 文件 (save the file as UTF-8 text)"
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


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

    >>> decode("政协".encode("gbk"), "x.txt")
    Decoded(text='政协', encoding='gb18030')
    >>> decode(codecs.BOM_UTF8 + "政协".encode(), "x.txt").text
    '政协'
    """
    if not data.strip():
        raise SeedError([error(path, 0, "empty-file", "文件是空的 (the file is empty)",
                               "写入报道正文，或删除这个文件 (add the report text, or delete the file)")])
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in data and not utf16:
        raise _binary(path, data.index(b"\x00"))
    candidates: list[tuple[str, bytes]] = []
    if data.startswith(codecs.BOM_UTF8):
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
        return Decoded(text=text.lstrip("\ufeff"), encoding=encoding)
    offset = first_failure.start if first_failure else 0
    raise SeedError([error(
        path, 0, "undecodable",
        f"无法识别文件编码：第 {offset} 字节处既不是 UTF-8 也不是 GB18030 (cannot decode byte offset {offset})",
        _FIX_ENCODING)])


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
    """Decode *data* and split off its front matter."""
    decoded = decode(data, path)
    return split_front_matter(decoded.text, path, decoded.encoding)
