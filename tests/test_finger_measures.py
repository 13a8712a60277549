"""Help ▸ Measuring with your fingers: the WHO finger measures, drawn to scale."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
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


def test_the_help_menu_opens_it(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
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


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_every_description_fits_its_row_at_any_font(qtbot: QtBot, scale: float) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFont

    from acupoint_gui.ui.finger_measures import MEASURES

    drawing = FingerWidths()
    qtbot.addWidget(drawing)
    font = QFont(drawing.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    drawing.setFont(font)  # as a larger system font would
    drawing.resize(drawing.minimumWidth(), drawing.minimumHeight())
    metrics = drawing.fontMetrics()
    line = metrics.lineSpacing() + 4
    room = drawing.row_height() - line - 4
    wrap = drawing.width() - (drawing.width() / 3 + 24) - 8
    for text, _, _ in MEASURES:
        needed = metrics.boundingRect(QRect(0, 0, int(wrap), 10_000), Qt.TextFlag.TextWordWrap, text).height()
        assert needed <= room, (text, needed, room)
    assert drawing.minimumHeight() >= drawing.row_height() * len(MEASURES)


def test_the_dialog_opens_with_nothing_overlapping_at_a_large_font(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    normal = QApplication.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.6)
    QApplication.setFont(large)
    try:
        dialog = FingerMeasuresDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        intro, note = sorted((w for w in dialog.findChildren(QLabel) if w.isVisible()), key=lambda w: w.y())
        parts: list[QWidget] = [intro, dialog.drawing, note]
        for upper, lower in pairwise(parts):
            assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
    finally:
        QApplication.setFont(normal)
