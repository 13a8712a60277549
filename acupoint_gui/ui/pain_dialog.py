"""Before and after a session: how much does it hurt, 0 to 10, and an optional note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_NOTE = 2000


class PainDialog(QDialog):
    def __init__(self, question: str, *, with_note: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painDialog")
        self.setWindowTitle(self.tr("Pain log"))
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        numbers = QWidget()
        numbers.setObjectName("painNumbers")
        # The chosen number must be plain to see, not a slightly darker grey.
        numbers.setStyleSheet(
            "QPushButton:checked { background-color: #0072B2; color: white; font-weight: bold;"
            " border: 2px solid #003F63; border-radius: 4px; }"
        )
        numbers.setLayout(grid)
        for value in range(11):
            button = QPushButton(str(value))
            button.setObjectName(f"pain{value}")
            button.setCheckable(True)
            button.setAutoDefault(False)  # Space or a click chooses a number; Enter saves
            button.setMinimumSize(40, 40)
            button.setAccessibleName(self.tr("Pain %1 out of 10").replace("%1", str(value)))
            self.group.addButton(button, value)
            grid.addWidget(button, 0, value)
        grid.addWidget(QLabel(self.tr("no pain")), 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("worst imaginable")), 1, 8, 1, 3, Qt.AlignmentFlag.AlignRight)
        self.note = QPlainTextEdit()
        self.note.setObjectName("painNote")
        self.note.setPlaceholderText(self.tr("A note, if you like (how it felt, what you did today)"))
        self.note.setMaximumHeight(90)
        self.note.setVisible(with_note)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox()
        self.save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(question))
        layout.addWidget(numbers)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.save.setDefault(True)
        # Save needs something to save: a number, or (after a session) a note. Skip leaves it blank.
        self.group.idToggled.connect(self._update_save)
        self.note.textChanged.connect(self._update_save)
        self._update_save()

    def _update_save(self) -> None:
        self.save.setEnabled(self.pain() is not None or bool(self.note.isVisibleTo(self) and self.note_text()))

    def pain(self) -> int | None:
        value = self.group.checkedId()
        return value if value >= 0 else None

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def accept(self) -> None:
        if len(self.note_text()) > MAX_NOTE:
            self.error.setText(
                self.tr("The note is too long (%1 characters; at most %2).")
                .replace("%1", str(len(self.note_text())))
                .replace("%2", str(MAX_NOTE))
            )
            return
        super().accept()
