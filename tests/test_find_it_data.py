"""``check-data`` on the find-it guides: the words and the figure can never disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupoint_gui import paths
from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.problems import DataError

from .conftest import run_python

TEXT = paths.points_file().read_text(encoding="utf-8")


def line_of(fragment: str, text: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def problems_with(catalog: Catalog, text: str, tmp_path: Path) -> list[str]:
    from acupoint_gui.model.find_it_loader import load_find_it

    changed = tmp_path / "points.yaml"
    changed.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_find_it(catalog.atlas, changed)
    return [str(problem).removeprefix(f"{changed}:") for problem in info.value.problems]


def point_index(catalog: Catalog, code: str) -> int:
    return next(i for i, point in enumerate(catalog.atlas.points) if point.code == code)


def test_a_guide_step_naming_a_landmark_the_figure_lacks_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    old = '{show: landmark, landmark: iliac-crest, text: {en: "Feel the tops of your hip bones'
    text = TEXT.replace(old, old.replace("iliac-crest", "illiac-crest"), 1)
    line = line_of("illiac-crest", text)
    index = point_index(catalog, "BL23")
    assert problems_with(catalog, text, tmp_path) == [
        f"{line}: points[{index}].find_it.guide[1]: the low-back close-up has no landmark 'illiac-crest-left'"
    ]


def test_a_landmark_shown_with_a_point_must_be_one_it_is_found_from(catalog: Catalog, tmp_path: Path) -> None:
    """The shoulder blades only set the back's width in cun: beside BL23 they would puzzle."""
    from acupoint_gui.model.find_it_loader import load_find_it
    from acupoint_gui.model.loader import load_atlas

    old = "landmarks_used: [l2-spinous, l4-spinous]"
    text = TEXT.replace(old, "landmarks_used: [l2-spinous, scapula-medial-border]", 1)
    changed = tmp_path / "points.yaml"
    changed.write_text(text, encoding="utf-8")
    atlas = load_atlas(changed)
    with pytest.raises(DataError) as info:
        load_find_it(atlas, changed)
    line = line_of("landmarks_used: [l2-spinous, scapula-medial-border]", text)
    index = point_index(catalog, "BL23")
    assert [str(problem) for problem in info.value.problems] == [
        f"{changed}:{line}: points[{index}].landmarks_used: 'scapula-medial-border' is shown with the point,"
        " but neither its guide nor its markers find it from there"
    ]


def test_check_data_says_so_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "points.yaml"
    bad.write_text(TEXT.replace("landmark: thumb-web,", "landmark: thumb-webb,"), encoding="utf-8")
    result = run_python("-m", "acupoint_gui", "check-data", str(bad))
    assert result.returncode == 1
    line = line_of("thumb-webb", bad.read_text(encoding="utf-8"))
    assert f"{bad}:{line}: " in result.stderr and "the hand close-up has no landmark 'thumb-webb'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_measure_that_does_not_end_on_the_point_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    """The words say two fingers (1.5 cun); the marker is at four (3 cun): one of them is wrong."""
    old = "{show: measure, from: l2-spinous, cun: 3, direction: lateral"
    text = TEXT.replace(old, old.replace("cun: 3", "cun: 1.5"), 1)
    line = TEXT[: TEXT.index(old)].count("\n") + 1  # BL52's guide (BL23's measures 1.5 cun too)
    index = point_index(catalog, "BL52")
    assert problems_with(catalog, text, tmp_path) == [
        f"{line}: points[{index}].find_it.guide[3]: the measure ends 1.5 cun from the point's marker on the"
        " low-back close-up (the words and the figure disagree)"
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("cun: 1.5, direction: down", "cun: 2, direction: down", "cun: must be 1 (a thumb), 1.5 (two fingers) or 3"),
        ("cun: 1.5, direction: down", "cun: 1.5, direction: sideways", "direction: must be one of lateral"),
        ("to: calcaneus, fraction: 0.5,", "to: calcaneus,", "fraction: missing: a measure along a line"),
        ("{view: belly, origin: navel,", "{view: tummy, origin: navel,", "view: must be one of low-back"),
    ],
)
def test_a_badly_written_step_is_refused_at_its_line(
    catalog: Catalog, tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in TEXT
    text = TEXT.replace(old, new, 1)
    problems = problems_with(catalog, text, tmp_path)
    assert any(problem.startswith(f"{line_of(new, text)}: ") and message in problem for problem in problems), problems


def test_a_point_without_a_closeup_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    start = TEXT.index("    find_it:", TEXT.index("  - code: SI11"))
    end = TEXT.index("\n\n", start)
    text = TEXT[:start] + TEXT[end + 1 :]
    index = point_index(catalog, "SI11")
    assert problems_with(catalog, text, tmp_path) == [
        f"{line_of('  - code: SI11', text)}: points[{index}].find_it: missing"
    ]


def test_a_side_view_has_no_lateral(catalog: Catalog, tmp_path: Path) -> None:
    old = "{show: measure, from: lateral-malleolus, to: calcaneus, fraction: 0.5,"
    new = "{show: measure, from: lateral-malleolus, cun: 1, direction: lateral,"
    text = TEXT.replace(old, new, 1)
    problems = problems_with(catalog, text, tmp_path)
    assert any("the ankle-outer close-up has no midline: measure up or down" in p for p in problems), problems


def test_the_catalog_loader_leaves_find_it_to_its_own_reader(catalog: Catalog) -> None:
    """``find_it`` is not an unknown field to the catalog, and costs it nothing to skip."""
    assert len(catalog.atlas.points) == 15
