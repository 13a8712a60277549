"""Draw a figure with numbered or labelled markers on any QPainter: screen image, PDF or printer.

Vector all the way: the SVG is rendered as paths and the markers as shapes and text, so a PDF
keeps no raster figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from .. import paths
from ..model.geometry import Figure, Marker

_renderers: dict[str, QSvgRenderer] = {}


def _renderer(view: str) -> QSvgRenderer:
    if view not in _renderers:
        data = paths.figure_file(view).read_bytes()
        _renderers[view] = QSvgRenderer(QByteArray(data))
    return _renderers[view]


@dataclass(frozen=True)
class Label:
    marker: Marker
    text: str


def figure_scale(figure: Figure, target: QRectF) -> float:
    _, _, width, height = figure.view_box
    return min(target.width() / width, target.height() / height)


def draw_figure(
    painter: QPainter,
    figure: Figure,
    target: QRectF,
    labels: Sequence[Label],
    *,
    mirrored: bool = False,
    marker_radius: float = 6.0,
    font_size: float = 8.0,
    colour: QColor | None = None,
) -> QRectF:
    """Draw ``figure`` fitted into ``target`` and its labelled markers; return the rect used."""
    left, top, width, height = figure.view_box
    scale = figure_scale(figure, target)
    drawn = QRectF(0, 0, width * scale, height * scale)
    drawn.moveCenter(target.center())
    painter.save()
    painter.translate(drawn.topLeft())
    painter.scale(scale, scale)
    painter.translate(-left, -top)
    if mirrored:
        painter.translate(2 * left + width, 0)
        painter.scale(-1, 1)
    _renderer(figure.view).render(painter, QRectF(left, top, width, height))
    painter.restore()

    fill = colour or QColor("#D55E00")
    font = QFont()
    font.setPointSizeF(font_size)
    font.setBold(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    for label in labels:
        x = drawn.left() + (label.marker.x - left) * scale
        y = drawn.top() + (label.marker.y - top) * scale
        centre = QPointF(x, y)
        painter.setPen(QPen(QColor("white"), marker_radius * 0.3))
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(centre, marker_radius, marker_radius)
        painter.setPen(QPen(QColor("#111111")))
        if len(label.text) <= 2:
            painter.setPen(QPen(QColor("white")))
            box = QRectF(x - marker_radius, y - marker_radius, 2 * marker_radius, 2 * marker_radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)
        else:
            painter.drawText(QPointF(x + marker_radius + 2, y + font_size / 2), label.text)
    painter.restore()
    return drawn
