"""Draw a figure with numbered or labelled markers on any QPainter: screen image, PDF or printer.

Vector all the way: the SVG is rendered as paths and the markers as shapes and text, so a PDF
keeps no raster figure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from .. import paths
from ..model.geometry import Figure, Marker
from ..model.label_placement import LabelRequest, Rect, overlaps, place_labels, spread_marks

_renderers: dict[str, QSvgRenderer] = {}


def _renderer(figure: Figure) -> QSvgRenderer:
    if figure.view not in _renderers:
        closeup = figure.units_per_cun > 0  # a close-up has its own scale; the body figures do not
        data = (paths.closeup_file(figure.view) if closeup else paths.figure_file(figure.view)).read_bytes()
        _renderers[figure.view] = QSvgRenderer(QByteArray(data))
    return _renderers[figure.view]


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
    placed: list[tuple[str, QRectF]] | None = None,
) -> QRectF:
    """Draw ``figure`` fitted into ``target`` and its labelled markers; return the rect used.

    ``placed``, when given, receives each mark's and each code's box as drawn, for checking.
    """
    left, top, width, height = figure.view_box
    scale = figure_scale(figure, target)
    drawn = QRectF(0, 0, width * scale, height * scale)
    drawn.moveCenter(target.center())
    painter.save()
    painter.setClipRect(drawn, Qt.ClipOperation.IntersectClip)  # a close-up is a window on the body
    painter.translate(drawn.topLeft())
    painter.scale(scale, scale)
    painter.translate(-left, -top)
    if mirrored:
        painter.translate(2 * left + width, 0)
        painter.scale(-1, 1)
    _renderer(figure).render(painter, QRectF(left, top, width, height))
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
    centres = list(points)
    badges = [i for i, label in enumerate(labels) if len(label.text) <= 2]  # a number in a circle
    for i, place in zip(badges, badge_places([points[i] for i in badges], marker_radius, drawn), strict=True):
        centres[i] = place
    # Marks labelled with words: the one nearer the figure's middle keeps its place, as on the map.
    worded = sorted(
        (i for i, label in enumerate(labels) if len(label.text) > 2),
        key=lambda i: (abs(points[i].x() - drawn.center().x()), points[i].y(), i),
    )
    spots = spread_marks(
        [(points[i].x(), points[i].y()) for i in worded],
        2.3 * marker_radius,
        away_from=[(drawn.center().x(), points[i].y()) for i in worded],
    )
    for i, (x, y) in zip(worded, spots, strict=True):
        centres[i] = QPointF(x, y)
    for label, point, centre in zip(labels, points, centres, strict=True):
        if centre != point:  # moved clear of a neighbour: a line and a dot show where it belongs
            colour_here = MUTED if label.muted else fill
            painter.setPen(QPen(colour_here, max(marker_radius * 0.18, 0.5)))
            painter.drawLine(point, centre)
            painter.setBrush(QBrush(colour_here))
            painter.drawEllipse(point, marker_radius * 0.35, marker_radius * 0.35)
    for label, centre in zip(labels, centres, strict=True):
        painter.setPen(QPen(QColor("white"), marker_radius * 0.3))
        painter.setBrush(QBrush(MUTED if label.muted else fill))
        painter.drawEllipse(centre, marker_radius, marker_radius)
        if placed is not None:
            box = QRectF(centre.x() - marker_radius, centre.y() - marker_radius, 2 * marker_radius, 2 * marker_radius)
            placed.append(("mark " + label.text, box))
        if len(label.text) <= 2:  # a number in a circle
            painter.setPen(QPen(QColor("white")))
            box = QRectF(centre.x() - marker_radius, centre.y() - marker_radius, 2 * marker_radius, 2 * marker_radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)
    words = [i for i, label in enumerate(labels) if len(label.text) > 2]
    if words:
        _draw_words(
            painter,
            [labels[i].text for i in words],
            [centres[i] for i in words],
            marks=centres,
            homes=points,
            drawn=drawn,
            radius=marker_radius,
            placed=placed,
        )
    painter.restore()
    return drawn


def _draw_words(
    painter: QPainter,
    texts: Sequence[str],
    anchors: Sequence[QPointF],
    *,
    marks: Sequence[QPointF],
    homes: Sequence[QPointF],
    drawn: QRectF,
    radius: float,
    placed: list[tuple[str, QRectF]] | None = None,
) -> None:
    """Codes beside their marks, clear of every mark and of each other ("BL39" never runs into
    "BL40"); one with no room close by goes further out, joined to its mark by a thin line."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    sizes = [(metrics.horizontalAdvance(text) + 2, metrics.height()) for text in texts]
    obstacles: list[Rect] = [(m.x() - radius, m.y() - radius, 2 * radius, 2 * radius) for m in marks]
    dot = radius * 0.5
    obstacles += [(h.x() - dot, h.y() - dot, 2 * dot, 2 * dot) for h in homes]
    offsets: list[tuple[float, float] | None] = [None] * len(texts)
    for gap in (radius + 1, radius * 3, radius * 6, radius * 12):
        waiting = [i for i, offset in enumerate(offsets) if offset is None]
        requests = [
            LabelRequest((anchors[i].x(), anchors[i].y()), sizes[i], _away_from(anchors[i], drawn)) for i in waiting
        ]
        dots = [(a.x(), a.y()) for a in anchors]
        for i, offset in zip(waiting, place_labels(requests, obstacles, gap=gap, dots=dots), strict=True):
            if offset is not None:
                offsets[i] = offset
                obstacles.append((anchors[i].x() + offset[0], anchors[i].y() + offset[1], *sizes[i]))
    painter.setPen(QPen(QColor("#111111")))
    for text, anchor, size, offset in zip(texts, anchors, sizes, offsets, strict=True):
        if offset is None:  # nowhere free (never on the bundled figures): beside it, as before
            offset = (radius + 2, -size[1] / 2)
        box = QRectF(anchor.x() + offset[0], anchor.y() + offset[1], size[0], size[1])
        if math.hypot(box.center().x() - anchor.x(), box.center().y() - anchor.y()) > radius * 4 + size[0] / 2:
            painter.setPen(QPen(QColor("#777777"), max(radius * 0.15, 0.5)))
            painter.drawLine(anchor, _nearest_on(box, anchor))
            painter.setPen(QPen(QColor("#111111")))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        if placed is not None:
            placed.append((text, box))


def _nearest_on(box: QRectF, point: QPointF) -> QPointF:
    return QPointF(min(max(point.x(), box.left()), box.right()), min(max(point.y(), box.top()), box.bottom()))


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
