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
from .wording import QT_TRANSLATE_NOOP, Words

DEFAULT_WEEKS = 8
MAX_NOTES = 15  # the most recent ones: a report is one or two pages
MAX_NOTE_CHARACTERS = 280
TITLE = QT_TRANSLATE_NOOP("ReportWords", "Progress report")


class ReportWords(Words):
    """The progress report's words (the model's part: its sentences, days and periods)."""


MONTHS = (
    QT_TRANSLATE_NOOP("ReportWords", "January"),
    QT_TRANSLATE_NOOP("ReportWords", "February"),
    QT_TRANSLATE_NOOP("ReportWords", "March"),
    QT_TRANSLATE_NOOP("ReportWords", "April"),
    QT_TRANSLATE_NOOP("ReportWords", "May"),
    QT_TRANSLATE_NOOP("ReportWords", "June"),
    QT_TRANSLATE_NOOP("ReportWords", "July"),
    QT_TRANSLATE_NOOP("ReportWords", "August"),
    QT_TRANSLATE_NOOP("ReportWords", "September"),
    QT_TRANSLATE_NOOP("ReportWords", "October"),
    QT_TRANSLATE_NOOP("ReportWords", "November"),
    QT_TRANSLATE_NOOP("ReportWords", "December"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("ReportWords", "Jan"),
    QT_TRANSLATE_NOOP("ReportWords", "Feb"),
    QT_TRANSLATE_NOOP("ReportWords", "Mar"),
    QT_TRANSLATE_NOOP("ReportWords", "Apr"),
    QT_TRANSLATE_NOOP("ReportWords", "May"),
    QT_TRANSLATE_NOOP("ReportWords", "Jun"),
    QT_TRANSLATE_NOOP("ReportWords", "Jul"),
    QT_TRANSLATE_NOOP("ReportWords", "Aug"),
    QT_TRANSLATE_NOOP("ReportWords", "Sep"),
    QT_TRANSLATE_NOOP("ReportWords", "Oct"),
    QT_TRANSLATE_NOOP("ReportWords", "Nov"),
    QT_TRANSLATE_NOOP("ReportWords", "Dec"),
)
UNIT_WORDS = {  # a period, as in "in the first week with scores"
    "week": QT_TRANSLATE_NOOP("ReportWords", "week"),
    "month": QT_TRANSLATE_NOOP("ReportWords", "month"),
    "quarter": QT_TRANSLATE_NOOP("ReportWords", "quarter"),
    "year": QT_TRANSLATE_NOOP("ReportWords", "year"),
}


def _month(day: date) -> str:
    return ReportWords.tr(MONTHS[day.month - 1])


def _short_month(day: date) -> str:
    return ReportWords.tr(SHORT_MONTHS[day.month - 1])


def _periods(count: int, unit: str) -> str:
    """``"8 weeks"``."""
    if unit == "week":
        return ReportWords.tr("%n week(s)", "", count)
    if unit == "month":
        return ReportWords.tr("%n month(s)", "", count)
    if unit == "quarter":
        return ReportWords.tr("%n quarter(s)", "", count)
    return ReportWords.tr("%n year(s)", "", count)


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
            ReportWords.tr(
                "the report would end ({end}) before it starts ({start}): --from must be on or before --to"
            ).format(end=end.isoformat(), start=start.isoformat())
        )
    return start, end


def period_problem(first: date, last: date) -> str | None:
    """Why a report cannot cover ``first`` to ``last``, in a sentence; ``None`` when it can."""
    if first > last:
        return ReportWords.tr(
            "The report would end ({last}) before it starts ({first}): choose a first day on or before the last."
        ).format(last=day_words(last), first=day_words(first))
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
    if year:
        return ReportWords.tr("{day} {month} {year}").format(day=day.day, month=_month(day), year=day.year)
    return ReportWords.tr("{day} {month}").format(day=day.day, month=_month(day))


def period_words(first: date, last: date) -> str:
    """``"2 March – 26 April 2026"``; ``"15 December 2025 – 8 February 2026"`` across a new year."""
    if first == last:
        return day_words(first)
    return ReportWords.tr("{first} – {last}").format(
        first=day_words(first, year=first.year != last.year), last=day_words(last)
    )


def between_words(first: date, last: date) -> str:
    """``"between 2 March and 26 April 2026"``, or ``"on 3 March 2026"`` for one day."""
    if first == last:
        return ReportWords.tr("on {day}").format(day=day_words(first))
    return ReportWords.tr("between {first} and {last}").format(
        first=day_words(first, year=first.year != last.year), last=day_words(last)
    )


def period_label(period: Period, first: date, last: date, grain: Grain) -> str:
    """A row's days, cut to the report's own: ``"2–8 Mar"``, ``"30 Mar – 5 Apr"``, ``"April 2026"``."""
    start, end = max(period.start, first), min(period.end - timedelta(days=1), last)
    if grain is Grain.WEEK or start != period.start or end != period.end - timedelta(days=1):
        if start == end:
            return ReportWords.tr("{day} {month}").format(day=start.day, month=_short_month(start))
        if start.month == end.month:
            return ReportWords.tr("{first}–{last} {month}").format(
                first=start.day, last=end.day, month=_short_month(end)
            )
        return ReportWords.tr("{first_day} {first_month} – {last_day} {last_month}").format(
            first_day=start.day, first_month=_short_month(start), last_day=end.day, last_month=_short_month(end)
        )
    if grain is Grain.MONTH:
        return ReportWords.tr("{month} {year}").format(month=_month(start), year=start.year)
    if grain is Grain.QUARTER:
        return ReportWords.tr("{first_month}–{last_month} {year}").format(
            first_month=_short_month(start), last_month=_short_month(end), year=end.year
        )
    return str(start.year)


def _score(value: float) -> str:
    return f"{value:.1f}"


def summary_lines(periods: Sequence[Period], grain: Grain) -> tuple[str, ...]:
    """What the numbers say, in plain sentences: how many sessions, and the average pain
    before and after in the first and the last period that has scores."""
    sessions = sum(p.sessions for p in periods)
    finished = sum(p.finished for p in periods)
    unit = ReportWords.tr(UNIT_WORDS.get(grain.value, grain.value))
    with_sessions = sum(1 for p in periods if p.sessions)
    parts = {
        "sessions": ReportWords.tr("%n session(s)", "", sessions),
        "periods": _periods(len(periods), grain.value),
        "finished": finished,
        "count": with_sessions,
        "unit": unit,
    }
    if with_sessions == len(periods):
        first_line = ReportWords.tr(
            "{sessions} in {periods} ({finished} to the end); at least one session in each of the {periods}."
        )
    else:
        first_line = ReportWords.tr(
            "{sessions} in {periods} ({finished} to the end); at least one session in {count} of the {periods}."
        )
    lines = [first_line.format(**parts)]
    scale = ReportWords.tr(", from 0 (none) to 10 (the worst imaginable)")
    words = {
        "before": (
            ReportWords.tr("No pain scores before sessions."),
            ReportWords.tr("Pain before sessions{scale}: {first} on average."),
            ReportWords.tr(
                "Pain before sessions{scale}: {first} on average in the first {unit} with scores, {last} in the last."
            ),
        ),
        "after": (
            ReportWords.tr("No pain scores after sessions."),
            ReportWords.tr("Pain after sessions{scale}: {first} on average."),
            ReportWords.tr(
                "Pain after sessions{scale}: {first} on average in the first {unit} with scores, {last} in the last."
            ),
        ),
    }
    for label, values in (("before", [p.pain_before for p in periods]), ("after", [p.pain_after for p in periods])):
        none, one, both = words[label]
        scored = [(p, v) for p, v in zip(periods, values, strict=True) if v is not None]
        if not scored:
            lines.append(none)
            continue
        (first, low), (last, high) = scored[0], scored[-1]
        assert low is not None and high is not None
        sentence = one if first is last else both
        lines.append(sentence.format(scale=scale, first=_score(low), last=_score(high), unit=unit))
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
        ReportWords.tr(TITLE),
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
    return ReportWords.tr(
        "No sessions were recorded {when}, so there is nothing to report: "
        "a report shows the sessions you do with Acupoint and the pain you note before and after them."
    ).format(when=between_words(first, last))


def pain_words(before: int | None, after: int | None) -> str:
    """A note's scores: ``"pain 6 → 4"``, ``"pain 6 before"``, ``"pain 3 after"``, or nothing."""
    if before is not None and after is not None:
        return ReportWords.tr("pain {before} → {after}").format(before=before, after=after)
    if before is not None:
        return ReportWords.tr("pain {before} before").format(before=before)
    if after is not None:
        return ReportWords.tr("pain {after} after").format(after=after)
    return ""
