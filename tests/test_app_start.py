"""Starting the app with bad data or damaged user files: a clear message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.application import FirstFrameWatcher, load_catalog_with_fallback
from acupoint_gui.app.controller import AppController
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.model.routine_file import routines_to_yaml
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui.actions import ActionId

from .conftest import acknowledge_safety

# These read a flag afresh: after `assert not app.setup_done` mypy would treat the flag as False
# for the rest of the test, even after the call that sets it.


def setup_done(app: AppController) -> bool:
    return app.setup_done


def safety_acknowledged(app: AppController) -> bool:
    return app.settings.safety_acknowledged


def test_bad_user_points_file_falls_back_to_bundled_data(tmp_path: Path) -> None:
    bad = tmp_path / "points.yaml"
    bad.write_text("schema: 1\npoints: [\n", encoding="utf-8")
    catalog, message = load_catalog_with_fallback(bad)
    assert catalog is not None and len(catalog.atlas.points) >= 15
    assert message is not None
    assert str(bad) in message and "built-in data" in message and "not valid YAML" in message


def test_deferred_setup_and_the_users_routines_arrive_after_the_first_frame(
    qtbot: QtBot, isolated_user_data: Path
) -> None:
    acknowledge_safety(isolated_user_data)
    mine = Routine("mine", "Mine", None, "", (RoutineStep("BL23", 30),))
    (isolated_user_data / "routines.yaml").write_text(routines_to_yaml([mine]), encoding="utf-8")
    app = AppController(load_catalog(), defer_setup=True)
    qtbot.addWidget(app.window)
    watcher = FirstFrameWatcher(app.window)
    watcher.painted.connect(app.after_show)
    assert not app.setup_done and app.user_routines == []
    with qtbot.waitSignal(watcher.painted, timeout=10_000):
        app.window.show()
    assert setup_done(app) and app.shown
    assert [r.id for r in app.user_routines] == ["mine"]
    names = [app.session_dock.routine.itemText(i) for i in range(app.session_dock.routine.count())]
    assert "Mine (yours)" in names
    app.after_show()  # a second call (the fallback timer) changes nothing
    assert [r.id for r in app.user_routines] == ["mine"]


def test_damaged_settings_and_routines_are_moved_aside(qtbot: QtBot, isolated_user_data: Path) -> None:
    (isolated_user_data / "settings.json").write_text("{not json", encoding="utf-8")
    (isolated_user_data / "routines.yaml").write_text("routines: [oops\n", encoding="utf-8")
    app = AppController(load_catalog())
    qtbot.addWidget(app.window)
    assert app.settings_report is not None and app.settings_report.backup is not None
    assert app.settings_report.backup.exists()
    assert app.routines_report is not None and app.routines_report.backup is not None
    assert app.routines_report.backup.name.startswith("routines.yaml.corrupt-")
    assert app.user_routines == []
    assert app.session_dock.routine.count() >= 5  # the built-in routines are still there


def test_first_run_shows_the_safety_notice_once(
    qtbot: QtBot, isolated_user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acupoint_gui.ui import safety_dialog

    shown: list[str] = []

    def fake_exec(self: safety_dialog.SafetyDialog) -> int:
        shown.append(self.text.toPlainText())
        return 1

    monkeypatch.setattr(safety_dialog.SafetyDialog, "exec", fake_exec)
    app = AppController(load_catalog())
    qtbot.addWidget(app.window)
    assert not app.settings.safety_acknowledged
    app.show_safety(first_run=True)
    assert safety_acknowledged(app)
    assert "Loss of bladder or bowel control" in shown[0] and "see a doctor" in shown[0].lower()
    again = AppController(load_catalog())
    qtbot.addWidget(again.window)
    assert again.settings.safety_acknowledged, "the notice is not forced on every start"
    again.window.actions_by_id[ActionId.SAFETY].trigger()  # always reachable from Help
    assert len(shown) == 2


def test_dock_layout_is_restored_next_time(qtbot: QtBot) -> None:
    first = AppController(load_catalog())
    qtbot.addWidget(first.window)
    first.window.show()
    first.window.search_dock.hide()
    first.window.resize(760, 560)  # within the offscreen screen (800x600)
    expected = (first.window.width(), first.window.height())  # after the docks' minimum sizes
    first.save_window_state()
    second = AppController(load_catalog())
    qtbot.addWidget(second.window)
    second.window.show()
    assert second.window.search_dock.isHidden()
    assert (second.window.width(), second.window.height()) == expected


def test_the_first_frame_already_shows_the_saved_layout_and_settings(qtbot: QtBot, isolated_user_data: Path) -> None:
    acknowledge_safety(isolated_user_data)
    first = AppController(load_catalog())
    qtbot.addWidget(first.window)
    first.window.show()
    first.window.search_dock.hide()
    first.window.actions_by_id[ActionId.PREGNANT].setChecked(True)
    first.save_window_state()
    settings_file = isolated_user_data / "settings.json"
    inode = settings_file.stat().st_ino

    again = AppController(load_catalog(), defer_setup=True)  # as the real start: setup after the first frame
    qtbot.addWidget(again.window)
    assert not again.setup_done
    assert again.window.search_dock.isHidden(), "the dock layout is restored before the window is shown"
    warned = {m.point.code for m in again.body_map.markers() if m.warn}
    assert warned == again.contraindicated_codes() and warned, "pregnancy warnings are on the first frame"
    assert settings_file.stat().st_ino == inode, "starting the app does not rewrite the settings"


def test_an_unopenable_history_never_stops_a_session(qtbot: QtBot, isolated_user_data: Path) -> None:
    (isolated_user_data / "history.sqlite3").mkdir()  # not a file: History cannot open it
    app = AppController(load_catalog())
    qtbot.addWidget(app.window)
    assert app.history_wiring.history is None
    assert app.history_wiring.problem is not None and "cannot be opened" in app.history_wiring.problem
    app.session_wiring.start("three-point-hold")
    assert app.session.state.value == "running"
    app.session.stop()
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
    from acupoint_gui.app import application, messages

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

    from acupoint_gui.app.user_paths import DataFolderError, user_data_dir

    monkeypatch.setenv("ACUPOINT_DATA_DIR", str(tmp_path))
    assert user_data_dir() == tmp_path
    # the check itself, also where the tests run as root (who may write anywhere)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(DataFolderError, match="no permission to write there"):
        user_data_dir()
