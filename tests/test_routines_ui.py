"""Making, importing and exporting routines of your own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.routine_file import load_routines
from acupoint_gui.ui.routine_editor import RoutineEditor


def test_editor_adds_removes_reorders_by_keyboard(qtbot: QtBot, app: Acupoint) -> None:
    editor = RoutineEditor(app.first.library.atlas.points, None)
    qtbot.addWidget(editor)
    editor.show()
    for code in ("BL23", "GB30", "BL40"):
        editor.add_point.setCurrentIndex(editor.add_point.findData(code))
        editor._add()
    editor.steps.setCurrentRow(2)
    editor.steps.setFocus()
    QTest.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    editor.seconds.setValue(45)
    editor.steps.setCurrentRow(0)
    QTest.keyClick(editor.steps, Qt.Key.Key_Delete)
    editor.name.setText("  Evening  ")
    editor.rounds.setValue(2)
    routine = editor.routine("evening")
    assert [(s.point, s.seconds_per_side) for s in routine.steps] == [("BL40", 45), ("GB30", 30)]
    assert routine.name == "Evening" and routine.rounds == 2
    assert routine.target_minutes == 10, "a new routine lasts the articles' 10 minutes by default"


@pytest.mark.parametrize("routine_id", ["hip-low-back-five", "eleven-points"])
def test_a_copy_of_a_built_in_routine_lasts_as_long_as_the_original(
    qtbot: QtBot, app: Acupoint, monkeypatch: pytest.MonkeyPatch, routine_id: str
) -> None:
    """Edit… on a built-in routine makes your copy: same points, times, rounds and target."""
    builtin = next(r for r in app.catalog.routines if r.id == routine_id)
    seen: list[RoutineEditor] = []

    def look(editor: RoutineEditor) -> int:
        seen.append(editor)
        return 0  # cancelled: nothing saved

    monkeypatch.setattr(RoutineEditor, "exec", look)
    app.first.routines.edit(routine_id)
    [editor] = seen
    copy = editor.routine("copy")
    assert copy.name == f"{builtin.name} (my copy)"
    assert copy.steps == builtin.steps
    assert (copy.rounds, copy.target_minutes) == (builtin.rounds, builtin.target_minutes)
    assert app.first.library.own == ()


def test_the_time_field_belongs_to_the_selected_point(qtbot: QtBot, app: Acupoint) -> None:
    editor = RoutineEditor(app.first.library.atlas.points, None)
    qtbot.addWidget(editor)
    assert not editor.seconds.isEnabled() and editor.seconds.text() == "choose a point"
    editor.add_point.setCurrentIndex(editor.add_point.findData("GB30"))
    editor._add()
    assert (
        editor.seconds.isEnabled()
        and editor.seconds.value() == app.first.library.atlas.point("GB30").technique.seconds_per_side
    )
    editor.steps.setCurrentRow(-1)
    assert not editor.seconds.isEnabled()


def test_editor_refuses_an_empty_name_or_no_points(qtbot: QtBot, app: Acupoint) -> None:
    editor = RoutineEditor(app.first.library.atlas.points, None)
    qtbot.addWidget(editor)
    editor.accept()
    assert editor.result() == 0 and "name" in editor.error.text()
    editor.name.setText("Mine")
    editor.accept()
    assert "at least one point" in editor.error.text()


def test_import_of_a_bad_file_reports_lines_and_changes_nothing(
    app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema: 1\nroutines:\n  - id: x\n    name: X\n    steps:\n      - {point: ZZ9, seconds_per_side: 30}\n"
        "      - {point: BL23, seconds_per_side: 0}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    app.first.routines.import_routines()
    assert shown and f"{bad}:6: routines[0].steps[0].point: unknown point 'ZZ9'" in shown[0]
    assert f"{bad}:7: routines[0].steps[1].seconds_per_side: must be between 1 and 600, not 0" in shown[0]
    store = app.first.library.store
    assert app.first.library.own == () and store is not None and not store.path.exists()


def test_export_then_import_round_trips(app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app.first.selection.show_point("KI1", None)
    app.first.details.add_button.click()
    exported = tmp_path / "mine.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    app.first.routines.export_routines()
    routines = load_routines(exported, app.first.library.atlas)
    assert [s.point for s in routines[0].steps] == ["KI1"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    app.first.routines.import_routines()
    ids = [r.id for r in app.first.library.own]
    assert ids == ["my-routine", "my-routine-2"], "an imported routine never overwrites yours"
