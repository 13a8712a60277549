"""The point being pressed, as someone pressing it for another person sees it.

Standing behind them (a point on the back figure), their left is on the presser's left: the
back figure as drawn, not mirrored. Facing them (the front figure), their left is on the
presser's right: the front figure as drawn. The widget shows the part of the figure around
the point, the point on the pressed person's side, and says which side is which and where the
presser stands. It only draws what it is told.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..model.geometry import Figure, Marker
from ..printing.figures import Label, draw_figure

REGION = 0.3  # the share of the figure's height shown around the point
BACKGROUND = QColor("#FAFAFA")
TEXT = QColor("#222222")


class PresserView(QWidget):
    def __init__(self, figures: Mapping[str, Figure], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presserView")
        self.figures = figures
        self.marker: Marker | None = None
        self.stand = ""
        self.viewer_left = ""
        self.viewer_right = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(120)

    def sizeHint(self) -> QSize:
        return QSize(300, 128)

    def show_marker(self, marker: Marker) -> None:
        """The point's marker on the back or front figure: the figure is shown as the presser sees it."""
        if marker.view not in ("back", "front"):
            raise ValueError(f"a presser's view is of the back or the front, not {marker.view!r}")
        self.marker = marker
        behind = marker.view == "back"
        self.stand = self.tr("As you stand behind them") if behind else self.tr("As you face them")
        # The pressed person's own sides, where they are for the presser.
        their_left, their_right = self.tr("their left"), self.tr("their right")
        self.viewer_left, self.viewer_right = (their_left, their_right) if behind else (their_right, their_left)
        self.setAccessibleName(
            self.tr("%1: %2 is on your left, %3 on your right")
            .replace("%1", self.stand)
            .replace("%2", self.viewer_left)
            .replace("%3", self.viewer_right)
        )
        self.update()

    def figure_rect(self) -> QRectF:
        """Where the whole figure is drawn so that the part around the point fills the widget."""
        assert self.marker is not None
        figure = self.figures[self.marker.view]
        left, top, width, height = figure.view_box
        band = self._band()
        shown_h = height * REGION
        scale = band.height() / shown_h
        region_top = min(max(self.marker.y - shown_h / 2, top), top + height - shown_h)
        x = band.center().x() - (figure.midline_x - left) * scale
        y = band.top() - (region_top - top) * scale
        return QRectF(x, y, width * scale, height * scale)

    def _band(self) -> QRectF:
        line = self.fontMetrics().height() + 4
        return QRectF(0, line, self.width(), self.height() - 2 * line)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        if self.marker is None:
            painter.end()
            return
        band = self._band()
        painter.save()
        painter.setClipRect(band)
        radius = max(5.0, self.height() / 24)
        draw_figure(
            painter,
            self.figures[self.marker.view],
            self.figure_rect(),
            [Label(self.marker, "")],
            marker_radius=radius,
        )
        painter.restore()
        painter.setPen(TEXT)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        top = QRectF(4, 0, self.width() - 8, band.top())
        painter.drawText(top, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), self.stand)
        painter.setFont(self.font())
        bottom = QRectF(6, band.bottom(), self.width() - 12, self.height() - band.bottom())
        middle = int(Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft) | middle, f"◂ {self.viewer_left}")
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight) | middle, f"{self.viewer_right} ▸")
        painter.end()
