"""The tray follows the session; closing mid-session asks; reminders fire at the chosen times."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from acupoint_gui.app.controller import AppController
from acupoint_gui.app.tray_wiring import CHECK_MS, REMINDER_TEXT
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui.actions import ActionId


@pytest.fixture
def app(app: AppController) -> AppController:
    """The shared app fixture (conftest), with its window shown."""
    app.window.show()
    return app


ROUTINE = Routine("r", "R", None, "", (RoutineStep("BL23", 10),))


def test_tray_shows_the_step_and_time_left(app: AppController) -> None:
    tray = app.tray_wiring.tray
    assert tray.status.text() == "No session running" and not tray.pause.isEnabled()
    app.session.start(ROUTINE)
    assert tray.status.text() == "BL23 Kidney Shu, left side — 0:10 left"
    assert "0:10 left" in tray.icon.toolTip()
    tray.pause.trigger()
    assert app.session.state.value == "paused" and tray.pause.text() == "Resume"
    tray.skip.trigger()
    assert tray.status.text().startswith("BL23 Kidney Shu, right side")


@pytest.mark.parametrize(
    ("choice", "visible", "state"),
    [("cancel", True, "running"), ("tray", False, "running"), ("stop", False, "stopped")],
)
def test_closing_during_a_session_asks(
    app: AppController, monkeypatch: pytest.MonkeyPatch, choice: str, visible: bool, state: str
) -> None:
    monkeypatch.setattr(app.tray_wiring, "ask_close", lambda: choice)
    app.session.start(ROUTINE)
    app.window.close()
    assert app.window.isVisible() is visible
    assert app.session.state.value == state


def test_reminder_is_armed_for_the_next_time_and_notifies(
    qtbot: QtBot, app: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    wiring = app.tray_wiring
    wiring.now = lambda: datetime(2026, 11, 24, 7, 59, 30)
    app.update_settings(reminders=("08:00", "19:00"))
    assert wiring.arm_reminder() == datetime(2026, 11, 24, 8, 0)
    assert wiring.reminder.isActive() and wiring.reminder.interval() == 30_000
    shown: list[str] = []
    monkeypatch.setattr(wiring, "available", True)
    monkeypatch.setattr(wiring.tray.icon, "isVisible", lambda: True)
    monkeypatch.setattr(wiring.tray, "notify", lambda title, message: shown.append(message))
    wiring.now = lambda: datetime(2026, 11, 24, 8, 0, 1)
    with qtbot.waitSignal(wiring.reminder.timeout, timeout=1000):
        wiring.reminder.start(0)  # the timer firing, without waiting for it
    assert shown and "acupressure routine" in shown[0]
    assert wiring.due == datetime(2026, 11, 24, 19, 0), "re-armed for the next one"
    assert wiring.reminder.interval() == CHECK_MS, "a long wait is checked against the clock every few minutes"


def test_an_early_wake_up_does_not_remind_yet(app: AppController) -> None:
    wiring = app.tray_wiring
    wiring.now = lambda: datetime(2026, 11, 24, 6, 0)
    app.update_settings(reminders=("08:00",))
    wiring.arm_reminder()
    assert wiring.reminder.interval() == CHECK_MS
    wiring.now = lambda: datetime(2026, 11, 24, 7, 59, 50)  # e.g. a coarse timer, or the clock changed
    wiring._remind()
    assert app.window.statusBar().currentMessage() == ""
    assert wiring.due == datetime(2026, 11, 24, 8, 0) and wiring.reminder.interval() == 10_000


def test_without_a_tray_the_reminder_shows_in_the_window(app: AppController) -> None:
    wiring = app.tray_wiring
    assert not wiring.available  # offscreen has no system tray
    wiring.now = lambda: datetime(2026, 11, 24, 7, 0)
    app.update_settings(reminders=("07:00",))
    wiring.due = datetime(2026, 11, 24, 7, 0)
    wiring._remind()
    assert app.window.statusBar().currentMessage() == REMINDER_TEXT


def test_no_reminder_during_a_session(app: AppController) -> None:
    wiring = app.tray_wiring
    app.session.start(ROUTINE)
    wiring.now = lambda: datetime(2026, 11, 24, 7, 0)
    wiring.due = datetime(2026, 11, 24, 7, 0)
    wiring._remind()
    assert app.window.statusBar().currentMessage() != REMINDER_TEXT


def test_reminders_dialog_adds_removes_and_saves(app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
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

    app.update_settings(reminders=("08:00",))
    monkeypatch.setattr(RemindersDialog, "exec", edit)
    app.tray_wiring.now = lambda: datetime(2026, 11, 24, 12, 0)
    app.window.actions_by_id[ActionId.REMINDERS].trigger()
    assert app.settings.reminders == ("06:45", "19:30")
    assert app.settings_store.load()[0].reminders == ("06:45", "19:30")
    assert app.tray_wiring.due == datetime(2026, 11, 24, 19, 30)


def test_tray_icon_is_drawn_and_quit_stops_the_session(app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
    from acupoint_gui.ui.tray import tray_icon

    image = tray_icon(True).pixmap(32, 32).toImage()
    assert image.pixelColor(16, 16).alpha() == 255 and image.pixelColor(0, 0).alpha() == 0
    quits: list[int] = []
    monkeypatch.setattr("acupoint_gui.app.tray_wiring.QApplication.quit", lambda: quits.append(1))
    app.session.start(ROUTINE)
    app.tray_wiring.tray.menu.actions()[-1].trigger()  # Quit
    assert quits == [1] and app.session.state.value == "stopped" and not app.window.isVisible()


@pytest.mark.parametrize("tray", [True, False])
def test_enter_in_the_close_question_never_ends_the_session(qtbot: QtBot, tray: bool) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from acupoint_gui.app.tray_wiring import close_question

    parent = QWidget()
    qtbot.addWidget(parent)
    box, keep, stop = close_question(parent, tray=tray)
    default = box.defaultButton()
    assert default is not None and default is not stop
    if tray:
        assert default is keep
    else:
        assert keep is None and box.buttonRole(default) == QMessageBox.ButtonRole.RejectRole
