"""Before printing or saving a PDF: what to put on the sheet (the point shown, or a routine),
paper size, large print, and (for a practitioner) who it is for and from, a note and the date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..model.handout import MAX_CLIENT, MAX_PRACTITIONER


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
        partner: bool = False,
        practitioner: str = "",
        today: date | None = None,
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
        day = today or date.today()
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setObjectName("sheetDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(self.tr("d MMMM yyyy", "the sheet's date, as QLocale writes it"))
        form = QFormLayout()
        form.addRow(self.point)
        form.addRow(self.routine_choice, self.routine)
        form.addRow(self.tr("Paper"), self.page_size)
        form.addRow(self.large)
        self.partner = QCheckBox(self.tr("Worded for pressing someone else (their left and right)"))
        self.partner.setObjectName("sheetPartner")
        self.partner.setChecked(partner)
        form.addRow(self.partner)
        form.addRow(self.tr("Date on the sheet"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(
            self.tr("Save PDF…") if to_pdf else self.tr("Preview and print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._handout_box(practitioner))
        layout.addWidget(buttons)
        self.go.setDefault(True)  # once it is in the dialog, or the dialog picks its own (Cancel)

    def _handout_box(self, practitioner: str) -> QGroupBox:
        """Who the sheet is for and from, and a note: all on page 1, all optional."""
        box = QGroupBox(self.tr("For a client (optional)"))
        box.setObjectName("handoutBox")
        self.practitioner = QLineEdit(practitioner)
        self.practitioner.setObjectName("sheetPractitioner")
        self.practitioner.setMaxLength(MAX_PRACTITIONER)
        self.practitioner.setPlaceholderText(self.tr("e.g. Ann Lee, Riverside Clinic, 01234 567890"))
        self.client = QLineEdit()
        self.client.setObjectName("sheetClient")
        self.client.setMaxLength(MAX_CLIENT)
        self.note = QPlainTextEdit()
        self.note.setObjectName("sheetNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("A few words for your client, printed under their name"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form = QFormLayout(box)
        form.addRow(self.tr("Your name and contact"), self.practitioner)
        form.addRow(self.tr("Client's name"), self.client)
        form.addRow(self.tr("Note"), self.note)
        return box

    def handout_text(self) -> tuple[str, str, str]:
        """The practitioner line, the client's name and the note, as typed."""
        return self.practitioner.text(), self.client.text(), self.note.toPlainText()

    def sheet_date(self) -> date:
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def page_size_choice(self) -> str:
        """``"auto"``, ``"A4"`` or ``"Letter"``."""
        return str(self.page_size.currentData())

    def partner_wording(self) -> bool:
        return self.partner.isChecked()

    def large_print(self) -> bool:
        return self.large.isChecked()

    def chosen_routine(self) -> str | None:
        """The routine id, or ``None`` when the shown point was chosen."""
        return None if self.point.isChecked() else str(self.routine.currentData())
