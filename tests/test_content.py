"""The content itself: codes people type, pregnancy, names, what each sheet says."""

from __future__ import annotations

from datetime import date

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.points import Pregnancy
from acupoint_gui.model.routines import expand
from acupoint_gui.model.search import PointSearch
from acupoint_gui.model.sheet_content import press_length_words, sheet_for_routine


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("LV3", "LR3"),
        ("Liv 3", "LR3"),
        ("K1", "KI1"),
        ("UB28", "BL28"),
        ("B62", "BL62"),
        ("UB60", "BL60"),
        ("Hoku", "LI4"),
        ("B47", "BL52"),
        ("B48", "BL53"),
        ("B53", "BL39"),
        ("B54", "BL40"),
        ("REN 6", "CV6"),
    ],
)
def test_common_spellings_of_a_code_open_the_point(catalog: Catalog, typed: str, code: str) -> None:
    assert catalog.atlas.point(typed).code == code
    assert PointSearch(catalog.atlas).search(typed)[0].point.code == code


@pytest.mark.parametrize(
    ("typed", "old_owner"), [("BL47", "BL52"), ("BL48", "BL53"), ("BL53", "BL39"), ("BL54", "BL40")]
)
def test_todays_codes_never_open_the_point_that_had_that_number_before(
    catalog: Catalog, typed: str, old_owner: str
) -> None:
    """BL47 is Hunmen today: it must not lead to BL52, which the articles call B47 (old numbering)."""
    hits = [hit.point.code for hit in PointSearch(catalog.atlas).search(typed)]
    assert old_owner not in hits, hits
    found = catalog.atlas.find(typed)
    assert found is None or found.code == typed


def test_bl53_opens_baohuang(catalog: Catalog) -> None:
    assert PointSearch(catalog.atlas).search("BL53")[0].point.pinyin == "Bāohuāng"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("foot point while sleeping", "LR3"), ("Foot Point (while sitting)", "KI1"), ("hand point", "LI4")],
)
def test_the_articles_labels_still_find_their_points(catalog: Catalog, typed: str, code: str) -> None:
    assert PointSearch(catalog.atlas).search(typed)[0].point.code == code


def test_the_lower_belly_and_sacral_points_are_left_out_in_pregnancy(catalog: Catalog) -> None:
    """CV6 (lower belly), BL28 and BL53 (sacrum) join LI4 and BL60; the lumbar points stay
    "ask your doctor or midwife", and say why."""
    atlas = catalog.atlas
    assert atlas.pregnancy_leave_out() == {"CV6", "BL28", "BL53", "LI4", "BL60"}
    for code in atlas.pregnancy_leave_out():
        [reason] = [c for c in atlas.point(code).cautions if c.kind == "pregnancy"]
        assert reason.text.startswith("Leave this point out if you are pregnant: traditionally")
    for code in ("BL23", "BL52"):
        point = atlas.point(code)
        assert point.pregnancy is Pregnancy.CAUTION
        [caution] = [c for c in point.cautions if c.kind == "pregnancy"]
        assert "midwife" in caution.text and "some traditions avoid them" in caution.text


@pytest.mark.parametrize(
    "routine_id", ["hip-low-back-five", "three-point-hold", "five-point-low-back", "sciatica-points", "eleven-points"]
)
def test_a_pregnant_session_and_the_pregnancy_sheet_leave_out_the_same_points(
    catalog: Catalog, routine_id: str
) -> None:
    atlas = catalog.atlas
    routine = catalog.routine(routine_id)
    assert routine is not None
    leave_out = atlas.pregnancy_leave_out()
    steps = expand(routine, lambda code: atlas.point(code).is_bilateral, exclude=leave_out)
    in_routine = {step.point for step in routine.steps}
    assert {step.point for step in steps} == in_routine - leave_out
    sheet = sheet_for_routine(catalog, routine, today=date(2026, 11, 24), pregnant=True)
    assert {sp.point.code for sp in sheet.points if sp.warn_pregnancy} == in_routine & leave_out
    plain = sheet_for_routine(catalog, routine, today=date(2026, 11, 24))
    assert not any(sp.warn_pregnancy for sp in plain.points)


def test_two_routines_that_start_with_cv6_leave_it_out_in_pregnancy(catalog: Catalog) -> None:
    starting = [r for r in catalog.routines if r.steps[0].point == "CV6"]
    assert len(starting) == 2
    for routine in starting:
        steps = expand(
            routine, lambda code: catalog.atlas.point(code).is_bilateral, exclude=catalog.atlas.pregnancy_leave_out()
        )
        assert steps and all(step.point not in {"CV6", "BL53"} for step in steps)


def test_the_standard_red_flags_are_listed_with_where_they_come_from(catalog: Catalog) -> None:
    safety = catalog.atlas.safety
    flags = " ".join(safety.red_flags).lower()
    for sign in ("cancer", "losing weight without trying", "at night or when you rest", "over 50"):
        assert sign in flags, sign
    assert "Verhagen" in safety.red_flags_source and "NHS" in safety.red_flags_source


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(30, "30 seconds"), (60, "1 minute"), (90, "1½ minutes"), (120, "2 minutes"), (45, "45 seconds")],
)
def test_times_are_said_in_words(seconds: int, words: str) -> None:
    assert press_length_words(seconds) == words


def test_the_pregnancy_sheet_times_what_is_pressed(catalog: Catalog) -> None:
    routine = catalog.routine("eleven-points")
    assert routine is not None
    plain = sheet_for_routine(catalog, routine, today=date(2026, 11, 24))
    pregnant = sheet_for_routine(catalog, routine, today=date(2026, 11, 24), pregnant=True)
    assert plain.subtitle.startswith("9 points, once through the list: about 12 minutes")
    assert pregnant.subtitle.startswith("9 points (3 left out in pregnancy), once through the list: about 8 minutes")
    assert "about 8 minutes, without the grey points" in pregnant.instructions[0]


def test_advice_from_another_source_names_it(catalog: Catalog) -> None:
    routine = catalog.routine("five-point-low-back")
    assert routine is not None
    sheet = sheet_for_routine(catalog, routine, today=date(2026, 11, 24))
    assert sheet.instructions_heading == "How to do it, from “5 Acupressure Points to Relieve Lower Back Pain”"
    borrowed = [line for line in sheet.instructions if "30 seconds come from another article" in line]
    assert borrowed == [
        "The article gives no time: the 30 seconds come from another article "
        "(from “Acupressure points for Hip and Low Back Pain”)."
    ]
