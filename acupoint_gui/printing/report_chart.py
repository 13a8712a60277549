"""The progress report's chart, drawn with QPainter on any device: average pain before and after
in each period (0 to 10, left scale), and the number of sessions as pale bars behind (right
scale), as the history window draws them. Lines differ in pattern and marker, not colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from ..model.history_query import Period

BEFORE = QColor("#D55E00")
AFTER = QColor("#0072B2")
BARS = QColor(120, 120, 120, 70)
GRID = QColor("#D0D0D0")
TEXT = QColor("#333333")


def count_step(most: int) -> int:
    """A tick interval for the sessions scale with five steps, so its ticks meet the pain grid."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
        if 5 * step >= most:
            return step
    return -(-most // 5)


def draw_pain_chart(
    painter: QPainter,
    rect: QRectF,
    periods: Sequence[Period],
    labels: Sequence[str],
    *,
    font: QFont,
    unit: Callable[[float], float],
) -> None:
    """The chart in ``rect``; ``labels`` name the periods under the axis; ``unit(points)`` is
    the device's size of a typographic point (lines and markers are sized with it)."""
    metrics = QFontMetricsF(font, painter.device())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    legend_h = metrics.height() + unit(6)
    axis_w = metrics.horizontalAdvance("10") + unit(6)
    scale_w = metrics.horizontalAdvance("000") + unit(6)
    label_h = metrics.height() + unit(4)
    plot = QRectF(
        rect.left() + axis_w + metrics.height() + unit(2),
        rect.top() + legend_h,
        rect.width() - axis_w - scale_w - metrics.height() * 2 - unit(4),
        rect.height() - legend_h - label_h,
    )
    most = max((p.sessions for p in periods), default=0)
    step = count_step(max(most, 1))
    slot = plot.width() / max(len(periods), 1)

    def y_pain(value: float) -> float:
        return plot.bottom() - value / 10 * plot.height()

    def x_of(index: int) -> float:
        return plot.left() + slot * (index + 0.5)

    # the grid, and both scales
    for tick in range(0, 11, 2):
        y = y_pain(tick)
        painter.setPen(QPen(GRID, unit(0.5)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT)
        box = QRectF(plot.left() - axis_w, y - metrics.height() / 2, axis_w - unit(3), metrics.height())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(tick))
        count_box = QRectF(plot.right() + unit(3), y - metrics.height() / 2, scale_w, metrics.height())
        painter.drawText(
            count_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(tick // 2 * step)
        )
    _axis_title(
        painter,
        QCoreApplication.translate("ReportChart", "Pain (0–10)"),
        QPointF(rect.left() + metrics.height() / 2, plot.center().y()),
    )
    _axis_title(
        painter,
        QCoreApplication.translate("ReportChart", "Sessions"),
        QPointF(rect.right() - metrics.height() / 2, plot.center().y()),
    )
    # the bars, behind
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(BARS))
    for index, period in enumerate(periods):
        if period.sessions:
            height = period.sessions / (5 * step) * plot.height()
            painter.drawRect(QRectF(x_of(index) - slot * 0.38, plot.bottom() - height, slot * 0.76, height))
    # the period labels, thinned so they never run together
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0.0) + unit(4)
    every = max(1, -(-int(widest) // max(int(slot), 1)))
    painter.setPen(TEXT)
    for index, label in enumerate(labels):
        if index % every == 0:
            box = QRectF(x_of(index) - widest / 2, plot.bottom() + unit(2), widest, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), label)
    # the two lines: a gap where a period has no score
    for values, colour, style, square in (
        ([p.pain_before for p in periods], BEFORE, Qt.PenStyle.SolidLine, False),
        ([p.pain_after for p in periods], AFTER, Qt.PenStyle.DashLine, True),
    ):
        pen = QPen(colour, unit(1.6))
        pen.setStyle(style)
        previous: QPointF | None = None
        for index, value in enumerate(values):
            if value is None:
                previous = None
                continue
            here = QPointF(x_of(index), y_pain(value))
            if previous is not None:
                painter.setPen(pen)
                painter.drawLine(previous, here)
            _marker(painter, here, colour, square, unit(2.4))
            previous = here
    painter.setPen(QPen(TEXT, unit(0.6)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    _legend(painter, QRectF(plot.left(), rect.top(), plot.width(), legend_h), metrics, unit)
    painter.restore()


def _marker(painter: QPainter, at: QPointF, colour: QColor, square: bool, radius: float) -> None:
    painter.setPen(QPen(QColor("white"), radius * 0.4))
    painter.setBrush(QBrush(colour))
    if square:
        painter.drawRect(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius))
    else:
        painter.drawEllipse(at, radius, radius)


def _axis_title(painter: QPainter, text: str, centre: QPointF) -> None:
    painter.save()
    painter.translate(centre)
    painter.rotate(-90)
    painter.setPen(TEXT)
    painter.drawText(QRectF(-200, -50, 400, 100), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


def _legend(painter: QPainter, rect: QRectF, metrics: QFontMetricsF, unit: Callable[[float], float]) -> None:
    entries = (
        (
            QCoreApplication.translate("ReportChart", "Pain before a session (average)"),
            BEFORE,
            Qt.PenStyle.SolidLine,
            False,
        ),
        (QCoreApplication.translate("ReportChart", "Pain after (average)"), AFTER, Qt.PenStyle.DashLine, True),
        (QCoreApplication.translate("ReportChart", "Sessions"), BARS, None, False),
    )
    x = rect.left()
    y = rect.top() + metrics.height() / 2
    for text, colour, style, square in entries:
        if style is None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawRect(QRectF(x, y - unit(4), unit(14), unit(8)))
        else:
            pen = QPen(colour, unit(1.6))
            pen.setStyle(style)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + unit(20), y))
            _marker(painter, QPointF(x + unit(10), y), colour, square, unit(2.4))
        x += unit(24)
        painter.setPen(TEXT)
        width = metrics.horizontalAdvance(text)
        painter.drawText(
            QRectF(x, rect.top(), width + unit(2), metrics.height()), int(Qt.AlignmentFlag.AlignLeft), text
        )
        x += width + unit(14)
