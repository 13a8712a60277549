"""The atlas as a plain-text table for a terminal (``acupoint-gui points``): code, names,
pinyin, characters and region, one point a line, columns lined up even with Chinese characters
(two columns wide in a terminal)."""

from __future__ import annotations

import unicodedata

from .points import Atlas
from .search import region_label

HEADINGS = ("Code", "Names", "Pinyin", "Characters", "Region")
GAP = "  "


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK) characters take two, combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def points_table(atlas: Atlas) -> list[str]:
    """The lines of the table: a heading, a rule, then every point in atlas order."""
    rows = [
        (
            point.code,
            ", ".join(point.english),
            point.pinyin,
            point.chinese,
            region_label(point.region),
        )
        for point in atlas.points
    ]
    widths = [max(display_width(row[i]) for row in (HEADINGS, *rows)) for i in range(len(HEADINGS))]
    lines = [GAP.join(_pad(cell, width) for cell, width in zip(HEADINGS, widths, strict=True)).rstrip()]
    lines.append(GAP.join("-" * width for width in widths))
    lines.extend(GAP.join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows)
    return lines
