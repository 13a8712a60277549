"""``acupoint-gui points`` alone prints a table to read, its columns lined up in a terminal."""

from __future__ import annotations

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.points_table import HEADINGS, display_width, points_table

from .conftest import run_python


def test_points_alone_prints_a_table_of_every_point() -> None:
    result = run_python("-m", "acupoint_gui", "points")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].split() == list(HEADINGS)
    bl23 = next(line for line in lines if line.startswith("BL23 "))
    for cell in ("Kidney Shu, Sea of Vitality", "Shènshū", "肾俞", "Low back"):
        assert cell in bl23


def test_the_columns_line_up_with_wide_characters(catalog: Catalog) -> None:
    lines = points_table(catalog.atlas)
    assert len(lines) == 2 + len(catalog.atlas.points)
    rule = lines[1]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    assert len(starts) == len(HEADINGS)
    for line, point in zip(lines[2:], catalog.atlas.points, strict=True):
        # where each cell starts, counted in terminal columns (a Chinese character takes two)
        for cell, column in zip((point.code, point.pinyin, point.chinese), (0, 2, 3), strict=True):
            at = line.index(cell)
            assert display_width(line[:at]) == starts[column], (point.code, cell)


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("肾俞") == 4
    assert display_width("Shènshū") == 7
    assert display_width("Shu\u0300") == 3  # a combining accent takes no column
