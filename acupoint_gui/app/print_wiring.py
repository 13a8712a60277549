"""File ▸ Print… and File ▸ Export sheet as PDF…: printing modules load only when first used."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..model.sheet_content import SheetContent, SheetError, sheet_for_points, sheet_for_routine
from ..ui.actions import ActionId
from ..ui.screen_fit import resize_to_fit

if TYPE_CHECKING:
    from .controller import AppController


class PrintWiring(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        self.app = app
        actions = app.window.actions_by_id
        actions[ActionId.PRINT].triggered.connect(self.print_preview)
        actions[ActionId.EXPORT_PDF].triggered.connect(self.export_pdf)
        self.last_pdf_dir = Path.home()

    def _choose(self, *, to_pdf: bool = False) -> tuple[SheetContent, str] | None:
        from ..ui.print_chooser import PrintChooser

        app = self.app
        point = app.detail.point
        label = f"{point.code} {point.name}" if point else None
        routines = [(r.id, r.name) for r in app.all_routines()]
        chooser = PrintChooser(
            label,
            routines,
            app.session_dock.routine_id(),
            page_size=app.settings.page_size,
            large_print=app.settings.large_print,
            to_pdf=to_pdf,
            parent=app.window,
        )
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        page_size = str(chooser.page_size.currentData())
        app.update_settings(page_size=page_size, large_print=chooser.large.isChecked())
        return self.content(chooser.chosen_routine(), chooser.large.isChecked()), page_size

    def content(self, routine_id: str | None, large: bool) -> SheetContent:
        app = self.app
        pregnant = app.settings.pregnant
        if routine_id is None:
            point = app.detail.point
            codes = [point.code] if point else []
            return sheet_for_points(app.catalog, codes, today=date.today(), large_print=large, pregnant=pregnant)
        routine = next(r for r in app.all_routines() if r.id == routine_id)
        return sheet_for_routine(app.catalog, routine, today=date.today(), large_print=large, pregnant=pregnant)

    def _choose_or_explain(self, title: str, *, to_pdf: bool = False) -> tuple[SheetContent, str] | None:
        """What to print, or None after the user cancelled or was told why nothing can be."""
        try:
            return self._choose(to_pdf=to_pdf)
        except SheetError as exc:
            QMessageBox.warning(self.app.window, title, str(exc))
            return None

    def print_preview(self) -> None:
        chosen = self._choose_or_explain("Nothing to print")
        if chosen is None:
            return
        content, page_size = chosen
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ..printing.output import page_layout, page_size_for
        from ..printing.sheet import render_sheet

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(content.title)
        printer.setPageLayout(page_layout(page_size_for(page_size)))
        preview = QPrintPreviewDialog(printer, self.app.window)
        preview.setObjectName("printPreview")
        preview.setWindowTitle(f"Print — {content.title}")
        preview.paintRequested.connect(lambda device: render_sheet(device, self.app.catalog, content))
        resize_to_fit(preview, 900, 1000)
        preview.exec()

    def export_pdf(self) -> None:
        chosen = self._choose_or_explain("Nothing to export", to_pdf=True)
        if chosen is None:
            return
        content, page_size = chosen
        suggested = self.last_pdf_dir / f"{content.title.replace('/', '-')}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self.app.window, "Export sheet as PDF", str(suggested), "PDF files (*.pdf)"
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        from ..printing.output import OutputError, page_size_for, write_pdf

        try:
            pages = write_pdf(path, self.app.catalog, content, page_size_for(page_size))
        except OutputError as exc:
            QMessageBox.warning(self.app.window, "Could not save the PDF", str(exc))
            return
        self.last_pdf_dir = path.parent
        self.app.window.statusBar().showMessage(f"Saved {path} ({pages} page{'s' if pages != 1 else ''}).", 8000)
