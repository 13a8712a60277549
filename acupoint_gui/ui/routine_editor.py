"""Make or change a routine: points in order, seconds per side, and rounds or a target length.

The editor shows what it is told about the routine being made (:meth:`RoutineEditor.show_review`:
why it cannot be saved yet, how long a session lasts, a warning when that is long) and says
when the routine changed (``draftChanged``); the rules and the arithmetic are the model's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..model.points import Point
from ..model.routine_library import RoutineReview
from ..model.routine_limits import LIMITS, MAX_NAME
from ..model.routines import DEFAULT_TARGET_MINUTES, Routine, RoutineStep
from ..model.step_wording import duration_words
from ..model.wording import sentences
from .limited_spin_box import LimitedSpinBox
from .screen_fit import resize_to_fit

WARNING_STYLE = "QLabel { background: #FFF4CE; color: #5C4400; padding: 6px; }"
REFUSED_STYLE = "QLabel { color: #b00020; }"


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
    """Returns a new :class:`Routine` from :meth:`routine` after ``exec()`` is accepted.

    Save is on only when the last review (:meth:`show_review`) found nothing to refuse.
    """

    draftChanged = Signal()  # anything in the routine changed: it wants a new review

    def __init__(self, points: tuple[Point, ...], routine: Routine | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setWindowTitle(self.tr("Edit routine") if routine else self.tr("New routine"))
        self.points = {p.code: p for p in points}
        self.original = routine
        self._review: RoutineReview | None = None
        self.name = QLineEdit(routine.name if routine else "")
        self.name.setObjectName("routineName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. My evening routine"))
        self.steps = StepList()
        self.steps.setObjectName("routineSteps")
        self.steps.setAccessibleName(self.tr("Points in this routine, in order"))
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.add_point = QComboBox()
        self.add_point.setObjectName("pointToAdd")
        for point in points:
            self.add_point.addItem(f"{point.code} {point.name}", point.code)
        seconds, rounds, target = LIMITS
        self.seconds = LimitedSpinBox(seconds)
        self.seconds.setObjectName("secondsPerSide")
        self.seconds.setSuffix(self.tr(" s a side"))
        self.seconds.setToolTip(
            self.tr("How long to press the selected point, on each side: %1 to %2 seconds")
            .replace("%1", str(seconds.low))
            .replace("%2", str(seconds.high))
        )
        self.use_rounds = QRadioButton(self.tr("A number of rounds"))
        self.use_rounds.setObjectName("useRounds")
        self.use_target = QRadioButton(self.tr("A target length"))
        self.use_target.setObjectName("useTarget")
        self.rounds = LimitedSpinBox(rounds)
        self.rounds.setObjectName("rounds")
        self.rounds.setAccessibleName(self.tr("Rounds"))
        self.rounds.setToolTip(
            self.tr("How often the list of points is pressed: %1 to %2 times")
            .replace("%1", str(rounds.low))
            .replace("%2", str(rounds.high))
        )
        self.target = LimitedSpinBox(target)
        self.target.setObjectName("targetMinutes")
        self.target.setAccessibleName(self.tr("Target length in minutes"))
        self.target.setSuffix(self.tr(" min"))
        self.target.setToolTip(
            self.tr("Whole rounds are repeated until the session is at least this long: %1 to %2 minutes")
            .replace("%1", str(target.low))
            .replace("%2", str(target.high))
        )
        # One or the other: the field of the choice not taken is off.
        self.length_choice = QButtonGroup(self)
        self.length_choice.addButton(self.use_rounds)
        self.length_choice.addButton(self.use_target)
        self.length = QLabel()  # "About 12 minutes in all (3 rounds)."
        self.length.setObjectName("routineLength")
        self.length.setWordWrap(True)
        self.warning = QLabel()  # a long session, and what the article advises
        self.warning.setObjectName("routineWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.error = QLabel()  # values refused, with the reason
        self.error.setObjectName("routineError")
        self.error.setStyleSheet(REFUSED_STYLE)
        self.error.setWordWrap(True)
        self.missing = QLabel()  # what is still needed before Save ("Give the routine a name.")
        self.missing.setObjectName("routineMissing")
        self.missing.setWordWrap(True)

        add = QPushButton(self.tr("Add"))
        add.setObjectName("addStep")
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeStep")
        up = QPushButton(self.tr("Move up"))
        up.setObjectName("moveStepUp")
        down = QPushButton(self.tr("Move down"))
        down.setObjectName("moveStepDown")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        adder = QHBoxLayout()
        adder.addWidget(self.add_point, 1)
        adder.addWidget(add)
        order = QHBoxLayout()
        for button in (up, down, remove):
            order.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        timing = QFormLayout()
        timing.addRow(self.tr("Time for the selected point"), self.seconds)
        length_box = QGroupBox(self.tr("How long a session lasts"))
        grid = QGridLayout(length_box)
        grid.addWidget(self.use_rounds, 0, 0)
        grid.addWidget(self.rounds, 0, 1)
        grid.addWidget(self.use_target, 1, 0)
        grid.addWidget(self.target, 1, 1)
        note = QLabel(self.tr("With a target length, whole rounds are repeated until it is reached."))
        note.setWordWrap(True)
        grid.addWidget(note, 2, 0, 1, 2)
        grid.addWidget(self.length, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Points, in the order to press them (drag, or Ctrl+↑/↓ to reorder):")))
        layout.addWidget(self.steps, 1)
        layout.addLayout(order)
        layout.addLayout(timing)
        layout.addLayout(adder)
        layout.addWidget(length_box)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.missing)
        layout.addWidget(buttons)

        for step in routine.steps if routine else ():
            self.append_step(step.point, step.seconds_per_side)
        if routine is None:  # a new routine lasts the articles' 10 minutes unless the user chooses otherwise
            self._show_length_choice(1, DEFAULT_TARGET_MINUTES)
        else:
            self._show_length_choice(routine.rounds, routine.target_minutes)
        self._show_seconds(self.steps.currentRow())

        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(1))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.steps.moveRequested.connect(self.move_current)
        self.steps.removeRequested.connect(self._remove)
        self.steps.currentRowChanged.connect(self._show_seconds)
        self.seconds.valueChanged.connect(self._set_seconds)
        self.use_target.toggled.connect(self._length_choice_changed)
        self.name.textChanged.connect(self.draftChanged)
        self.rounds.valueChanged.connect(self.draftChanged)
        self.target.valueChanged.connect(self.draftChanged)
        model = self.steps.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.dataChanged):
            signal.connect(self.draftChanged)
        resize_to_fit(self, 480, 640)

    def start_from(self, routine: Routine, name: str) -> None:
        """Fill the editor with a copy of ``routine`` (a built-in one) under ``name``: the same
        points, times, rounds and target length, so the copy lasts as long as the original."""
        self.name.setText(name)
        self._show_length_choice(routine.rounds, routine.target_minutes)
        for step in routine.steps:
            self.append_step(step.point, step.seconds_per_side)

    def _show_length_choice(self, rounds: int, target_minutes: float | None) -> None:
        self.rounds.setValue(rounds)
        # The field not chosen still shows a sensible value, for when the user switches to it.
        self.target.setValue(DEFAULT_TARGET_MINUTES if target_minutes is None else round(target_minutes))
        (self.use_target if target_minutes is not None else self.use_rounds).setChecked(True)
        self._length_choice_changed()

    def _length_choice_changed(self) -> None:
        by_target = self.use_target.isChecked()
        self.target.setEnabled(by_target)
        self.rounds.setEnabled(not by_target)
        self.draftChanged.emit()

    # --- the points -----------------------------------------------------------------------
    def append_step(self, code: str, seconds: int) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, (code, seconds))
        self._label(item)
        self.steps.addItem(item)
        self.steps.setCurrentItem(item)

    def _label(self, item: QListWidgetItem) -> None:
        code, seconds = item.data(Qt.ItemDataRole.UserRole)
        item.setText(
            self.tr("%1 — %2 s a side").replace("%1", f"{code} {self.points[code].name}").replace("%2", str(seconds))
        )

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
            self.seconds.setSpecialValueText(self.tr("choose a point"))
            self.seconds.setValue(self.seconds.minimum())
        self.seconds.blockSignals(False)

    def _set_seconds(self, value: int) -> None:
        # Kept as typed, even out of bounds: the review then says why it is refused.
        item = self.steps.currentItem()
        if item is not None:
            code, _ = item.data(Qt.ItemDataRole.UserRole)
            item.setData(Qt.ItemDataRole.UserRole, (code, value))
            self._label(item)

    # --- what was made --------------------------------------------------------------------
    def routine_name(self) -> str:
        return self.name.text().strip()

    def routine(self, routine_id: str) -> Routine:
        """The routine as the fields show it: rounds, or a target length (then one round a time)."""
        steps = []
        for row in range(self.steps.count()):
            code, seconds = self.steps.item(row).data(Qt.ItemDataRole.UserRole)
            steps.append(RoutineStep(str(code), int(seconds)))
        by_target = self.use_target.isChecked()
        return Routine(
            id=routine_id,
            name=self.routine_name(),
            source=None,
            description=self.original.description if self.original else "",
            steps=tuple(steps),
            rounds=1 if by_target else self.rounds.value(),
            target_minutes=float(self.target.value()) if by_target else None,
        )

    def draft(self) -> Routine:
        """The routine being made, for a review."""
        return self.routine(self.original.id if self.original else "")

    def show_review(self, review: RoutineReview) -> None:
        """Show why the routine cannot be saved yet, how long a session lasts and any warning."""
        self._review = review
        refused = [p.message for p in review.problems if p.refused]
        missing = [p.message for p in review.problems if not p.refused]
        self.error.setText("\n".join(refused))
        self.error.setVisible(bool(refused))
        self.missing.setText("\n".join(missing))
        self.missing.setVisible(bool(missing))
        self.length.setText(self._length_words(review))
        self.warning.setText("⚠ " + review.warning if review.warning else "")
        self.warning.setVisible(bool(review.warning))
        self.save_button.setEnabled(review.can_save)
        self.save_button.setToolTip("" if review.can_save else "\n".join(refused + missing))

    def _length_words(self, review: RoutineReview) -> str:
        if review.seconds is None:
            return self.tr("The length is shown once every time and count is within bounds.")
        if not self.steps.count():
            return self.tr("Add points to see how long a session lasts.")
        if not review.seconds:
            return self.tr("Nothing to press in pregnancy: every point here is left out.")
        text = self.tr("About %1 in all.").replace("%1", duration_words(review.seconds))
        if review.rounds > 1:
            text = self.tr("About %1 in all: %2 rounds.").replace("%1", duration_words(review.seconds))
            text = text.replace("%2", str(review.rounds))
        if review.left_out:
            left_out = self.tr(", ").join(review.left_out)
            text = sentences(text, self.tr("Left out in pregnancy: %1.").replace("%1", left_out))
        return text

    def accept(self) -> None:
        """Save only what the last review found nothing wrong with; otherwise say why not."""
        if self._review is None or not self._review.can_save:
            if self._review is not None:
                self.show_review(self._review)
            return
        super().accept()
