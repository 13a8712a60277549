"""Routines: which points to press, for how long, and how a routine unrolls into timed steps.

A :class:`Routine` is what people write and save (point, seconds per side). :func:`expand`
turns it into the flat list of :class:`SessionStep` that the session engine times: one step
per side of each point, repeated for as many rounds as the routine asks for. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import NamedTuple

from .points import Claim, Side, normalise_code

# The articles suggest 10–15 minutes a session; routines aiming for a length start at the lower end.
DEFAULT_TARGET_MINUTES = 10

# A guard, not a preference: a tiny routine with a long target must not unroll into thousands of steps.
MAX_ROUNDS = 50


class RoutineStep(NamedTuple):
    """One point in a routine: its WHO code and how long to press each side."""

    point: str
    seconds_per_side: int


class Routine(NamedTuple):
    """A named sequence of points.

    When ``target_minutes`` is set it wins over ``rounds``: whole rounds are repeated until
    the session is at least that long.
    """

    id: str
    name: str
    source: str | None
    description: str
    steps: tuple[RoutineStep, ...]
    rounds: int = 1
    target_minutes: float | None = None
    builtin: bool = False
    # How to do it, as the routine's article says (each claim with its sources); the printed
    # sheet shows these, so every sheet's advice is its own routine's, and credited.
    instructions: tuple[Claim, ...] = ()


class SessionStep(NamedTuple):
    """One timed press: one side of one point in one round.

    ``switch_sides_after`` marks the left half of a bilateral point, so the session can tell
    the person to move to the right side as soon as it ends.
    """

    point: str
    side: Side
    seconds: float
    round: int  # 1-based
    position: int  # 0-based, in the expanded list (a NamedTuple field cannot be called index)
    switch_sides_after: bool


def expand(
    routine: Routine, is_bilateral: Callable[[str], bool], *, exclude: Collection[str] = ()
) -> tuple[SessionStep, ...]:
    """The timed steps of ``routine``, in the order they are pressed.

    A bilateral point becomes the person's left side then right side, each for
    ``seconds_per_side``; a midline point is one step. Points named in ``exclude`` (for
    example those contraindicated in pregnancy) are left out; codes are compared the way
    :func:`normalise_code` does, so ``"BL 23"`` excludes ``"BL23"``.

    Rounds: with ``target_minutes``, the fewest whole rounds whose total reaches the target
    (at least 1, at most :data:`MAX_ROUNDS`); otherwise ``rounds`` (clamped to the same range).
    A routine with no steps left after exclusion expands to ``()``.
    """
    excluded = {normalise_code(code) for code in exclude}
    kept = [step for step in routine.steps if normalise_code(step.point) not in excluded]
    # Ask about each point once: the callback may be a dictionary look-up in a large atlas.
    one_round = [
        (step.point, side, float(step.seconds_per_side)) for step in kept for side in _sides(step.point, is_bilateral)
    ]
    if not one_round:
        return ()
    round_count = _round_count(routine, sum(seconds for _, _, seconds in one_round))
    steps: list[SessionStep] = []
    for round_number in range(1, round_count + 1):
        for point, side, seconds in one_round:
            steps.append(
                SessionStep(
                    point=point,
                    side=side,
                    seconds=seconds,
                    round=round_number,
                    position=len(steps),
                    switch_sides_after=side is Side.LEFT,
                )
            )
    return tuple(steps)


def total_seconds(steps: Sequence[SessionStep]) -> float:
    """How long the steps take end to end, without pauses."""
    return float(sum(step.seconds for step in steps))


def _sides(code: str, is_bilateral: Callable[[str], bool]) -> tuple[Side, ...]:
    # The same order as Point.sides(): the articles press the left side first.
    return (Side.LEFT, Side.RIGHT) if is_bilateral(code) else (Side.MIDLINE,)


def _round_count(routine: Routine, round_seconds: float) -> int:
    if routine.target_minutes is None:
        return min(max(routine.rounds, 1), MAX_ROUNDS)
    if round_seconds <= 0:
        return 1  # repeating a round that takes no time can never reach the target
    target_seconds = routine.target_minutes * 60
    rounds = 1
    # Counting up (rather than ceil of a division) keeps "the first count that reaches the
    # target" exact when the target is a whole multiple of a round, whatever the float rounding.
    while rounds < MAX_ROUNDS and rounds * round_seconds < target_seconds:
        rounds += 1
    return rounds


def slug(name: str) -> str:
    """An id made from a routine's name: ``"My evening routine"`` → ``"my-evening-routine"``."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    return "-".join(words)[:60].strip("-") or "routine"


def unique_id(name: str, taken: Iterable[str]) -> str:
    """An id made from ``name`` that none of ``taken`` has: ``my-routine``, ``my-routine-2``…"""
    used = set(taken)
    base = slug(name)
    candidate, counter = base, 2
    while candidate in used:
        candidate = f"{base}-{counter}"
        counter += 1
    return candidate
