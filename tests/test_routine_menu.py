"""Your own routines can be renamed and deleted from the session panel; built-in ones cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.routine_library import RoutineEntry
from acupoint_gui.model.routine_store import RoutineStore
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.ui import questions
from acupoint_gui.ui.session_panel import SessionPanel

MINE = Routine("evening", "Evening", None, "", (RoutineStep("BL23", 30),), target_minutes=10)


def choose(panel: SessionPanel, routine_id: str) -> None:
    panel.routine.setCurrentIndex(panel.routine.findData(routine_id))


def test_built_in_routines_are_read_only_and_the_menu_says_why(qtbot: QtBot) -> None:
    panel = SessionPanel()
    qtbot.addWidget(panel)
    panel.set_routines([RoutineEntry("builtin", "Built in", False), RoutineEntry("mine", "Mine", True)], "builtin")
    menu = panel.routine_menu
    assert panel.edit_button.menu() is menu
    assert not menu.rename_action.isEnabled() and not menu.delete_action.isEnabled()
    assert "Built-in routines cannot be renamed or deleted" in menu.rename_action.toolTip()
    assert "Built-in routines cannot be renamed or deleted" in menu.delete_action.toolTip()
    assert menu.edit_action.isEnabled() and menu.edit_action.text() == "Edit a copy…"
    choose(panel, "mine")
    assert menu.rename_action.isEnabled() and menu.delete_action.isEnabled()
    assert menu.edit_action.text() == "Edit…" and "cannot" not in menu.rename_action.toolTip()


def test_the_menu_asks_for_what_the_user_chose(qtbot: QtBot) -> None:
    panel = SessionPanel()
    qtbot.addWidget(panel)
    panel.set_routines([RoutineEntry("mine", "Mine", True)], "mine")
    menu = panel.routine_menu
    for action, signal, expected in (
        (menu.edit_action, panel.editRequested, ["mine"]),
        (menu.rename_action, panel.renameRequested, ["mine"]),
        (menu.delete_action, panel.deleteRequested, ["mine"]),
        (menu.new_action, panel.editRequested, [""]),
    ):
        with qtbot.waitSignal(signal, timeout=500) as blocker:
            action.trigger()
        assert blocker.args == expected, action.objectName()


@pytest.fixture
def mine(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> Acupoint:
    # A warning is a modal message box: the tests read the presenter's signal instead.
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: None)
    assert app.first.routines.save_own([MINE])
    app.first.routines.refresh(MINE.id)
    return app


def reread(app: Acupoint) -> list[Routine]:
    store = app.first.library.store
    assert store is not None
    own, report = RoutineStore(store.path, store.atlas).load()
    assert report is None
    return own


def test_renaming_keeps_the_id_and_is_saved_before_it_is_shown(
    mine: Acupoint, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(questions, "ask_routine_name", lambda parent, current: "  Morning  ")
    panel = mine.first.session_panel
    with qtbot.waitSignal(mine.first.routines.notice, timeout=500) as notice:
        panel.routine_menu.rename_action.trigger()
    assert [(r.id, r.name) for r in reread(mine)] == [("evening", "Morning")], "saved, id kept for the history"
    assert panel.routine_id() == "evening" and panel.routine.currentText() == "Morning (yours)"
    assert notice.args == ["Renamed “Evening” to “Morning”."]


def test_an_empty_name_is_refused_in_words(mine: Acupoint, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(questions, "ask_routine_name", lambda parent, current: "   ")
    with qtbot.waitSignal(mine.first.routines.warning, timeout=500) as warning:
        mine.first.routines.rename("evening")
    assert warning.args == ["Routine not renamed", "Give the routine a name."]
    assert [r.name for r in reread(mine)] == ["Evening"]


def test_deleting_asks_first_then_saves(mine: Acupoint, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = False

    def confirm(parent: object, name: str) -> bool:
        asked.append(name)
        return answer

    monkeypatch.setattr(questions, "confirm_delete_routine", confirm)
    panel = mine.first.session_panel
    panel.routine_menu.delete_action.trigger()
    assert asked == ["Evening"] and [r.id for r in reread(mine)] == ["evening"], "cancelled: nothing deleted"
    answer = True
    panel.routine_menu.delete_action.trigger()
    assert reread(mine) == [] and mine.first.library.own == ()
    assert panel.routine.findData("evening") == -1 and panel.routine_id() == mine.catalog.routines[0].id


def test_built_in_routines_cannot_be_renamed_or_deleted_even_when_asked(
    app: Acupoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object) -> object:
        raise AssertionError("no question is asked about a built-in routine")

    monkeypatch.setattr(questions, "ask_routine_name", never)
    monkeypatch.setattr(questions, "confirm_delete_routine", never)
    builtin = app.catalog.routines[0].id
    app.first.routines.rename(builtin)
    app.first.routines.delete(builtin)
    assert app.first.library.find(builtin) is not None


def test_a_failure_to_save_is_a_sentence_and_changes_nothing(
    mine: Acupoint, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    store = mine.first.library.store
    assert store is not None
    monkeypatch.setattr(store, "path", blocker / "routines.yaml")  # its folder is a file: cannot be written
    monkeypatch.setattr(questions, "confirm_delete_routine", lambda parent, name: True)
    with qtbot.waitSignal(mine.first.routines.warning, timeout=500) as warning:
        mine.first.routines.delete("evening")
    title, text = warning.args
    assert title == "Routine not saved" and str(blocker) in text and "Traceback" not in text
    assert [r.id for r in mine.first.library.own] == ["evening"]
    assert mine.first.session_panel.routine.findData("evening") >= 0


def test_the_delete_question_names_the_routine_and_enter_does_not_delete(qtbot: QtBot) -> None:
    box, delete = questions.delete_question(None, "Evening")  # type: ignore[arg-type]
    qtbot.addWidget(box)
    assert "“Evening”" in box.text()
    assert box.defaultButton() is not delete and box.escapeButton() is not delete
    box.show()
    qtbot.waitExposed(box)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert box.clickedButton() is not None and box.clickedButton() is not delete
    assert box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.RejectRole
