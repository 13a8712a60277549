"""A sheet or a progress report drawn without a window (``acupoint-gui sheet``, ``acupoint-gui
report``): Qt starts here, offscreen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..model.catalog import Catalog
from ..model.progress_report import ReportContent
from ..model.sheet_content import SheetContent
from .output import OutputError, page_size_for, print_report, print_sheet, write_pdf, write_report_pdf

__all__ = ["OutputError", "print_report_to", "print_sheet_to", "printer_problem", "write_report_to", "write_sheet_pdf"]


def _start_qt() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .fonts import register_bundled_fonts

    if QGuiApplication.instance() is None:
        QGuiApplication(sys.argv[:1])
    register_bundled_fonts()


def start_language(language: str | None) -> str:
    """Qt, its translators and the model's words in ``language`` (``None``: the system's)."""
    _start_qt()
    from ..language_setup import install_language, language_for

    return install_language(language or language_for(""))


def write_sheet_pdf(path: Path, catalog: Catalog, content: SheetContent, page_size: str) -> int:
    _start_qt()
    return write_pdf(path, catalog, content, page_size_for(page_size))


def print_sheet_to(printer: str, catalog: Catalog, content: SheetContent, page_size: str) -> int:
    _start_qt()
    return print_sheet(printer, catalog, content, page_size_for(page_size))


def write_report_to(path: Path, content: ReportContent, page_size: str) -> int:
    _start_qt()
    return write_report_pdf(path, content, page_size_for(page_size))


def print_report_to(printer: str, content: ReportContent, page_size: str) -> int:
    _start_qt()
    return print_report(printer, content, page_size_for(page_size))


def printer_problem(printer: str) -> str | None:
    """Why nothing can be sent to ``printer``, in a sentence; ``None`` when it is installed."""
    _start_qt()
    from .output import printer_names, unknown_printer

    names = printer_names()
    if printer in names:
        return None
    return unknown_printer(printer, names)
