"""A check box whose words wrap: a narrow panel, or a large font, makes it taller, not wider.

A QCheckBox is at least as wide as its words; in the session panel that width would be taken
from the body map (see button_rows.py). Here the box has no words of its own: a word-wrapped
label beside it says them, and a click on the label ticks the box, as on the box's own words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _Words(QLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box.installEventFilter(self)  # greyed and explained with the box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.EnabledChange:
            self.setEnabled(self.box.isEnabled())
        elif watched is self.box and event.type() == QEvent.Type.ToolTipChange:
            self.setToolTip(self.box.toolTip())
        return False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


def wrapped_check(box: QCheckBox, text: str) -> QWidget:
    """A row of ``box`` and its words ``text`` (wrapping); the box keeps them as its accessible name."""
    box.setAccessibleName(text)
    words = _Words(text, box)
    words.setObjectName(f"{box.objectName()}Words")
    words.setEnabled(box.isEnabled())
    words.setToolTip(box.toolTip())
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(words, 1)
    return row
