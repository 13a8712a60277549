"""File ▸ Progress report…: the report for the next visit, from the session history, printed
or saved as a PDF through the same drawing as the point sheet."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..model.handout import cleaned, handout_problem
from ..model.history import History
from ..model.routine_library import RoutineLibrary
from ..ui import file_dialogs
from ..ui.screen_fit import resize_to_fit

if TYPE_CHECKING:
    from ..model.progress_report import ReportContent


class ReportPresenter(QObject):
    notice = Signal(str)
    warning = Signal(str, str)  # title, text
    information = Signal(str, str)  # title, text

    def __init__(
        self,
        history: Callable[[], History | None],
        library: RoutineLibrary,
        *,
        page_size: Callable[[], str],
        dialog_parent: QWidget,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        """``history()`` is the open session history (``None`` when it cannot be used)."""
        super().__init__(parent)
        self.history = history
        self.library = library
        self.page_size = page_size
        self.dialog_parent = dialog_parent
        self.today = today
        self.last_pdf_dir = Path.home()

    def show_dialog(self) -> None:
        from ..model.progress_report import default_period, period_problem
        from ..ui.report_dialog import ReportDialog

        first, last = default_period(self.today(), None, None)
        dialog = ReportDialog(first, last, check=period_problem, page_size=self.page_size(), parent=self.dialog_parent)
        accepted = dialog.exec() == ReportDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        practitioner, client = dialog.handout_text()
        content = self.content(*dialog.period(), practitioner=practitioner, client=client)
        if content is None:
            return
        if dialog.to_pdf():
            self.export_pdf(content, dialog.page_size_choice())
        else:
            self.print_preview(content, dialog.page_size_choice())

    def content(self, first: date, last: date, *, practitioner: str = "", client: str = "") -> ReportContent | None:
        """The report, or ``None`` after the person was told why there is none."""
        from ..model.progress_report import build_report, empty_sentence

        title = self.tr("No progress report")
        handout = cleaned(practitioner, client)
        problem = handout_problem(handout)
        if problem is not None:
            self.warning.emit(title, f"{problem}.")
            return None
        history = self.history()
        if history is None:
            self.warning.emit(title, self.tr("The session history cannot be opened, so there is nothing to report."))
            return None
        points = {routine.id: [step.point for step in routine.steps] for routine in self.library.all()}
        try:
            content = build_report(history, first, last, made=self.today(), routine_points=points, handout=handout)
        except sqlite3.Error as exc:
            self.warning.emit(title, self.tr("Your session history could not be read (%1).").replace("%1", str(exc)))
            return None
        if not content.sessions:
            self.information.emit(title, empty_sentence(first, last))
            return None
        return content

    def print_preview(self, content: ReportContent, page_size: str) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ..printing.output import page_layout, page_size_for
        from ..printing.report import render_report

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(content.title)
        printer.setPageLayout(page_layout(page_size_for(page_size)))
        preview = QPrintPreviewDialog(printer, self.dialog_parent)
        preview.setObjectName("reportPreview")
        preview.setWindowTitle(self.tr("Print — %1").replace("%1", content.title))
        preview.paintRequested.connect(lambda device: render_report(device, content))
        resize_to_fit(preview, 900, 1000)
        preview.exec()
        preview.deleteLater()

    def export_pdf(self, content: ReportContent, page_size: str) -> None:
        suggested = self.last_pdf_dir / f"acupoint-report-{content.last.isoformat()}.pdf"
        path = file_dialogs.ask_save_path(
            self.dialog_parent, self.tr("Save the progress report"), suggested, self.tr("PDF files (*.pdf)"), ".pdf"
        )
        if path is not None:
            self.save_pdf(path, content, page_size)

    def save_pdf(self, path: Path, content: ReportContent, page_size: str) -> bool:
        from ..printing.output import OutputError, page_size_for, write_report_pdf

        try:
            pages = write_report_pdf(path, content, page_size_for(page_size))
        except OutputError as exc:
            self.warning.emit(self.tr("The report was not saved"), str(exc))
            return False
        self.last_pdf_dir = path.parent
        count = self.tr("1 page") if pages == 1 else self.tr("%1 pages").replace("%1", str(pages))
        self.notice.emit(self.tr("Saved %1 (%2).").replace("%1", str(path)).replace("%2", count))
        return True
