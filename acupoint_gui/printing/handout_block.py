"""Page 1's box for who a sheet or report is for and from, and the practitioner's note.

Drawn through :class:`~.sheet_layout.SheetLayout`, like every other block of the sheet and the
progress report: measured first, then placed, never split across pages.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..model.handout import Handout, handout_lines
from .sheet_layout import WRAP, SheetLayout

BORDER = QColor("#7A7A7A")
FILL = QColor("#F4F4F4")


def layout_handout(layout: SheetLayout, handout: Handout, *, about_client: bool = False) -> None:
    """The box, when there is anything to put in it: "For", "From" and "Note", one row each
    (on a report, ``about_client``: "Client", "Practitioner" and "Note")."""
    rows = handout_lines(handout, about_client=about_client)
    if not rows:
        return
    bold, plain = layout.font(10, bold=True), layout.font(10)
    pad = layout.pt(6)
    label_width = max(layout.text_width(f"{label}:", bold) for label, _ in rows) + layout.pt(6)
    text_width = layout.width - 2 * pad - label_width
    heights = [
        max(layout.text_height(text, plain, text_width), layout.text_height(label, bold, label_width))
        for label, text in rows
    ]
    gap = layout.pt(2)
    box_height = sum(heights) + gap * (len(rows) - 1) + 2 * pad

    def draw(painter: QPainter, y: float) -> None:
        painter.setPen(QPen(BORDER, layout.pt(0.6)))
        painter.setBrush(FILL)
        painter.drawRect(QRectF(0, y, layout.width, box_height))
        top = y + pad
        for (label, text), height in zip(rows, heights, strict=True):
            painter.setPen(QColor("#111111"))
            painter.setFont(bold)
            painter.drawText(QRectF(pad, top, label_width, height + 2), int(Qt.AlignmentFlag.AlignLeft), f"{label}:")
            painter.setFont(plain)
            painter.drawText(QRectF(pad + label_width, top, text_width, height + 2), WRAP, text)
            top += height + gap

    layout.place(box_height + layout.pt(8), draw)
