"""A point marker: the same size on screen at any zoom, with a generous hit area."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...model.geometry import Marker
from ...model.points import Point
from ..theme import Theme

DOT_RADIUS = 7.0
HIT_RADIUS = 13.0  # 26 px across: easy to hit with a mouse or a finger
SELECTED_RADIUS = 10.0


def side_words(marker: Marker) -> str:
    return "on the midline" if marker.side.value == "midline" else f"{marker.side.value} side"


def accessible_name(point: Point, marker: Marker) -> str:
    """``"BL23 Shenshu, Kidney Shu, left side"`` — what a screen reader says."""
    from ...model.search import fold

    return f"{point.code} {fold(point.pinyin).capitalize()}, {point.name}, {side_words(marker)}"


class MarkerItem(QGraphicsItem):
    def __init__(self, point: Point, marker: Marker, theme: Theme) -> None:
        super().__init__()
        self.point = point
        self.marker = marker
        self.theme = theme
        self.selected_marker = False
        self.current = False
        self.dimmed = False
        self.warn = False  # e.g. contraindicated in pregnancy: drawn as a diamond
        self.keyboard_focus = False
        self.accessible_name = accessible_name(point, marker)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{point.code} — {point.name} ({side_words(marker)})")
        self.setZValue(10)

    def boundingRect(self) -> QRectF:
        r = HIT_RADIUS + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), HIT_RADIUS, HIT_RADIUS)
        return path

    def set_state(
        self,
        *,
        selected: bool | None = None,
        current: bool | None = None,
        dimmed: bool | None = None,
        warn: bool | None = None,
        focus: bool | None = None,
    ) -> None:
        if selected is not None:
            self.selected_marker = selected
        if current is not None:
            self.current = current
        if dimmed is not None:
            self.dimmed = dimmed
        if warn is not None:
            self.warn = warn
        if focus is not None:
            self.keyboard_focus = focus
        self.setZValue(12 if (self.selected_marker or self.current) else 10)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self.theme
        painter.setOpacity(0.28 if self.dimmed and not (self.selected_marker or self.current) else 1.0)
        fill: QColor = theme.marker
        radius = DOT_RADIUS
        if self.current:
            fill, radius = theme.current, SELECTED_RADIUS + 1
        elif self.selected_marker:
            fill, radius = theme.selected, SELECTED_RADIUS
        if self.current or self.selected_marker or self.keyboard_focus:
            # an outer halo ring: the state is visible without relying on colour
            halo = QPen(fill if not self.keyboard_focus else theme.text, 2.5)
            halo.setStyle(Qt.PenStyle.SolidLine if not self.keyboard_focus else Qt.PenStyle.DotLine)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius + 5, radius + 5)
        painter.setPen(QPen(theme.marker_ring, 2))
        painter.setBrush(QBrush(fill))
        if self.warn:
            diamond = QPainterPath()
            r = radius + 1.5
            diamond.moveTo(0, -r)
            diamond.lineTo(r, 0)
            diamond.lineTo(0, r)
            diamond.lineTo(-r, 0)
            diamond.closeSubpath()
            painter.drawPath(diamond)
        else:
            painter.drawEllipse(QPointF(0, 0), radius, radius)
        if self.current:
            painter.setBrush(QBrush(theme.marker_ring))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(0, 0), 3, 3)
