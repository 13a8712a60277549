"""Make or change a routine: points in order, seconds per side, rounds or a target length."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model.points import Point
from ..model.routines import DEFAULT_TARGET_MINUTES, Routine, RoutineStep
from .screen_fit import resize_to_fit

MAX_NAME = 80


class StepList(QListWidget):
    """The routine's points: Ctrl+↑/↓ move the current one, Delete removes it."""

    moveRequested = Signal(int)
    removeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit()
        else:
            super().keyPressEvent(event)


class RoutineEditor(QDialog):
    """Returns a new :class:`Routine` from :meth:`routine` after ``exec()`` is accepted."""

    def __init__(self, points: tuple[Point, ...], routine: Routine | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setWindowTitle("Edit routine" if routine else "New routine")
        self.points = {p.code: p for p in points}
        self.original = routine
        self.name = QLineEdit(routine.name if routine else "")
        self.name.setObjectName("routineName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText("e.g. My evening routine")
        self.steps = StepList()
        self.steps.setObjectName("routineSteps")
        self.steps.setAccessibleName("Points in this routine, in order")
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.add_point = QComboBox()
        self.add_point.setObjectName("pointToAdd")
        for point in points:
            self.add_point.addItem(f"{point.code} {point.name}", point.code)
        self.seconds = QSpinBox()
        self.seconds.setObjectName("secondsPerSide")
        self.seconds.setRange(5, 600)
        self.seconds.setSuffix(" s a side")
        self.seconds.setToolTip("How long to press the selected point, on each side")
        self.rounds = QSpinBox()
        self.rounds.setObjectName("rounds")
        self.rounds.setRange(1, 20)
        self.rounds.setValue(routine.rounds if routine else 1)
        self.target = QSpinBox()
        self.target.setObjectName("targetMinutes")
        self.target.setRange(0, 120)
        self.target.setSpecialValueText("no target (use rounds)")
        self.target.setSuffix(" min")
        # New routines last the articles' 10 minutes unless the user chooses otherwise.
        self.target.setValue(int(routine.target_minutes or 0) if routine else DEFAULT_TARGET_MINUTES)
        self.error = QLabel()
        self.error.setObjectName("routineError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        add = QPushButton("Add")
        add.setObjectName("addStep")
        remove = QPushButton("Remove")
        remove.setObjectName("removeStep")
        up = QPushButton("Move up")
        down = QPushButton("Move down")
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(1))
        self.steps.moveRequested.connect(self.move_current)
        self.steps.removeRequested.connect(self._remove)
        self.steps.currentRowChanged.connect(self._show_seconds)
        self.seconds.valueChanged.connect(self._set_seconds)

        adder = QHBoxLayout()
        adder.addWidget(self.add_point, 1)
        adder.addWidget(add)
        order = QHBoxLayout()
        for button in (up, down, remove):
            order.addWidget(button)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Rounds", self.rounds)
        form.addRow("Or a target length", self.target)
        length_note = QLabel(
            "With a target length, whole rounds are repeated until it is reached; otherwise the rounds above."
        )
        length_note.setWordWrap(True)
        form.addRow(length_note)
        timing = QFormLayout()
        timing.addRow("Time for the selected point", self.seconds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Points, in the order to press them (drag, or Ctrl+↑/↓ to reorder):"))
        layout.addWidget(self.steps, 1)
        layout.addLayout(order)
        layout.addLayout(timing)
        layout.addLayout(adder)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for step in routine.steps if routine else ():
            self.append_step(step.point, step.seconds_per_side)
        self._show_seconds(self.steps.currentRow())
        resize_to_fit(self, 460, 520)

    def start_from(self, routine: Routine, name: str) -> None:
        """Fill the editor with a copy of ``routine`` (a built-in one) under ``name``: the same
        points, times, rounds and target length, so the copy lasts as long as the original."""
        self.name.setText(name)
        self.rounds.setValue(routine.rounds)
        self.target.setValue(int(routine.target_minutes or 0))
        for step in routine.steps:
            self.append_step(step.point, step.seconds_per_side)

    def append_step(self, code: str, seconds: int) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, (code, seconds))
        self._label(item)
        self.steps.addItem(item)
        self.steps.setCurrentItem(item)

    def _label(self, item: QListWidgetItem) -> None:
        code, seconds = item.data(Qt.ItemDataRole.UserRole)
        item.setText(f"{code} {self.points[code].name} — {seconds} s a side")

    def _add(self) -> None:
        code = str(self.add_point.currentData())
        self.append_step(code, self.points[code].technique.seconds_per_side)

    def _remove(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.takeItem(row)

    def move_current(self, offset: int) -> None:
        row = self.steps.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.steps.count():
            return
        item = self.steps.takeItem(row)
        self.steps.insertItem(target, item)
        self.steps.setCurrentRow(target)

    def _show_seconds(self, row: int) -> None:
        """The time field belongs to the selected point; with none selected it is empty and off."""
        item = self.steps.item(row) if row >= 0 else None
        self.seconds.setEnabled(item is not None)
        self.seconds.blockSignals(True)
        if item is not None:
            self.seconds.setSpecialValueText("")
            self.seconds.setValue(int(item.data(Qt.ItemDataRole.UserRole)[1]))
        else:
            self.seconds.setSpecialValueText("choose a point")
            self.seconds.setValue(self.seconds.minimum())
        self.seconds.blockSignals(False)

    def _set_seconds(self, value: int) -> None:
        item = self.steps.currentItem()
        if item is not None:
            code, _ = item.data(Qt.ItemDataRole.UserRole)
            item.setData(Qt.ItemDataRole.UserRole, (code, value))
            self._label(item)

    def routine_name(self) -> str:
        return self.name.text().strip()

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return "Give the routine a name."
        if self.steps.count() == 0:
            return "Add at least one point."
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        super().accept()

    def routine(self, routine_id: str) -> Routine:
        steps = []
        for row in range(self.steps.count()):
            code, seconds = self.steps.item(row).data(Qt.ItemDataRole.UserRole)
            steps.append(RoutineStep(str(code), int(seconds)))
        return Routine(
            id=routine_id,
            name=self.name.text().strip(),
            source=None,
            description=self.original.description if self.original else "",
            steps=tuple(steps),
            rounds=self.rounds.value(),
            target_minutes=float(self.target.value()) if self.target.value() else None,
        )
