"""``acupoint-gui report`` and ``sheet --practitioner/--client/--note`` as real processes, read as
a person reads the pages (pdftotext, and the chart's pixels)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from acupoint_gui.model.history_sample import generate_history

from .conftest import require_tool, run_python
from .pdf_words import Word, page_words, render_page, same_line

MONDAY = date(2026, 3, 2)
SUNDAY = date(2026, 4, 26)
PERIOD = ("--from", MONDAY.isoformat(), "--to", SUNDAY.isoformat())


def pdf_text(pdf: Path, page: int | None = None) -> str:
    require_tool("pdftotext")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def line_of(words: list[Word], first: str) -> list[str]:
    """The words on the line that starts with ``first`` (its last occurrence: the table's, not
    the chart's labels above it)."""
    start = [w for w in words if w.text == first][-1]
    return [w.text for w in sorted((w for w in words if same_line(w, start)), key=lambda w: w.x0)]


def coloured_pixels(image: QImage, colour: QColor) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            close = max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()))
            found += close <= 30 and abs(pixel.blue() - colour.blue()) <= 30
    return found


def test_report_on_eight_weeks_counts_each_week(isolated_user_data: Path, tmp_path: Path, artifacts_dir: Path) -> None:
    with generate_history(isolated_user_data / "history.sqlite3", 8 * 7 * 2, last_day=SUNDAY, per_day=2) as history:
        finished = history.db.execute("SELECT SUM(finished) FROM sessions").fetchone()[0]
    out = tmp_path / "report.pdf"
    result = run_python("-m", "acupoint_gui", "report", "--output", str(out), *PERIOD, "--client", "Sam Jones")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (2 pages, 112 sessions)"
    pages = page_words(out)
    assert len(pages) <= 2, "one or two pages"
    first = pages[0]
    assert line_of(first, "All") == ["All", "112", str(finished)]
    weeks = ["2–8", "9–15", "16–22", "23–29", "30", "6–12", "13–19", "20–26"]
    for week in weeks:
        row = line_of(first, week)
        assert "14" in row, f"week {week}: {row}"
    text = pdf_text(out, 1)
    assert "Progress report" in text and "2 March – 26 April 2026" in text
    assert "Client: Sam Jones" in " ".join(text.split())
    assert "112 sessions in 8 weeks" in text
    assert "Hip and low back (five points) (112 sessions)" in " ".join(text.split())
    assert "Notes written after sessions" in pdf_text(out)
    # The chart is drawn: both lines' colours are on page 1 (look at tests/artifacts/report-page-1.png).
    image = render_page(out, 1, tmp_path, dpi=100)
    image.save(str(artifacts_dir / "report-page-1.png"))
    assert coloured_pixels(image, QColor("#D55E00")) > 150, "the pain-before line"
    assert coloured_pixels(image, QColor("#0072B2")) > 150, "the pain-after line"


def test_report_with_no_history_says_so_and_writes_nothing(isolated_user_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run_python("-m", "acupoint_gui", "report", "--output", str(out), *PERIOD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "No sessions were recorded between 2 March and 26 April 2026, so there is nothing to report: a report shows "
        "the sessions you do with Acupoint and the pain you note before and after them."
    )
    assert result.stderr == ""
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert not (isolated_user_data / "history.sqlite3").exists(), "a report creates no history"


def test_report_of_a_period_without_sessions_says_so(isolated_user_data: Path, tmp_path: Path) -> None:
    generate_history(isolated_user_data / "history.sqlite3", 20, last_day=SUNDAY).close()
    out = tmp_path / "report.pdf"
    later = SUNDAY + timedelta(days=60)
    period = ("--from", later.isoformat(), "--to", (later + timedelta(days=6)).isoformat())
    result = run_python("-m", "acupoint_gui", "report", "--output", str(out), *period)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No sessions were recorded between 25 June and 1 July 2026, so there is nothing")
    assert not out.exists()


def test_practitioner_and_client_are_on_page_one_of_the_sheet(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    practitioner = "Ann Lee, Riverside Clinic, 01234 567890"
    result = run_python(
        *("-m", "acupoint_gui", "sheet", "--routine", "hip-low-back-five", "--output", str(out)),
        *("--practitioner", practitioner, "--client", "Sam Jones", "--note", "Twice a day for two weeks."),
        *("--date", "2026-05-04"),
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    page_one = " ".join(pdf_text(out, 1).split())
    assert f"From: {practitioner}" in page_one
    assert "For: Sam Jones" in page_one
    assert "Note: Twice a day for two weeks." in page_one
    assert "4 May 2026" in page_one
    assert "Sam Jones" not in " ".join(pdf_text(out, 2).split()), "on page 1 only"
