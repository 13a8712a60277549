"""The progress report for the next visit, decided without Qt: sessions per week, pain before
and after, the routines used and the person's notes, for a period of local days.

Everything is read from the history database in SQL (:mod:`.history_query`): a period of years
is a few dozen rows, never every session. :mod:`acupoint_gui.printing.report` draws it through
the same layout as the point sheet.

The numbers are the person's own scores and counts; the wording reports them and draws no
conclusion from them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .handout import NO_HANDOUT, Handout
from .history import History
from .history_query import Grain, Period, count_between, periods_between, routines_between, sessions_between

DEFAULT_WEEKS = 8
MAX_NOTES = 15  # the most recent ones: a report is one or two pages
MAX_NOTE_CHARACTERS = 280
TITLE = "Progress report"


class ReportError(ValueError):
    """The period asked for makes no report (it ends before it starts); the text says why."""


@dataclass(frozen=True)
class ReportRoutine:
    name: str
    sessions: int
    codes: tuple[str, ...]  # its points in press order, when the routine is still known


@dataclass(frozen=True)
class ReportNote:
    when: datetime  # local time
    pain_before: int | None
    pain_after: int | None
    text: str


@dataclass(frozen=True)
class ReportContent:
    title: str
    first: date  # the period, both days included
    last: date
    made: date
    grain: Grain
    periods: tuple[Period, ...]
    summary: tuple[str, ...]
    routines: tuple[ReportRoutine, ...]
    notes: tuple[ReportNote, ...]
    notes_left_out: int  # older notes not shown
    handout: Handout = NO_HANDOUT

    @property
    def sessions(self) -> int:
        return sum(p.sessions for p in self.periods)


def default_period(today: date, first: date | None, last: date | None) -> tuple[date, date]:
    """The days a report covers: as given, else the last :data:`DEFAULT_WEEKS` calendar weeks
    (Monday to Sunday) up to ``last`` or today; ReportError when it would end before it starts."""
    end = last or today
    start = first or end - timedelta(days=end.weekday()) - timedelta(weeks=DEFAULT_WEEKS - 1)
    if start > end:
        raise ReportError(
            f"the report would end ({end.isoformat()}) before it starts ({start.isoformat()}): "
            "--from must be on or before --to"
        )
    return start, end


def period_problem(first: date, last: date) -> str | None:
    """Why a report cannot cover ``first`` to ``last``, in a sentence; ``None`` when it can."""
    if first > last:
        return (
            f"The report would end ({day_words(last)}) before it starts ({day_words(first)}): "
            "choose a first day on or before the last."
        )
    return None


def report_grain(first: date, last: date) -> Grain:
    """Weeks for up to 16 weeks, months for up to two years, then quarters, then years."""
    days = (last - first).days + 1
    if days <= 16 * 7:
        return Grain.WEEK
    if days <= 2 * 366:
        return Grain.MONTH
    return Grain.QUARTER if days <= 10 * 366 else Grain.YEAR


def day_words(day: date, *, year: bool = True) -> str:
    """``"3 March 2026"`` (or ``"3 March"``), in the words the sheet uses."""
    return f"{day.day} {day.strftime('%B')}" + (f" {day.year}" if year else "")


def period_words(first: date, last: date) -> str:
    """``"2 March – 26 April 2026"``; ``"15 December 2025 – 8 February 2026"`` across a new year."""
    if first == last:
        return day_words(first)
    return f"{day_words(first, year=first.year != last.year)} – {day_words(last)}"


def between_words(first: date, last: date) -> str:
    """``"between 2 March and 26 April 2026"``, or ``"on 3 March 2026"`` for one day."""
    if first == last:
        return f"on {day_words(first)}"
    return f"between {day_words(first, year=first.year != last.year)} and {day_words(last)}"


def period_label(period: Period, first: date, last: date, grain: Grain) -> str:
    """A row's days, cut to the report's own: ``"2–8 Mar"``, ``"30 Mar – 5 Apr"``, ``"April 2026"``."""
    start, end = max(period.start, first), min(period.end - timedelta(days=1), last)
    if grain is Grain.WEEK or start != period.start or end != period.end - timedelta(days=1):
        if start == end:
            return f"{start.day} {start:%b}"
        if start.month == end.month:
            return f"{start.day}–{end.day} {end:%b}"
        return f"{start.day} {start:%b} – {end.day} {end:%b}"
    if grain is Grain.MONTH:
        return f"{start:%B %Y}"
    if grain is Grain.QUARTER:
        return f"{start:%b}–{end:%b %Y}"
    return str(start.year)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _score(value: float) -> str:
    return f"{value:.1f}"


def summary_lines(periods: Sequence[Period], grain: Grain) -> tuple[str, ...]:
    """What the numbers say, in plain sentences: how many sessions, and the average pain
    before and after in the first and the last period that has scores."""
    sessions = sum(p.sessions for p in periods)
    finished = sum(p.finished for p in periods)
    unit = grain.value
    with_sessions = sum(1 for p in periods if p.sessions)
    every = "each" if with_sessions == len(periods) else str(with_sessions)
    lines = [
        f"{_plural(sessions, 'session')} in {_plural(len(periods), unit)} ({finished} to the end); "
        f"at least one session in {every} of the {_plural(len(periods), unit)}."
    ]
    scale = ", from 0 (none) to 10 (the worst imaginable)"
    for label, values in (("before", [p.pain_before for p in periods]), ("after", [p.pain_after for p in periods])):
        scored = [(p, v) for p, v in zip(periods, values, strict=True) if v is not None]
        if not scored:
            lines.append(f"No pain scores {label} sessions.")
            continue
        (first, low), (last, high) = scored[0], scored[-1]
        assert low is not None and high is not None
        if first is last:
            lines.append(f"Pain {label} sessions{scale}: {_score(low)} on average.")
        else:
            lines.append(
                f"Pain {label} sessions{scale}: {_score(low)} on average in the first {unit} with scores, "
                f"{_score(high)} in the last."
            )
        scale = ""
    return tuple(lines)


def _clipped(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= MAX_NOTE_CHARACTERS:
        return flat
    return flat[: MAX_NOTE_CHARACTERS - 1].rsplit(" ", 1)[0] + "…"


def build_report(
    history: History,
    first: date,
    last: date,
    *,
    made: date,
    routine_points: Mapping[str, Sequence[str]] | None = None,
    handout: Handout = NO_HANDOUT,
) -> ReportContent:
    """The report of the sessions begun from ``first`` to ``last`` (local days, both included).
    ``routine_points`` gives each known routine's point codes (by id)."""
    grain = report_grain(first, last)
    periods = periods_between(history, first, last, grain)
    known = routine_points or {}
    routines = tuple(
        ReportRoutine(name, count, tuple(dict.fromkeys(known.get(routine_id, ()))))
        for routine_id, name, count in routines_between(history, first, last)
    )
    noted = sessions_between(history, first, last, limit=MAX_NOTES, notes_only=True)
    notes = tuple(ReportNote(s.started_at.astimezone(), s.pain_before, s.pain_after, _clipped(s.note)) for s in noted)
    all_notes = count_between(history, first, last, notes_only=True)
    return ReportContent(
        TITLE,
        first,
        last,
        made,
        grain,
        periods,
        summary_lines(periods, grain) if any(p.sessions for p in periods) else (),
        routines,
        notes,
        all_notes - len(notes),
        handout,
    )


def empty_sentence(first: date, last: date) -> str:
    """What is said instead of a report when no session began in the period."""
    return (
        f"No sessions were recorded {between_words(first, last)}, so there is nothing to report: "
        "a report shows the sessions you do with Acupoint and the pain you note before and after them."
    )


def pain_words(before: int | None, after: int | None) -> str:
    """A note's scores: ``"pain 6 → 4"``, ``"pain 6 before"``, ``"pain 3 after"``, or nothing."""
    if before is not None and after is not None:
        return f"pain {before} → {after}"
    if before is not None:
        return f"pain {before} before"
    if after is not None:
        return f"pain {after} after"
    return ""
