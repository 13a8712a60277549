"""A point marker: the same size on screen at any zoom, with a generous hit area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...model.geometry import Marker
from ...model.points import Point
from ..theme import Theme

DOT_RADIUS = 7.0
HIT_RADIUS = 13.0  # 26 px across: easy to hit with a mouse or a finger
SELECTED_RADIUS = 10.0
SPACING = SELECTED_RADIUS + 1 + DOT_RADIUS + 2.0
"""Closest two marker centres may be on screen: a current (largest) dot and its neighbour never touch."""
HOME_DOT = 2.5  # where a moved marker really is, at the end of its leader line


def side_words(marker: Marker) -> str:
    if marker.side.value == "midline":
        return QCoreApplication.translate("MarkerItem", "on the midline")
    if marker.side.value == "left":
        return QCoreApplication.translate("MarkerItem", "left side")
    return QCoreApplication.translate("MarkerItem", "right side")


def accessible_name(point: Point, marker: Marker) -> str:
    """``"BL23 Shenshu, Kidney Shu, left side"`` — what a screen reader says."""
    from ...model.search import fold

    return QCoreApplication.translate("MarkerItem", "{code} {pinyin}, {name}, {side}").format(
        code=point.code, pinyin=fold(point.pinyin).capitalize(), name=point.name, side=side_words(marker)
    )


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
        self.home = QPointF()  # the point's own place on the figure, in scene units
        self.leader = QPointF()  # from the drawn dot back to its home, in screen pixels (0, 0: not moved)
        self.hit_radius = HIT_RADIUS  # smaller where a neighbour is close, so hit areas never overlap
        self.accessible_name = accessible_name(point, marker)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{point.code} — {point.name} ({side_words(marker)})")
        self.setZValue(10)

    def boundingRect(self) -> QRectF:
        r = max(HIT_RADIUS, SELECTED_RADIUS + 6) + 3  # the halo ring of a selected marker included
        dot = QRectF(-r, -r, 2 * r, 2 * r)
        home = QRectF(self.leader.x() - HOME_DOT, self.leader.y() - HOME_DOT, 2 * HOME_DOT, 2 * HOME_DOT)
        return dot.united(home)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.hit_radius, self.hit_radius)
        return path

    def place_at(self, home: QPointF, shown: QPointF, leader: QPointF, hit_radius: float) -> None:
        """Draw the marker at ``shown`` (scene units) with a leader line ``leader`` pixels long
        back to ``home``, its place on the figure; ``hit_radius`` keeps its hit area to itself."""
        self.prepareGeometryChange()
        self.home = QPointF(home)
        self.leader = QPointF(leader)
        self.hit_radius = hit_radius
        self.setPos(shown)

    @property
    def moved(self) -> bool:
        return self.leader.manhattanLength() > 0.5

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
        if self.moved:  # a line and a small dot in the marker's colour show where the point really is
            painter.setPen(QPen(fill, 1.6))
            painter.drawLine(QPointF(0, 0), self.leader)
            painter.setPen(QPen(theme.marker_ring, 1))
            painter.setBrush(QBrush(fill))
            painter.drawEllipse(self.leader, HOME_DOT, HOME_DOT)
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
