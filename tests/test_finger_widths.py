"""Your own finger widths: a personal cun, a screen calibrated with a bank card, a ruler printed at true size."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from acupoint_gui.model.finger_widths import (
    BANK_CARD_MM,
    PersonalMeasure,
    ScreenCalibration,
    finger_measure,
    ruler_marks,
)

from .conftest import require_tool


def test_a_measured_width_gives_the_persons_cun() -> None:
    assert PersonalMeasure("thumb", 21.0).mm_per_cun == pytest.approx(21.0)
    assert PersonalMeasure("four-fingers", 72.0).mm_per_cun == pytest.approx(24.0)
    assert PersonalMeasure("two-fingers", 33.0).length_mm(3) == pytest.approx(66.0)
    assert [finger_measure(c).fingers for c in (1, 1.5, 3)] == [1, 2, 4]
    with pytest.raises(ValueError, match=r"1, 1\.5 or 3"):
        finger_measure(2)


def test_an_unlikely_width_is_questioned_in_words() -> None:
    assert PersonalMeasure("thumb", 20.0).problem() is None
    message = PersonalMeasure("thumb", 200.0).problem()
    assert message is not None and "200 mm is not a likely width for a thumb" in message
    assert PersonalMeasure("four-fingers", 7.2).problem() is not None, "centimetres typed as millimetres"


def test_a_bank_card_calibrates_the_screen() -> None:
    screen = ScreenCalibration(card_pixels=323.5)
    assert screen.pixels_per_mm == pytest.approx(323.5 / BANK_CARD_MM)
    assert screen.pixels(BANK_CARD_MM) == pytest.approx(323.5)


def test_the_ruler_is_marked_every_half_cun_and_labelled_at_each_whole_cun() -> None:
    marks = ruler_marks(PersonalMeasure("thumb", 20.0), 3.0)
    assert [m.millimetres for m in marks] == [0, 10, 20, 30, 40, 50, 60]
    assert [m.label for m in marks] == ["0", "", "1", "", "2", "", "3"]


def _red_extent(ppm: bytes) -> tuple[int, int]:
    """The longest run of the ruler's red along any row of a binary PPM, as (first, last) x."""
    header = ppm.split(b"\n", 3)
    width, height = (int(v) for v in header[1].split())
    pixels = header[3]
    best = (0, -1)
    for row in range(height):
        line = pixels[row * width * 3 : (row + 1) * width * 3]
        red = [x for x in range(width) if line[3 * x] > 150 and line[3 * x + 1] < 110 and line[3 * x + 2] < 110]
        if red and red[-1] - red[0] > best[1] - best[0]:
            best = (red[0], red[-1])
    return best


@pytest.mark.parametrize(("key", "mm"), [("thumb", 21.0), ("four-fingers", 70.0)])
def test_the_printed_ruler_is_true_size(qapp: QApplication, tmp_path: Path, key: str, mm: float) -> None:
    """The PDF, rasterised at 600 dpi, measures what it says to within 0.5 mm."""
    from PySide6.QtGui import QPageSize

    from acupoint_gui.printing.output import write_ruler_pdf
    from acupoint_gui.printing.ruler import ruler_length_cun

    pdftoppm = require_tool("pdftoppm")
    person = PersonalMeasure(key, mm)
    pdf = tmp_path / "ruler.pdf"
    assert write_ruler_pdf(pdf, person, QPageSize(QPageSize.PageSizeId.A4)) == 1
    dpi = 600
    # only the band of the page where the ruler is (120 mm below the top margin of 15 mm)
    top = int((15 + 48 + 72 - 8) / 25.4 * dpi)
    args = [pdftoppm, "-r", str(dpi), "-x", "0", "-y", str(top), "-W", str(int(210 / 25.4 * dpi)), "-H", "300"]
    ppm = subprocess.run([*args, str(pdf)], capture_output=True, check=True).stdout
    first, last = _red_extent(ppm)
    measured = (last - first + 1) / dpi * 25.4
    expected = person.length_mm(ruler_length_cun(person, 180.0))
    assert measured == pytest.approx(expected, abs=0.5)
    assert expected >= 140, "the ruler runs most of the page's width"
