"""Fingers drawn to scale on any QPainter: the guide's measures and the personal cun ruler use
the same drawing, so a measure on the screen looks like the hand that makes it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform

SKIN = QColor("#E8C7A6")
SKIN_OUTLINE = QColor("#7A5A40")
BASE_SHARE = 0.35  # of a finger's length, behind the measure line (the rest reaches to the tip)


def fingers_outline(start: QPointF, end: QPointF, pointing: QPointF, length: float) -> tuple[QPointF, ...]:
    """The four corners of what :func:`draw_fingers` covers (device units): from ``start`` to
    ``end`` across, and from :data:`BASE_SHARE` of ``length`` behind the measure to the tips."""
    back, ahead = pointing * (-length * BASE_SHARE), pointing * (length * (1 - BASE_SHARE))
    return (start + back, end + back, end + ahead, start + ahead)


def draw_fingers(
    painter: QPainter,
    start: QPointF,
    end: QPointF,
    pointing: QPointF,
    *,
    number: int,
    length: float,
    opacity: float = 1.0,
    line_width: float = 1.5,
) -> None:
    """``number`` fingers side by side, their outer edges at ``start`` and ``end`` (device
    units), each as wide as its share, ``length`` long, tips towards ``pointing`` (a unit
    vector). The measure line crosses the fingers about a third of the way up from their base,
    where a finger's width is taken."""
    along = end - start
    span = (along.x() ** 2 + along.y() ** 2) ** 0.5
    if span <= 0 or number < 1:
        return
    width = span / number
    painter.save()
    if opacity < 0.999:  # only while fading in: blending costs time on every frame
        painter.setOpacity(painter.opacity() * opacity)
    # a frame where x runs along the measure and y towards the fingertips
    unit = QPointF(along.x() / span, along.y() / span)
    tip = pointing
    painter.setTransform(
        QTransform(unit.x(), unit.y(), tip.x(), tip.y(), start.x(), start.y()) * painter.transform(), False
    )
    painter.setPen(QPen(SKIN_OUTLINE, line_width))
    painter.setBrush(QBrush(SKIN))
    base = -length * BASE_SHARE
    for index in range(number):
        box = QRectF(index * width, base, width, length)
        painter.drawRoundedRect(box.adjusted(line_width / 2, 0, -line_width / 2, 0), width * 0.45, width * 0.45)
    # the fingertips' nails, so which end is the tip reads at a glance
    painter.setBrush(QBrush(SKIN.lighter(112)))
    nail_h = min(width * 0.55, length * 0.22)
    for index in range(number):
        nail = QRectF(index * width + width * 0.25, base + length - nail_h - width * 0.18, width * 0.5, nail_h)
        painter.drawRoundedRect(nail, min(width, nail_h) * 0.35, min(width, nail_h) * 0.35)
    painter.restore()
