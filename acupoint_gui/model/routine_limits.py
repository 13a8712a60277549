"""What a routine may hold, and the words for what it may not. No Qt.

The same bounds hold a routine made in the editor and one read from a file (built-in or
imported), so nothing the app refuses in one place slips in through the other. A value out of
bounds is refused with the reason, never cut to fit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .routines import Routine
from .wording import Words


class LimitWords(Words):
    """Why the routine editor refuses a routine, and its warning about a long one."""


class Limit(NamedTuple):
    """The lowest and highest value allowed, both included."""

    low: int
    high: int

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


class RoutineLimits(NamedTuple):
    seconds_per_side: Limit
    rounds: Limit
    target_minutes: Limit


LIMITS = RoutineLimits(seconds_per_side=Limit(5, 300), rounds=Limit(1, 10), target_minutes=Limit(1, 60))
"""What a routine may ask for: 5 seconds to 5 minutes a side, 1 to 10 rounds, or 1 to 60 minutes."""

EARLIER_LIMITS = RoutineLimits(seconds_per_side=Limit(1, 600), rounds=Limit(1, 20), target_minutes=Limit(1, 120))
"""The wider bounds of earlier versions. The user's own routines file may hold what those saved:
it is still read (never moved aside for it), and the editor asks for the values to be brought
within :data:`LIMITS` before the routine is saved again."""

MAX_NAME = 80
MAX_STEPS = 100

LONG_SESSION_MINUTES = 30
"""A routine longer than this gets a warning: well beyond the 10 to 15 minutes advised."""

ADVICE_SOURCE = "hip-low-back"
"""The article that advises how long a session lasts (its "10 to 15 minutes")."""


class RoutineProblem(NamedTuple):
    """Why a routine cannot be saved as it is.

    ``field`` is ``name``, ``steps``, ``seconds_per_side``, ``rounds`` or ``target_minutes``;
    ``step`` is the step's position for ``seconds_per_side``. ``refused`` is true for a value
    out of bounds, false for something not there yet (a name, a first point).
    """

    field: str
    message: str
    step: int = -1
    refused: bool = True


def problems(routine: Routine, limits: RoutineLimits = LIMITS) -> tuple[RoutineProblem, ...]:
    """Everything that keeps ``routine`` from being saved, in the order the editor shows its fields."""
    found: list[RoutineProblem] = []
    name_words = name_problem(routine.name)
    if name_words:
        found.append(RoutineProblem("name", name_words, refused=bool(routine.name.strip())))
    if not routine.steps:
        found.append(
            RoutineProblem(
                "steps",
                LimitWords.tr("Add at least one point: a routine with no points cannot be saved."),
                refused=False,
            )
        )
    elif len(routine.steps) > MAX_STEPS:
        found.append(
            RoutineProblem(
                "steps",
                LimitWords.tr("A routine has at most {most} points; this one has {count}.").format(
                    most=MAX_STEPS, count=len(routine.steps)
                ),
            )
        )
    for position, step in enumerate(routine.steps):
        problem = seconds_problem(step.seconds_per_side, limits.seconds_per_side)
        if problem:
            where = LimitWords.tr("{code}: {problem}").format(code=step.point, problem=problem)
            found.append(RoutineProblem("seconds_per_side", where, position))
    if routine.target_minutes is None:
        problem = _bound_problem(routine.rounds, limits.rounds, _rounds_words)
        if problem:
            found.append(RoutineProblem("rounds", problem))
    else:
        problem = _bound_problem(routine.target_minutes, limits.target_minutes, _target_words)
        if problem:
            found.append(RoutineProblem("target_minutes", problem))
    return tuple(found)


def name_problem(name: str) -> str:
    """Why ``name`` cannot name a routine, or "" when it can."""
    name = name.strip()
    if not name:
        return LimitWords.tr("Give the routine a name.")
    if len(name) > MAX_NAME:
        return LimitWords.tr("The name is too long: at most {most} characters, not {count}.").format(
            most=MAX_NAME, count=len(name)
        )
    return ""


def seconds_problem(seconds: float, limit: Limit = LIMITS.seconds_per_side) -> str:
    """Why ``seconds`` a side is refused, or "" when it is allowed."""
    return _bound_problem(seconds, limit, _seconds_words)


def is_long(seconds: float) -> bool:
    """Whether a session of ``seconds`` is long enough to warn about."""
    return seconds > LONG_SESSION_MINUTES * 60


def long_session_warning(length: str, advised: tuple[int, int], source_title: str) -> str:
    """The warning for a session of ``length`` (in words, "2 hours") beyond :data:`LONG_SESSION_MINUTES`."""
    low, high = advised
    return LimitWords.tr(
        "This routine takes about {length}, more than {long} minutes. The article “{title}” advises "
        "{low} to {high} minutes a session, once or twice a day: fewer rounds or a shorter target length "
        "keep within that."
    ).format(length=length, long=LONG_SESSION_MINUTES, title=source_title, low=low, high=high)


def _bound_problem(value: float, limit: Limit, words: Callable[[float, bool, Limit], str]) -> str:
    if limit.holds(value):
        return ""
    return words(value, value > limit.high, limit)


def _number(value: float) -> str:
    return f"{value:g}"


def _seconds_words(value: float, high: bool, limit: Limit) -> str:
    if high:
        return LimitWords.tr("{value} seconds a side is too long: at most {most} seconds ({minutes}) a side.").format(
            value=_number(value), most=limit.high, minutes=_minutes(limit.high)
        )
    return LimitWords.tr("{value} seconds a side is too short: at least {least} seconds.").format(
        value=_number(value), least=limit.low
    )


def _rounds_words(value: float, high: bool, limit: Limit) -> str:
    if high:
        return LimitWords.tr("{value} rounds are too many: at most {most}.").format(
            value=_number(value), most=limit.high
        )
    return LimitWords.tr("{value} rounds are too few: at least {least}.").format(value=_number(value), least=limit.low)


def _target_words(value: float, high: bool, limit: Limit) -> str:
    if high:
        return LimitWords.tr("A target length of {value} minutes is too long: at most {most} minutes.").format(
            value=_number(value), most=limit.high
        )
    return LimitWords.tr("A target length of {value} minutes is too short: at least {least}.").format(
        value=_number(value), least=_minutes(limit.low * 60)
    )


def _minutes(seconds: int) -> str:
    minutes = seconds / 60
    if minutes == int(minutes):
        return LimitWords.tr("%n minute(s)", "", int(minutes))
    return LimitWords.tr("{minutes} minutes").format(minutes=f"{minutes:g}")
