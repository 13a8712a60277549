"""The session dock on the real window: the map follows the session, shortcuts work."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupoint_gui.app.controller import AppController
from acupoint_gui.model.catalog import Catalog, load_catalog
from acupoint_gui.model.routines import Routine, RoutineStep


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(qtbot: QtBot, catalog: Catalog, clock: FakeClock) -> Iterator[AppController]:
    controller = AppController(catalog)
    controller.session.clock = clock
    qtbot.addWidget(controller.window)
    controller.window.show()
    qtbot.waitExposed(controller.window)
    yield controller
    controller.session.stop()
    controller.window.close()


def current_markers(app: AppController) -> set[tuple[str, str]]:
    return {(m.point.code, m.marker.side.value) for m in app.body_map.markers() if m.current}


def test_routines_are_listed(app: AppController) -> None:
    ids = [app.session_dock.routine.itemData(i) for i in range(app.session_dock.routine.count())]
    assert {"hip-low-back-five", "three-point-hold", "five-point-low-back"} <= set(ids)


def test_running_a_routine_moves_the_highlight_and_side(qtbot: QtBot, app: AppController, clock: FakeClock) -> None:
    routine = Routine("t", "Test", None, "", (RoutineStep("BL23", 10), RoutineStep("CV6", 5)))
    app.session.start(routine)
    assert current_markers(app) == {("BL23", "left")}
    assert "left side" in app.session_dock.current.text()
    assert app.body_map.current_view().figure_scene.page == "front-back"
    dimmed = [m for m in app.body_map.markers() if m.dimmed]
    assert dimmed and all(not m.current for m in dimmed)
    clock.advance(10.0)
    with qtbot.waitSignal(app.session.stepStarted, timeout=1000):
        app.session.poll()
    assert current_markers(app) == {("BL23", "right")}
    assert app.detail.point is not None and app.detail.side == "right"
    clock.advance(10.0)
    app.session.poll()
    assert current_markers(app) == {("CV6", "midline")}
    clock.advance(5.0)
    with qtbot.waitSignal(app.session.finished, timeout=1000) as finished:
        app.session.poll()
    assert finished.args == [3, 3, True]
    assert current_markers(app) == set()
    assert "complete" in app.session_dock.current.text()


def test_shortcuts_pause_skip_previous_stop(qtbot: QtBot, app: AppController, clock: FakeClock) -> None:
    app.session_dock.routine.setCurrentIndex(app.session_dock.routine.findData("three-point-hold"))
    qtbot.mouseClick(app.session_dock.start_button, Qt.MouseButton.LeftButton)
    assert app.session.state.value == "running"
    window = app.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert app.session.state.value == "paused"
    assert app.session_dock.pause_button.text() == "Resume"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert app.session.state.value == "running"
    first = current_markers(app)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert current_markers(app) != first
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert current_markers(app) == first
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert app.session.state.value == "stopped"
    assert current_markers(app) == set()


def test_countdown_and_breathing_follow_the_clock(qtbot: QtBot, app: AppController, clock: FakeClock) -> None:
    routine = Routine("t", "Test", None, "", (RoutineStep("CV6", 60),))
    app.session.start(routine)
    assert app.session_dock.countdown.text() == "1:00"
    assert app.session_dock.breathing.words() == "Breathe in"
    clock.advance(5.5)
    app.session.poll()
    assert app.session_dock.countdown.text() == "0:55"
    assert app.session_dock.breathing.words() == "Breathe out"
    clock.advance(5.0)
    app.session.poll()
    assert app.session_dock.breathing.words() == "Breathe in"


def test_pregnancy_setting_leaves_contraindicated_points_out(app: AppController) -> None:
    app.update_settings(pregnant=True)
    routine = Routine("t", "Test", None, "", (RoutineStep("LI4", 10), RoutineStep("BL60", 10), RoutineStep("BL23", 10)))
    steps = app.session.start(routine, exclude=app.session_wiring._excluded())
    assert {s.point for s in steps} == {"BL23"}


def test_add_to_routine_saves_a_routine_of_your_own(app: AppController) -> None:
    app.show_point("GB30", "left")
    app.detail.add_button.click()
    mine = [r for r in app.user_routines if r.name == "My routine"]
    assert mine and mine[0].steps[-1].point == "GB30"
    assert (app.data_dir / "routines.yaml").exists()
    reloaded, report = app.routine_store.load()
    assert report is None and reloaded[0].steps == mine[0].steps
