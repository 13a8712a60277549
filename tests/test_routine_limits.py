"""What a routine may hold, in the editor and in a file alike, and how long it says it lasts. No Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.problems import DataError
from acupoint_gui.model.routine_file import load_routines, routines_to_yaml
from acupoint_gui.model.routine_library import RoutineLibrary
from acupoint_gui.model.routine_limits import (
    ADVICE_SOURCE,
    EARLIER_LIMITS,
    LIMITS,
    LONG_SESSION_MINUTES,
    Limit,
    problems,
)
from acupoint_gui.model.routine_store import RoutineStore
from acupoint_gui.model.routines import Routine, RoutineStep


def routine(*steps: tuple[str, int], name: str = "Mine", rounds: int = 1, target: float | None = None) -> Routine:
    return Routine("mine", name, None, "", tuple(RoutineStep(c, s) for c, s in steps), rounds, target)


def test_the_bounds_are_those_the_issue_asks_for() -> None:
    assert LIMITS.seconds_per_side == Limit(5, 300)
    assert LIMITS.rounds == Limit(1, 10)
    assert LIMITS.target_minutes == Limit(1, 60)
    assert LONG_SESSION_MINUTES == 30


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (routine(("BL23", 99999)), "seconds_per_side", "BL23: 99999 seconds a side is too long: at most 300 seconds"),
        (routine(("BL23", 4)), "seconds_per_side", "BL23: 4 seconds a side is too short: at least 5 seconds."),
        (routine(("BL23", 30), rounds=11), "rounds", "11 rounds are too many: at most 10."),
        (routine(("BL23", 30), rounds=0), "rounds", "0 rounds are too few: at least 1."),
        (routine(("BL23", 30), target=61), "target_minutes", "A target length of 61 minutes is too long: at most 60"),
        (routine(("BL23", 30), target=0), "target_minutes", "A target length of 0 minutes is too short: at least 1"),
    ],
)
def test_a_value_out_of_bounds_is_refused_with_the_reason(draft: Routine, field: str, words: str) -> None:
    [problem] = problems(draft)
    assert problem.field == field and problem.refused
    assert problem.message.startswith(words), problem.message


def test_the_values_at_the_bounds_are_allowed() -> None:
    assert problems(routine(("BL23", 5), ("GB30", 300), rounds=10)) == ()
    assert problems(routine(("BL23", 30), target=1)) == ()
    assert problems(routine(("BL23", 30), target=60)) == ()


def test_only_the_length_chosen_is_checked() -> None:
    """Rounds are ignored when a target length is set (the session does the same)."""
    assert problems(routine(("BL23", 30), rounds=99, target=10)) == ()


def test_a_routine_without_a_name_or_points_cannot_be_saved_and_says_what_is_missing() -> None:
    found = problems(routine(name="  "))
    assert [(p.field, p.refused) for p in found] == [("name", False), ("steps", False)]
    assert "no points cannot be saved" in found[1].message


def test_the_step_with_a_refused_time_is_named_by_its_position() -> None:
    found = problems(routine(("BL23", 30), ("GB30", 600), ("BL40", 30)))
    assert [(p.field, p.step) for p in found] == [("seconds_per_side", 1)]


# --- the length: the session's own expansion, and a warning when it is long -----------------


def library(catalog: Catalog) -> RoutineLibrary:
    return RoutineLibrary(catalog.atlas, catalog.routines)


def test_the_length_shown_is_the_length_a_session_runs(catalog: Catalog) -> None:
    lib = library(catalog)
    for draft in (
        routine(("BL23", 30), ("CV6", 45), rounds=3),
        routine(("BL23", 30), ("GB30", 60), target=10),
        *catalog.routines,
    ):
        review = lib.review(draft._replace(name="x"), pregnant=False)
        plan = lib.plan(draft, pregnant=False)
        assert review.seconds == plan.seconds and review.rounds == plan.steps[-1].round


def test_a_target_length_rounds_up_to_whole_rounds(catalog: Catalog) -> None:
    # BL23 is pressed on both sides: 2 × 100 s a round, so 10 minutes take 3 rounds (10 min 0 s)
    review = library(catalog).review(routine(("BL23", 100), target=10), pregnant=False)
    assert (review.rounds, review.seconds) == (3, 600)


def test_pregnancy_leaves_points_out_of_the_length_as_it_does_of_the_session(catalog: Catalog) -> None:
    lib = library(catalog)
    avoided = sorted(lib.avoided_in_pregnancy())[0]
    draft = routine(("BL23", 30), (avoided, 30))
    review = lib.review(draft, pregnant=True)
    assert review.left_out == (avoided,) and review.seconds == lib.plan(draft, pregnant=True).seconds


def test_no_length_while_a_time_or_count_is_refused(catalog: Catalog) -> None:
    review = library(catalog).review(routine(("BL23", 30), rounds=99), pregnant=False)
    assert review.seconds is None and not review.can_save


def test_more_than_thirty_minutes_warns_with_the_articles_advice_and_its_source(catalog: Catalog) -> None:
    lib = library(catalog)
    title = next(s.title for s in catalog.atlas.sources if s.id == ADVICE_SOURCE)
    # BL23 and GB30 on both sides, 300 s each: 20 minutes a round
    assert lib.review(routine(("BL23", 300), ("GB30", 150), rounds=2), pregnant=False).warning == ""  # 30 min
    long = lib.review(routine(("BL23", 300), ("GB30", 300), rounds=2), pregnant=False)  # 40 minutes
    assert long.can_save, "a long routine is warned about, not refused"
    assert "about 40 minutes, more than 30 minutes" in long.warning
    assert f"“{title}” advises 10 to 15 minutes a session" in long.warning


def test_the_advice_comes_from_the_atlas() -> None:
    from acupoint_gui.model.catalog import load_catalog

    atlas = load_catalog().atlas
    assert atlas.instructions.session_minutes == (10, 15)
    assert ADVICE_SOURCE in {s.id for s in atlas.sources}


# --- files: the same bounds, with FILE:LINE -----------------------------------------------


def test_built_in_routines_and_every_points_own_time_are_within_the_bounds(catalog: Catalog) -> None:
    for builtin in catalog.routines:
        assert problems(builtin) == (), builtin.id
    for point in catalog.atlas.points:
        assert LIMITS.seconds_per_side.holds(point.technique.seconds_per_side), point.code


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "shared.yaml"
    path.write_text("schema: 1\nroutines:\n  - id: mine\n    name: Mine\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("    steps:\n      - {point: BL23, seconds_per_side: 301}\n", ":6: routines[0].steps[0].seconds_per_side: "),
        ("    steps:\n      - {point: BL23, seconds_per_side: 4}\n", ":6: routines[0].steps[0].seconds_per_side: "),
        ("    rounds: 11\n    steps:\n      - {point: BL23, seconds_per_side: 30}\n", ":5: routines[0].rounds: "),
        ("    target_minutes: 61\n    steps:\n      - {point: BL23, seconds_per_side: 30}\n", ":5: routines[0].target"),
    ],
)
def test_an_imported_file_is_held_to_the_same_bounds(
    catalog: Catalog, tmp_path: Path, body: str, expected: str
) -> None:
    path = write(tmp_path, body)
    with pytest.raises(DataError) as caught:
        load_routines(path, catalog.atlas)
    [problem] = caught.value.problems
    assert str(problem).startswith(f"{path}{expected}") and "must be between" in problem.message


def test_your_own_file_from_an_earlier_version_is_still_read(catalog: Catalog, tmp_path: Path) -> None:
    """Earlier versions saved up to 600 s a side, 20 rounds, 120 minutes: that file is not moved aside."""
    earlier = routine(("BL23", 600), rounds=20)
    store = RoutineStore(tmp_path / "routines.yaml", catalog.atlas)
    store.path.write_text(routines_to_yaml([earlier]), encoding="utf-8")
    own, report = store.load()
    assert report is None and own == [earlier]
    assert problems(own[0]), "the editor still asks for the values to be brought within bounds"
    assert EARLIER_LIMITS.seconds_per_side.holds(600)
    with pytest.raises(DataError):  # shared with someone else, it is held to today's bounds
        store.import_file(store.path, [])
