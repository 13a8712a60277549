"""The history window with years of sessions: rows read as they are shown, the span chooser,
and the CSV export run by the app (progress, result, and a plain sentence when it fails)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.history import History
from acupoint_gui.model.history_query import Grain, SortKey
from acupoint_gui.model.history_sample import generate_history
from acupoint_gui.ui.actions import ActionId
from acupoint_gui.ui.history_table_model import COLUMN_KEYS, PAGE
from acupoint_gui.ui.history_view import HistoryView

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    with generate_history(tmp_path_factory.mktemp("years") / "h.sqlite3", 10_000, last_day=TODAY) as history:
        yield history


def open_view(qtbot: QtBot, history: History) -> HistoryView:
    view = HistoryView(history, today=TODAY)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_ten_thousand_sessions_newest_first_with_the_right_count(qtbot: QtBot, years: History) -> None:
    view = open_view(qtbot, years)
    rows = view.rows
    assert view.count.text() == f"{QLocale().toString(10_000)} sessions"
    assert rows.total() == 10_000
    assert rows.rowCount() < 10_000, "rows are read as they are shown, not all at once"
    assert rows.index(0, 0).data().startswith("Tue 24 Nov 2026, ")
    assert rows.index(0, 0).data() > rows.index(1, 0).data(), "13:00 before 08:00 of the same day"
    first = rows.rowCount()
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: rows.rowCount() > first, timeout=2000)  # the table asks for more itself
    while rows.canFetchMore(view.table.rootIndex()):
        rows.fetchMore(view.table.rootIndex())
    assert rows.rowCount() == 10_000
    # 10,000 sessions, two a day, end on 24 Nov 2026: they begin 4,999 days earlier.
    assert rows.index(9_999, 0).data().startswith("Mon 18 Mar 2013, 08:")
    assert rows.index(9_999, 0).data() != rows.index(9_998, 0).data()


def test_a_click_on_a_heading_sorts_in_sql(qtbot: QtBot, years: History) -> None:
    view = open_view(qtbot, years)
    column = COLUMN_KEYS.index(SortKey.PAIN_BEFORE)
    assert view.rows.headerData(column, Qt.Orientation.Horizontal) == "Pain before"
    scores = [r.pain_before for r in years.sessions() if r.pain_before is not None]
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert view.rows.index(0, column).data() == str(max(scores))
    assert view.rows.rowCount() == PAGE, "sorting starts again from the first page"
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert view.rows.index(0, column).data() == str(min(scores))
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.rows.index(0, 0).data().startswith("Mon 18 Mar 2013, 08:"), "oldest first"
    assert view.rows.total() == 10_000


def test_the_span_chooser_sets_the_chart_and_the_table(qtbot: QtBot, tmp_path: Path) -> None:
    with generate_history(tmp_path / "h.sqlite3", 1_460, last_day=TODAY) as history:
        view = open_view(qtbot, history)
        trend = view.chart_view.trend
        assert trend is not None and trend.grain is Grain.MONTH, "two years: by month"
        assert view.before.count() == 25 and "per month" in view.chart_view.chart().title()
        view.span.setCurrentIndex(1)  # the last 4 weeks
        trend = view.chart_view.trend
        assert trend is not None and trend.grain is Grain.DAY
        assert view.before.count() == 28 and "per day" in view.chart_view.chart().title()
        assert view.rows.total() == 56
        assert view.count.text() == f"56 sessions shown of {QLocale().toString(1_460)}"
        view.span.setCurrentIndex(2)  # the last 3 months
        assert view.chart_view.trend is not None and view.chart_view.trend.grain is Grain.WEEK
        assert view.before.count() == 13


def test_a_span_without_sessions_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    with generate_history(tmp_path / "h.sqlite3", 20, last_day=date(2025, 1, 10)) as history:
        view = open_view(qtbot, history)
        assert view.before.count() == 10
        view.span.setCurrentIndex(1)
        assert view.before.count() == 0 and view.rows.total() == 0
        assert view.count.text() == "0 sessions shown of 20"
        assert "No sessions in this span" in view.chart_view.chart().title()
        export = view.findChild(QPushButton, "exportCsv")
        assert export is not None and export.isEnabled(), "the export writes every session, whatever is shown"


def run_export(
    app: Acupoint, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, target: Path, history: History | None = None
) -> tuple[HistoryView, list[tuple[int, int]], list[str]]:
    """Open the history from the menu, press Export CSV… and choose ``target``."""
    if history is not None:
        app.features.history.history = history
    progress: list[tuple[int, int]] = []
    warnings: list[str] = []
    opened: list[HistoryView] = []
    show_progress = HistoryView.show_export_progress

    def record(view: HistoryView, done: int, total: int) -> None:
        progress.append((done, total))
        show_progress(view, done, total)
        assert view.progress.isVisible() and not view.export.isEnabled()
        assert view.progress.width() > 100, "laid out at once: no event loop runs during the export"

    def press_export(view: HistoryView) -> int:
        opened.append(view)
        view.show()
        view.export.click()
        return 0

    monkeypatch.setattr(HistoryView, "show_export_progress", record)
    monkeypatch.setattr(HistoryView, "ask_export_path", lambda view, suggested: target)
    monkeypatch.setattr(HistoryView, "exec", press_export)
    monkeypatch.setattr(
        "acupoint_gui.ui.history_view.QMessageBox.warning", lambda parent, title, text: warnings.append(text)
    )
    app.window.actions_by_id[ActionId.HISTORY].trigger()
    [view] = opened
    qtbot.addWidget(view)
    return view, progress, warnings


def test_the_app_exports_every_session_with_progress(
    app: Acupoint, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, years: History
) -> None:
    target = tmp_path / "acupoint-history.csv"
    view, progress, warnings = run_export(app, qtbot, monkeypatch, target, years)
    assert warnings == []
    assert progress[0] == (500, 10_000) and progress[-1] == (10_000, 10_000)
    assert not view.progress.isVisible() and view.export.isEnabled()
    assert view.export_status.text() == f"Saved {QLocale().toString(10_000)} sessions to {target}"
    with target.open(newline="", encoding="utf-8") as stream:
        assert sum(1 for _ in csv.reader(stream)) == 10_001


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process may not write: a locked one, or /sys where the tests run as root."""
    if os.name == "posix" and os.geteuid() == 0:
        return Path("/sys")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    return locked


def test_an_unwritable_folder_is_one_plain_sentence_and_leaves_nothing(
    app: Acupoint, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = unwritable_folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    target = folder / "acupoint-history.csv"
    assert app.features.history.history is not None
    session = app.features.history.history.begin_session("r", "R", 1, 5)
    app.features.history.history.finish_session(session, True, 3, "")
    view, _, warnings = run_export(app, qtbot, monkeypatch, target)
    # /sys may be mounted read-only in a container: that reason is as plain
    reason = "the disk is read-only" if warnings and "read-only" in warnings[0] else "permission denied"
    assert warnings == [f"Acupoint cannot write to {target}: {reason}. Choose another folder."]
    assert sorted(p.name for p in folder.iterdir()) == before, "no temporary file left behind"
    assert not view.progress.isVisible() and view.export.isEnabled() and view.export_status.text() == ""
