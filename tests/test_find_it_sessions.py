"""Find it during a session: each step's close-up, and the guide before the first press of each
point while the session waits. The timing is checked on the fake clock: time spent reading the
guide is never pressing time, and no step is lost or shortened."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.closeup_presenter import CloseupPresenter
from acupoint_gui.app.parts import Acupoint
from acupoint_gui.app.startup import tell_startup_problems
from acupoint_gui.model.session_state import SessionState
from acupoint_gui.ui.actions import ActionId
from acupoint_gui.ui.closeup_pane import CloseupPane

from .fakes import FakeClock

ROUTINE = "hip-low-back-five"  # BL23, BL40, BL28, GB29, GB30; each side 30 s, two rounds


def closeups(app: Acupoint) -> CloseupPresenter:
    return app.features.find_it.closeups


def pane(app: Acupoint) -> CloseupPane:
    shown = closeups(app).pane
    assert shown is not None
    return shown


def state(app: Acupoint) -> SessionState:
    return app.runner.state


def step(app: Acupoint) -> tuple[int, str, str]:
    engine = app.runner.engine
    assert engine is not None and engine.current_step is not None
    current = engine.current_step
    return (current.position, current.point, current.side.value)


@pytest.fixture
def offered(app: Acupoint) -> Acupoint:
    app.first.settings.update(guide_in_sessions="on")
    return app


def test_each_steps_closeup_is_shown_and_the_session_never_waits_when_not_offered(
    app: Acupoint, clock: FakeClock
) -> None:
    assert app.settings.guide_in_sessions == "auto" and not app.settings.first_used, "off for tests and tools"
    assert app.features.sessions.start(ROUTINE)
    assert state(app) is SessionState.RUNNING
    assert closeups(app).shown() and not closeups(app).guide_playing()
    assert (pane(app).shown_view(), pane(app).chosen(), pane(app).view.chosen_side) == ("low-back", "BL23", "left")
    clock.advance(60.0)
    app.runner.poll()
    assert step(app) == (2, "BL40", "left")
    assert (pane(app).shown_view(), pane(app).chosen()) == ("knee-back", "BL40")
    assert pane(app).view.mirrored, "the left knee"
    app.runner.stop()
    assert not closeups(app).shown(), "closed before the session: closed after it"


def test_the_guide_waits_before_each_points_first_press(offered: Acupoint, clock: FakeClock) -> None:
    app = offered
    assert app.features.sessions.start(ROUTINE)
    assert state(app) is SessionState.PAUSED, "the timer waits"
    assert closeups(app).guide_playing() and step(app) == (0, "BL23", "left")
    assert "Find BL23 first" in pane(app).banner_text.text() and pane(app).go_button.text() == "Start pressing"
    assert app.runner.seconds_left() == 30.0
    clock.advance(300.0)  # five minutes reading the guide
    app.runner.poll()
    assert (state(app), app.runner.seconds_left(), step(app)) == (SessionState.PAUSED, 30.0, (0, "BL23", "left"))
    pane(app).go_button.click()
    assert state(app) is SessionState.RUNNING and not closeups(app).guide_playing()
    assert app.runner.seconds_left() == 30.0, "the step starts with all its time"
    clock.advance(30.0)
    app.runner.poll()
    assert step(app) == (1, "BL23", "right") and state(app) is SessionState.RUNNING, "the right side: no guide"
    clock.advance(30.0)
    app.runner.poll()
    assert step(app) == (2, "BL40", "left") and state(app) is SessionState.PAUSED, "a new point: the guide"
    assert pane(app).shown_view() == "knee-back" and closeups(app).guide_playing()
    guides = 0
    for _ in range(8):  # BL40 left and right, BL28 ×2, GB29 ×2, GB30 ×2
        if state(app) is SessionState.PAUSED:
            guides += 1
            pane(app).go_button.click()
        clock.advance(30.0)
        app.runner.poll()
    assert guides == 4, "BL40, BL28, GB29 and GB30 each had their guide"
    assert step(app) == (10, "BL23", "left"), "the second round"
    assert state(app) is SessionState.RUNNING, "each point's guide once per session"
    assert app.runner.completed_steps() == 10, "every step of the first round ran its full time"


def test_esc_and_the_sessions_own_resume_also_start_pressing(offered: Acupoint, qtbot: QtBot) -> None:
    app = offered
    app.window.show()
    qtbot.waitExposed(app.window)
    assert app.features.sessions.start(ROUTINE)
    player = pane(app).player
    assert player is not None
    qtbot.waitUntil(player.hasFocus)
    QTest.keyClick(player, Qt.Key.Key_Right)
    assert pane(app).guide_step() == 1, "→ steps the guide, not the session"
    assert step(app)[0] == 0
    QTest.keyClick(player, Qt.Key.Key_Escape)
    assert state(app) is SessionState.RUNNING, "Esc leaves the guide; the session is not stopped"
    assert not closeups(app).guide_playing()
    app.runner.stop()
    assert app.features.sessions.start(ROUTINE)
    assert state(app) is SessionState.PAUSED
    app.window.action(ActionId.PAUSE_SESSION).trigger()  # Space: resume
    assert state(app) is SessionState.RUNNING and not closeups(app).guide_playing()


def test_a_step_changed_while_the_guide_waits_is_never_lost(offered: Acupoint, clock: FakeClock) -> None:
    app = offered
    assert app.features.sessions.start(ROUTINE)
    app.runner.skip()  # skip BL23 left while the guide is up: BL23 right starts, with all its time
    assert step(app) == (1, "BL23", "right")
    assert state(app) is SessionState.RUNNING and app.runner.seconds_left() == 30.0
    assert not closeups(app).guide_playing()
    app.runner.previous()  # back to BL23 left: its guide was offered already
    assert step(app) == (0, "BL23", "left") and state(app) is SessionState.RUNNING
    # a late timer: the app wakes 65 s later, past BL23 left and right, 5 s into BL40 left
    clock.advance(65.0)
    app.runner.poll()
    assert step(app) == (2, "BL40", "left") and state(app) is SessionState.PAUSED
    assert app.runner.seconds_left() == pytest.approx(25.0), "the 5 s the app slept were the session's"
    assert closeups(app).guide_playing() and pane(app).shown_view() == "knee-back"
    assert app.runner.completed_steps() == 2, "both sides of BL23 counted"
    app.runner.stop()
    assert not closeups(app).guide_playing() and not closeups(app).shown()


def test_closing_the_closeup_in_a_session_offers_it_on_the_map(app: Acupoint, clock: FakeClock) -> None:
    assert app.features.sessions.start(ROUTINE)
    pane(app).close_button.click()
    assert not closeups(app).shown()
    assert app.first.body_map.closeup_offer() == "Show close-up: BL23"
    clock.advance(60.0)
    app.runner.poll()
    assert not closeups(app).shown(), "it stays closed for the next step"
    assert app.first.body_map.closeup_offer() == "Show close-up: BL40"
    app.first.body_map.closeupOfferTaken.emit()
    assert closeups(app).shown() and pane(app).chosen() == "BL40"
    app.runner.stop()
    assert app.first.body_map.closeup_offer() == ""


def test_the_voice_says_the_step_again_when_pressing_starts(offered: Acupoint) -> None:
    app = offered
    app.first.settings.update(speak_prompts=True)
    spoken = app.features.cues.player.spoken
    assert app.features.sessions.start(ROUTINE)
    guide = closeups(app).data()
    assert guide is not None
    assert spoken[-1] == guide.guide("BL23").steps[0].text
    pane(app).go_button.click()
    assert spoken[-1] == "Left side. Bladder 23, Kidney Shu. 30 seconds.", "the step's own words"


def test_off_by_default_after_the_first_week_and_a_setting_in_the_menu(app: Acupoint) -> None:
    action = app.window.action(ActionId.GUIDE_IN_SESSIONS)
    assert action.isCheckable() and not action.isChecked()
    app.first.settings.update(safety_acknowledged=True)  # no modal safety notice in a test
    tell_startup_problems(app.first, app.features)  # the window opened for the first time today
    assert app.settings.first_used == date.today().isoformat()
    assert action.isChecked() and app.settings.guide_in_sessions == "auto", "on for the first week, still auto"
    assert app.features.sessions.start(ROUTINE)
    assert state(app) is SessionState.PAUSED
    app.runner.stop()
    app.first.settings.update(first_used=(date.today() - timedelta(days=7)).isoformat())
    assert not action.isChecked(), "a week later it is off"
    assert app.features.sessions.start(ROUTINE)
    assert state(app) is SessionState.RUNNING
    app.runner.stop()
    action.trigger()  # the person turns it on again
    assert app.settings.guide_in_sessions == "on" and action.isChecked()
    action.trigger()
    assert app.settings.guide_in_sessions == "off"


def test_find_it_asked_for_during_a_step_pauses_it_until_going_on(app: Acupoint, clock: FakeClock) -> None:
    assert app.features.sessions.start(ROUTINE)
    clock.advance(10.0)
    app.runner.poll()
    assert app.runner.seconds_left() == 20.0
    pane(app).find_button.click()  # the close-up's own "Find it", mid-step
    assert state(app) is SessionState.PAUSED and closeups(app).guide_playing()
    assert pane(app).banner_text.text() == "The timer waits while you find BL23."
    assert pane(app).go_button.text() == "Go on pressing" and pane(app).done_button.isHidden()
    clock.advance(120.0)
    pane(app).go_button.click()
    assert state(app) is SessionState.RUNNING and app.runner.seconds_left() == 20.0, "reading was not pressing"
    app.runner.stop()
    assert pane(app).done_button.isHidden() and pane(app).banner.isHidden()
