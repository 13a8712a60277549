"""File > Export sheet as PDF and File > Print from the window (dialogs answered by the test)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.points import Side
from acupoint_gui.ui import print_chooser
from acupoint_gui.ui.actions import ActionId

from .conftest import require_tool


def test_export_pdf_of_the_point_shown(app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app.first.selection.show_point("GB30", Side.LEFT)
    monkeypatch.setattr(print_chooser.PrintChooser, "exec", lambda self: QDialog.DialogCode.Accepted)
    target = tmp_path / "gb30"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    app.window.actions_by_id[ActionId.EXPORT_PDF].trigger()
    pdf = tmp_path / "gb30.pdf"
    require_tool("pdftotext")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "GB30" in text and "Jumping Round" in text, "the sheet of the point shown"
    assert "Saved" in app.window.notice()


def test_export_to_an_unwritable_place_says_so(app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app.first.selection.show_point("BL23", Side.RIGHT)
    monkeypatch.setattr(print_chooser.PrintChooser, "exec", lambda self: QDialog.DialogCode.Accepted)
    missing = tmp_path / "no-such-folder" / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    app.features.printing.export_pdf()
    assert warnings and "does not exist" in warnings[0]
    assert not missing.exists()


@pytest.mark.parametrize("folder", ["/sys", "/proc"])
def test_export_to_a_folder_that_takes_no_files_is_a_sentence_not_a_crash(
    app: Acupoint, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    """The tests run as root, who may write nearly anywhere: /sys and /proc refuse even root."""
    app.first.selection.show_point("BL23", Side.RIGHT)
    monkeypatch.setattr(print_chooser.PrintChooser, "exec", lambda self: QDialog.DialogCode.Accepted)
    target = Path(folder) / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append((title, text)))
    crashes: list[object] = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: crashes.append(exc))
    app.features.printing.export_pdf()
    [(title, text)] = told
    assert title == "The PDF was not saved" and text.startswith(f"Acupoint cannot write to {target}: ")
    assert text.endswith("Choose another folder.") and ".tmp" not in text
    assert crashes == [] and not target.exists()


def test_print_with_nothing_chosen_explains(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:

    def choose_point(self: print_chooser.PrintChooser) -> QDialog.DialogCode:
        self.point.setChecked(True)  # "the point shown", but none is shown
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_chooser.PrintChooser, "exec", choose_point)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(f"{title}: {text}"))
    app.features.printing.print_preview()
    assert warnings == ["Nothing to print: no points chosen"]


@pytest.mark.parametrize(
    ("action", "title", "button"),
    [
        (ActionId.PRINT, "Print a point sheet", "Preview and print…"),
        (ActionId.EXPORT_PDF, "Save a point sheet as PDF", "Save PDF…"),
    ],
)
def test_the_chooser_says_what_it_is_for(
    app: Acupoint, monkeypatch: pytest.MonkeyPatch, action: ActionId, title: str, button: str
) -> None:
    app.first.selection.show_point("GB30", Side.LEFT)
    seen: list[tuple[str, str, bool, bool]] = []

    def look(self: print_chooser.PrintChooser) -> QDialog.DialogCode:
        before = self.routine.isEnabled()  # the point shown is chosen: no routine to pick
        self.routine_choice.setChecked(True)
        seen.append((self.windowTitle(), self.go.text(), before, self.routine.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(print_chooser.PrintChooser, "exec", look)
    app.window.actions_by_id[action].trigger()
    assert seen == [(title, button, False, True)]


def test_enter_in_the_chooser_goes_ahead(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    chooser = print_chooser.PrintChooser("GB30 Jumping Round", [("r", "Routine")], "r")
    qtbot.addWidget(chooser)

    def press_enter() -> None:
        QTest.keyClick(QApplication.focusWidget() or chooser, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert chooser.exec() == QDialog.DialogCode.Accepted
