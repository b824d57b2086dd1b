"""Photos beside a report: ``seeds/<seed-id>/*.jpg|*.jpeg|*.png``, in name order.

Captions attach to photos in order (the first caption of the report to the first photo). Each photo is
written in responsive widths as WebP with a JPEG fallback (Pillow), without metadata, so the same
photo always gives the same bytes; the phone-width files are kept under ``MAX_PHONE_BYTES``.
"""

from __future__ import annotations

import functools
import hashlib
import html
import io
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import PIL
from PIL import Image

SUFFIXES = (".jpg", ".jpeg", ".png")
#: widths written for each photo (never wider than the original)
WIDTHS = (480, 960)
PHONE_WIDTH = 480
MAX_PHONE_BYTES = 200_000
#: the article's text column on desktop (see .nd-article in newsdesk.css), for the browser's choice
SIZES = "(min-width: 60em) 40rem, 100vw"


def photo_paths(root: Path, seed: str) -> list[Path]:
    """The photos committed beside *seed* (``seeds/x.txt`` → ``seeds/x/``), sorted by name."""
    folder = root / Path(seed).with_suffix("")
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES), key=lambda p: p.name)


def is_photo_of_a_seed(path: Path) -> bool:
    """Whether *path* is a photo in the folder of a seed that exists (``seeds/x/a.jpg`` beside ``seeds/x.txt``)."""
    folder = path.parent
    return path.suffix.lower() in SUFFIXES and any(
        (folder.parent / f"{folder.name}{ext}").is_file() for ext in (".txt", ".TXT"))


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    webp: str
    jpeg: str


@dataclass(frozen=True)
class Photo:
    """One photo as the article shows it: its files, by width, relative to the site root."""

    variants: tuple[Variant, ...]

    def figure(self, caption: str, alt: str, base: str) -> str:
        """``<figure>`` with ``<picture>``: WebP first, JPEG fallback; *base* leads to the site root."""
        def srcset(kind: str) -> str:
            return html.escape(", ".join(f"{base}{getattr(v, kind)} {v.width}w" for v in self.variants))
        largest = self.variants[-1]
        text = html.escape(caption)
        cap = f"<figcaption>{text}</figcaption>" if caption else ""
        return (f'<figure class="nd-photo"><picture>'
                f'<source type="image/webp" srcset="{srcset("webp")}" sizes="{SIZES}">'
                f'<img src="{html.escape(base + largest.jpeg)}" srcset="{srcset("jpeg")}" sizes="{SIZES}" '
                f'width="{largest.width}" height="{largest.height}" alt="{html.escape(alt)}" loading="lazy" decoding="async">'
                f"</picture>{cap}</figure>")


def _encode(image: Image.Image, kind: str, budget: int | None) -> bytes:
    for quality in (82, 74, 66, 58, 50, 42, 35):
        out = io.BytesIO()
        if kind == "webp":
            image.save(out, "WEBP", quality=quality, method=4, exact=False)
        else:
            image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
        data = out.getvalue()
        if budget is None or len(data) <= budget:
            return data
    return data


def process(data: bytes, slug: str, index: int) -> tuple[Photo, dict[str, bytes]]:
    """The photo's variants and their files (site-relative path → bytes), deterministic for *data*."""
    digest = hashlib.sha256(data).hexdigest()[:10]
    with Image.open(io.BytesIO(data)) as opened:
        opened.load()
        image = opened.convert("RGB")
    files: dict[str, bytes] = {}
    variants = []
    widths = sorted({min(w, image.width) for w in WIDTHS})
    for width in widths:
        height = max(1, round(image.height * width / image.width))
        sized = image if width == image.width else image.resize((width, height), Image.Resampling.LANCZOS)
        budget = MAX_PHONE_BYTES if width <= PHONE_WIDTH else None
        stem = f"photos/{slug}/{index:02d}-{digest}-{width}"
        files[f"{stem}.webp"] = _encode(sized, "webp", budget)
        files[f"{stem}.jpg"] = _encode(sized, "jpeg", budget)
        variants.append(Variant(width, height, f"{stem}.webp", f"{stem}.jpg"))
    return Photo(tuple(variants)), files


def figures_for(root: Path, seed: str, slug: str, title: str, base: str = "../../",
                cache: Path | None = None) -> tuple[list[Callable[[str], str]], dict[str, bytes]]:
    """For one article: a figure renderer per photo (caption → HTML) and the files to publish.

    *base* leads from the article page (``articles/<slug>/``) to the site root. With *cache* (a folder),
    resized photos are kept by content hash, so a build only resizes new or changed photos.
    """
    figures: list[Callable[[str], str]] = []
    files: dict[str, bytes] = {}
    for n, path in enumerate(photo_paths(root, seed), 1):
        photo, written = _cached(path.read_bytes(), slug, n, cache)
        files.update(written)
        figures.append(functools.partial(_figure, photo, f"{title}（图{n}）", base))
    return figures, files


def _figure(photo: Photo, alt: str, base: str, caption: str) -> str:
    return photo.figure(caption, caption or alt, base)


def _cached(data: bytes, slug: str, index: int, cache: Path | None) -> tuple[Photo, dict[str, bytes]]:
    if cache is None:
        return process(data, slug, index)
    settings = f"{WIDTHS}|{MAX_PHONE_BYTES}|{PIL.__version__}|{slug}|{index}\0".encode()
    key = hashlib.sha256(settings + data).hexdigest()
    target = cache / f"{key}.pickle"
    try:
        found = pickle.loads(target.read_bytes())
        if isinstance(found, tuple) and isinstance(found[0], Photo):
            return found[0], found[1]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, IndexError):
        pass
    result = process(data, slug, index)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(target)
    return result
