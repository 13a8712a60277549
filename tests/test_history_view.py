"""The pain log during sessions, and the history view with its chart and CSV export."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.app.startup import build_app, tell_startup_problems
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.model.history import History
from acupoint_gui.ui.actions import ActionId

from .conftest import acknowledge_safety
from .fakes import FakeClock, seed_pain_log


def seed(path: Path) -> History:
    return seed_pain_log(path, datetime(2026, 10, 27, 8, 0, tzinfo=UTC))


def test_history_view_lists_sessions_and_charts_pain(qtbot: QtBot, tmp_path: Path, artifacts_dir: Path) -> None:
    from PySide6.QtCharts import QCategoryAxis, QChartView

    from acupoint_gui.ui.history_view import HistoryView

    history = seed(tmp_path / "h.sqlite3")
    view = HistoryView(history)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    assert view.table.model().rowCount() == 28
    assert view.before.count() == 28 and view.after.count() == 28, "four weeks: one point a day"
    assert view.table.model().index(0, 1).data() == "Hip and low back"
    assert [view.before.at(i).y() for i in (0, 27)] == [7, 3], "oldest first, pain trending down"
    assert isinstance(view.chart_view, QChartView)
    [x_axis] = view.chart_view.chart().axes(Qt.Orientation.Horizontal)
    assert isinstance(x_axis, QCategoryAxis), "dates written at whole days, weeks or months"
    assert x_axis.min() <= view.before.at(0).x()
    assert view.before.at(27).x() <= x_axis.max(), "every point inside the axis"
    assert view.grab().save(str(artifacts_dir / "history-view.png"))
    out = tmp_path / "export.csv"
    history.export_csv(out)  # what the app does when the view asks for an export
    with out.open(newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 29 and rows[1][6] == "7"


def test_pain_is_logged_before_and_after_a_session(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([(6, ""), (3, "looser after the hip points")])
    monkeypatch.setattr(app.features.history, "ask", lambda question, with_note: next(answers))

    clock = FakeClock(10.0)
    app.runner.clock = clock
    app.features.sessions.start("three-point-hold")
    while app.runner.state.value == "running":
        clock.advance(60)
        app.runner.poll()
    assert app.features.history.history is not None
    [record] = app.features.history.history.sessions()
    assert (record.pain_before, record.pain_after, record.finished) == (6, 3, True)
    assert record.completed_steps == record.total_steps == 6
    assert record.note == "looser after the hip points"


def test_empty_history_shows_an_empty_chart_and_no_export(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCharts import QChartView

    from acupoint_gui.ui.history_view import HistoryView

    view = HistoryView(History(tmp_path / "empty.sqlite3"))
    qtbot.addWidget(view)
    assert view.table.model().rowCount() == 0 and view.before.count() == 0
    assert isinstance(view.chart_view, QChartView)
    assert "No sessions yet" in view.chart_view.chart().title()
    export = view.findChild(QPushButton, "exportCsv")
    assert export is not None
    assert not export.isEnabled()
    view.show()
    qtbot.waitExposed(view)
    defaults = [b.text() for b in view.findChildren(QPushButton) if b.isDefault()]
    assert defaults == ["Close"], "Enter closes the view; it never opens a save dialog"


def test_date_axis_is_whole_days_weeks_months_or_years() -> None:
    from acupoint_gui.model.history_query import Grain
    from acupoint_gui.ui.history_chart import label_days, label_pattern, period_starts

    first = date(2026, 10, 27)
    days = period_starts(Grain.DAY, first, date(2026, 11, 24))
    assert len(days) == 28
    assert label_days(Grain.DAY, days) == [first + timedelta(weeks=w) for w in range(4)], "four weeks"
    assert label_pattern(Grain.DAY, 28) == "d MMM"
    assert label_days(Grain.DAY, period_starts(Grain.DAY, first, date(2026, 10, 28))) == [first]
    months = period_starts(Grain.MONTH, date(2024, 11, 5), date(2026, 12, 1))
    assert len(months) == 25 and months[0] == date(2024, 11, 1)
    assert label_days(Grain.MONTH, months) == [date(y, m, 1) for y in (2025, 2026) for m in (1, 7)], "two years"
    assert label_pattern(Grain.MONTH, 25) == "MMM yyyy"
    quarters = period_starts(Grain.QUARTER, date(2013, 3, 2), date(2027, 1, 1))
    assert len(quarters) == 56 and quarters[0] == date(2013, 1, 1)
    assert label_days(Grain.QUARTER, quarters) == [date(y, 1, 1) for y in range(2014, 2027, 2)]
    assert label_pattern(Grain.QUARTER, 56) == "yyyy", "years alone: no 'Jan' repeated"
    for grain, periods in ((Grain.WEEK, 26), (Grain.MONTH, 61), (Grain.QUARTER, 61), (Grain.YEAR, 30)):
        starts = period_starts(grain, date(2000, 1, 1), date(2100, 1, 1))[:periods]
        assert 1 <= len(label_days(grain, starts)) <= 8, grain


def test_a_session_cut_short_stays_recorded_up_to_its_last_step(app: Acupoint, isolated_user_data: Path) -> None:
    clock = FakeClock(10.0)
    app.runner.clock = clock
    app.features.sessions.start("three-point-hold")
    for _ in range(2):  # two steps of 120 s run to their end
        clock.advance(120)
        app.runner.poll()
    assert app.runner.state.value == "running"
    # Another process reads the file while the session still runs, as after a crash or a kill.
    other = History(isolated_user_data / "history.sqlite3")
    [record] = other.sessions()
    other.close()
    assert (record.completed_steps, record.finished, record.ended_at) == (2, False, None)
    assert record.pain_before is None, "the prompt is skipped in tests (ask_pain=False)"


def test_stopping_early_finishes_the_record_as_not_finished(app: Acupoint) -> None:
    clock = FakeClock()
    app.runner.clock = clock
    app.features.sessions.start("three-point-hold")
    clock.advance(120)
    app.runner.poll()
    app.runner.skip()  # a skipped step is not a completed one
    app.runner.stop()
    assert app.features.history.history is not None
    [record] = app.features.history.history.sessions()
    assert (record.completed_steps, record.total_steps, record.finished) == (1, 6, False)
    assert record.ended_at is not None


def test_history_menu_opens_the_view(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    from acupoint_gui.ui.history_view import HistoryView

    opened: list[int] = []

    def fake_exec(self: HistoryView) -> int:
        opened.append(self.table.model().rowCount())
        return 0

    monkeypatch.setattr(HistoryView, "exec", fake_exec)
    app.window.actions_by_id[ActionId.HISTORY].trigger()
    assert opened == [0]


def test_a_damaged_history_is_reported_once(
    qtbot: QtBot, isolated_user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (isolated_user_data / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    acknowledge_safety(isolated_user_data)  # no first-run notice in the way
    warnings: list[str] = []
    monkeypatch.setattr("acupoint_gui.ui.messages.warn", lambda parent, title, text: warnings.append(title))
    controller = build_app(load_catalog(), isolated_user_data, isolated_user_data / "cache")
    qtbot.addWidget(controller.window)
    assert controller.features.history.history is not None
    assert controller.features.history.history.report is not None
    tell_startup_problems(controller.first, controller.features)
    qtbot.waitUntil(lambda: warnings == ["Session history was damaged"], timeout=1000)
    assert controller.features.history.history.sessions() == [], "a fresh history was started"


def test_pain_dialog_buttons_note_limit_and_skip(qtbot: QtBot) -> None:
    from acupoint_gui.ui.pain_dialog import MAX_NOTE, PainDialog

    dialog = PainDialog("How much does it hurt?", with_note=True)
    qtbot.addWidget(dialog)
    assert dialog.pain() is None
    assert not dialog.save.isEnabled(), "nothing to save yet: Skip leaves it blank"
    dialog.note.setPlainText("no number, just a note")
    assert dialog.save.isEnabled()
    dialog.note.setPlainText("")
    seven = dialog.findChild(QPushButton, "pain7")
    assert seven is not None
    seven.click()
    assert dialog.pain() == 7 and dialog.save.isEnabled()
    dialog.note.setPlainText("x" * (MAX_NOTE + 1))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted.value and "too long" in dialog.error.text()
    dialog.note.setPlainText("  stiff in the morning  ")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert dialog.note_text() == "stiff in the morning"
    skipped = PainDialog("Before you start", with_note=False)
    qtbot.addWidget(skipped)
    assert skipped.note.isHidden()
    skipped.note.setPlainText("hidden text does not count")
    assert not skipped.save.isEnabled()
    with qtbot.waitSignal(skipped.rejected, timeout=1000):
        next(b for b in skipped.findChildren(QPushButton) if b.text() == "Skip").click()


def test_a_long_note_is_cut_in_its_cell_and_whole_in_the_tooltip(qtbot: QtBot, tmp_path: Path) -> None:
    from acupoint_gui.ui.history_view import NOTE_COLUMN, HistoryView

    moments = iter(datetime(2026, 11, 25, 9 + hour, 31, tzinfo=UTC) for hour in range(4))
    history = History(tmp_path / "h.sqlite3", clock=lambda: next(moments))
    note = "Stiff in the morning after gardening, better by lunchtime; pressed gently on the left hip. " * 4
    session = history.begin_session("hip-low-back-five", "Hip and low back", 20, 6)
    history.finish_session(session, True, 3, note.strip())
    view = HistoryView(history)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    assert not view.table.horizontalScrollBar().isVisible(), "no sideways scrolling for a long note"
    cell = view.table.model().index(0, NOTE_COLUMN)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == note.strip()
    date_text = view.table.model().index(0, 0).data()
    assert date_text.startswith("Wed 25 Nov 2026, ")  # the day, spelt out: no 11/25 or 25/11


def test_the_pain_question_by_keyboard_space_chooses_enter_saves(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from acupoint_gui.ui.pain_dialog import PainDialog

    dialog = PainDialog("How much does it hurt?", with_note=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    assert focused().objectName() == "pain0"
    QTest.keyClick(focused(), Qt.Key.Key_Right)  # arrows move along the numbers
    QTest.keyClick(focused(), Qt.Key.Key_Right)
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.pain() == 2
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.pain() == 2
