"""The routine chooser's parts: a list that shortens long names at a word, and the Edit menu.

A narrow panel cannot show "The 11-point article (9 distinct points)" in full. Rather than cut
it mid-word without a sign, the chooser ends the name at the last whole word that fits, with
"…", shows the full name in its tooltip, and opens a list wide enough for every name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QComboBox, QMenu, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

ELLIPSIS = "…"
_TRAILING = " ,;:–—-("  # left at the end of a shortened name, these read as a mistake


def elide_words(text: str, metrics: QFontMetrics, width: int, keep: str = "") -> str:
    """``text`` when it fits in ``width`` pixels; else its first whole words that fit, then "…",
    then ``keep`` when ``text`` ends with it (a mark such as " (yours)" stays in view).

    A first word too long on its own is cut within the word, still with "…".
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    end = keep if keep and text.endswith(keep) else ""
    words = text[: len(text) - len(end)].split(" ")
    for count in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:count]).rstrip(_TRAILING) + ELLIPSIS + end
        if metrics.horizontalAdvance(candidate) <= width:
            return candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class RoutineCombo(QComboBox):
    """A combo box whose current name is shortened at a word, with the full name as its tooltip.

    An item's :data:`KEEP_ROLE` text (its end, such as " (yours)") stays when it is shortened.
    """

    KEEP_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _index: self.setToolTip(self.currentText()))

    def shown_text(self) -> str:
        """The current name as the box shows it (shortened when the box is too narrow)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        keep = self.currentData(self.KEEP_ROLE)
        return elide_words(option.currentText, self.fontMetrics(), field.width(), keep if isinstance(keep, str) else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:
        """The list opens wide enough for the longest name (within the screen), so none is cut."""
        view = self.view()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = view.sizeHintForColumn(0) + scroll_bar + 2 * view.frameWidth()
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().width())
        view.setMinimumWidth(max(wanted, self.width()))
        super().showPopup()


class RoutineMenu(QMenu):
    """Edit, rename or delete the chosen routine, or make a new one. Built-in routines are
    read-only: Rename and Delete are off (their tooltip says why) and Edit makes your copy."""

    editChosen = Signal()
    renameChosen = Signal()
    deleteChosen = Signal()
    newChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineMenu")
        self.setToolTipsVisible(True)
        self.edit_action = self._add("editRoutineAction", self.editChosen)
        self.rename_action = self._add("renameRoutineAction", self.renameChosen, self.tr("Rename…"))
        self.delete_action = self._add("deleteRoutineAction", self.deleteChosen, self.tr("Delete…"))
        self.addSeparator()
        self.new_action = self._add("newRoutineAction", self.newChosen, self.tr("New routine…"))
        self.new_action.setToolTip(self.tr("Make a routine of your own, from the points you choose"))
        self.show_for(own=False, chosen=False)

    def _add(self, name: str, signal: SignalInstance, text: str = "") -> QAction:
        action = self.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(signal)
        return action

    def show_for(self, *, own: bool, chosen: bool = True) -> None:
        """Offer what can be done with the chosen routine: yours, or a built-in one."""
        if own:
            self.edit_action.setText(self.tr("Edit…"))
            self.edit_action.setToolTip(self.tr("Change this routine's points, times and length"))
        else:
            self.edit_action.setText(self.tr("Edit a copy…"))
            self.edit_action.setToolTip(
                self.tr("Built-in routines stay as they are: this makes your own copy, to change as you like")
            )
        self.edit_action.setEnabled(chosen)
        read_only = self.tr("Built-in routines cannot be renamed or deleted. “Edit a copy…” makes one of your own.")
        for action, tip in (
            (self.rename_action, self.tr("Give this routine another name (your history keeps finding it)")),
            (self.delete_action, self.tr("Delete this routine of yours, after asking")),
        ):
            action.setEnabled(own)
            action.setToolTip(tip if own else read_only)
