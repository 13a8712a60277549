"""A close-up drawn on any QPainter: the window, a PNG, the printed sheet.

One drawing path for every use: :func:`draw_closeup` draws the figure fitted into a rectangle
(mirrored for the left side of a one-sided close-up) and returns a :class:`Placement` that
maps figure units to the device; :func:`draw_markers` and :func:`draw_guide_frame` draw on it.
Sizes of dots, lines and markers follow the figure's own cun, so they grow with the figure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtSvg import QSvgRenderer

from .. import paths
from ..model.closeups import marker_radius
from ..model.geometry import Figure
from ..model.guide_frames import Arrow, GuideFrame, Mark
from ..model.label_placement import LabelRequest, Polygon, Rect, place_labels
from .finger_drawing import draw_fingers, fingers_outline


class Colours(NamedTuple):
    marker: QColor = QColor("#0072B2")
    point: QColor = QColor("#D55E00")  # the point being found, or chosen
    ring: QColor = QColor("#FFFFFF")
    landmark: QColor = QColor("#CC79A7")
    measure: QColor = QColor("#009E73")
    text: QColor = QColor("#111111")
    backing: QColor = QColor(255, 255, 255, 215)


LIGHT = Colours()

_renderers: dict[tuple[str, tuple[tuple[str, str], ...]], QSvgRenderer] = {}


def closeup_renderer(view: str, recolour: Sequence[tuple[str, str]] = ()) -> QSvgRenderer:
    """The close-up's SVG renderer (made once), its colours swapped by ``recolour`` (old, new)."""
    key = (view, tuple(recolour))
    found = _renderers.get(key)
    if found is None:
        text = paths.closeup_file(view).read_text(encoding="utf-8")
        for old, new in recolour:
            text = text.replace(old, new)
        found = _renderers[key] = QSvgRenderer(QByteArray(text.encode("utf-8")))
    return found


class Placement(NamedTuple):
    """Where a figure (or the ``region`` of it shown) was drawn: figure units to device units."""

    figure: Figure
    drawn: QRectF
    scale: float
    region: tuple[float, float, float, float]

    def map(self, x: float, y: float) -> QPointF:
        left, top, _, _ = self.region
        return QPointF(self.drawn.left() + (x - left) * self.scale, self.drawn.top() + (y - top) * self.scale)

    @property
    def cun(self) -> float:
        """One cun on the device."""
        return self.figure.units_per_cun * self.scale


def fit(figure: Figure, target: QRectF, region: tuple[float, float, float, float] | None = None) -> Placement:
    shown = region or figure.view_box
    _, _, width, height = shown
    scale = min(target.width() / width, target.height() / height)
    drawn = QRectF(0, 0, width * scale, height * scale)
    drawn.moveCenter(target.center())
    return Placement(figure, drawn, scale, shown)


def draw_closeup(
    painter: QPainter,
    figure: Figure,
    target: QRectF,
    *,
    mirrored: bool = False,
    recolour: Sequence[tuple[str, str]] = (),
    region: tuple[float, float, float, float] | None = None,
) -> Placement:
    """Draw the close-up (or its ``region``, in figure units) fitted into ``target``, clipped
    to it: a close-up is a window on the body."""
    placement = fit(figure, target, region)
    left, top, width, height = figure.view_box
    painter.save()
    painter.setClipRect(placement.drawn, Qt.ClipOperation.IntersectClip)
    painter.translate(placement.drawn.topLeft())
    painter.scale(placement.scale, placement.scale)
    painter.translate(-placement.region[0], -placement.region[1])
    if mirrored:
        painter.translate(2 * left + width, 0)
        painter.scale(-1, 1)
    closeup_renderer(figure.view, recolour).render(painter, QRectF(left, top, width, height))
    painter.restore()
    return placement


class MarkerDrawn(NamedTuple):
    x: float  # figure units
    y: float
    label: str = ""
    chosen: bool = False
    muted: bool = False


def draw_markers(
    painter: QPainter, placement: Placement, markers: Sequence[MarkerDrawn], colours: Colours = LIGHT
) -> None:
    """Point markers sized in cun (so they never overlap, at any size), each optionally labelled."""
    radius = marker_radius(placement.figure) * placement.scale
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for marker in markers:
        centre = placement.map(marker.x, marker.y)
        fill = QColor("#9a9a9a") if marker.muted else colours.point if marker.chosen else colours.marker
        painter.setPen(QPen(colours.ring, max(radius * 0.22, 1.5)))
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(centre, radius, radius)
        if marker.chosen:
            painter.setPen(QPen(fill, max(radius * 0.18, 1.5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius * 1.6, radius * 1.6)
    painter.restore()


def draw_guide_frame(
    painter: QPainter,
    placement: Placement,
    frame: GuideFrame,
    colours: Colours = LIGHT,
    *,
    label_px: float = 13.0,
    label_area: QRectF | None = None,
) -> None:
    """A guide step's state: landmarks (the step's own pulsing), the measure, the arrows, the
    point. Landmark names stay inside ``label_area`` (default: the figure)."""
    cun = placement.cun
    line = max(cun * 0.06, 1.8)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for division in frame.divisions:
        start, end = placement.map(division.x1, division.y1), placement.map(division.x2, division.y2)
        pen = QPen(colours.measure, line * 0.8, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(start, end)
        _ticks(painter, start, end, division.ticks, half=cun * 0.22, pen=QPen(colours.measure, line))
    for fingers in frame.fingers:
        draw_fingers(
            painter,
            placement.map(*fingers.start),
            placement.map(*fingers.end),
            QPointF(*fingers.pointing),
            number=fingers.number,
            length=fingers.length * placement.scale,
            opacity=fingers.opacity,
            line_width=max(line * 0.6, 1.0),
        )
    for arrow in frame.arrows:
        _arrow(painter, placement, arrow, QPen(colours.measure, line * 1.2), cun * 0.28)
    dot = landmark_dot(placement)
    for mark in frame.marks:
        centre = placement.map(mark.x, mark.y)
        if mark.pulse > 0:
            glow = QColor(colours.landmark)
            glow.setAlphaF(0.45 * (1 - mark.pulse) + 0.1)
            painter.setPen(QPen(glow, line * 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grown = dot * (1.6 + 2.2 * mark.pulse)
            painter.drawEllipse(centre, grown, grown)
        painter.setPen(QPen(colours.ring, max(dot * 0.3, 1.0)))
        painter.setBrush(QBrush(colours.landmark))
        size = dot * (1.35 if mark.current else 1.0)
        painter.drawEllipse(centre, size, size)
    if frame.point is not None:
        centre = placement.map(frame.point.x, frame.point.y)
        radius = frame.point.radius * placement.scale
        if frame.point.ring > 0:
            glow = QColor(colours.point)
            glow.setAlphaF(0.5 * (1 - frame.point.ring) + 0.15)
            painter.setPen(QPen(glow, line * 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(
                centre, radius * (1.5 + 0.9 * frame.point.ring), radius * (1.5 + 0.9 * frame.point.ring)
            )
        painter.setPen(QPen(colours.ring, max(radius * 0.22, 1.5)))
        painter.setBrush(QBrush(colours.point))
        painter.drawEllipse(centre, radius, radius)
    font = label_font(label_px)
    metrics = QFontMetricsF(font, painter.device())
    painter.setFont(font)
    dot = landmark_dot(placement)
    for mark, box in landmark_labels(placement, frame, metrics, area=label_area or placement.drawn):
        _leader(painter, placement.map(mark.x, mark.y), box, dot, QPen(colours.text, max(line * 0.4, 0.8)))
        path = QPainterPath()
        path.addRoundedRect(box, 4, 4)
        painter.fillPath(path, colours.backing)
        painter.setPen(QPen(colours.text))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mark.label)
    painter.restore()


def _leader(painter: QPainter, anchor: QPointF, box: QRectF, dot: float, pen: QPen) -> None:
    """A thin line from a landmark's dot to its name, when the name had to go farther off than
    beside it (a crowded small picture), so it still reads as that dot's."""
    near = QPointF(min(max(anchor.x(), box.left()), box.right()), min(max(anchor.y(), box.top()), box.bottom()))
    length = math.hypot(near.x() - anchor.x(), near.y() - anchor.y())
    if length <= dot * 6:
        return
    start = anchor + (near - anchor) * (dot * 1.4 / length)
    painter.setPen(pen)
    painter.drawLine(start, near)


def landmark_dot(placement: Placement) -> float:
    """A landmark's dot radius on the device: a share of a cun, never too small to see."""
    return max(placement.cun * 0.13, 4.0)


def label_font(label_px: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(int(label_px), 8))
    font.setFeature(QFont.Tag("liga"), 0)  # in a PDF, "finger" copies and searches as "finger"
    return font


def finger_outlines(placement: Placement, frame: GuideFrame) -> list[Polygon]:
    """Where each drawn measure's fingers are, as four corners on the device."""
    outlines: list[Polygon] = []
    for fingers in frame.fingers:
        corners = fingers_outline(
            placement.map(*fingers.start),
            placement.map(*fingers.end),
            QPointF(*fingers.pointing),
            fingers.length * placement.scale,
        )
        outlines.append([(c.x(), c.y()) for c in corners])
    return outlines


def _ticks(painter: QPainter, start: QPointF, end: QPointF, ticks: Sequence[float], *, half: float, pen: QPen) -> None:
    """Short marks across a line where it is divided (halfway, or at its thirds)."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length * half, dx / length * half
    painter.setPen(pen)
    for t in ticks:
        at = QPointF(start.x() + dx * t, start.y() + dy * t)
        painter.drawLine(QPointF(at.x() - nx, at.y() - ny), QPointF(at.x() + nx, at.y() + ny))


def _arrow(painter: QPainter, placement: Placement, arrow: Arrow, pen: QPen, head: float) -> None:
    if arrow.progress <= 0.02:
        return
    start, tip = placement.map(arrow.x1, arrow.y1), placement.map(*arrow.tip())
    dx, dy = tip.x() - start.x(), tip.y() - start.y()
    length = math.hypot(dx, dy)
    if length < 1:
        return
    ux, uy = dx / length, dy / length
    head = min(head, length * 0.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(start, QPointF(tip.x() - ux * head * 0.6, tip.y() - uy * head * 0.6))
    wing = head * 0.55
    painter.setBrush(QBrush(pen.color()))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(
        QPolygonF(
            [
                tip,
                QPointF(tip.x() - ux * head - uy * wing, tip.y() - uy * head + ux * wing),
                QPointF(tip.x() - ux * head + uy * wing, tip.y() - uy * head - ux * wing),
            ]
        )
    )


def landmark_labels(
    placement: Placement, frame: GuideFrame, metrics: QFontMetricsF, *, area: QRectF
) -> list[tuple[Mark, QRectF]]:
    """Each landmark's plain name beside its dot (once for a landmark on both sides), clear of
    the point, the dots, the drawn fingers and each other, inside ``area``. A name with no
    room is left out."""
    dot = landmark_dot(placement)
    obstacles: list[Rect] = []
    if frame.point is not None:
        centre = placement.map(frame.point.x, frame.point.y)
        r = frame.point.radius * placement.scale * 1.6
        obstacles.append((centre.x() - r, centre.y() - r, 2 * r, 2 * r))
    anchors = [placement.map(mark.x, mark.y) for mark in frame.marks]
    dots = [(a.x(), a.y()) for a in anchors]  # a name never sits nearer another landmark than its own
    obstacles += [(a.x() - dot * 2, a.y() - dot * 2, dot * 4, dot * 4) for a in anchors]
    fingers = finger_outlines(placement, frame)
    middle = placement.drawn.center().x()
    bounds = (area.x(), area.y(), area.width(), area.height())
    seen: set[str] = set()
    labels: list[tuple[Mark, QRectF]] = []
    for mark, anchor in zip(frame.marks, anchors, strict=True):
        if mark.name in seen:  # a landmark on both sides is named once
            continue
        size = (metrics.horizontalAdvance(mark.label) + 8, metrics.height() + 2)
        prefer = "left" if anchor.x() < middle - dot else "right" if anchor.x() > middle + dot else "above"
        offset = None
        for gap in (dot * 2.5, dot * 5, dot * 9, dot * 14, dot * 20):  # farther, with a leader line
            request = LabelRequest((anchor.x(), anchor.y()), size, prefer)
            (offset,) = place_labels([request], obstacles, bounds, gap=gap, dots=dots, shapes=fingers)
            if offset is not None:
                break
        if offset is None:
            continue
        box = QRectF(anchor.x() + offset[0], anchor.y() + offset[1], *size)
        obstacles.append((box.x(), box.y(), box.width(), box.height()))
        seen.add(mark.name)
        labels.append((mark, box))
    return labels
