"""Making, importing and exporting routines of your own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.routine_file import load_routines
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui.routine_editor import RoutineEditor


def new_editor(qtbot: QtBot, app: Acupoint, routine_id: str = "") -> RoutineEditor:
    """The editor as Session ▸ Edit opens it: reviewed by the library as it changes."""
    editor = app.first.routines.open_editor(routine_id)
    qtbot.addWidget(editor)
    return editor


def add(editor: RoutineEditor, *codes: str) -> None:
    for code in codes:
        editor.add_point.setCurrentIndex(editor.add_point.findData(code))
        editor._add()


def type_into(spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, text)


def test_editor_adds_removes_reorders_by_keyboard(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    editor.show()
    add(editor, "BL23", "GB30", "BL40")
    editor.steps.setCurrentRow(2)
    editor.steps.setFocus()
    QTest.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    editor.seconds.setValue(45)
    editor.steps.setCurrentRow(0)
    QTest.keyClick(editor.steps, Qt.Key.Key_Delete)
    editor.name.setText("  Evening  ")
    routine = editor.routine("evening")
    assert [(s.point, s.seconds_per_side) for s in routine.steps] == [("BL40", 45), ("GB30", 30)]
    assert routine.name == "Evening"
    assert (routine.rounds, routine.target_minutes) == (1, 10), "a new routine lasts the articles' 10 minutes"
    assert editor.save_button.isEnabled()


def test_tab_follows_the_fields_top_to_bottom(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    names = ["routineName", "routineSteps", "moveStepUp", "moveStepDown", "removeStep", "secondsPerSide"]
    names += ["pointToAdd", "addStep", "useRounds", "rounds", "useTarget", "targetMinutes"]
    found = [editor.findChild(QWidget, name) for name in names]
    wanted = [w for w in found if w is not None] + [editor.save_button]
    assert len(wanted) == len(names) + 1
    order: list[QWidget] = []
    widget: QWidget | None = editor.name
    for _ in range(100):  # once round the chain
        if widget is not None and widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain() if widget is not None else None
    assert [w.objectName() for w in order] == [w.objectName() for w in wanted]


def test_rounds_or_a_target_length_never_both(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    add(editor, "BL23")
    assert editor.use_target.isChecked() and editor.target.isEnabled() and not editor.rounds.isEnabled()
    editor.use_rounds.click()
    assert editor.rounds.isEnabled() and not editor.target.isEnabled()
    editor.rounds.setValue(3)
    assert (editor.routine("x").rounds, editor.routine("x").target_minutes) == (3, None)
    editor.use_target.click()
    assert (editor.routine("x").rounds, editor.routine("x").target_minutes) == (1, 10)


def test_a_routine_with_rounds_opens_with_rounds_chosen(qtbot: QtBot, app: Acupoint) -> None:
    app.first.routines.save_own([Routine("r", "R", None, "", (RoutineStep("BL23", 30),), rounds=4)])
    editor = new_editor(qtbot, app, "r")
    assert editor.use_rounds.isChecked() and editor.rounds.value() == 4 and not editor.target.isEnabled()


def test_typing_99999_is_refused_with_the_reason_not_cut(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    editor.show()
    editor.name.setText("Mine")
    add(editor, "BL23")
    type_into(editor.seconds, "99999")
    assert editor.seconds.value() == 99999 and "99999 s a side" in editor.steps.item(0).text(), "kept as typed"
    assert "BL23: 99999 seconds a side is too long: at most 300 seconds (5 minutes)" in editor.error.text()
    assert editor.error.isVisible() and not editor.save_button.isEnabled()
    editor.accept()
    assert editor.result() == 0, "Save refuses what the review refused"
    type_into(editor.seconds, "300")
    assert editor.error.text() == "" and editor.save_button.isEnabled()
    editor.use_rounds.click()
    type_into(editor.rounds, "99999")
    assert "99999 rounds are too many: at most 10." in editor.error.text() and not editor.save_button.isEnabled()
    assert "once every time and count is within bounds" in editor.length.text()
    editor.use_target.click()  # the rounds no longer count
    assert editor.error.text() == "" and editor.save_button.isEnabled()
    type_into(editor.target, "0")
    assert "at least 1 minute" in editor.error.text()


def test_the_arrows_stay_within_the_bounds(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    editor.show()
    add(editor, "BL23")
    editor.seconds.setValue(300)
    editor.seconds.stepUp()
    editor.use_rounds.click()
    editor.rounds.setValue(10)
    QTest.keyClick(editor.rounds, Qt.Key.Key_Up)
    editor.use_target.click()
    editor.target.setValue(1)
    QTest.keyClick(editor.target, Qt.Key.Key_Down)
    assert (editor.seconds.value(), editor.rounds.value(), editor.target.value()) == (300, 10, 1)
    editor.seconds.setValue(99999)
    editor.seconds.stepDown()
    assert editor.seconds.value() == 300, "from out of bounds, an arrow goes to the nearest bound"


def test_the_editor_shows_the_sessions_length_live(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    editor.name.setText("Mine")
    assert editor.length.text() == "Add points to see how long a session lasts."
    add(editor, "BL23", "GB30")  # both sides of each, 30 s a side: 2 minutes a round
    assert editor.length.text() == "About 10 minutes in all: 5 rounds."
    editor.use_rounds.click()
    editor.rounds.setValue(2)
    assert editor.length.text() == "About 4 minutes in all: 2 rounds."
    plan = app.first.library.plan(editor.routine("x"), pregnant=False)
    assert plan.seconds == 4 * 60, "the same expansion as the session"
    assert not editor.warning.isVisible() and editor.warning.text() == ""


def test_a_long_routine_is_warned_about_with_the_articles_advice(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    editor.show()
    editor.name.setText("Long")
    add(editor, "BL23")
    editor.seconds.setValue(299)
    editor.use_rounds.click()
    editor.rounds.setValue(4)  # 2 × 299 s × 4 rounds: about 40 minutes
    assert editor.warning.isVisible()
    assert "about 40 minutes, more than 30 minutes" in editor.warning.text()
    assert "advises 10 to 15 minutes a session" in editor.warning.text()
    assert editor.save_button.isEnabled(), "warned, not refused"
    editor.rounds.setValue(3)  # about 30 minutes: no warning
    assert not editor.warning.isVisible()


def test_a_routine_with_no_points_can_never_be_saved(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    editor.show()
    assert "Give the routine a name." in editor.missing.text() and not editor.save_button.isEnabled()
    editor.name.setText("Mine")
    assert "a routine with no points cannot be saved" in editor.missing.text()
    editor.accept()
    assert editor.result() == 0 and not editor.save_button.isEnabled()
    add(editor, "BL23")
    assert editor.missing.text() == "" and editor.save_button.isEnabled()
    QTest.keyClick(editor.steps, Qt.Key.Key_Delete)
    assert not editor.save_button.isEnabled(), "removing the last point turns Save off again"


def test_saving_through_the_editor(qtbot: QtBot, app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(editor: RoutineEditor) -> int:
        editor.name.setText("Evening")
        add(editor, "GB30")
        editor.accept()
        return editor.result()

    monkeypatch.setattr(RoutineEditor, "exec", fill)
    app.first.routines.edit("")
    [saved] = app.first.library.own
    assert (saved.name, [s.point for s in saved.steps], saved.target_minutes) == ("Evening", ["GB30"], 10)
    assert app.first.session_panel.routine_id() == saved.id


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
    assert editor.save_button.isEnabled()
    assert app.first.library.own == ()


def test_the_time_field_belongs_to_the_selected_point(qtbot: QtBot, app: Acupoint) -> None:
    editor = new_editor(qtbot, app)
    assert not editor.seconds.isEnabled() and editor.seconds.text() == "choose a point"
    add(editor, "GB30")
    assert (
        editor.seconds.isEnabled()
        and editor.seconds.value() == app.first.library.atlas.point("GB30").technique.seconds_per_side
    )
    editor.steps.setCurrentRow(-1)
    assert not editor.seconds.isEnabled()


def test_import_of_a_bad_file_says_what_is_wrong_in_words_and_changes_nothing(
    app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema: 1\nroutines:\n  - id: x\n    name: X\n    steps:\n      - {point: ZZ9, seconds_per_side: 30}\n"
        "      - {point: BL23, seconds_per_side: 0}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    app.first.routines.import_routines()
    [(title, text)] = shown
    assert title == "Routines not imported"
    assert text.startswith(f"Nothing was imported from “bad.yaml” (in {tmp_path}): it has 2 problems.")
    assert "Line 6, routine 1, step 1: Acupoint has no point “ZZ9”." in text
    assert "Line 7, routine 1, step 2: The seconds per side must be between 5 and 300, not 0." in text
    store = app.first.library.store
    assert app.first.library.own == () and store is not None and not store.path.exists()


def test_import_of_a_file_that_is_not_yaml_reads_as_a_sentence(
    app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.yaml"
    bad.write_text("schema: 1\nroutines:\n  - id: x\n    name: Hips: evening\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    app.first.routines.import_file(bad)
    [text] = shown
    assert "“notes.yaml”" in text and "it has a problem." in text
    assert "Line 4: A colon (:) is out of place." in text and "mapping values" not in text


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


def test_the_editor_as_people_see_it(qtbot: QtBot, app: Acupoint, artifacts_dir: Path) -> None:
    """The copy of the longest built-in routine made too long, then given a refused time: the
    warning, then the reason, is on screen, whole, above Save."""
    editor = new_editor(qtbot, app, "eleven-points")
    editor.show()
    qtbot.waitExposed(editor)

    def whole_above_save(label: QLabel, picture: str) -> None:
        QApplication.processEvents()  # the layout settles (a label appeared, another went)
        assert editor.grab().save(str(artifacts_dir / picture))
        assert label.isVisible(), picture
        save_top = editor.save_button.mapTo(editor, editor.save_button.rect().topLeft()).y()
        top_left = label.mapTo(editor, label.rect().topLeft())
        assert editor.rect().contains(top_left) and top_left.y() + label.height() <= save_top, picture
        assert label.height() >= label.heightForWidth(label.width()), f"{picture}: text cut off"

    editor.use_rounds.click()
    editor.rounds.setValue(3)
    editor.steps.setCurrentRow(1)
    editor.seconds.setValue(299)
    whole_above_save(editor.warning, "routine-editor-long.png")
    type_into(editor.seconds, "99999")
    whole_above_save(editor.error, "routine-editor-refused.png")
