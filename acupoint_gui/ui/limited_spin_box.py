"""A whole-number field held to a model :class:`~acupoint_gui.model.routine_limits.Limit`."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QWidget

from ..model.routine_limits import Limit

# Typing is not stopped at the limit: a plain spin box would swallow the extra digit (or cut the
# value to its maximum) without a word. The field keeps what was typed, up to this many digits,
# and the dialog says why it is refused.
TYPING_MAX = 999_999


class LimitedSpinBox(QSpinBox):
    """The arrows and Page Up/Down stay within ``limit``; a typed value beyond it stays as typed,
    for the dialog to refuse with the reason."""

    def __init__(self, limit: Limit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setRange(0, TYPING_MAX)

    def stepBy(self, steps: int) -> None:
        self.setValue(min(max(self.value() + steps * self.singleStep(), self.limit.low), self.limit.high))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if not self.isEnabled() or self.isReadOnly():
            return flags
        if self.value() < self.limit.high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > self.limit.low:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def within_limit(self) -> bool:
        return self.limit.holds(self.value())
