"""Issue 14's app-level promises: nothing runs empty, sound that cannot play says so, pregnancy
cautions stay in view, the finder steps aside for a session, the figure keeps its room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.points import Side
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui import messages
from acupoint_gui.ui.actions import ActionId

from .fakes import FakeClock, start_routine


def choose(app: Acupoint, routine_id: str) -> None:
    chooser = app.first.session_panel.routine
    chooser.setCurrentIndex(chooser.findData(routine_id))


def test_a_routine_with_nothing_to_press_cannot_start_and_logs_nothing(app: Acupoint) -> None:
    only_bl60 = Routine("heel", "Heel", None, "", (RoutineStep("BL60", 30),))
    app.first.library.adopt([only_bl60])
    app.first.routines.refresh("heel")
    app.window.actions_by_id[ActionId.PREGNANT].setChecked(True)
    panel = app.first.session_panel
    assert not panel.start_button.isEnabled()
    assert "avoided in pregnancy" in panel.start_reason.text() and not panel.start_reason.isHidden()
    assert "avoided in pregnancy" in panel.start_button.toolTip()
    assert not app.features.sessions.start("heel"), "nothing to press: no session"
    assert app.runner.state.value == "idle"
    history = app.features.history.history
    assert history is not None and history.sessions() == [], "no 0-step session in the history"
    app.window.actions_by_id[ActionId.PREGNANT].setChecked(False)
    assert panel.start_button.isEnabled() and panel.start_reason.isHidden()


def test_add_to_routine_never_adds_a_point_pregnancy_leaves_out(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: told.append((title, text)))
    app.window.actions_by_id[ActionId.PREGNANT].setChecked(True)
    app.first.selection.show_point("BL60", Side.LEFT)
    app.first.details.add_button.click()
    assert app.first.library.own == (), "no routine was made"
    [(title, text)] = told
    assert title == "Point not added" and "BL60" in text and "pregnan" in text


def test_add_to_routine_says_what_it_did(app: Acupoint) -> None:
    app.first.selection.show_point("GB30", Side.LEFT)
    app.first.details.add_button.click()
    assert app.window.notice() == "Added GB30 Jumping Round to “My routine” (a new routine); it now has 1 point."
    app.first.selection.show_point("BL23", Side.LEFT)
    app.first.details.add_button.click()
    assert app.window.notice().endswith("it now has 2 points.")


def test_no_sound_output_greys_out_sound_and_voice_and_says_why(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    panel = app.first.session_panel
    app.first.settings.update(muted=False, speak_prompts=True)
    app.features.cues.check_devices()
    for box in (panel.sound, panel.voice):
        assert not box.isEnabled() and not box.isChecked()
        assert "No sound output" in box.toolTip()
    assert panel.audio_notice.text() == "No sound output found: the session will be silent."
    assert not panel.audio_notice.isHidden()
    assert app.settings.speak_prompts, "the person's choice is kept for a computer that has sound"


def test_no_speech_engine_greys_out_only_the_voice(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtMultimedia import QMediaDevices
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: ["a device"]))
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    panel = app.first.session_panel
    app.features.cues.check_devices()
    assert panel.sound.isEnabled() and not panel.voice.isEnabled()
    assert "speech engine" in panel.voice.toolTip()
    assert panel.audio_notice.text() == "No speech engine found: steps are not spoken."


def test_a_pregnancy_caution_stays_in_the_session_panel(app: Acupoint, clock: FakeClock) -> None:
    panel = app.first.session_panel
    routine = Routine("t", "T", None, "", (RoutineStep("GB30", 5), RoutineStep("BL23", 5)))
    start_routine(app, routine)
    assert panel.caution.isHidden(), "not pregnant: no pregnancy caution"
    app.runner.stop()
    app.window.actions_by_id[ActionId.PREGNANT].setChecked(True)
    start_routine(app, routine)
    assert panel.caution.isHidden(), "GB30 has no pregnancy caution"
    for _ in range(2):  # GB30 left, then right
        clock.advance(5)
        app.runner.poll()
    assert "BL23" in panel.current.text()
    assert not panel.caution.isHidden() and "midwife" in panel.caution.text()


def test_the_point_finder_steps_aside_for_a_session_and_comes_back(qtbot: QtBot, app: Acupoint) -> None:
    window = app.window
    window.show()
    qtbot.waitExposed(window)
    assert window.search_dock.isVisible()
    middle = window.centralWidget()  # the figure, and the step's close-up (issue 15)
    assert middle is not None
    middle_before = middle.width()
    assert app.features.sessions.start("three-point-hold")
    assert not window.search_dock.isVisible()
    qtbot.waitUntil(lambda: middle.width() > middle_before)
    app.runner.stop()
    assert window.search_dock.isVisible()
    # closed by the person before the session: it stays closed after it
    window.search_dock.hide()
    assert app.features.sessions.start("three-point-hold")
    app.runner.stop()
    assert not window.search_dock.isVisible()


def test_on_a_1024_by_768_screen_the_figure_keeps_half_the_window(qtbot: QtBot, app: Acupoint) -> None:
    window = app.window
    window.resize(1024, 740)  # a 1024 × 768 screen less a panel
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert app.first.body_map.width() >= window.width() / 2


def focused(app: Acupoint) -> set[str]:
    return {f"{m.point.code}:{m.marker.side.value}" for m in app.first.body_map.markers() if m.keyboard_focus}


def selected(app: Acupoint) -> set[str]:
    return {m.point.code for m in app.first.body_map.markers() if m.selected_marker}


def test_one_selection_the_focus_ring_follows_it(qtbot: QtBot, app: Acupoint) -> None:
    app.window.show()
    qtbot.waitExposed(app.window)
    app.first.selection.show_point("BL23", Side.LEFT)
    assert focused(app) == {"BL23:left"} and selected(app) == {"BL23"}
    app.first.search.box.setText("BL40")
    app.first.search.choose_first()  # a search opens BL40: no ring stays on BL23
    assert app.first.details.shown_point() is not None
    assert selected(app) == {"BL40"} and focused(app) <= {"BL40:left", "BL40:right"} and focused(app)
    app.first.selection.clear()
    assert focused(app) == set() and selected(app) == set()


def test_after_a_session_the_figure_shows_the_point_the_details_show(app: Acupoint, clock: FakeClock) -> None:
    app.first.selection.show_point("GB30", Side.LEFT)
    assert app.features.sessions.start("three-point-hold")
    clock.advance(1)
    app.runner.poll()
    shown = app.first.details.shown_point()
    assert shown is not None and selected(app) == set(), "during a session only the step stands out"
    app.runner.stop()
    shown = app.first.details.shown_point()
    assert shown is not None and selected(app) == {shown.code}, "the details and the figure agree"


def test_pregnancy_marks_are_explained_beside_the_figure(app: Acupoint) -> None:
    body_map = app.first.body_map
    assert body_map.warning_key() == ""
    app.window.actions_by_id[ActionId.PREGNANT].setChecked(True)
    assert "avoided in pregnancy" in body_map.warning_key() and "◆" in body_map.warning_key()
    app.window.actions_by_id[ActionId.PREGNANT].setChecked(False)
    assert body_map.warning_key() == ""


def test_a_narrower_window_takes_width_from_the_side_panels_not_the_figure(qtbot: QtBot, app: Acupoint) -> None:
    window = app.window
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.resizeDocks([window.search_dock, window.detail_dock], [300, 420], Qt.Orientation.Horizontal)
    window.resize(1024, 740)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.waitUntil(lambda: app.first.body_map.width() >= window.width() / 2 - 2)
