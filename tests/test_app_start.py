"""Starting the app with bad data or damaged user files: a clear message, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupoint_gui.app.application import FirstFrameWatcher, load_catalog_with_fallback
from acupoint_gui.app.parts import Acupoint, FirstFrame
from acupoint_gui.app.startup import add_features, build_app, build_first_frame
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.model.routine_file import routines_to_yaml
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui.actions import ActionId

from .conftest import acknowledge_safety


def make_app(qtbot: QtBot, data_dir: Path) -> Acupoint:
    app = build_app(load_catalog(), data_dir, data_dir / "cache")
    qtbot.addWidget(app.window)
    return app


def first_frame(qtbot: QtBot, data_dir: Path) -> FirstFrame:
    first = build_first_frame(load_catalog(), data_dir)
    qtbot.addWidget(first.window)
    return first


def own_ids(first: FirstFrame) -> list[str]:
    """Read afresh: after one assert mypy would keep the library's routines narrowed to none."""
    return [routine.id for routine in first.library.own]


def routine_names(first: FirstFrame) -> list[str]:
    chooser = first.session_panel.routine
    return [chooser.itemText(i) for i in range(chooser.count())]


def test_bad_user_points_file_falls_back_to_bundled_data(tmp_path: Path) -> None:
    bad = tmp_path / "points.yaml"
    bad.write_text("schema: 1\npoints: [\n", encoding="utf-8")
    catalog, message = load_catalog_with_fallback(bad)
    assert catalog is not None and len(catalog.atlas.points) >= 15
    assert message is not None
    assert str(bad) in message and "built-in data" in message and "not valid YAML" in message


def test_the_features_and_the_users_routines_arrive_after_the_first_frame(
    qtbot: QtBot, isolated_user_data: Path
) -> None:
    acknowledge_safety(isolated_user_data)
    mine = Routine("mine", "Mine", None, "", (RoutineStep("BL23", 30),))
    (isolated_user_data / "routines.yaml").write_text(routines_to_yaml([mine]), encoding="utf-8")
    catalog = load_catalog()
    first = first_frame(qtbot, isolated_user_data)
    watcher = FirstFrameWatcher(first.window)
    built: list[object] = []
    watcher.ready.connect(lambda: built.append(add_features(first, catalog, isolated_user_data, isolated_user_data)))
    assert own_ids(first) == [] and "Mine (yours)" not in routine_names(first)
    with qtbot.waitSignal(watcher.ready, timeout=10_000):
        first.window.show()
    assert len(built) == 1
    assert own_ids(first) == ["mine"]
    assert "Mine (yours)" in routine_names(first)


def test_the_features_are_added_once_even_when_the_fallback_timer_also_fires(
    qtbot: QtBot, isolated_user_data: Path
) -> None:
    first = first_frame(qtbot, isolated_user_data)
    watcher = FirstFrameWatcher(first.window, fallback_ms=50)
    ready: list[int] = []
    watcher.ready.connect(lambda: ready.append(1))
    with qtbot.waitSignal(watcher.painted, timeout=10_000):
        first.window.show()
    qtbot.waitUntil(lambda: not watcher._fallback.isActive(), timeout=1000)
    assert ready == [1]


def test_a_window_that_never_paints_still_gets_its_features(qtbot: QtBot, isolated_user_data: Path) -> None:
    first = first_frame(qtbot, isolated_user_data)
    watcher = FirstFrameWatcher(first.window, fallback_ms=10)
    with qtbot.waitSignal(watcher.ready, timeout=5000):
        pass  # never shown, as when started minimised


def test_damaged_settings_and_routines_are_moved_aside(qtbot: QtBot, isolated_user_data: Path) -> None:
    (isolated_user_data / "settings.json").write_text("{not json", encoding="utf-8")
    (isolated_user_data / "routines.yaml").write_text("routines: [oops\n", encoding="utf-8")
    app = make_app(qtbot, isolated_user_data)
    report = app.first.settings_report
    assert report is not None and report.backup is not None
    assert report.backup.exists()
    routines = app.features.routines_report
    assert routines is not None and routines.backup is not None
    assert routines.backup.name.startswith("routines.yaml.corrupt-")
    assert app.first.library.own == ()
    assert app.first.session_panel.routine.count() >= 5  # the built-in routines are still there


def test_first_run_shows_the_safety_notice_once(
    qtbot: QtBot, isolated_user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acupoint_gui.ui import safety_dialog

    shown: list[str] = []

    def fake_exec(self: safety_dialog.SafetyDialog) -> int:
        shown.append(self.text.toPlainText())
        return 1

    monkeypatch.setattr(safety_dialog.SafetyDialog, "exec", fake_exec)
    data = Path(str(os.environ["ACUPOINT_DATA_DIR"]))
    app = make_app(qtbot, data)
    assert not app.settings.safety_acknowledged
    app.features.help.show_safety_if_first_run()
    assert len(shown) == 1
    assert app.first.settings.current.safety_acknowledged
    assert "Loss of bladder or bowel control" in shown[0] and "see a doctor" in shown[0].lower()
    again = make_app(qtbot, data)
    assert again.settings.safety_acknowledged, "the notice is not forced on every start"
    again.features.help.show_safety_if_first_run()
    assert len(shown) == 1
    again.window.actions_by_id[ActionId.SAFETY].trigger()  # always reachable from Help
    assert len(shown) == 2


def test_dock_layout_is_restored_next_time(qtbot: QtBot, isolated_user_data: Path) -> None:
    first = make_app(qtbot, isolated_user_data)
    first.window.show()
    first.window.search_dock.hide()
    first.window.resize(760, 560)  # within the offscreen screen (800x600)
    expected = (first.window.width(), first.window.height())  # after the docks' minimum sizes
    first.window.close()  # the layout is saved as the window closes
    second = make_app(qtbot, isolated_user_data)
    second.window.show()
    assert second.window.search_dock.isHidden()
    assert (second.window.width(), second.window.height()) == expected


def test_the_first_frame_already_shows_the_saved_layout_and_settings(qtbot: QtBot, isolated_user_data: Path) -> None:
    acknowledge_safety(isolated_user_data)
    first = make_app(qtbot, isolated_user_data)
    first.window.show()
    first.window.search_dock.hide()
    first.window.actions_by_id[ActionId.PREGNANT].setChecked(True)
    first.window.close()
    settings_file = isolated_user_data / "settings.json"
    inode = settings_file.stat().st_ino

    again = first_frame(qtbot, isolated_user_data)  # as the real start: the rest after the first frame
    assert again.window.search_dock.isHidden(), "the dock layout is restored before the window is shown"
    warned = {m.point.code for m in again.body_map.markers() if m.warn}
    assert warned == again.library.avoided_in_pregnancy() and warned, "pregnancy warnings are on the first frame"
    assert settings_file.stat().st_ino == inode, "starting the app does not rewrite the settings"


def test_an_unopenable_history_never_stops_a_session(qtbot: QtBot, isolated_user_data: Path) -> None:
    (isolated_user_data / "history.sqlite3").mkdir()  # not a file: History cannot open it
    app = make_app(qtbot, isolated_user_data)
    history = app.features.history
    assert history.history is None
    assert history.problem is not None and "cannot be opened" in history.problem
    assert app.features.sessions.start("three-point-hold")
    assert app.runner.state.value == "running"
    app.runner.stop()
    assert (isolated_user_data / "history.sqlite3").is_dir(), "the user's path is left alone"


def test_the_app_takes_the_interpreter_back_quickly_from_busy_threads() -> None:
    """A CPU-bound Python thread must not hold the step timer back (bench/run.py measures it)."""
    import sys

    from acupoint_gui.app.application import create_application

    create_application()
    assert sys.getswitchinterval() <= 0.0005


def test_a_data_folder_that_cannot_be_made_stops_the_start_with_a_clear_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not a traceback, and not a window that silently keeps nothing the user does."""
    from acupoint_gui.app import application
    from acupoint_gui.ui import messages

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ACUPOINT_DATA_DIR", str(blocker / "data"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append((title, text)))
    assert application.run() == 1
    [(title, text)] = shown
    assert title == "Acupoint cannot save your data"
    assert str(blocker / "data") in text and "not a directory" in text and "ACUPOINT_DATA_DIR" in text
    assert text in capsys.readouterr().err


def test_a_data_folder_without_write_permission_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from acupoint_gui.app.user_folders import DataFolderError, user_data_dir

    monkeypatch.setenv("ACUPOINT_DATA_DIR", str(tmp_path))
    assert user_data_dir() == tmp_path
    # the check itself, also where the tests run as root (who may write anywhere)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(DataFolderError, match="no permission to write there"):
        user_data_dir()


def test_a_window_on_screen_never_gets_its_features_before_its_first_frame(
    qtbot: QtBot, isolated_user_data: Path
) -> None:
    """However slow the machine: the fallback is only for a window that will not paint."""
    first = first_frame(qtbot, isolated_user_data)
    watcher = FirstFrameWatcher(first.window, fallback_ms=60_000)
    ready: list[int] = []
    watcher.ready.connect(lambda: ready.append(1))
    first.window.show()
    watcher._give_up_waiting()  # as if the fallback fired before the first paint
    assert ready == [] and watcher._fallback.isActive(), "on screen: it waits for the frame"
    first.window.setWindowState(Qt.WindowState.WindowMinimized)  # no event loop turn: no paint yet
    watcher._give_up_waiting()
    assert ready == [1], "a minimised window does not paint: the features come anyway"
