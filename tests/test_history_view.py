"""The pain log during sessions, and the history view with its chart and CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.controller import AppController
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.model.history import History


def seed(path: Path, days: int = 28) -> History:
    start = datetime(2026, 10, 27, 8, 0, tzinfo=UTC)
    moments = iter(start + timedelta(days=d // 2, hours=11 * (d % 2)) for d in range(2 * days))
    history = History(path, clock=lambda: next(moments))
    for day in range(days):
        before = max(2, 7 - day // 6)
        session = history.begin_session("hip-low-back-five", "Hip and low back", 20, before)
        history.record_step(session, 20)
        history.finish_session(session, True, max(0, before - 2 - day % 2), "")
    return history


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[AppController]:
    controller = AppController(load_catalog())
    qtbot.addWidget(controller.window)
    yield controller
    controller.session.stop()


def test_history_view_lists_sessions_and_charts_pain(qtbot: QtBot, tmp_path: Path, artifacts_dir: Path) -> None:
    from acupoint_gui.ui.history_view import HistoryView

    history = seed(tmp_path / "h.sqlite3")
    view = HistoryView(history)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    assert view.table.rowCount() == 28
    assert view.before.count() == 28 and view.after.count() == 28
    assert view.table.item(0, 1).text() == "Hip and low back"
    assert view.grab().save(str(artifacts_dir / "history-view.png"))
    out = tmp_path / "export.csv"
    view.export_to(out)
    with out.open(newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 29 and rows[1][6] == "7"


def test_pain_is_logged_before_and_after_a_session(app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([(6, ""), (3, "looser after the hip points")])
    monkeypatch.setattr(app.history_wiring, "ask", lambda question, with_note: next(answers))

    class Clock:
        now = 10.0

        def __call__(self) -> float:
            return self.now

    clock = Clock()
    app.session.clock = clock
    app.session_wiring.start("three-point-hold")
    while app.session.state.value == "running":
        clock.now += 60
        app.session.poll()
    [record] = app.history_wiring.history.sessions()
    assert (record.pain_before, record.pain_after, record.finished) == (6, 3, True)
    assert record.completed_steps == record.total_steps == 6
    assert record.note == "looser after the hip points"
