"""The tray follows the session; closing mid-session asks; reminders fire at the chosen times."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.controller import AppController
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.model.reminders import next_reminder, parse_time
from acupoint_gui.model.routines import Routine, RoutineStep

from .fakes import FakeClock


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[AppController]:
    controller = AppController(load_catalog())
    controller.session.clock = FakeClock()
    qtbot.addWidget(controller.window)
    controller.window.show()
    yield controller
    controller.session.stop()


ROUTINE = Routine("r", "R", None, "", (RoutineStep("BL23", 10),))


def test_next_reminder_today_tomorrow_and_bad_entries() -> None:
    now = datetime(2026, 11, 24, 20, 15)
    assert next_reminder(("08:00", "19:30"), now) == datetime(2026, 11, 25, 8, 0)
    assert next_reminder(("21:00", "08:00"), now) == datetime(2026, 11, 24, 21, 0)
    assert next_reminder(("20:15",), now) == datetime(2026, 11, 25, 20, 15), "not the minute that just started"
    assert next_reminder(("25:00", "soon"), now) is None
    assert next_reminder((), now) is None
    with pytest.raises(ValueError, match="not a time like 08:30"):
        parse_time("8am")


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


def test_reminder_is_armed_for_the_next_time_and_notifies(app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
    wiring = app.tray_wiring
    wiring.now = lambda: datetime(2026, 11, 24, 7, 59, 30)
    app.update_settings(reminders=("08:00", "19:00"))
    assert wiring.arm_reminder() == datetime(2026, 11, 24, 8, 0)
    assert wiring.reminder.isActive() and wiring.reminder.interval() == 30_000
    shown: list[str] = []
    monkeypatch.setattr(wiring.tray, "notify", lambda title, message: shown.append(message))
    wiring.now = lambda: datetime(2026, 11, 24, 8, 0, 1)
    wiring._remind()
    assert shown and "acupressure routine" in shown[0]
    assert wiring.arm_reminder() == datetime(2026, 11, 24, 19, 0)
