"""The tray follows the session; closing mid-session asks; reminders fire at the chosen times."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.app.reminders_presenter import CHECK_MS, REMINDER_TEXT
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui import questions
from acupoint_gui.ui.actions import ActionId

from .fakes import start_routine


@pytest.fixture
def app(app: Acupoint) -> Acupoint:
    """The shared app fixture (conftest), with its window shown."""
    app.window.show()
    return app


ROUTINE = Routine("r", "R", None, "", (RoutineStep("BL23", 10),))


def test_tray_shows_the_step_and_time_left(app: Acupoint) -> None:
    tray = app.features.tray.tray
    assert tray.status.text() == "No session running" and not tray.pause.isEnabled()
    start_routine(app, ROUTINE)
    assert tray.status.text() == "BL23 Kidney Shu, left side — 0:10 left"
    assert "0:10 left" in tray.icon.toolTip()
    tray.pause.trigger()
    assert app.runner.state.value == "paused" and tray.pause.text() == "Resume"
    tray.skip.trigger()
    assert tray.status.text().startswith("BL23 Kidney Shu, right side")


@pytest.mark.parametrize(
    ("choice", "visible", "state"),
    [
        (questions.CloseChoice.STAY, True, "running"),
        (questions.CloseChoice.TO_TRAY, False, "running"),
        (questions.CloseChoice.STOP, False, "stopped"),
    ],
)
def test_closing_during_a_session_asks(
    app: Acupoint, monkeypatch: pytest.MonkeyPatch, choice: questions.CloseChoice, visible: bool, state: str
) -> None:
    monkeypatch.setattr(questions, "ask_close_during_session", lambda parent, tray: choice)
    start_routine(app, ROUTINE)
    app.window.close()
    assert app.window.isVisible() is visible
    assert app.runner.state.value == state


def test_reminder_is_armed_for_the_next_time_and_notifies(
    qtbot: QtBot, app: Acupoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    wiring = app.features.reminders
    tray = app.features.tray
    wiring.now = lambda: datetime(2026, 11, 24, 7, 59, 30)
    app.first.settings.update(reminders=("08:00", "19:00"))
    assert wiring.arm() == datetime(2026, 11, 24, 8, 0)
    assert wiring.timer.isActive() and wiring.timer.interval() == 30_000
    shown: list[str] = []
    monkeypatch.setattr(tray, "available", True)
    monkeypatch.setattr(tray.tray.icon, "isVisible", lambda: True)
    monkeypatch.setattr(tray.tray, "notify", lambda title, message: shown.append(message))
    wiring.now = lambda: datetime(2026, 11, 24, 8, 0, 1)
    with qtbot.waitSignal(wiring.timer.timeout, timeout=1000):
        wiring.timer.start(0)  # the timer firing, without waiting for it
    assert shown and "acupressure routine" in shown[0]
    assert wiring.due == datetime(2026, 11, 24, 19, 0), "re-armed for the next one"
    assert wiring.timer.interval() == CHECK_MS, "a long wait is checked against the clock every few minutes"


def test_an_early_wake_up_does_not_remind_yet(app: Acupoint) -> None:
    wiring = app.features.reminders
    wiring.now = lambda: datetime(2026, 11, 24, 6, 0)
    app.first.settings.update(reminders=("08:00",))
    wiring.arm()
    assert wiring.timer.interval() == CHECK_MS
    wiring.now = lambda: datetime(2026, 11, 24, 7, 59, 50)  # e.g. a coarse timer, or the clock changed
    wiring._wake()
    assert app.window.notice() == ""
    assert wiring.due == datetime(2026, 11, 24, 8, 0) and wiring.timer.interval() == 10_000


def test_without_a_tray_the_reminder_shows_in_the_window(app: Acupoint) -> None:
    wiring = app.features.reminders
    assert not app.features.tray.available  # offscreen has no system tray
    wiring.now = lambda: datetime(2026, 11, 24, 7, 0)
    app.first.settings.update(reminders=("07:00",))
    wiring.due = datetime(2026, 11, 24, 7, 0)
    wiring._wake()
    assert app.window.notice() == REMINDER_TEXT


def test_no_reminder_during_a_session(app: Acupoint) -> None:
    wiring = app.features.reminders
    start_routine(app, ROUTINE)
    wiring.now = lambda: datetime(2026, 11, 24, 7, 0)
    wiring.due = datetime(2026, 11, 24, 7, 0)
    wiring._wake()
    assert app.window.notice() != REMINDER_TEXT


def test_reminders_dialog_adds_removes_and_saves(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    from acupoint_gui.ui.reminders_dialog import RemindersDialog

    def edit(dialog: RemindersDialog) -> int:
        assert dialog.times() == ("08:00",)
        assert not dialog.remove.isEnabled(), "no time chosen: nothing to remove"
        dialog.time.setTime(QTime(19, 30))
        dialog.add_time()
        dialog.add_time()  # the same time twice is kept once
        dialog.time.setTime(QTime(6, 45))
        dialog.add_time()
        dialog.list.setCurrentRow(1)  # 08:00
        assert dialog.remove.isEnabled()
        dialog.remove_current()
        return QDialog.DialogCode.Accepted.value

    app.first.settings.update(reminders=("08:00",))
    monkeypatch.setattr(RemindersDialog, "exec", edit)
    app.features.reminders.now = lambda: datetime(2026, 11, 24, 12, 0)
    app.window.actions_by_id[ActionId.REMINDERS].trigger()
    assert app.settings.reminders == ("06:45", "19:30")
    assert app.first.settings.store.load()[0].reminders == ("06:45", "19:30")
    assert app.features.reminders.due == datetime(2026, 11, 24, 19, 30)


def test_tray_icon_is_drawn_and_quit_stops_the_session(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    from acupoint_gui.ui.tray import tray_icon

    image = tray_icon(True).pixmap(32, 32).toImage()
    assert image.pixelColor(16, 16).alpha() == 255 and image.pixelColor(0, 0).alpha() == 0
    quits: list[int] = []
    monkeypatch.setattr("acupoint_gui.app.tray_presenter.QApplication.quit", lambda: quits.append(1))
    start_routine(app, ROUTINE)
    app.features.tray.tray.menu.actions()[-1].trigger()  # Quit
    assert quits == [1] and app.runner.state.value == "stopped" and not app.window.isVisible()


@pytest.mark.parametrize("tray", [True, False])
def test_enter_in_the_close_question_never_ends_the_session(qtbot: QtBot, tray: bool) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from acupoint_gui.ui.questions import close_question

    parent = QWidget()
    qtbot.addWidget(parent)
    box, keep, stop = close_question(parent, tray=tray)
    default = box.defaultButton()
    assert default is not None and default is not stop
    if tray:
        assert default is keep
    else:
        assert keep is None and box.buttonRole(default) == QMessageBox.ButtonRole.RejectRole
