"""Read a PDF as a person reads the page: its words with their positions (poppler's
``pdftotext -bbox``) and its pixels (``pdftoppm``)."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QColor, QImage

from .conftest import require_tool

_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.DOTALL)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


class Word(NamedTuple):
    """A word and its box on the page, in points from the top left corner."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


def page_words(pdf: Path) -> list[list[Word]]:
    """Every page's words, in poppler's reading order."""
    require_tool("pdftotext")
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [
        [Word(html.unescape(text), float(a), float(b), float(c), float(d)) for a, b, c, d, text in _WORD.findall(page)]
        for page in _PAGE.findall(xml)
    ]


def same_line(a: Word, b: Word) -> bool:
    return abs(a.cy - b.cy) < min(a.y1 - a.y0, b.y1 - b.y0) / 2


def render_page(pdf: Path, page: int, tmp: Path, dpi: int = 72) -> QImage:
    """Page ``page`` (1-based) as pixels; at 72 dpi one pixel is one point."""
    require_tool("pdftoppm")
    stem = tmp / f"{pdf.stem}-page"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem)],
        check=True,
    )
    image = QImage(str(stem.with_suffix(".png")))
    assert not image.isNull()
    return image


def share_of_colour(image: QImage, word: Word, colour: QColor, *, margin: float = 1.5, scale: float = 1.0) -> float:
    """Which share of the pixels in and just around ``word`` are close to ``colour``."""
    inside = total = 0
    for x in range(int((word.x0 - margin) * scale), int((word.x1 + margin) * scale) + 1):
        for y in range(int((word.y0 - margin) * scale), int((word.y1 + margin) * scale) + 1):
            if not image.rect().contains(x, y):
                continue
            pixel = image.pixelColor(x, y)
            total += 1
            close = max(
                abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()), abs(pixel.blue() - colour.blue())
            )
            inside += close <= 40
    return inside / total if total else 0.0
