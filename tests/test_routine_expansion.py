"""Routines unroll into timed steps: sides, rounds, targets and excluded points."""

from __future__ import annotations

import pytest

from acupoint_gui.model.points import Side
from acupoint_gui.model.routines import (
    DEFAULT_TARGET_MINUTES,
    MAX_ROUNDS,
    Routine,
    RoutineStep,
    SessionStep,
    expand,
    total_seconds,
)

MIDLINE_POINTS = {"CV6", "GV4"}


def is_bilateral(code: str) -> bool:
    return code not in MIDLINE_POINTS


def routine(*steps: tuple[str, int], rounds: int = 1, target_minutes: float | None = None) -> Routine:
    return Routine(
        id="test",
        name="Test",
        source=None,
        description="",
        steps=tuple(RoutineStep(code, seconds) for code, seconds in steps),
        rounds=rounds,
        target_minutes=target_minutes,
    )


def sides(steps: tuple[SessionStep, ...]) -> list[tuple[str, Side]]:
    return [(s.point, s.side) for s in steps]


def test_bilateral_points_are_left_then_right_and_midline_points_once() -> None:
    steps = expand(routine(("BL23", 30), ("CV6", 45), ("GB30", 20)), is_bilateral)
    assert sides(steps) == [
        ("BL23", Side.LEFT),
        ("BL23", Side.RIGHT),
        ("CV6", Side.MIDLINE),
        ("GB30", Side.LEFT),
        ("GB30", Side.RIGHT),
    ]
    assert [s.seconds for s in steps] == [30, 30, 45, 20, 20]
    assert [s.position for s in steps] == [0, 1, 2, 3, 4]
    assert {s.round for s in steps} == {1}


def test_only_the_left_half_of_a_bilateral_point_is_followed_by_a_switch() -> None:
    steps = expand(routine(("BL23", 30), ("CV6", 45), ("GB30", 20)), is_bilateral)
    assert [s.switch_sides_after for s in steps] == [True, False, False, True, False]


def test_rounds_repeat_the_whole_routine_with_running_indices() -> None:
    steps = expand(routine(("BL23", 10), ("CV6", 5), rounds=3), is_bilateral)
    assert len(steps) == 9
    assert [s.round for s in steps] == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert [s.position for s in steps] == list(range(9))
    assert sides(steps[3:6]) == sides(steps[:3])
    assert total_seconds(steps) == 75


@pytest.mark.parametrize(
    ("target_minutes", "expected_rounds"),
    [
        (2.5, 3),  # 2 rounds = 120 s fall short of 150 s; 3 rounds = 180 s reach it
        (2.0, 2),  # exactly two rounds: stop at the first count that reaches the target
        (0.1, 1),  # a target shorter than one round still gives one round
        (1.0 / 60, 1),
        (1000.0, MAX_ROUNDS),  # capped
    ],
)
def test_a_target_length_repeats_the_fewest_rounds_that_reach_it(target_minutes: float, expected_rounds: int) -> None:
    # One round: BL23 2 x 20 s + CV6 20 s = 60 s.
    steps = expand(routine(("BL23", 20), ("CV6", 20), target_minutes=target_minutes), is_bilateral)
    assert max(s.round for s in steps) == expected_rounds
    assert len(steps) == 3 * expected_rounds
    if expected_rounds < MAX_ROUNDS:
        assert total_seconds(steps) >= target_minutes * 60
        assert total_seconds(steps) - 60 < target_minutes * 60


def test_a_target_wins_over_the_rounds_field() -> None:
    steps = expand(routine(("CV6", 60), rounds=7, target_minutes=3), is_bilateral)
    assert len(steps) == 3


def test_default_target_fills_ten_minutes() -> None:
    assert DEFAULT_TARGET_MINUTES == 10
    steps = expand(routine(("BL23", 45), ("CV6", 60), target_minutes=DEFAULT_TARGET_MINUTES), is_bilateral)
    # 150 s a round: 4 rounds = 600 s, exactly ten minutes.
    assert total_seconds(steps) == 600
    assert max(s.round for s in steps) == 4


def test_excluded_points_are_left_out_and_rounds_count_without_them() -> None:
    r = routine(("BL23", 30), ("GB30", 30), ("CV6", 30), target_minutes=2)
    steps = expand(r, is_bilateral, exclude={"GB30"})
    assert "GB30" not in {s.point for s in steps}
    # 90 s a round without GB30: 2 rounds reach 120 s.
    assert len(steps) == 6
    assert [s.position for s in steps] == list(range(6))


def test_exclusion_ignores_spelling_of_the_code() -> None:
    steps = expand(routine(("BL23", 30), ("CV6", 30)), is_bilateral, exclude=["bl 23"])
    assert sides(steps) == [("CV6", Side.MIDLINE)]


def test_everything_excluded_or_nothing_to_do_expands_to_nothing() -> None:
    assert expand(routine(("BL23", 30), ("CV6", 30)), is_bilateral, exclude={"BL23", "CV6"}) == ()
    assert expand(routine(), is_bilateral) == ()
    assert expand(routine(target_minutes=10), is_bilateral) == ()
    assert total_seconds(()) == 0


def test_a_single_midline_point_is_a_single_step() -> None:
    steps = expand(routine(("GV4", 90)), is_bilateral)
    assert steps == (SessionStep("GV4", Side.MIDLINE, 90, 1, 0, False),)


def test_rounds_below_one_still_give_one_round() -> None:
    assert len(expand(routine(("CV6", 10), rounds=0), is_bilateral)) == 1


def test_laterality_is_asked_once_per_point_per_routine() -> None:
    asked: list[str] = []

    def counting(code: str) -> bool:
        asked.append(code)
        return True

    expand(routine(("BL23", 10), ("GB30", 10), rounds=5), counting)
    assert asked == ["BL23", "GB30"]
