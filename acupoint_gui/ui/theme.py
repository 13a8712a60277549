"""Colours that follow the system palette (light or dark) and work for colour-blind users.

Marker colours come from the Okabe–Ito palette, and every state also differs in shape or
size, so no state is told apart by colour alone.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# The figures are drawn with exactly these colours so they can be swapped for dark mode.
FIGURE_FILL = "#f3ede6"
FIGURE_OUTLINE = "#4a4540"
FIGURE_CUE = "#a39a90"


class Theme(NamedTuple):
    dark: bool
    figure_fill: str
    figure_outline: str
    figure_cue: str
    marker: QColor
    marker_ring: QColor
    selected: QColor
    current: QColor
    landmark: QColor
    text: QColor
    warning_bg: str
    warning_fg: str


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def current_theme(palette: QPalette | None = None) -> Theme:
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    if is_dark(palette):
        return Theme(
            dark=True,
            figure_fill="#3b3733",
            figure_outline="#e6dfd6",
            figure_cue="#948b81",
            marker=QColor("#56B4E9"),
            marker_ring=QColor("#101010"),
            selected=QColor("#E69F00"),
            current=QColor("#F0E442"),
            landmark=QColor("#CC79A7"),
            text=text,
            warning_bg="#4a3000",
            warning_fg="#ffe2a8",
        )
    return Theme(
        dark=False,
        figure_fill=FIGURE_FILL,
        figure_outline=FIGURE_OUTLINE,
        figure_cue=FIGURE_CUE,
        marker=QColor("#0072B2"),
        marker_ring=QColor("#ffffff"),
        selected=QColor("#E69F00"),
        current=QColor("#D55E00"),
        landmark=QColor("#CC79A7"),
        text=text,
        warning_bg="#fff4d6",
        warning_fg="#5c3b00",
    )


def recolour_svg(svg: bytes, theme: Theme) -> bytes:
    """The figure's SVG with its three colours swapped for the theme's."""
    text = svg.decode("utf-8")
    for old, new in (
        (FIGURE_FILL, theme.figure_fill),
        (FIGURE_OUTLINE, theme.figure_outline),
        (FIGURE_CUE, theme.figure_cue),
    ):
        text = text.replace(old, new)
    return text.encode("utf-8")
