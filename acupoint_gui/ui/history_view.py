"""Session history: a chart of pain over a chosen span, the sessions as a table read page by
page, and a button that asks for a CSV export. The view writes no file: it emits
``exportRequested`` and shows the export's progress and result when told to.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..model.history import History
from ..model.history_query import HistorySpan, count_sessions, pain_trend, span_start
from .history_chart import PainChart
from .history_table_model import NOTE_COLUMN, HistoryTableModel
from .screen_fit import resize_to_fit

__all__ = ["NOTE_COLUMN", "HistoryView"]
SIZE_ROWS = 10  # rows measured to size the columns: the first screen or two, not years of sessions


class HistoryView(QDialog):
    exportRequested = Signal()

    def __init__(self, history: History, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setWindowTitle(self.tr("Session history and pain log"))
        self.history = history
        self.today = today or date.today()
        self.span = QComboBox()
        self.span.setObjectName("historySpan")
        for span, text in (
            (HistorySpan.ALL, self.tr("All sessions")),
            (HistorySpan.WEEKS_4, self.tr("The last 4 weeks")),
            (HistorySpan.MONTHS_3, self.tr("The last 3 months")),
            (HistorySpan.MONTHS_12, self.tr("The last 12 months")),
        ):
            self.span.addItem(text, span)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.span)
        self.count = QLabel()
        self.count.setObjectName("historyCount")
        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.span)
        top.addStretch(1)
        top.addWidget(self.count)
        self.chart_view = PainChart()
        self.rows = HistoryTableModel(history, self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.rows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_ROWS)
        # Sized before sorting is turned on, which would widen every heading for an arrow that
        # only one of them shows.
        self.table.resizeColumnsToContents()
        # The note takes the room that is left, never more: no sideways scrolling for a long one.
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # one line a session; a long note ends in "…" (all of it in its tooltip)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSortingEnabled(True)  # a click on a heading sorts, in SQL
        self.export = QPushButton(self.tr("Export CSV…"))
        self.export.setObjectName("exportCsv")
        self.export.clicked.connect(self.exportRequested)
        self.export.setEnabled(count_sessions(history) > 0)
        self.export.setAutoDefault(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setFormat(self.tr("Exporting… %p%"))
        self.progress.hide()
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_status, 1)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        close.setDefault(True)  # Enter closes; it never opens a save dialog by surprise
        self.span.currentIndexChanged.connect(self._show_span)
        self._show_span()
        grow = max(1.0, self.font().pointSizeF() / 9.0)  # a larger font needs a larger chart
        resize_to_fit(self, round(900 * grow), round(600 * grow))

    @property
    def before(self) -> QLineSeries:
        return self.chart_view.before

    @property
    def after(self) -> QLineSeries:
        return self.chart_view.after

    def _show_span(self) -> None:
        span = HistorySpan(self.span.currentData())
        self.rows.set_since(span_start(span, self.today))
        locale = QLocale()
        shown = self.rows.total()
        if span is HistorySpan.ALL:
            self.count.setText(
                self.tr("1 session") if shown == 1 else self.tr("{n} sessions").format(n=locale.toString(shown))
            )
            empty = self.tr("No sessions yet: pain before and after each session will be drawn here")
        else:
            shown_of = (
                self.tr("1 session shown of {total}") if shown == 1 else self.tr("{shown} sessions shown of {total}")
            )
            total = count_sessions(self.history)
            self.count.setText(shown_of.format(shown=locale.toString(shown), total=locale.toString(total)))
            empty = self.tr("No sessions in this span: choose a longer one above")
        self.chart_view.show_trend(pain_trend(self.history, span, self.today), empty)

    # What the app layer tells the view about an export it runs.

    def ask_export_path(self, suggested: Path) -> Path | None:
        """Ask where to save the CSV; None if the person cancels."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"), str(suggested), self.tr("CSV (*.csv)"))
        return Path(name) if name else None

    def show_export_progress(self, done: int, total: int) -> None:
        self.export_status.hide()
        self.export.setEnabled(False)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.show()  # Qt lays the row out at once (checked by the tests)
        self.progress.repaint()  # the export runs on this thread: paint now, not after it

    def show_export_done(self, path: Path, count: int) -> None:
        self._export_ended()
        self.export_status.setText(
            self.tr("Saved {count} sessions to {path}").format(count=QLocale().toString(count), path=path)
        )
        self.export_status.setToolTip(str(path))
        self.export_status.show()

    def show_export_failed(self, message: str) -> None:
        self._export_ended()
        QMessageBox.warning(self, self.tr("Not exported"), message)

    def _export_ended(self) -> None:
        self.progress.hide()
        self.export.setEnabled(count_sessions(self.history) > 0)  # all are exported, whatever the span
