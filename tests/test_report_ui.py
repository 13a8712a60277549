"""File ▸ Progress report… and the print chooser's practitioner lines, in the window (the
dialogs answered by the test, the PDFs read with pdftotext)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.history_sample import NOTES
from acupoint_gui.ui import print_chooser, report_dialog
from acupoint_gui.ui.actions import ActionId

from .conftest import require_tool


def pdf_text(pdf: Path, page: int = 1) -> str:
    require_tool("pdftotext")
    result = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def add_sessions(app: Acupoint, count: int) -> None:
    history = app.features.history.history
    assert history is not None
    for n in range(count):
        session = history.begin_session("hip-low-back-five", "Hip and low back (five points)", 10, 6)
        history.finish_session(session, True, 4, NOTES[n % len(NOTES)])


def answer_report(
    monkeypatch: pytest.MonkeyPatch, *, to_pdf: bool, client: str = "", practitioner: str = "", days: int = 7
) -> list[str]:
    """Answer the report dialog (last ``days`` days, to today) and note the problem it showed, if any."""
    shown: list[str] = []

    def answer(self: report_dialog.ReportDialog) -> QDialog.DialogCode:
        today = date.today()
        self.first.setDate(QDate.fromString((today - timedelta(days=days - 1)).isoformat(), "yyyy-MM-dd"))
        self.last.setDate(QDate.fromString(today.isoformat(), "yyyy-MM-dd"))
        self.client.setText(client)
        self.practitioner.setText(practitioner)
        (self.pdf_button if to_pdf else self.print_button).click()
        shown.append(self.error.text())
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(report_dialog.ReportDialog, "exec", answer)
    return shown


def test_progress_report_from_the_menu_saves_a_pdf(
    app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_sessions(app, 3)
    answer_report(monkeypatch, to_pdf=True, client="Sam Jones", practitioner="Ann Lee, Riverside Clinic")
    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    app.window.actions_by_id[ActionId.PROGRESS_REPORT].trigger()
    text = pdf_text(tmp_path / "report.pdf")
    assert "Client: Sam Jones" in text and "Practitioner: Ann Lee, Riverside Clinic" in text
    assert "3 sessions in 1 week (3 to the end)" in text or "3 sessions in 2 weeks (3 to the end)" in text
    assert app.window.notice().startswith(f"Saved {tmp_path / 'report.pdf'} (1 page)")


def test_progress_report_with_no_sessions_says_so(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_report(monkeypatch, to_pdf=True)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(f"{title}: {text}"))
    saved: list[object] = []

    def ask(*args: object) -> tuple[str, str]:
        saved.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    app.window.actions_by_id[ActionId.PROGRESS_REPORT].trigger()
    assert len(told) == 1 and told[0].startswith("No progress report: No sessions were recorded between ")
    assert saved == [], "no file is asked for"


def test_a_report_that_would_end_before_it_starts_is_not_made(
    app: Acupoint, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    add_sessions(app, 1)
    shown: list[str] = []

    def backwards(self: report_dialog.ReportDialog) -> QDialog.DialogCode:
        self.first.setDate(self.last.date().addDays(3))
        self.pdf_button.click()
        shown.append(self.error.text() if self.error.isVisibleTo(self) else "")
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(report_dialog.ReportDialog, "exec", backwards)
    app.window.actions_by_id[ActionId.PROGRESS_REPORT].trigger()
    assert len(shown) == 1 and "would end" in shown[0] and "before it starts" in shown[0]
    assert list(tmp_path.iterdir()) == []


def test_the_print_chooser_puts_the_practitioner_and_client_on_page_one(
    app: Acupoint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(self: print_chooser.PrintChooser) -> QDialog.DialogCode:
        self.routine_choice.setChecked(True)
        self.practitioner.setText("Ann Lee, Riverside Clinic, 01234 567890")
        self.client.setText("Sam Jones")
        self.note.setPlainText("Twice a day.")
        self.date.setDate(QDate(2026, 5, 4))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_chooser.PrintChooser, "exec", fill)
    target = tmp_path / "sheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    app.window.actions_by_id[ActionId.EXPORT_PDF].trigger()
    text = pdf_text(tmp_path / "sheet.pdf")
    assert "For: Sam Jones" in text and "From: Ann Lee, Riverside Clinic, 01234 567890" in text
    assert "Note: Twice a day." in text and "4 May 2026" in text
    assert app.settings.sheet_practitioner == "Ann Lee, Riverside Clinic, 01234 567890", "remembered"
    seen: list[str] = []

    def look(self: print_chooser.PrintChooser) -> QDialog.DialogCode:
        seen.append(f"{self.practitioner.text()}|{self.client.text()}")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(print_chooser.PrintChooser, "exec", look)
    app.window.actions_by_id[ActionId.EXPORT_PDF].trigger()
    assert seen == ["Ann Lee, Riverside Clinic, 01234 567890|"], "the practitioner is kept, the client is not"


def test_a_note_too_long_for_the_sheet_is_said(app: Acupoint, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def fill(self: print_chooser.PrintChooser) -> QDialog.DialogCode:
        self.routine_choice.setChecked(True)
        self.note.setPlainText("word " * 200)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_chooser.PrintChooser, "exec", fill)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(f"{title}: {text}"))
    app.window.actions_by_id[ActionId.EXPORT_PDF].trigger()
    assert warnings == ["Nothing to export: The note is too long (999 characters; at most 600)."]
    assert list(tmp_path.iterdir()) == []
