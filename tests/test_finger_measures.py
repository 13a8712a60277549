"""Help ▸ Measuring with your fingers: the WHO finger measures, drawn to scale."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from acupoint_gui.app.controller import AppController
from acupoint_gui.ui.actions import ActionId
from acupoint_gui.ui.finger_measures import FingerMeasuresDialog, FingerWidths


def test_the_measures_are_drawn_in_proportion(qtbot: QtBot) -> None:
    drawing = FingerWidths()
    qtbot.addWidget(drawing)
    drawing.resize(600, drawing.minimumHeight())
    thumb, two_fingers, four_fingers = drawing.bar_widths()
    assert two_fingers / thumb == pytest.approx(1.5) and four_fingers / thumb == pytest.approx(3.0)
    assert four_fingers <= drawing.width() / 3 + 1, "the drawing leaves room for the words"
    assert "1.5 cun" in drawing.accessibleDescription()


def test_the_help_menu_opens_it(app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def record(dialog: FingerMeasuresDialog) -> int:
        shown.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(FingerMeasuresDialog, "exec", record)
    action = app.window.actions_by_id[ActionId.FINGER_MEASURES]
    help_menu = app.window.findChild(QMenu, "helpMenu")
    assert help_menu is not None and action in help_menu.actions()
    action.trigger()
    assert shown == ["Measuring with your fingers"]
