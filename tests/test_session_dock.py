"""The session dock on the real window: the map follows the session, shortcuts work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.points import Side
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui import questions
from acupoint_gui.ui.actions import ActionId

from .fakes import FakeClock, start_routine
from .test_breathing_cue import assert_words_and_a_bar


@pytest.fixture
def app(qtbot: QtBot, app: Acupoint) -> Acupoint:
    """The shared app fixture (conftest), with its window on screen."""
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def current_markers(app: Acupoint) -> set[tuple[str, str]]:
    return {(m.point.code, m.marker.side.value) for m in app.first.body_map.markers() if m.current}


def session_state(app: Acupoint) -> str:
    """The session's state, read afresh: mypy would keep ``app.runner.state.value`` narrowed by
    an earlier assert, across the key presses that change it."""
    return app.runner.state.value


def test_routines_are_listed(app: Acupoint) -> None:
    ids = [app.first.session_panel.routine.itemData(i) for i in range(app.first.session_panel.routine.count())]
    assert {"hip-low-back-five", "three-point-hold", "five-point-low-back"} <= set(ids)


def test_running_a_routine_moves_the_highlight_and_side(qtbot: QtBot, app: Acupoint, clock: FakeClock) -> None:
    routine = Routine("t", "Test", None, "", (RoutineStep("BL23", 10), RoutineStep("CV6", 5)))
    start_routine(app, routine)
    assert current_markers(app) == {("BL23", "left")}
    assert "left side" in app.first.session_panel.current.text()
    assert app.first.body_map.current_view().figure_scene.page == "front-back"
    dimmed = [m for m in app.first.body_map.markers() if m.dimmed]
    assert dimmed and all(not m.current for m in dimmed)
    clock.advance(10.0)
    with qtbot.waitSignal(app.runner.stepStarted, timeout=1000):
        app.runner.poll()
    assert current_markers(app) == {("BL23", "right")}
    assert app.first.details.shown_point() is not None and app.first.details.side == "right"
    clock.advance(10.0)
    app.runner.poll()
    assert current_markers(app) == {("CV6", "midline")}
    clock.advance(5.0)
    with qtbot.waitSignal(app.runner.finished, timeout=1000) as finished:
        app.runner.poll()
    assert finished.args == [3, 3, True]
    assert current_markers(app) == set()
    assert "complete" in app.first.session_panel.current.text()


def test_shortcuts_pause_skip_previous_stop(qtbot: QtBot, app: Acupoint, clock: FakeClock) -> None:
    app.first.session_panel.routine.setCurrentIndex(app.first.session_panel.routine.findData("three-point-hold"))
    QTest.mouseClick(app.first.session_panel.start_button, Qt.MouseButton.LeftButton)
    assert session_state(app) == "running"
    window = app.window
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert session_state(app) == "paused"
    assert app.first.session_panel.pause_button.text() == "Resume"
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert session_state(app) == "running"
    first = current_markers(app)
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert current_markers(app) != first
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert current_markers(app) == first
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert session_state(app) == "stopped"
    assert current_markers(app) == set()


def test_countdown_and_breathing_follow_the_clock(qtbot: QtBot, app: Acupoint, clock: FakeClock) -> None:
    routine = Routine("t", "Test", None, "", (RoutineStep("CV6", 60),))
    start_routine(app, routine)
    assert app.first.session_panel.countdown.text() == "1:00"
    assert app.first.session_panel.breathing.words() == "Breathe in"
    clock.advance(5.5)
    app.runner.poll()
    assert app.first.session_panel.countdown.text() == "0:55"
    assert app.first.session_panel.breathing.words() == "Breathe out"
    clock.advance(5.0)
    app.runner.poll()
    assert app.first.session_panel.breathing.words() == "Breathe in"
    app.runner.toggle_pause()  # a paused cue must not keep saying "Breathe in"
    assert app.first.session_panel.breathing.words() == "Paused: breathe normally"
    app.runner.toggle_pause()
    assert app.first.session_panel.breathing.words() == "Breathe in"
    app.runner.stop()
    assert app.first.session_panel.breathing.words() == "", "no cue is left behind after the session"


def test_pregnancy_setting_leaves_contraindicated_points_out(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    app.window.actions_by_id[ActionId.PREGNANT].setChecked(True)
    assert app.settings.pregnant
    # marked on the map (diamonds), in the search list and in the routine summary
    warned = {m.point.code for m in app.first.body_map.markers() if m.warn}
    assert warned == {"LI4", "BL60", "CV6", "BL28", "BL53"} == app.catalog.atlas.pregnancy_leave_out()
    listed = [app.first.search.results.item(i).text() for i in range(app.first.search.results.count())]
    assert any(text.startswith("LI4") and "avoid in pregnancy" in text for text in listed)
    panel = app.first.session_panel
    panel.routine.setCurrentIndex(panel.routine.findData("five-point-low-back"))
    assert "BL60 ⚠" in panel.summary.text() and "BL53 ⚠" in panel.summary.text()
    asked: list[list[str]] = []

    def leave_out(parent: QWidget, names: list[str]) -> questions.KeepAvoided:
        asked.append([name.split()[0] for name in names])
        return questions.KeepAvoided.LEAVE_OUT

    monkeypatch.setattr(questions, "ask_keep_avoided", leave_out)
    app.features.sessions.start("five-point-low-back")
    assert [sorted(codes) for codes in asked] == [["BL53", "BL60"]]
    assert not {"BL60", "BL53"} & {s.point for s in app.runner.steps}
    assert app.runner.steps[0].point == "SI11"
    app.runner.stop()
    monkeypatch.setattr(questions, "ask_keep_avoided", lambda parent, names: questions.KeepAvoided.KEEP)
    app.features.sessions.start("five-point-low-back")
    assert app.runner.steps[0].point == "BL60", "kept for this session when the user says so"


def test_add_to_routine_saves_a_routine_of_your_own(app: Acupoint) -> None:
    app.first.selection.show_point("GB30", Side.LEFT)
    app.first.details.add_button.click()
    mine = [r for r in app.first.library.own if r.name == "My routine"]
    assert mine and mine[0].steps[-1].point == "GB30"
    store = app.first.library.store
    assert store is not None and store.path.exists()
    reloaded, report = store.load()
    assert report is None and reloaded[0].steps == mine[0].steps


def test_breathing_pattern_setting_drives_the_cue(app: Acupoint, clock: FakeClock) -> None:
    from acupoint_gui.ui.breathing_dialog import BreathingDialog

    dialog = BreathingDialog(app.settings.breathing_pattern())
    dialog.inhale.setValue(4)
    dialog.hold_in.setValue(2)
    dialog.exhale.setValue(6)
    assert "5.0 breaths a minute" in dialog.rate.text()  # 4 + 2 + 6 = 12 s a breath
    pattern = dialog.pattern()
    app.first.settings.update(
        breathing_inhale=pattern.inhale, breathing_hold_in=pattern.hold_in, breathing_exhale=pattern.exhale
    )
    start_routine(app, Routine("t", "Test", None, "", (RoutineStep("CV6", 60),)))
    clock.advance(4.5)
    app.runner.poll()
    assert app.first.session_panel.breathing.words() == "Hold"
    clock.advance(2.0)
    app.runner.poll()
    assert app.first.session_panel.breathing.words() == "Breathe out"


def test_reduced_motion_shows_words_and_a_bar(qtbot: QtBot, app: Acupoint, clock: FakeClock) -> None:
    app.window.actions_by_id[ActionId.REDUCED_MOTION].setChecked(True)
    app.features.sessions.start("three-point-hold")
    cue = app.first.session_panel.breathing
    assert cue.reduced_motion and cue.words() == "Breathe in"
    app.window.show()
    qtbot.waitExposed(app.window)
    clock.advance(2.0)
    app.runner.poll()
    assert cue.state is not None and 0.3 < cue.state.size < 0.7
    assert_words_and_a_bar(cue, cue.state.size)  # what is drawn, not only that something is


def test_the_panel_is_compact_until_a_session_so_the_details_keep_their_room(qtbot: QtBot, app: Acupoint) -> None:
    from acupoint_gui.ui.panel_scroll import PanelScroll

    window, dock = app.window, app.first.session_panel
    window.show()
    qtbot.waitExposed(window)
    app.features.cues.check_devices()  # as after the first frame: a note in the panel when there is no sound
    scroll = window.session_dock.widget()
    assert isinstance(scroll, PanelScroll)
    qtbot.waitUntil(lambda: scroll.height_wanted() <= scroll.viewport().height())  # the panel got its room
    assert dock.countdown.isHidden() and dock.breathing.isHidden() and dock.pause_button.isHidden()
    idle = window.session_dock.height()
    assert idle < window.detail_dock.height(), "before a session the point details have most of the room"
    start_routine(app, Routine("t", "Test", None, "", (RoutineStep("CV6", 60),)))
    assert not dock.countdown.isHidden() and not dock.breathing.isHidden() and not dock.pause_button.isHidden()
    assert dock.summary.isHidden(), "the routine's summary gives its room to the session"
    qtbot.waitUntil(lambda: window.session_dock.height() > idle + 100)
    app.runner.stop()
    assert dock.countdown.isHidden() and not dock.start_button.isHidden() and not dock.summary.isHidden()
    # compact again, with one more line: how the session ended
    assert dock.current.isVisible() and "stopped" in dock.current.text()
    qtbot.waitUntil(lambda: window.session_dock.height() <= idle + dock.current.height() + 20)


def _overlapping(widgets: list[QWidget]) -> list[tuple[str, str]]:
    boxes = [
        (w.objectName() or w.text() if isinstance(w, QPushButton) else w.objectName(), w.geometry()) for w in widgets
    ]
    return [(a, b) for i, (a, ra) in enumerate(boxes) for b, rb in boxes[i + 1 :] if ra.intersects(rb)]


def test_the_session_buttons_take_two_rows_in_a_narrow_panel(qtbot: QtBot) -> None:
    from acupoint_gui.model.session_state import SessionState
    from acupoint_gui.ui.button_rows import ButtonRows
    from acupoint_gui.ui.session_panel import SessionPanel

    dock = SessionPanel()
    qtbot.addWidget(dock)
    dock.show_state(SessionState.RUNNING)
    buttons = [dock.previous_button, dock.pause_button, dock.skip_button, dock.stop_button]
    dock.resize(700, 700)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.waitUntil(lambda: dock.width() == 700)
    assert len({b.geometry().top() for b in buttons}) == 1, "wide: one row"
    assert len({b.width() for b in buttons}) == 1, "of equal widths"
    assert dock.minimumSizeHint().width() < sum(b.sizeHint().width() for b in buttons), "it may be narrower than a row"
    dock.resize(dock.minimumSizeHint().width(), 700)
    qtbot.waitUntil(lambda: dock.width() == dock.minimumSizeHint().width())
    assert buttons[0].y() == buttons[1].y() < buttons[2].y() == buttons[3].y(), "narrow: two rows of two"
    assert all(b.width() >= b.minimumSizeHint().width() for b in buttons), "no label cut"
    shown = [w for w in dock.findChildren(QWidget) if w.isVisible() and w.parentWidget() is dock]
    assert _overlapping(shown) == []
    # hidden buttons take no room
    layout = dock.layout()
    assert layout is not None
    rows = next(item for item in map(layout.itemAt, range(layout.count())) if isinstance(item, ButtonRows))
    dock.show_state(SessionState.STOPPED)
    assert rows.sizeHint().height() == 0 and rows.minimumSize().height() == 0


def test_a_session_on_a_small_screen_overlaps_nothing_in_the_panel(qtbot: QtBot, app: Acupoint) -> None:
    """1024 × 768: the narrow panel's two button rows and wrapped lines get the height they need."""
    window, panel = app.window, app.first.session_panel
    window.resize(942, 706)
    window.resizeDocks([window.session_dock], [282], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.width() < 300)
    start_routine(app, Routine("t", "Test", None, "", (RoutineStep("GB29", 60),)))
    qtbot.waitUntil(panel.pause_button.isVisible)
    buttons = [panel.previous_button, panel.pause_button, panel.skip_button, panel.stop_button]
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 2)
    shown = [w for w in panel.findChildren(QWidget) if w.isVisible() and w.parentWidget() is panel]
    qtbot.waitUntil(lambda: _overlapping(shown) == [])
    assert panel.breathing.height() >= panel.breathing.minimumHeight()


def test_lengths_read_as_people_say_them() -> None:
    from acupoint_gui.model.step_wording import duration_words

    assert duration_words(45) == "45 seconds"
    assert duration_words(1) == "1 second"
    assert duration_words(600) == "10 minutes"
    assert duration_words(95) == "2 minutes"
    assert duration_words(3900) == "1 hour 5 minutes"
    assert duration_words(7200) == "2 hours"


def test_the_summary_gives_the_length_in_minutes(app: Acupoint) -> None:
    app.first.session_panel.routine.setCurrentIndex(app.first.session_panel.routine.findData("hip-low-back-five"))
    assert "about 10 minutes in all" in app.first.session_panel.summary.text()


def test_a_large_font_never_pushes_the_window_off_the_screen(qtbot: QtBot, app: Acupoint) -> None:
    """With a large system font the session panel is taller than the window has room for: it
    scrolls inside its dock (controls first in view) instead of making the window taller."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from acupoint_gui.ui.panel_scroll import PanelScroll

    normal = QApplication.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.6)
    QApplication.setFont(large)
    try:
        window, panel = app.window, app.first.session_panel
        window.resize(1177, 736)
        qtbot.waitUntil(lambda: window.height() == 736)
        start_routine(app, Routine("t", "Test", None, "", (RoutineStep("BL23", 60),)))
        qtbot.waitUntil(panel.pause_button.isVisible)
        scroll = window.session_dock.widget()
        assert isinstance(scroll, PanelScroll)
        qtbot.waitUntil(lambda: scroll.height_wanted() > scroll.viewport().height())  # it does not fit
        # Once its scroll bar is there, the panel is as wide as what is left (never scrolled sideways).
        qtbot.waitUntil(lambda: panel.width() <= scroll.viewport().width())
        assert window.height() == 736, "the window kept its size"
        view = scroll.viewport().rect()
        for button in (panel.pause_button, panel.stop_button):
            corner = button.mapTo(scroll.viewport(), button.rect().bottomRight())
            assert view.contains(corner), f"{button.text()} is in view without scrolling"
    finally:
        QApplication.setFont(normal)


def test_the_session_panels_scroll_frame_is_not_a_tab_stop(qtbot: QtBot, app: Acupoint) -> None:
    """Tab goes from the map straight to the routine chooser: the scrolling frame around the
    session panel, where nothing would show the focus, is not a stop of its own."""
    from acupoint_gui.ui.panel_scroll import PanelScroll

    scroll = app.window.session_dock.widget()
    assert isinstance(scroll, PanelScroll)
    stops: list[QWidget] = []
    widget: QWidget | None = app.first.search.results
    for _ in range(200):
        widget = widget.nextInFocusChain() if widget is not None else None
        if widget is None or widget.focusProxy() is not None:  # a proxy hands its focus on: not a stop
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(app.window):
            stops.append(widget)
    assert scroll not in stops
    after_map = stops[stops.index(app.first.session_panel.routine) - 1]
    assert after_map.objectName().startswith("mapView"), after_map


def test_tab_reads_the_window_left_to_right_then_the_right_column_top_down(app: Acupoint) -> None:
    """Search, the map, the session panel, then the point details below it."""
    panel = app.first.session_panel
    wanted: list[QWidget] = [app.first.body_map, panel.routine, panel.start_button, app.first.details.browser]
    order: list[QWidget] = []
    widget: QWidget | None = app.first.search.results
    for _ in range(200):  # once round the chain, from the point list on
        widget = widget.nextInFocusChain() if widget is not None else None
        if widget in wanted and widget not in order:
            order.append(widget)
    assert order == wanted
