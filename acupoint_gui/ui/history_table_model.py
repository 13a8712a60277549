"""The session table's model: rows are read from the history a page at a time, as the table
scrolls to them (``canFetchMore``/``fetchMore``); sorting and the date range are done in SQL."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from ..model.history import History, SessionRecord
from ..model.history_query import SortKey, count_sessions, session_page
from ..model.languages import ENGLISH
from ..model.wording import current_language

# The columns, left to right, and what each sorts by.
COLUMN_KEYS = (
    *(SortKey.STARTED, SortKey.ROUTINE, SortKey.STEPS, SortKey.FINISHED),
    *(SortKey.PAIN_BEFORE, SortKey.PAIN_AFTER, SortKey.NOTE),
)
NOTE_COLUMN = COLUMN_KEYS.index(SortKey.NOTE)
PAGE = 50  # rows read at a time: several screens, a millisecond of SQL and formatting
_CENTRED = frozenset(
    COLUMN_KEYS.index(k) for k in (SortKey.STEPS, SortKey.FINISHED, SortKey.PAIN_BEFORE, SortKey.PAIN_AFTER)
)
_TOOLTIP_COLUMNS = frozenset(COLUMN_KEYS.index(k) for k in (SortKey.ROUTINE, SortKey.NOTE))  # long ones are cut
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_CENTRE = Qt.AlignmentFlag.AlignCenter

Index = QModelIndex | QPersistentModelIndex


class HistoryTableModel(QAbstractTableModel):
    def __init__(self, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._since: date | None = None
        self._sort = SortKey.STARTED
        self._descending = True
        self._rows: list[tuple[str, ...]] = []
        self._ids: set[int] = set()
        self._total = 0
        self._headers = (
            *(self.tr("Date"), self.tr("Routine"), self.tr("Steps done"), self.tr("Finished")),
            *(self.tr("Pain before"), self.tr("Pain after"), self.tr("Note")),
        )
        # Translated once: tr() costs more than formatting a whole row.
        self._steps, self._yes, self._no = self.tr("{done} of {total}"), self.tr("yes"), self.tr("no")
        self._reload()

    def total(self) -> int:
        """How many sessions the table holds in all, fetched or not."""
        return self._total

    def set_since(self, since: date | None) -> None:
        """Show only sessions begun on or after ``since`` (a local day), or all of them."""
        if since != self._since:
            self._since = since
            self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._total = count_sessions(self._history, self._since)
        self._rows, self._ids = [], set()
        self._rows.extend(self._cells(r) for r in self._next_page())
        self.endResetModel()

    def _next_page(self) -> list[SessionRecord]:
        page = session_page(
            self._history, len(self._rows), PAGE, sort=self._sort, descending=self._descending, since=self._since
        )
        # A session logged while the table is open moves later rows down by one: skip the repeat.
        fresh = [record for record in page if record.id not in self._ids]
        self._ids.update(record.id for record in fresh)
        if len(page) < PAGE:
            self._total = len(self._rows) + len(fresh)  # the end: nothing more to ask for
        return fresh

    def _when(self, local: datetime) -> str:
        """``"Wed 25 Nov 2026, 11:31"``: no day/month mix-ups; in another language, as it writes dates."""
        if current_language() == ENGLISH:
            return local.strftime("%a %d %b %Y, %H:%M")
        when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        return QLocale(current_language()).toString(when, self.tr("ddd d MMM yyyy, HH:mm", "QLocale's date format"))

    def _cells(self, record: SessionRecord) -> tuple[str, ...]:
        local = record.started_at.astimezone()
        return (
            self._when(local),
            record.routine_name,
            self._steps.format(done=record.completed_steps, total=record.total_steps),
            self._yes if record.finished else self._no,
            "—" if record.pain_before is None else str(record.pain_before),
            "—" if record.pain_after is None else str(record.pain_after),
            record.note,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        page = self._next_page()
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(self._cells(r) for r in page)
            self.endInsertRows()

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        # Called for every role of every cell the table paints or measures: the cheap test first.
        if role == _DISPLAY:
            return self._rows[index.row()][index.column()]
        if role == _TOOLTIP and index.column() in _TOOLTIP_COLUMNS:
            return self._rows[index.row()][index.column()] or None  # the whole text of a cut cell
        if role == _ALIGNMENT and index.column() in _CENTRED:
            return _CENTRE
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = COLUMN_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            self._reload()
