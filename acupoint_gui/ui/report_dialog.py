"""File ▸ Progress report…: which days to report on, who it is for and from, and whether to
print it or save it as a PDF. The dialog only asks; the app makes the report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.handout import MAX_CLIENT, MAX_PRACTITIONER


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


class ReportDialog(QDialog):
    def __init__(
        self,
        first: date,
        last: date,
        *,
        check: Callable[[date, date], str | None],
        page_size: str = "auto",
        parent: QWidget | None = None,
    ) -> None:
        """``check(first, last)`` says why a period cannot be reported on, or ``None``."""
        super().__init__(parent)
        self.check = check
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Progress report"))
        intro = QLabel(
            self.tr(
                "A page or two for your next visit: sessions per week, your pain before and after them, "
                "the routines you used and your notes, from your session history."
            )
        )
        intro.setWordWrap(True)
        self.first = QDateEdit(_qdate(first))
        self.first.setObjectName("reportFrom")
        self.last = QDateEdit(_qdate(last))
        self.last.setObjectName("reportTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
        self.client = QLineEdit()
        self.client.setObjectName("reportClient")
        self.client.setMaxLength(MAX_CLIENT)
        self.client.setPlaceholderText(self.tr("Your name, if you like"))
        self.practitioner = QLineEdit()
        self.practitioner.setObjectName("reportPractitioner")
        self.practitioner.setMaxLength(MAX_PRACTITIONER)
        self.practitioner.setPlaceholderText(self.tr("Who it is for, e.g. Ann Lee, Riverside Clinic"))
        self.page_size = QComboBox()
        self.page_size.setObjectName("reportPageSize")
        for label, value in ((self.tr("Usual for my country"), "auto"), ("A4", "A4"), (self.tr("US Letter"), "Letter")):
            self.page_size.addItem(label, value)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(page_size)))
        self.error = QLabel()
        self.error.setObjectName("reportError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Your name"), self.client)
        form.addRow(self.tr("Your practitioner"), self.practitioner)
        form.addRow(self.tr("Paper"), self.page_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button: QPushButton = buttons.addButton(
            self.tr("Preview and print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("reportPrint")
        self.pdf_button: QPushButton = buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.setDefault(True)
        self._to_pdf = True
        self.print_button.clicked.connect(lambda: self._go(to_pdf=False))
        self.pdf_button.clicked.connect(lambda: self._go(to_pdf=True))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _go(self, *, to_pdf: bool) -> None:
        problem = self.check(*self.period())
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        self._to_pdf = to_pdf
        self.accept()

    def period(self) -> tuple[date, date]:
        return _day(self.first.date()), _day(self.last.date())

    def to_pdf(self) -> bool:
        """Save as PDF (True) or preview and print (False)."""
        return self._to_pdf

    def handout_text(self) -> tuple[str, str]:
        """The practitioner line and the client's (the person's own) name, as typed."""
        return self.practitioner.text(), self.client.text()

    def page_size_choice(self) -> str:
        return str(self.page_size.currentData())
