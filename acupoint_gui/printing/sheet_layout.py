"""How the point sheet measures text and places blocks on pages (used by :mod:`.sheet`).

Blocks are measured in device pixels first, then drawn: a block that does not fit on the
current page starts the next one, so no paragraph or table row is ever split.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter

WRAP = int(Qt.TextFlag.TextWordWrap)


@dataclass
class Page:
    ops: list[Callable[[QPainter, float], None]] = field(default_factory=list)


class SheetLayout:
    """Measures blocks in device pixels and assigns them to pages."""

    def __init__(self, device: QPagedPaintDevice, large: bool) -> None:
        self.device = device
        dpi = device.logicalDpiY()
        self.px_per_pt = dpi / 72.0
        self.scale = 1.35 if large else 1.0
        layout = device.pageLayout()
        paint = layout.paintRectPixels(device.logicalDpiX())
        self.width = float(paint.width())
        self.height = float(paint.height())
        self.footer = self.pt(16)
        self.pages: list[Page] = [Page()]
        self.y = 0.0

    def pt(self, points: float) -> float:
        return points * self.px_per_pt

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(size * self.scale)
        font.setBold(bold)
        font.setItalic(italic)
        # No "ﬁ"/"ﬂ" ligatures: text copied or searched in the PDF then reads "find", not "ﬁnd".
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.device)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()

    def text_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    def room(self) -> float:
        return self.height - self.footer - self.y

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = 0.0

    def place(self, height: float, op: Callable[[QPainter, float], None], *, keep: bool = True) -> None:
        """Put a block of ``height`` on the current page, or the next when it does not fit."""
        if keep and height > self.room() and self.y > 0:
            self.new_page()
        at = self.y
        self.pages[-1].ops.append(lambda painter, _offset: op(painter, at))
        self.y += height

    def text(
        self,
        text: str,
        font: QFont,
        *,
        gap_after: float = 4,
        colour: QColor | None = None,
        indent: float = 0,
        bullet: bool = False,
        keep_with_next: float = 0,
    ) -> None:
        """A paragraph; with ``bullet`` its wrapped lines hang under the first line's text."""
        hang = self.pt(10 * self.scale) if bullet else 0.0
        width = self.width - indent - hang
        height = self.text_height(text, font, width)

        def draw(painter: QPainter, y: float) -> None:
            painter.setFont(font)
            painter.setPen(colour or QColor("#111111"))
            if bullet:
                painter.drawText(QRectF(indent, y, hang, height + 2), int(Qt.AlignmentFlag.AlignLeft), "•")
            painter.drawText(QRectF(indent + hang, y, width, height + 2), WRAP, text)

        if keep_with_next and height + self.pt(keep_with_next) > self.room() and self.y > 0:
            self.new_page()  # a heading never stays alone at the foot of a page
        self.place(height + self.pt(gap_after), draw)


def paint_pages(device: QPagedPaintDevice, layout: SheetLayout, footer: Callable[[QPainter, int, int], None]) -> int:
    """Draw the laid-out pages on ``device`` (a QPrinter or QPdfWriter), each with
    ``footer(painter, number, total)``; return the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start drawing on the printer or file")
    try:
        total = len(layout.pages)
        for index, page in enumerate(layout.pages):
            if index > 0:
                device.newPage()
            for op in page.ops:
                op(painter, 0.0)
            footer(painter, index + 1, total)
    finally:
        painter.end()
    return total


def bullet_columns(
    layout: SheetLayout, lines: list[str], font: QFont
) -> tuple[float, Callable[[QPainter, float], None]]:
    """The height of ``lines`` as bullets in two columns, and how to draw them at a given y."""
    gap = layout.pt(14)
    hang = layout.pt(10 * layout.scale)
    column = (layout.width - gap) / 2
    spacing = layout.pt(1.5)
    each = [layout.text_height(item, font, column - hang) + spacing for item in lines]
    # Split where the two columns come out most even in height (long items wrap): reading
    # order stays down the first column, then the second.
    middle = min(range(len(lines) + 1), key=lambda i: (max(sum(each[:i]), sum(each[i:])), -i))
    columns = (lines[:middle], lines[middle:])
    heights = [each[:middle], each[middle:]]
    total = max(sum(h) for h in heights)

    def draw(painter: QPainter, y: float) -> None:
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        for index, items in enumerate(columns):
            x = index * (column + gap)
            top = y
            for item, height in zip(items, heights[index], strict=True):
                painter.drawText(QRectF(x, top, hang, height + 2), int(Qt.AlignmentFlag.AlignLeft), "•")
                painter.drawText(QRectF(x + hang, top, column - hang, height - spacing + 2), WRAP, item)
                top += height

    return total, draw
