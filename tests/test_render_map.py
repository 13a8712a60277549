"""``render-map --labels``: every marker of every figure and close-up labelled by its code, no
code over another or over a mark."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from acupoint_gui.model.catalog import Catalog


@pytest.mark.parametrize("height", [1400, 700])
def test_no_code_runs_into_another_or_covers_a_mark(qapp: QApplication, catalog: Catalog, height: int) -> None:
    """The calibration sheet once printed "BL39BL40": close points' codes now sit apart."""
    from PySide6.QtCore import QRectF

    from acupoint_gui.model.find_it_loader import load_find_it
    from acupoint_gui.render_command import calibration_image

    find_it = load_find_it(catalog.atlas)
    placed: list[list[tuple[str, QRectF]]] = []
    calibration_image(catalog, float(height), placed, find_it=find_it)
    one_sided = sum(1 for m in find_it.markers if find_it.figures[m.view].mirrored and m.side.value == "left")
    codes = sum(1 for boxes in placed for text, _ in boxes if not text.startswith("mark "))
    assert codes == len(catalog.markers) + len(find_it.markers) - one_sided, "every marker, the close-ups' too"
    for boxes in placed:
        words = [(text, box) for text, box in boxes if not text.startswith("mark ")]
        marks = [box for text, box in boxes if text.startswith("mark ")]
        for i, (text, box) in enumerate(words):
            others = [other for _, other in words[i + 1 :] if other.intersects(box)]
            assert not others, f"{text} runs into another code"
            assert not any(box.intersects(mark) for mark in marks), f"{text} covers a mark"
        for i, mark in enumerate(marks):
            assert not any(mark.intersects(other) for other in marks[i + 1 :]), "two marks overlap"
