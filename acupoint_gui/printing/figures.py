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
from ..model.label_placement import LabelRequest, Rect, overlaps, place_labels

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
    muted: bool = False  # drawn grey: a point to leave out (pregnancy)


MUTED = QColor("#9a9a9a")


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
    points = [
        QPointF(drawn.left() + (label.marker.x - left) * scale, drawn.top() + (label.marker.y - top) * scale)
        for label in labels
    ]
    is_badge = [len(label.text) <= 2 for label in labels]  # a number in a circle; longer text goes beside
    moved = iter(badge_places([p for p, badge in zip(points, is_badge, strict=True) if badge], marker_radius, drawn))
    centres = [next(moved) if badge else point for point, badge in zip(points, is_badge, strict=True)]
    for label, point, centre in zip(labels, points, centres, strict=True):
        if centre != point:  # moved clear of a neighbour: a line and a dot show where it belongs
            colour_here = MUTED if label.muted else fill
            painter.setPen(QPen(colour_here, max(marker_radius * 0.18, 0.5)))
            painter.drawLine(point, centre)
            painter.setBrush(QBrush(colour_here))
            painter.drawEllipse(point, marker_radius * 0.35, marker_radius * 0.35)
    for label, centre, badge in zip(labels, centres, is_badge, strict=True):
        painter.setPen(QPen(QColor("white"), marker_radius * 0.3))
        painter.setBrush(QBrush(MUTED if label.muted else fill))
        painter.drawEllipse(centre, marker_radius, marker_radius)
        if badge:
            painter.setPen(QPen(QColor("white")))
            box = QRectF(centre.x() - marker_radius, centre.y() - marker_radius, 2 * marker_radius, 2 * marker_radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)
        else:
            painter.setPen(QPen(QColor("#111111")))
            painter.drawText(QPointF(centre.x() + marker_radius + 2, centre.y() + font_size / 2), label.text)
    painter.restore()
    return drawn


def badge_places(points: Sequence[QPointF], radius: float, drawn: QRectF) -> list[QPointF]:
    """Where each numbered badge goes: on its point when that covers no earlier badge, else
    beside it (away from the figure's middle where there is room), never over another badge or
    another point, so that every number can be read on paper."""
    margin = radius * 0.15
    size = 2 * (radius + margin)

    def box(centre: QPointF) -> Rect:
        return (centre.x() - size / 2, centre.y() - size / 2, size, size)

    places: list[QPointF | None] = []
    taken: list[Rect] = []
    for point in points:
        here = box(point)
        if any(overlaps(here, other) for other in taken):
            places.append(None)
        else:
            places.append(point)
            taken.append(here)
    crowded = [i for i, place in enumerate(places) if place is None]
    if crowded:
        dot = radius * 0.5
        taken += [(p.x() - dot, p.y() - dot, 2 * dot, 2 * dot) for p in points]  # no badge over a point
        for gap in (radius * 0.6, radius * 1.6, radius * 3.0):  # a little further out each time
            requests = [
                LabelRequest((points[i].x(), points[i].y()), (size, size), _away_from(points[i], drawn))
                for i in crowded
            ]
            for i, offset in zip(crowded, place_labels(requests, taken, gap=gap), strict=True):
                if offset is not None:
                    place = QPointF(points[i].x() + offset[0] + size / 2, points[i].y() + offset[1] + size / 2)
                    places[i] = place
                    taken.append(box(place))
            crowded = [i for i in crowded if places[i] is None]
            if not crowded:
                break
    return [place if place is not None else point for place, point in zip(places, points, strict=True)]


def _away_from(point: QPointF, drawn: QRectF) -> str:
    """The side of the figure a point is on, for its badge to move out that way."""
    return "left" if point.x() < drawn.center().x() else "right"
