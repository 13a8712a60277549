"""The point sheet as a PDF and on a real printer, checked with poppler's tools."""

from __future__ import annotations

import re
import subprocess
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from acupoint_gui.model.points import Point

from .conftest import ROOT, require_tool, run_python
from .cups_queue import QUEUE, ensure_queue, job_completed, job_ids, newest_pdf, wait_for

DATE = "2026-11-24"
ALL_CODES = None  # filled lazily from the atlas


def sheet(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_python("-m", "acupoint_gui", "sheet", "--date", DATE, *args, cwd=cwd, timeout=180)


def pdf_text(pdf: Path) -> str:
    require_tool("pdftotext")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # the PDF keeps ligatures such as "ﬁ"


def pdf_flow_text(pdf: Path) -> str:
    """The text in reading order, each table cell's lines together, with every run of spaces
    and line breaks made one space (for finding a sentence that wraps inside a cell)."""
    require_tool("pdftotext")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_pages(pdf: Path) -> int:
    require_tool("pdfinfo")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


def make(tmp_path: Path, name: str, *args: str) -> Path:
    out = tmp_path / f"{name}.pdf"
    result = sheet(*args, "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert out.exists()
    return out


def all_points() -> dict[str, Point]:
    from acupoint_gui.model.catalog import load_catalog

    return {p.code: p for p in load_catalog().atlas.points}


def all_codes() -> list[str]:
    from acupoint_gui.model.catalog import load_catalog

    return [p.code for p in load_catalog().atlas.points]


def test_three_points_in_press_order_with_instructions_and_safety(tmp_path: Path) -> None:
    pdf = make(tmp_path, "three", "--points", "BL23,GB30,B54")
    text = pdf_text(pdf)
    positions = [text.find(code) for code in ("BL23", "GB30", "BL40")]
    assert all(p >= 0 for p in positions), positions
    table = text[text.find("in the order to press them") :]
    order = [table.find(name) for name in ("Kidney Shu", "Jumping Round", "Middle Crook")]
    assert all(p >= 0 for p in order) and order == sorted(order), order
    assert "seconds on each side" in text
    assert "See a doctor first" in text
    assert "Verhagen and colleagues" in text, "the warning signs' source is named"
    assert "WHO Standard Acupuncture Point Locations" in text
    assert "Page 1 of" in text


def test_figures_are_vector_not_images(tmp_path: Path) -> None:
    require_tool("pdfimages")
    pdf = make(tmp_path, "vector", "--points", "BL23,CV6,KI1")
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in listing.splitlines()[2:] if line.strip()]
    assert rows == [], f"raster images found in the sheet:\n{listing}"


@pytest.mark.parametrize(
    ("args", "low", "high"),
    [
        # One point, yet two pages: its footnotes and the nine warning signs fill a second one.
        (("--points", "BL23"), 1, 2),
        (("--points", "BL23,GB30,BL40"), 1, 2),
        (("--routine", "eleven-points"), 2, 4),
    ],
)
def test_page_counts(tmp_path: Path, args: tuple[str, ...], low: int, high: int) -> None:
    pdf = make(tmp_path, "pages", *args)
    assert low <= pdf_pages(pdf) <= high


def test_every_point_in_the_atlas_paginates_with_page_numbers(tmp_path: Path) -> None:
    codes = all_codes()
    pdf = make(tmp_path, "all", "--points", ",".join(codes), "--page-size", "Letter")
    pages = pdf_pages(pdf)
    assert pages >= 3
    text = pdf_text(pdf)
    for code in codes:
        assert code in text, code
    assert f"Page {pages} of {pages}" in text


def test_large_print_takes_more_pages(tmp_path: Path) -> None:
    normal = make(tmp_path, "normal", "--routine", "sciatica-points")
    large = make(tmp_path, "large", "--routine", "sciatica-points", "--large-print")
    assert pdf_pages(large) > pdf_pages(normal)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--points", "BL23,XX99"), "unknown point: XX99"),
        (("--routine", "nope"), "unknown routine 'nope'"),
    ],
)
def test_bad_requests_fail_cleanly(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    out = tmp_path / "bad.pdf"
    result = sheet(*args, "--output", str(out))
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_unwritable_path_fails_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "sheet.pdf"
    result = sheet("--points", "BL23", "--output", str(out))
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_unknown_printer_fails_cleanly() -> None:
    result = sheet("--points", "BL23", "--printer", "No-Such-Printer")
    assert result.returncode == 1
    assert "unknown printer 'No-Such-Printer'" in result.stderr


@pytest.mark.printer
def test_printing_to_a_real_cups_pdf_queue() -> None:
    out_dir = ensure_queue()
    before = job_ids()
    started = time.time() - 1
    result = sheet("--routine", "three-point-hold", "--printer", QUEUE)
    assert result.returncode == 0, result.stderr
    wait_for(lambda: bool(job_ids() - before), 30, "the print job to appear")
    job = sorted(job_ids() - before)[-1]
    wait_for(lambda: job_completed(job), 60, f"job {job} to complete")
    wait_for(lambda: newest_pdf(out_dir, started) is not None, 30, "cups-pdf to write its PDF")
    printed = newest_pdf(out_dir, started)
    assert printed is not None
    sent = re.search(r"sent (\d+) page", result.stdout)
    assert sent is not None, result.stdout
    expected = int(sent.group(1))
    # cups-pdf re-encodes the fonts, so its text is not searchable: the page count is the check.
    assert pdf_pages(printed) == expected


def test_rendered_page_matches_reference(tmp_path: Path, artifacts_dir: Path) -> None:
    from .image_compare import assert_images_close

    require_tool("pdftoppm")
    pdf = make(tmp_path, "ref", "--routine", "three-point-hold", "--page-size", "A4")
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    # Identical on every run (measured: mean 0.0000, 0 changed pixels); the words Left and
    # Right swapped under the figures change about a hundred pixels.
    assert_images_close(
        page,
        ROOT / "tests" / "references" / "sheet-three-point-hold-p1.png",
        artifacts_dir,
        mean_tolerance=0.02,
        changed_pixels=8,
    )


def test_numbered_badges_never_hide_each_other() -> None:
    """Points close together on a small printed figure (BL23 and BL52 beside the spine): every
    number stays readable, and a moved badge keeps clear of every point."""
    import math

    from PySide6.QtCore import QPointF, QRectF

    from acupoint_gui.printing.figures import badge_places

    radius = 6.0
    points = [QPointF(100, 100), QPointF(104, 101), QPointF(96, 103), QPointF(100, 100), QPointF(160, 100)]
    places = badge_places(points, radius, QRectF(50, 50, 100, 200))
    assert places[0] == points[0] and places[4] == points[4], "a badge with room stays on its point"

    def distance(a: QPointF, b: QPointF) -> float:
        return math.hypot(a.x() - b.x(), a.y() - b.y())

    for i, a in enumerate(places):
        for b in places[i + 1 :]:
            assert distance(a, b) >= 2 * radius, (a, b)  # no two badges overlap
        for point in points:
            if a != points[i] and point != points[i]:
                assert distance(a, point) > radius, "a moved badge covers no other point"


@pytest.mark.parametrize("extra", [(), ("--large-print",)])
def test_the_table_heading_is_on_the_page_of_the_first_row(tmp_path: Path, extra: tuple[str, ...]) -> None:
    pdf = make(tmp_path, "hip", "--routine", "hip-low-back-five", *extra)
    pages = pdf_text(pdf).split("\f")
    [page] = [text for text in pages if "The points, in the order to press them" in text]
    assert "Shènshū" in page, "the heading is followed on its page by the first point, BL23"


def test_a_pregnancy_sheet_greys_out_and_says_once_which_points_to_leave_out(tmp_path: Path) -> None:
    from acupoint_gui.printing.sheet import PREGNANCY_KEY, PREGNANCY_WARNING

    pdf = make(tmp_path, "preg", "--points", "LI4,BL23", "--pregnant")
    text = " ".join(pdf_text(pdf).split())
    assert " ".join(PREGNANCY_KEY.split()) in text
    assert text.count("NOT IN PREGNANCY") == 1, "LI4 only, and once"
    [reason] = [c.text for c in all_points()["LI4"].cautions if c.kind == "pregnancy"]
    assert pdf_flow_text(pdf).count(reason) == 1, "the reason once: not repeated by its own caution"
    plain = " ".join(pdf_text(make(tmp_path, "plain", "--points", "LI4,BL23")).split())
    assert "NOT IN PREGNANCY" not in plain and "Grey numbers" not in plain
    assert PREGNANCY_WARNING.startswith("⚠ NOT IN PREGNANCY")


def test_badges_of_points_to_leave_out_are_grey(qapp: QApplication) -> None:
    """(``qapp``: drawing the SVG figure needs the application.)"""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.printing.figures import MUTED, Label, draw_figure

    catalog = load_catalog()
    marker = next(m for m in catalog.markers if m.code == "LI4" and m.view == "back" and m.side.value == "left")
    image = QImage(300, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    drawn = draw_figure(painter, catalog.figures["back"], QRectF(0, 0, 300, 600), [Label(marker, "1", muted=True)])
    painter.end()
    scale = drawn.width() / catalog.figures["back"].view_box[2]
    x = drawn.left() + (marker.x - catalog.figures["back"].view_box[0]) * scale
    y = drawn.top() + (marker.y - catalog.figures["back"].view_box[1]) * scale
    disc = [image.pixelColor(int(x) + dx, int(y) + dy) for dx in range(-4, 5) for dy in range(-4, 5)]
    grey = [c for c in disc if abs(c.red() - MUTED.red()) < 30 and abs(c.red() - c.blue()) < 20]
    orange = [c for c in disc if c.red() - c.blue() > 100]
    assert len(grey) > 20 and not orange, (len(grey), len(orange))


def test_the_subtitle_counts_what_the_table_lists() -> None:
    """The table lists each point once; the subtitle says how often to go through it, rather
    than a step count (20) that matches nothing on the page."""
    from datetime import date

    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.model.sheet_content import sheet_for_routine

    catalog = load_catalog()
    routines = {r.id: r for r in catalog.routines}
    hip = sheet_for_routine(catalog, routines["hip-low-back-five"], today=date(2026, 11, 25))
    assert hip.subtitle.startswith("5 points, twice through the list: about 10 minutes")
    three = sheet_for_routine(catalog, routines["three-point-hold"], today=date(2026, 11, 25))
    assert three.subtitle.startswith("3 points, once through the list:")


def test_the_pdf_text_has_no_ligatures_so_it_copies_and_searches_as_written(tmp_path: Path) -> None:
    require_tool("pdftotext")
    pdf = make(tmp_path, "eleven", "--routine", "eleven-points")
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ﬁ" not in raw and "ﬂ" not in raw
    assert "finger" in raw


@pytest.mark.parametrize(
    "routine", ["sciatica-points", "eleven-points", "hip-low-back-five", "three-point-hold", "five-point-low-back"]
)
@pytest.mark.parametrize("extra", [(), ("--large-print",), ("--page-size", "Letter", "--pregnant")])
def test_the_safety_block_is_never_split_across_pages(tmp_path: Path, routine: str, extra: tuple[str, ...]) -> None:
    pdf = make(tmp_path, routine, "--routine", routine, *extra)
    pages = [" ".join(page.split()) for page in pdf_text(pdf).split("\f")]
    [page] = [text for text in pages if "Safety" in text and "general medical advice" in text]
    assert "If you have any of these, see a doctor" in page


def test_a_points_characters_are_never_broken_across_lines(tmp_path: Path) -> None:
    """In large print the narrow Point column broke 膀胱俞 (BL28) as 膀 / 胱俞."""
    pdf = make(tmp_path, "large", "--routine", "hip-low-back-five", "--large-print")
    lines = [line.strip() for line in pdf_text(pdf).splitlines()]
    assert any("膀胱俞" in line for line in lines)
    assert not any(line.endswith("膀") for line in lines)


@pytest.mark.parametrize(
    "routine", ["hip-low-back-five", "three-point-hold", "five-point-low-back", "sciatica-points", "eleven-points"]
)
def test_every_point_to_leave_out_is_marked_on_the_pregnancy_sheet(tmp_path: Path, routine: str) -> None:
    """Which points are greyed is checked in the model (test_content); here, that the sheet says it."""
    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.printing.sheet import PREGNANCY_KEY

    catalog = load_catalog()
    found = catalog.routine(routine)
    assert found is not None
    leave_out = {step.point for step in found.steps} & catalog.atlas.pregnancy_leave_out()
    text = pdf_flow_text(make(tmp_path, routine, "--routine", routine, "--pregnant"))
    assert text.count("NOT IN PREGNANCY") == len(leave_out)
    assert (" ".join(PREGNANCY_KEY.split()) in text) == bool(leave_out)


def test_the_pregnancy_sheet_greys_the_badges_of_exactly_the_points_to_leave_out(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter

    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.model.geometry import Figure
    from acupoint_gui.model.sheet_content import sheet_for_routine
    from acupoint_gui.printing import sheet as sheet_module
    from acupoint_gui.printing.figures import Label
    from acupoint_gui.printing.output import write_pdf

    catalog = load_catalog()
    routine = catalog.routine("eleven-points")
    assert routine is not None
    drawn: list[Label] = []
    from acupoint_gui.printing.figures import draw_figure as real

    def recording(painter: QPainter, figure: Figure, rect: QRectF, labels: Sequence[Label], **kwargs: Any) -> QRectF:
        drawn.extend(labels)
        return real(painter, figure, rect, labels, **kwargs)

    monkeypatch.setattr(sheet_module, "draw_figure", recording)
    content = sheet_for_routine(catalog, routine, today=date(2026, 11, 24), pregnant=True)
    write_pdf(tmp_path / "eleven.pdf", catalog, content, QPageSize(QPageSize.PageSizeId.A4))
    muted = {label.marker.code for label in drawn if label.muted}
    shown = {label.marker.code for label in drawn}
    assert muted == {"CV6", "BL53", "LI4"} and shown > muted


ROUTINES = ["hip-low-back-five", "three-point-hold", "five-point-low-back", "sciatica-points", "eleven-points"]


@pytest.mark.parametrize("routine", ROUTINES)
def test_every_disagreement_and_mapping_note_reaches_the_sheet_as_a_footnote(tmp_path: Path, routine: str) -> None:
    from acupoint_gui.model.catalog import load_catalog

    catalog = load_catalog()
    found = catalog.routine(routine)
    assert found is not None
    text = pdf_flow_text(make(tmp_path, routine, "--routine", routine))
    notes = text[text.index("Notes: where the sources differ") :]
    for code in dict.fromkeys(step.point for step in found.steps):
        point = catalog.atlas.point(code)
        for note in (*(claim.text for claim in point.disagreements), point.mapping_note):
            if note:
                assert " ".join(note.split()) in notes, (code, note)


@pytest.mark.parametrize("routine", ROUTINES)
@pytest.mark.parametrize("pregnant", [False, True])
def test_each_sheet_states_its_own_routines_timing(tmp_path: Path, routine: str, pregnant: bool) -> None:
    """The "How to do it" box is the routine's own: its times, its session length (without the
    points left out in pregnancy), its article's advice, credited; never another routine's."""
    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.model.routines import expand, total_seconds

    catalog = load_catalog()
    found = catalog.routine(routine)
    assert found is not None
    atlas = catalog.atlas
    leave_out = atlas.pregnancy_leave_out() if pregnant else frozenset()
    minutes = total_seconds(expand(found, lambda c: atlas.point(c).is_bilateral, exclude=leave_out)) / 60
    args = ("--routine", routine, *(("--pregnant",) if pregnant else ()))
    text = pdf_flow_text(make(tmp_path, routine, *args))
    how_to = text[text.index("How to do it") : text.index("The points, in the order")]
    assert f"takes about {minutes:.0f} minutes" in how_to
    assert f"about {minutes:.0f} minutes" in text[: text.index("How to do it")], "the subtitle agrees"
    title = atlas.source(found.source or "").title
    assert f"How to do it, from “{title}”" in how_to
    for claim in found.instructions:
        assert unicodedata.normalize("NFKC", claim.text).rstrip(".") in how_to, claim.text
    if routine != "hip-low-back-five":
        assert "10 to 15 minutes" not in how_to and "10–15 minutes" not in how_to
    if routine == "three-point-hold":
        assert "massage the area" in how_to and "small circles" not in how_to
