"""Where a sheet goes: a PDF file (written whole or not at all) or a real printer."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from ..model.catalog import Catalog
from ..model.finger_widths import PersonalMeasure
from ..model.progress_report import ReportContent
from ..model.sheet_content import SheetContent
from ..model.storage import describe_write_error
from ..model.wording import Words, fill
from .sheet import page_margins, render_sheet

PDF_RESOLUTION = 300


class OutputError(Exception):
    """The sheet could not be written or printed; the message is for the user."""


class PrinterWords(Words):
    """What went wrong with a printer, for a message box (and the headless commands, in English)."""


def unknown_printer(printer_name: str, names: list[str]) -> str:
    """The sentence for a printer that is not installed, listing those that are."""
    known = ", ".join(names) if names else PrinterWords.tr("none are installed")
    return fill(PrinterWords.tr("unknown printer %1 (printers: %2)"), repr(printer_name), known)


def page_size_for(choice: str) -> QPageSize:
    """``"A4"``, ``"Letter"``, or ``"auto"`` for the user's locale (Letter in the US and Canada)."""
    if choice.lower() == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if choice.lower() == "letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def page_layout(page_size: QPageSize) -> QPageLayout:
    return QPageLayout(page_size, QPageLayout.Orientation.Portrait, page_margins(), QPageLayout.Unit.Millimeter)


def write_pdf(path: Path, catalog: Catalog, content: SheetContent, page_size: QPageSize) -> int:
    """Write the sheet as a PDF; on any failure no file (partial or otherwise) is left behind,
    and :class:`OutputError` says in words which file and why."""
    return _write_pdf(path, content.title, page_size, lambda writer: render_sheet(writer, catalog, content))


def write_report_pdf(path: Path, content: ReportContent, page_size: QPageSize) -> int:
    """Write a progress report as a PDF (all or nothing, as the sheet)."""
    from .report import render_report

    return _write_pdf(path, content.title, page_size, lambda writer: render_report(writer, content))


def write_ruler_pdf(path: Path, person: PersonalMeasure, page_size: QPageSize) -> int:
    """Write a person's cun ruler, at true size, as a one-page PDF (all or nothing, as the sheet)."""
    from .ruler import render_ruler

    return _write_pdf(path, "Your own cun ruler", page_size, lambda writer: render_ruler(writer, person))


def _write_pdf(path: Path, title: str, page_size: QPageSize, render: Callable[[QPdfWriter], int]) -> int:
    directory = path.parent if str(path.parent) else Path()
    if path.is_dir():
        raise OutputError(describe_write_error(path, IsADirectoryError(errno.EISDIR, "is a folder")))
    if not directory.is_dir():
        raise OutputError(describe_write_error(path, FileNotFoundError(errno.ENOENT, "no such folder")))
    if not os.access(directory, os.W_OK):
        raise OutputError(describe_write_error(path, PermissionError(errno.EACCES, "permission denied")))
    try:
        handle, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
        os.close(handle)
    except OSError as exc:
        raise OutputError(describe_write_error(path, exc)) from None
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("Acupoint")
        writer.setPageLayout(page_layout(page_size))
        pages = render(writer)
        del writer  # closes the file
        if tmp.stat().st_size == 0:
            raise OutputError(describe_write_error(path, OSError(errno.EIO, "nothing could be written")))
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(describe_write_error(path, exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages


def printer_names() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def print_sheet(printer_name: str, catalog: Catalog, content: SheetContent, page_size: QPageSize) -> int:
    """Send the sheet to an installed printer; return the number of pages."""
    return _print(printer_name, content.title, page_size, lambda printer: render_sheet(printer, catalog, content))


def print_report(printer_name: str, content: ReportContent, page_size: QPageSize) -> int:
    """Send a progress report to an installed printer; return the number of pages."""
    from .report import render_report

    return _print(printer_name, content.title, page_size, lambda printer: render_report(printer, content))


def _print(printer_name: str, title: str, page_size: QPageSize, render: Callable[[QPagedPaintDevice], int]) -> int:
    from PySide6.QtPrintSupport import QPrinter

    names = printer_names()
    if printer_name not in names:
        raise OutputError(unknown_printer(printer_name, names))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    printer.setDocName(title)
    printer.setPageLayout(page_layout(page_size))
    try:
        pages = render(printer)
    except OSError as exc:
        raise OutputError(fill(PrinterWords.tr("could not print to %1: %2"), printer_name, exc)) from None
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise OutputError(fill(PrinterWords.tr("the printer %1 reported an error"), printer_name))
    return pages
