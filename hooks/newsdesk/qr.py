"""分享: a QR code of a page's address, made at build time (segno), shown inline as SVG.

Nothing is fetched from a QR service: the code is drawn from the URL alone, so it is deterministic.
"""

from __future__ import annotations

import segno


def qr_svg(url: str, scale: int = 4) -> str:
    """The QR code of *url* as an inline ``<svg>`` (black on white, with the quiet zone).

    >>> svg = qr_svg("https://example.org/a/")
    >>> svg.startswith("<svg") and 'class="nd-qr"' in svg and "example.org" not in svg
    True
    """
    code = segno.make(url, error="m", micro=False)
    svg = str(code.svg_inline(scale=scale, dark="#000", light="#fff", svgclass="nd-qr", lineclass=None,
                              omitsize=False))
    return svg.replace("<svg ", '<svg role="img" aria-label="本页网址的二维码" ', 1)


def qr_matrix(url: str) -> list[list[int]]:
    """The code's modules (1 = dark), without the quiet zone: what a test compares with the page."""
    code = segno.make(url, error="m", micro=False)
    return [list(row) for row in code.matrix]
