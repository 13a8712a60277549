"""A small view of how practice is going: the points mastered, the average distance day by day
(a line, with the finger width a point counts as found within), and each point's record.

It draws the :class:`~acupoint_gui.model.practice_log.PracticeProgress` it is given.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..model.practice import FOUND_CUN
from ..model.practice_log import PracticeProgress
from ..model.wording import sentences

LINE = QColor("#0072B2")
FOUND = QColor("#009E73")


class DistanceChart(QWidget):
    """The average distance (cun) of each day's answers, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceChart")
        self.values: list[tuple[str, float]] = []
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(420, 160)

    def show_days(self, values: list[tuple[str, float]]) -> None:
        self.values = values
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        line = metrics.height()
        top = max([3.0, *(v for _, v in self.values)])
        left = metrics.horizontalAdvance("3.0") + 10
        plot = QRectF(left, line * 1.8, self.width() - left - 20, self.height() - 3.4 * line)

        def y_of(value: float) -> float:
            return plot.bottom() - value / top * plot.height()

        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), line),
            int(Qt.AlignmentFlag.AlignLeft),
            self.tr("Cun off, on average, each day you practised"),
        )
        for tick in range(int(top) + 1):
            y = y_of(tick)
            painter.setPen(QPen(QColor(128, 128, 128, 90), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 6, line), int(Qt.AlignmentFlag.AlignRight), f"{tick}"
            )
        painter.setPen(QPen(FOUND, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y_of(FOUND_CUN)), QPointF(plot.right(), y_of(FOUND_CUN)))
        painter.drawText(
            QRectF(plot.left() + 4, y_of(FOUND_CUN) - line - 1, plot.width(), line),
            int(Qt.AlignmentFlag.AlignLeft),
            self.tr("within a finger width: found"),
        )
        if not self.values:
            painter.setPen(text)
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("No practice yet"))
            painter.end()
            return
        slot = plot.width() / len(self.values)
        points = [QPointF(plot.left() + slot * (i + 0.5), y_of(v)) for i, (_, v) in enumerate(self.values)]
        painter.setPen(QPen(LINE, 2.2))
        for a, b in pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(LINE)
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
        # The first and last days under their points (more would crowd a small chart).
        painter.setPen(text)
        width = max(metrics.horizontalAdvance(day) for day, _ in self.values) + 8
        shown = {0, len(points) - 1} if len(points) * width > plot.width() * 2 else set(range(len(points)))
        for index in sorted(shown):
            box = QRectF(points[index].x() - width / 2, plot.bottom() + 4, width, line)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), self.values[index][0])
        painter.end()


class PracticeProgressView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceProgress")
        self.summary = QLabel()
        self.summary.setObjectName("practiceMastered")
        self.summary.setWordWrap(True)
        self.chart = DistanceChart()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("practicePoints")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Point"), self.tr("Last answers"), self.tr("Found"), self.tr("Cun off, on average")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)

    def show_progress(self, progress: PracticeProgress, points: int) -> None:
        """``points``: how many points can be practised."""
        mastered = len(progress.points_mastered)
        text = self.tr("Points mastered (found the last three times): %1 of %2.").replace("%1", str(mastered))
        text = text.replace("%2", str(points))
        if progress.points_mastered:
            text = sentences(text, self.tr("{points}.").format(points=self.tr(", ").join(progress.points_mastered)))
        text = sentences(text, self.tr("%n answer(s) in all.", "", progress.answers))
        self.summary.setText(text)
        day_format = self.tr("d MMM", "a day under the chart, as QLocale writes it: 3 Mar")
        self.chart.show_days(
            [
                (QLocale().toString(QDate(d.day.year, d.day.month, d.day.day), day_format), d.average_cun)
                for d in progress.days
            ]
        )
        self.table.setRowCount(len(progress.records))
        for row, record in enumerate(progress.records):
            cells = (
                record.code + (" ✓" if record.mastered else ""),
                str(record.answers),
                str(record.answers - record.missed),
                f"{record.average_cun:.1f}",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
