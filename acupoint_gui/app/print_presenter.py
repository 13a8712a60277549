"""File ▸ Print… and File ▸ Export sheet as PDF…: printing modules load only when first used."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..model.catalog import Catalog
from ..model.handout import cleaned, handout_problem
from ..model.routine_library import RoutineLibrary
from ..model.sheet_content import (
    SheetContent,
    SheetError,
    sheet_for_points,
    sheet_for_routine,
    with_partner_wording,
)
from ..ui import file_dialogs
from ..ui.detail_panel import DetailPanel
from ..ui.screen_fit import resize_to_fit
from ..ui.session_panel import SessionPanel
from .settings_keeper import SettingsKeeper


class PrintPresenter(QObject):
    notice = Signal(str)
    warning = Signal(str, str)  # title, text

    def __init__(
        self,
        catalog: Catalog,
        library: RoutineLibrary,
        details: DetailPanel,
        session_panel: SessionPanel,
        settings: SettingsKeeper,
        *,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.library = library
        self.details = details
        self.session_panel = session_panel
        self.settings = settings
        self.dialog_parent = dialog_parent
        self.last_pdf_dir = Path.home()

    def _choose(self, *, to_pdf: bool = False) -> tuple[SheetContent, str] | None:
        from ..ui.print_chooser import PrintChooser

        point = self.details.shown_point()
        chooser = PrintChooser(
            f"{point.code} {point.name}" if point else None,
            [(r.id, r.name) for r in self.library.all()],
            self.session_panel.routine_id(),
            page_size=self.settings.current.page_size,
            large_print=self.settings.current.large_print,
            to_pdf=to_pdf,
            partner=self.settings.current.partner_mode,
            practitioner=self.settings.current.sheet_practitioner,
            parent=self.dialog_parent,
        )
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        page_size, large = chooser.page_size_choice(), chooser.large_print()
        handout = cleaned(*chooser.handout_text())
        problem = handout_problem(handout)
        if problem is not None:
            raise SheetError(f"{problem}.")
        self.settings.update(page_size=page_size, large_print=large, sheet_practitioner=handout.practitioner)
        content = replace(self.content(chooser.chosen_routine(), large, chooser.sheet_date()), handout=handout)
        return (with_partner_wording(content) if chooser.partner_wording() else content), page_size

    def content(self, routine_id: str | None, large: bool, today: date | None = None) -> SheetContent:
        """The sheet for a routine, or (``None``) for the point the details show, dated ``today``."""
        pregnant = self.settings.current.pregnant
        when = today or date.today()
        if routine_id is None:
            point = self.details.shown_point()
            codes = [point.code] if point else []
            return sheet_for_points(self.catalog, codes, today=when, large_print=large, pregnant=pregnant)
        routine = self.library.find(routine_id)
        if routine is None:
            raise SheetError(self.tr("The routine “%1” no longer exists.").replace("%1", routine_id))
        return sheet_for_routine(self.catalog, routine, today=when, large_print=large, pregnant=pregnant)

    def _choose_or_explain(self, title: str, *, to_pdf: bool = False) -> tuple[SheetContent, str] | None:
        """What to print, or None after the user cancelled or was told why nothing can be."""
        try:
            return self._choose(to_pdf=to_pdf)
        except SheetError as exc:
            self.warning.emit(title, str(exc))
            return None

    def print_preview(self) -> None:
        chosen = self._choose_or_explain(self.tr("Nothing to print"))
        if chosen is None:
            return
        content, page_size = chosen
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ..printing.output import page_layout, page_size_for
        from ..printing.sheet import render_sheet

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(content.title)
        printer.setPageLayout(page_layout(page_size_for(page_size)))
        preview = QPrintPreviewDialog(printer, self.dialog_parent)
        preview.setObjectName("printPreview")
        preview.setWindowTitle(self.tr("Print — %1").replace("%1", content.title))
        preview.paintRequested.connect(lambda device: render_sheet(device, self.catalog, content))
        resize_to_fit(preview, 900, 1000)
        preview.exec()

    def export_pdf(self) -> None:
        chosen = self._choose_or_explain(self.tr("Nothing to export"), to_pdf=True)
        if chosen is None:
            return
        content, page_size = chosen
        suggested = self.last_pdf_dir / f"{content.title.replace('/', '-')}.pdf"
        path = file_dialogs.ask_save_path(
            self.dialog_parent, self.tr("Export sheet as PDF"), suggested, self.tr("PDF files (*.pdf)"), ".pdf"
        )
        if path is not None:
            self.save_pdf(path, content, page_size)

    def save_pdf(self, path: Path, content: SheetContent, page_size: str) -> bool:
        from ..printing.output import OutputError, page_size_for, write_pdf

        try:
            pages = write_pdf(path, self.catalog, content, page_size_for(page_size))
        except OutputError as exc:
            self.warning.emit(self.tr("The PDF was not saved"), str(exc))
            return False
        self.last_pdf_dir = path.parent
        self.notice.emit(self.tr("Saved %1 (%n page(s)).", "", pages).replace("%1", str(path)))
        return True
