"""Choose the breathing pattern: seconds to breathe in, hold, breathe out, hold."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..model.breathing import BreathingPattern


class BreathingDialog(QDialog):
    def __init__(self, pattern: BreathingPattern, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathingDialog")
        self.setWindowTitle(self.tr("Breathing pattern"))
        self.inhale = self._spin(pattern.inhale, 1, 20)
        self.hold_in = self._spin(pattern.hold_in, 0, 20)
        self.exhale = self._spin(pattern.exhale, 1, 20)
        self.hold_out = self._spin(pattern.hold_out, 0, 20)
        self.rate = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Breathe in"), self.inhale)
        form.addRow(self.tr("Hold after breathing in"), self.hold_in)
        form.addRow(self.tr("Breathe out"), self.exhale)
        form.addRow(self.tr("Hold after breathing out"), self.hold_out)
        form.addRow(self.rate)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.set_pattern(BreathingPattern()))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Slow breathing, about six breaths a minute, suits most people.")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        for spin in (self.inhale, self.hold_in, self.exhale, self.hold_out):
            spin.valueChanged.connect(self._show_rate)
        self._show_rate()

    def _spin(self, value: float, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(self.tr(" s", "seconds, after a number"))
        spin.setValue(value)
        return spin

    def set_pattern(self, pattern: BreathingPattern) -> None:
        self.inhale.setValue(pattern.inhale)
        self.hold_in.setValue(pattern.hold_in)
        self.exhale.setValue(pattern.exhale)
        self.hold_out.setValue(pattern.hold_out)

    def pattern(self) -> BreathingPattern:
        return BreathingPattern(self.inhale.value(), self.hold_in.value(), self.exhale.value(), self.hold_out.value())

    def _show_rate(self) -> None:
        self.rate.setText(
            self.tr("About %1 breaths a minute").replace("%1", f"{self.pattern().breaths_per_minute:.1f}")
        )
