"""The pain chart: average pain before and after per day, week or month, with the number of
sessions in each as pale bars behind. It draws a ``PainTrend``; it reads nothing itself.

QtCharts is imported here, and this module only when the history is first opened.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time

from PySide6.QtCharts import QAreaSeries, QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ..model.history_query import MONTHS_IN, Grain, PainTrend, period_end, period_start

MAX_LABELS = 8  # date labels under the chart: more would crowd a 900-pixel window
# Labels every so many periods; from months up they fall on January, April ... or January alone.
LABEL_STEPS = {
    Grain.DAY: (1, 2, 7, 14),
    Grain.WEEK: (1, 2, 4, 8, 13, 26),
    Grain.MONTH: (1, 2, 3, 6, 12, 24, 60),
    Grain.QUARTER: (1, 2, 4, 8, 20),
    Grain.YEAR: (1, 2, 5, 10, 20),
}
BAR_GAP = 0.12  # the share of each period left empty on either side of its bar
PAIN_PADDING = 0.4  # a little room, so a 0 or a 10 is not cut in half by the frame


def label_step(grain: Grain, periods: int) -> int:
    """Every how many periods a date is written under the axis."""
    steps = LABEL_STEPS[grain]
    return next((step for step in steps if math.ceil(periods / step) <= MAX_LABELS), steps[-1])


def period_starts(grain: Grain, start: date, end: date) -> list[date]:
    """The first day of every period from the one holding ``start`` up to ``end``."""
    days: list[date] = []
    day = period_start(start, grain)
    while day < end:
        days.append(day)
        day = period_end(day, grain)
    return days


def label_days(grain: Grain, starts: list[date]) -> list[date]:
    """The period starts that get a date label under the axis."""
    step = label_step(grain, len(starts))
    if grain in MONTHS_IN:
        months = step * MONTHS_IN[grain]
        return [d for d in starts if (d.year * 12 + d.month - 1) % months == 0]
    return starts[::step]


def label_pattern(grain: Grain, periods: int) -> str:
    """How the labels are written: the day, the month, or the year alone."""
    months = MONTHS_IN.get(grain, 0) * label_step(grain, periods)
    if months >= 12:
        return "yyyy"
    if months:
        return QCoreApplication.translate("PainChart", "MMM yyyy", "QLocale's date format: a month")
    return QCoreApplication.translate("PainChart", "d MMM", "QLocale's date format: a day")


def session_scale(most: int) -> float:
    """A tick interval for the sessions axis with five steps, so its ticks meet the pain grid."""
    for magnitude in (1, 10, 100, 1000):
        for step in (1, 2, 5):
            if 5 * step * magnitude >= most:
                return float(step * magnitude)
    return float(math.ceil(most / 5))


def _ms(day: date) -> float:
    """Local midnight at the start of ``day``, as the charts' milliseconds since the epoch."""
    return datetime.combine(day, time()).astimezone().timestamp() * 1000.0


class PainChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.bars_top = QLineSeries()
        self.bars = QAreaSeries(self.bars_top)
        self.bars.setPen(QPen(Qt.PenStyle.NoPen))
        self.bars.setBrush(QBrush(QColor(120, 120, 120, 60)))
        self.before = QLineSeries()
        self.before.setName(self.tr("Pain before"))
        self.after = QLineSeries()
        self.after.setName(self.tr("Pain after"))
        for series, colour, style in (
            (self.before, "#D55E00", Qt.PenStyle.SolidLine),
            (self.after, "#0072B2", Qt.PenStyle.DashLine),
        ):
            pen = QPen(QColor(colour), 2.5)
            pen.setStyle(style)  # not told apart by colour alone
            series.setPen(pen)
            series.setPointsVisible(True)
        chart.addSeries(self.bars)  # first: behind the lines
        chart.addSeries(self.before)
        chart.addSeries(self.after)
        self.pain_axis = QValueAxis()
        self.pain_axis.setRange(-PAIN_PADDING, 10 + PAIN_PADDING)
        self.pain_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.pain_axis.setTickAnchor(0)
        self.pain_axis.setTickInterval(2)
        self.pain_axis.setLabelFormat("%d")
        self.pain_axis.setTitleText(self.tr("Pain"))
        self.count_axis = QValueAxis()
        self.count_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.count_axis.setTickAnchor(0)
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setGridLineVisible(False)  # the pain grid is at the same heights
        chart.addAxis(self.pain_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignRight)
        self.bars.attachAxis(self.count_axis)
        for series in (self.before, self.after):
            series.attachAxis(self.pain_axis)
        self.date_axis: QCategoryAxis | None = None
        self.trend: PainTrend | None = None

    def show_trend(self, trend: PainTrend, empty_title: str) -> None:
        """Draw ``trend``; ``empty_title`` is the title when it has no sessions."""
        self.trend = trend
        chart = self.chart()
        per = {
            Grain.DAY: self.tr("per day"),
            Grain.WEEK: self.tr("per week"),
            Grain.MONTH: self.tr("per month"),
            Grain.QUARTER: self.tr("per quarter"),
            Grain.YEAR: self.tr("per year"),
        }
        per_period = per[trend.grain]
        chart.setTitle(
            self.tr("Average pain {per} (0 = none, 10 = worst)").format(per=per_period)
            if trend.periods
            else empty_title
        )
        self.bars.setName(self.tr("Sessions {per} (right scale)").format(per=per_period))
        self.count_axis.setTitleText(self.tr("Sessions {per}").format(per=per_period))
        middles = [((_ms(p.start) + _ms(p.end)) / 2, p) for p in trend.periods]
        self.before.replace([QPointF(x, p.pain_before) for x, p in middles if p.pain_before is not None])
        self.after.replace([QPointF(x, p.pain_after) for x, p in middles if p.pain_after is not None])
        # Many periods: the line alone reads better than a row of touching dots.
        for series in (self.before, self.after):
            series.setPointsVisible(len(trend.periods) <= 40)
        outline: list[QPointF] = []
        for period in trend.periods:
            left, right = _ms(period.start), _ms(period.end)
            gap = (right - left) * BAR_GAP
            outline += [QPointF(left + gap, 0), QPointF(left + gap, period.sessions)]
            outline += [QPointF(right - gap, period.sessions), QPointF(right - gap, 0)]
        self.bars_top.replace(outline)
        step = session_scale(max((p.sessions for p in trend.periods), default=1))
        self.count_axis.setTickInterval(step)
        self.count_axis.setRange(-PAIN_PADDING * step / 2, 5 * step + PAIN_PADDING * step / 2)
        self._date_axis(trend)

    def _date_axis(self, trend: PainTrend) -> None:
        chart = self.chart()
        if self.date_axis is not None:
            chart.removeAxis(self.date_axis)
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        start, end = _ms(trend.start), _ms(trend.end)
        axis.setRange(start, end)
        axis.setStartValue(start - 1)  # the first label may sit on the very start
        locale = QLocale()
        starts = period_starts(trend.grain, trend.start, trend.end)
        pattern = label_pattern(trend.grain, len(starts))
        for day in label_days(trend.grain, starts):
            if day >= trend.start:
                axis.append(locale.toString(QDate(day.year, day.month, day.day), pattern), _ms(day))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        for series in (self.bars, self.before, self.after):
            series.attachAxis(axis)
        self.date_axis = axis
