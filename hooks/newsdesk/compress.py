"""Precompressed copies of the built site: ``x.html.gz`` and ``x.html.br`` beside ``x.html``.

A web server with ``gzip_static``/``brotli_static`` (see ``deploy/nginx.conf``) sends them as they
are, so nothing is compressed per request. The output is deterministic: gzip without a file name
and with mtime 0, brotli with fixed settings, files visited in sorted order.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path

import brotli

#: the text files worth compressing (images and fonts are compressed already)
SUFFIXES = frozenset({".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"})
#: below this a compressed copy saves less than a network packet (nginx's gzip_min_length is 20)
MIN_BYTES = 1024
#: Material's assets with a content hash in the name: loaded by every page and cached for a year
#: (deploy/nginx.conf uses the same pattern), so they get brotli's slowest, smallest level
HASHED_ASSET = re.compile(r"\.[0-9a-f]{8}\.min\.(css|js)$", re.I)
HASHED_QUALITY = 11
#: everything else (pages, search shards, unused theme files): a level that keeps builds fast
DEFAULT_QUALITY = 6


@dataclass
class Totals:
    files: int = 0
    raw: int = 0
    gz: int = 0
    br: int = 0


def gzip_bytes(data: bytes) -> bytes:
    """gzip at level 9 with no file name and mtime 0, so the same input always gives the same bytes.

    >>> gzip_bytes(b"a") == gzip_bytes(b"a") and gzip_bytes(b"a")[4:8] == bytes(4)
    True
    """
    return gzip.compress(data, compresslevel=9, mtime=0)


def brotli_bytes(data: bytes, name: str = "index.html") -> bytes:
    quality = HASHED_QUALITY if HASHED_ASSET.search(name) else DEFAULT_QUALITY
    return bytes(brotli.compress(data, quality=quality))


def wanted(path: Path) -> bool:
    return path.suffix in SUFFIXES and path.is_file() and path.stat().st_size >= MIN_BYTES


def precompress(site: Path) -> Totals:
    """Write ``.gz`` and ``.br`` beside every text file of at least MIN_BYTES; stale copies are removed."""
    totals = Totals()
    for stale in sorted([*site.rglob("*.gz"), *site.rglob("*.br")]):
        if Path(stale.stem).suffix in SUFFIXES:
            stale.unlink()
    for path in sorted(p for p in site.rglob("*") if wanted(p)):
        data = path.read_bytes()
        gz, br = gzip_bytes(data), brotli_bytes(data, path.name)
        path.with_name(path.name + ".gz").write_bytes(gz)
        path.with_name(path.name + ".br").write_bytes(br)
        totals.files += 1
        totals.raw += len(data)
        totals.gz += len(gz)
        totals.br += len(br)
    return totals
