"""Pressing for someone else, without Qt: every kind of step worded for the presser (the sides
are the pressed person's own, and where they are from where the presser stands), the same
steps unchanged for oneself, and a routine cut to what one can reach alone."""

from __future__ import annotations

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.points import Partner, Side
from acupoint_gui.model.routine_library import RoutineLibrary
from acupoint_gui.model.routines import Routine, RoutineStep, expand
from acupoint_gui.model.sheet_content import PARTNER_SHEET_LINE, sheet_for_routine, with_partner_wording
from acupoint_gui.model.step_wording import (
    FINISHED,
    SPOKEN_FINISHED,
    Presser,
    describe_step,
    finished_text,
    next_text,
    press_instruction,
    presser_facing,
    side_words,
    spoken_step,
    step_label,
    step_title,
    switch_text,
    where_words,
)

P = Presser.PARTNER

# (point, the figure the presser sees it on, side, the title's side words, where it is for the presser)
STEPS = [
    ("BL23", "back", Side.LEFT, "your partner's left side", "Their own left: on your left as you stand behind them."),
    (
        "BL23",
        "back",
        Side.RIGHT,
        "your partner's right side",
        "Their own right: on your right as you stand behind them.",
    ),
    ("LR3", "front", Side.LEFT, "your partner's left side", "Their own left: on your right as you face them."),
    ("LR3", "front", Side.RIGHT, "your partner's right side", "Their own right: on your left as you face them."),
    ("KI1", "", Side.LEFT, "your partner's left side", "Their own left, as they feel it."),
    ("CV6", "front", Side.MIDLINE, "", ""),
]


@pytest.mark.parametrize(("code", "facing", "side", "words", "where"), STEPS)
def test_every_step_is_worded_for_the_presser(
    catalog: Catalog, *, code: str, facing: str, side: Side, words: str, where: str
) -> None:
    point = catalog.atlas.point(code)
    assert presser_facing(point) == facing
    assert side_words(side, P) == words
    assert where_words(point, side, P) == where
    title = step_title(point, side, P)
    assert title == f"{point.code} · {point.name}" + (f" — {words}" if words else "")
    assert step_label(point, side, P) == f"{point.code} {point.name}" + (f", {words}" if words else "")
    assert next_text(point, side, P) == f"Next: {step_label(point, side, P)}"
    assert press_instruction(point, P).endswith(". Ask your partner to breathe slowly.")
    spoken = spoken_step(point, side, 30, P)
    assert spoken.endswith(f"{point.name}. 30 seconds.")
    if side is Side.MIDLINE:
        assert spoken.startswith("Conception Vessel 6, ")
    else:
        assert spoken.startswith(f"Your partner's {side.value} side")


@pytest.mark.parametrize(
    ("code", "side", "said", "switch"),
    [
        (
            "BL23",
            Side.RIGHT,
            "Your partner's right side, on your right. Bladder 23",
            "Switch to your partner's right side, on your right as you stand behind them.",
        ),
        (
            "LR3",
            Side.RIGHT,
            "Your partner's right side, on your left. Liver 3",
            "Switch to your partner's right side, on your left as you face them.",
        ),
        ("KI1", Side.RIGHT, "Your partner's right side. Kidney 1", "Switch to your partner's right side."),
    ],
)
def test_the_voice_and_the_switch_say_where_the_side_is(
    catalog: Catalog, code: str, side: Side, said: str, switch: str
) -> None:
    point = catalog.atlas.point(code)
    assert spoken_step(point, side, 30, P).startswith(said)
    assert switch_text(side, P, point) == switch


def test_pressing_for_oneself_is_worded_as_before(catalog: Catalog) -> None:
    point = catalog.atlas.point("BL23")
    assert step_title(point, Side.LEFT) == "BL23 · Kidney Shu — left side"
    assert spoken_step(point, Side.RIGHT, 30) == "Right side. Bladder 23, Kidney Shu. 30 seconds."
    assert switch_text(Side.RIGHT) == "Switch to the right side."
    assert press_instruction(point) == "Press with medium pressure, circular. Breathe slowly."
    assert where_words(point, Side.LEFT) == ""
    assert finished_text(5, 5, True) == FINISHED and SPOKEN_FINISHED.startswith("Well done")


def test_a_session_described_for_the_presser_from_first_to_last_step(catalog: Catalog) -> None:
    atlas = catalog.atlas
    routine = Routine("r", "R", None, "", (RoutineStep("BL23", 30), RoutineStep("CV6", 60)))
    steps = expand(routine, lambda code: atlas.point(code).is_bilateral)
    words = [describe_step(atlas, steps, i, presser=P) for i in range(len(steps))]
    assert [w.title for w in words] == [
        "BL23 · Kidney Shu — your partner's left side",
        "BL23 · Kidney Shu — your partner's right side",
        "CV6 · Sea of Energy",
    ]
    assert words[0].where == "Their own left: on your left as you stand behind them."
    assert words[0].next == "Next: BL23 Kidney Shu, your partner's right side"
    assert words[1].next == "Next: CV6 Sea of Energy"
    assert words[2].where == "" and words[2].next == "Next: finished"
    assert describe_step(atlas, steps, 0).where == "", "no presser's words when pressing for oneself"


def test_points_a_partner_helps_with_come_from_the_data(catalog: Catalog) -> None:
    library = RoutineLibrary(catalog.atlas, catalog.routines)
    marked = {p.code for p in catalog.atlas.points if p.partner is not Partner.NO}
    assert library.partner_helps() == marked
    # The article that says so: BL23 "you won't be able to access it yourself", SI11 "you might need some help".
    assert {"BL23", "SI11"} <= marked
    assert {"LI4", "KI1", "CV6", "BL60"}.isdisjoint(marked)


def test_a_routine_cut_to_what_one_can_reach_alone(catalog: Catalog) -> None:
    library = RoutineLibrary(catalog.atlas, catalog.routines)
    routine = Routine("r", "R", None, "", (RoutineStep("BL23", 30), RoutineStep("BL40", 30), RoutineStep("CV6", 30)))
    together = library.plan(routine, pregnant=False)
    alone = library.plan(routine, pregnant=False, alone=True)
    assert {s.point for s in together.steps} == {"BL23", "BL40", "CV6"}
    assert [s.point for s in alone.steps] == ["BL40", "BL40", "CV6"]
    assert alone.left_out == ("BL23",) and alone.left_out_alone == ("BL23",)
    summary = library.summary(routine, pregnant=False, alone=True)
    assert summary.partner_helps == ("BL23",) and summary.left_out_alone == ("BL23",)
    assert summary.step_count == 3
    only_partner = Routine("p", "P", None, "", (RoutineStep("BL23", 30), RoutineStep("SI11", 30)))
    assert library.plan(only_partner, pregnant=False, alone=True).steps == ()


def test_pregnancy_and_pressing_alone_leave_out_together(catalog: Catalog) -> None:
    library = RoutineLibrary(catalog.atlas, catalog.routines)
    routine = Routine("r", "R", None, "", (RoutineStep("BL23", 30), RoutineStep("LI4", 30), RoutineStep("BL40", 30)))
    plan = library.plan(routine, pregnant=True, alone=True)
    assert set(plan.left_out) == {"BL23", "LI4"} and plan.left_out_alone == ("BL23",)


def test_the_sheet_in_partner_wording_says_whose_sides_they_are(catalog: Catalog) -> None:
    from datetime import date

    routine = catalog.routine("hip-low-back-five")
    assert routine is not None
    content = sheet_for_routine(catalog, routine, today=date(2026, 5, 4))
    worded = with_partner_wording(content)
    assert worded.partner and not content.partner
    assert worded.instructions == (PARTNER_SHEET_LINE, *content.instructions)
    assert "Standing behind them, their left is on your left; facing them, it is on your right." in PARTNER_SHEET_LINE
