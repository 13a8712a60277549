"""Help ▸ Your finger widths in the window: the measure and the screen's calibration kept in the
settings, and the personal ruler saved as a PDF through the sheet's own paths and sentences."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.storage import describe_write_error
from acupoint_gui.ui.actions import ActionId
from acupoint_gui.ui.finger_width_dialog import FingerWidthDialog


def test_the_menu_opens_the_dialog_and_what_is_measured_is_kept(
    qtbot: QtBot, app: Acupoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[FingerWidthDialog] = []

    def exec_(dialog: FingerWidthDialog) -> int:
        opened.append(dialog)
        dialog.which.setCurrentIndex(dialog.which.findData("four-fingers"))
        dialog.millimetres.setValue(74.0)
        dialog.set_card_pixels(330.0)
        return 0

    monkeypatch.setattr(FingerWidthDialog, "exec", exec_)
    action = app.window.action(ActionId.FINGER_WIDTHS)
    help_menu = app.window.findChild(QMenu, "helpMenu")
    assert help_menu is not None and action in help_menu.actions()
    action.trigger()
    assert len(opened) == 1
    current = app.settings
    assert (current.finger_measure, current.finger_millimetres, current.card_pixels) == ("four-fingers", 74.0, 330.0)
    # opened again: the person's own measure, and the screen as they calibrated it
    dialog = app.features.find_it.finger_widths.make_dialog()
    qtbot.addWidget(dialog)
    assert (dialog.person().key, dialog.person().millimetres) == ("four-fingers", 74.0)
    assert dialog.card.card_pixels == 330.0
    assert dialog.ruler.calibration.card_pixels == 330.0, "the true-size ruler uses the calibration"


def test_a_mistyped_width_is_not_kept(qtbot: QtBot, app: Acupoint) -> None:
    dialog = app.features.find_it.finger_widths.make_dialog()
    qtbot.addWidget(dialog)
    assert dialog.person() == ("thumb", 20.0), "before measuring: a usual thumb"
    dialog.millimetres.setValue(22.0)
    assert app.settings.finger_millimetres == 22.0
    dialog.millimetres.setValue(140.0)  # centimetres and millimetres confused
    assert not dialog.problem.isHidden()
    assert app.settings.finger_millimetres == 22.0, "the last likely width stays"


def test_print_ruler_saves_a_pdf_or_says_why_not(
    qtbot: QtBot, app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    presenter = app.features.find_it.finger_widths
    dialog = presenter.make_dialog()
    qtbot.addWidget(dialog)
    dialog.millimetres.setValue(21.0)
    target = tmp_path / "ruler"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.print_button.click()
    pdf = tmp_path / "ruler.pdf"
    assert pdf.read_bytes().startswith(b"%PDF"), "the ruler, as a PDF"
    assert app.window.notice().startswith(f"Saved {pdf}")
    warned: list[tuple[object, str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append((parent, title, text)))
    missing = tmp_path / "no-such-folder" / "ruler.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    dialog.print_button.click()
    expected = describe_write_error(missing, FileNotFoundError(errno.ENOENT, "no such folder"))
    assert warned == [(dialog, "The ruler was not saved", expected)], "over the dialog, in the sheet's words"
    assert not missing.parent.exists()
