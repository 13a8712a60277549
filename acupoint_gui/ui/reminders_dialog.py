"""Daily reminders: the times of day to be reminded (the articles say once or twice a day)."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)


class RemindersDialog(QDialog):
    def __init__(self, times: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(self.tr("Daily reminders"))
        self.list = QListWidget()
        self.list.setObjectName("reminderTimes")
        self.list.addItems(sorted(times))
        self.time = QTimeEdit(QTime(8, 0))
        self.time.setDisplayFormat("HH:mm")
        add = QPushButton(self.tr("Add"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self.add_time)
        remove.clicked.connect(self.remove_current)
        self.remove = remove
        # Remove works on the chosen time: with none chosen it is off, rather than do nothing.
        self.list.currentRowChanged.connect(lambda row: remove.setEnabled(row >= 0))
        remove.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.time)
        row.addWidget(add)
        row.addWidget(remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Acupoint reminds you at these times while it is running (in the tray too).")))
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def add_time(self) -> None:
        text = self.time.time().toString("HH:mm")
        if text not in self.times():
            self.list.addItem(text)
            self.list.sortItems()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def times(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))
