"""The session history window as it was before issue 21, kept as the benchmark's reference.

Every row and chart point is built when it opens (from commit 4fc2a77, its file dialog
left out), and its CSV export builds the whole file in memory first. bench/run.py opens it
beside today's window in the same run, so "no slower with 100 sessions" is a ratio that the
machine's load does not decide.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupoint_gui.model.history import CSV_HEADER, History
from acupoint_gui.model.storage import atomic_write_text
from acupoint_gui.ui.screen_fit import resize_to_fit

COLUMNS = ("Date", "Routine", "Steps done", "Finished", "Pain before", "Pain after", "Note")
NOTE_COLUMN = COLUMNS.index("Note")
NOTE_WIDTH = 240  # pixels at first; the column stretches into any room the window has


def date_ticks(moments: list[datetime], today: date) -> tuple[datetime, datetime, int]:
    """A date axis from midnight to midnight, ticks a whole number of days or weeks apart (at most 9)."""
    first = min(moments).date() if moments else today
    last = max(moments).date() if moments else today
    days = (last - first).days + 1
    step = 1 if days <= 8 else 7 * math.ceil(days / (7 * 8))
    count = max(1, math.ceil(days / step))
    start = datetime.combine(first, time())
    return start, start + timedelta(days=count * step), count + 1


def _qt_time(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


def _pain(value: int | None) -> str:
    return "—" if value is None else str(value)


def old_export_csv(history: History, path: Path) -> None:
    """The export as it was: every session read into a list, the whole file built, then written."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for r in reversed(history.sessions()):
        writer.writerow(
            [
                r.started_at.isoformat(),
                r.ended_at.isoformat() if r.ended_at else "",
                r.routine_name,
                r.completed_steps,
                r.total_steps,
                "yes" if r.finished else "no",
                "" if r.pain_before is None else r.pain_before,
                "" if r.pain_after is None else r.pain_after,
                r.note,
            ]
        )
    atomic_write_text(path, buffer.getvalue())


class OldHistoryView(QDialog):
    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setWindowTitle("Session history and pain log")
        self.history = history
        self.records = history.sessions()
        self.table = QTableWidget(len(self.records), len(COLUMNS))
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, record in enumerate(self.records):
            local = record.started_at.astimezone()
            cells = (
                local.strftime("%a %d %b %Y, %H:%M"),  # "Wed 25 Nov 2026, 11:31": no day/month mix-ups
                record.routine_name,
                f"{record.completed_steps} of {record.total_steps}",
                "yes" if record.finished else "no",
                _pain(record.pain_before),
                _pain(record.pain_after),
                record.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == NOTE_COLUMN and text:
                    item.setToolTip(text)  # a long note is cut in its cell; all of it is here
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # The note takes the room that is left, never more: no sideways scrolling for a long one.
        self.table.setColumnWidth(NOTE_COLUMN, min(self.table.columnWidth(NOTE_COLUMN), NOTE_WIDTH))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart_view = self._chart()
        export = QPushButton("Export CSV…")
        export.setObjectName("exportCsv")
        export.setEnabled(bool(self.records))
        export.setAutoDefault(False)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        count = len(self.records)
        buttons.addWidget(QLabel(f"{count} session{'' if count == 1 else 's'}"))
        buttons.addStretch(1)
        buttons.addWidget(export)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        close.setDefault(True)  # Enter closes; it never opens a save dialog by surprise
        grow = max(1.0, self.font().pointSizeF() / 9.0)  # a larger font needs a larger chart
        resize_to_fit(self, round(900 * grow), round(600 * grow))

    def _chart(self) -> QWidget:
        from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis

        chart = QChart()
        chart.setTitle("Pain before and after each session (0 = none, 10 = worst)")
        self.before = QLineSeries()
        self.before.setName("Before")
        self.after = QLineSeries()
        self.after.setName("After")
        for series, colour, style in (
            (self.before, "#D55E00", Qt.PenStyle.SolidLine),
            (self.after, "#0072B2", Qt.PenStyle.DashLine),
        ):
            pen = QPen(QColor(colour), 2.5)
            pen.setStyle(style)  # not told apart by colour alone
            series.setPen(pen)
            series.setPointsVisible(True)
        if not self.records:
            chart.setTitle("No sessions yet: pain before and after each session will be drawn here")
        for record in sorted(self.records, key=lambda r: r.started_at):
            when = record.started_at.timestamp() * 1000.0  # the date axis counts milliseconds
            if record.pain_before is not None:
                self.before.append(when, record.pain_before)
            if record.pain_after is not None:
                self.after.append(when, record.pain_after)
        chart.addSeries(self.before)
        chart.addSeries(self.after)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        x_axis.setTitleText("Date")
        start, end, ticks = date_ticks([r.started_at.astimezone() for r in self.records], date.today())
        x_axis.setRange(_qt_time(start), _qt_time(end))
        x_axis.setTickCount(ticks)
        y_axis = QValueAxis()
        y_axis.setRange(-0.4, 10.4)  # a little room, so a 0 or a 10 is not cut in half by the frame
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(2)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText("Pain")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.before, self.after):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart)
        view.setObjectName("painChart")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(260)
        return view
