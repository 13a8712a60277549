"""Before printing or saving a PDF: what to put on the sheet (the point shown, or a routine),
paper size, large print."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class PrintChooser(QDialog):
    def __init__(
        self,
        point_label: str | None,
        routines: list[tuple[str, str]],
        selected_routine: str,
        *,
        page_size: str = "auto",
        large_print: bool = False,
        to_pdf: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printChooser")
        self.setWindowTitle(self.tr("Save a point sheet as PDF") if to_pdf else self.tr("Print a point sheet"))
        self.point = QRadioButton(
            self.tr("The point shown: %1").replace("%1", point_label)
            if point_label
            else self.tr("The point shown (none)")
        )
        self.point.setEnabled(point_label is not None)
        self.routine_choice = QRadioButton(self.tr("A routine:"))
        self.routine = QComboBox()
        self.routine.setObjectName("printRoutine")
        for routine_id, label in routines:
            self.routine.addItem(label, routine_id)
        self.routine.setCurrentIndex(max(0, self.routine.findData(selected_routine)))
        (self.point if point_label else self.routine_choice).setChecked(True)
        self.routine_choice.setEnabled(bool(routines))
        self.routine.setEnabled(self.routine_choice.isChecked())  # only when "A routine" is chosen
        self.routine_choice.toggled.connect(self.routine.setEnabled)
        self.page_size = QComboBox()
        self.page_size.setObjectName("pageSize")
        for label, value in ((self.tr("Usual for my country"), "auto"), ("A4", "A4"), (self.tr("US Letter"), "Letter")):
            self.page_size.addItem(label, value)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(page_size)))
        self.large = QCheckBox(self.tr("Large print"))
        self.large.setChecked(large_print)
        form = QFormLayout()
        form.addRow(self.point)
        form.addRow(self.routine_choice, self.routine)
        form.addRow(self.tr("Paper"), self.page_size)
        form.addRow(self.large)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(
            self.tr("Save PDF…") if to_pdf else self.tr("Preview and print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.go.setDefault(True)  # once it is in the dialog, or the dialog picks its own (Cancel)

    def page_size_choice(self) -> str:
        """``"auto"``, ``"A4"`` or ``"Letter"``."""
        return str(self.page_size.currentData())

    def large_print(self) -> bool:
        return self.large.isChecked()

    def chosen_routine(self) -> str | None:
        """The routine id, or ``None`` when the shown point was chosen."""
        return None if self.point.isChecked() else str(self.routine.currentData())
