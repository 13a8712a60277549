"""Reading the session history for display: a page of sessions at a time, sorted and filtered
in SQL, and the pain trend as averages per day, week or month (quarter or year for a decade
or more), also computed in SQL.

Years of sessions are never all loaded: a table asks for the page it shows, a chart for a few
dozen averages. Days, weeks and months are the person's local ones (SQLite's ``localtime``,
the same clock rules as Python's ``astimezone()``); weeks start on Monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum

from .history import SELECT_COLUMNS, History, SessionRecord, session_record


class SortKey(Enum):
    """What a table of sessions can be sorted by; the value is the SQL it sorts on."""

    STARTED = "started_at"
    ROUTINE = "routine_name COLLATE NOCASE"
    STEPS = "completed_steps"
    FINISHED = "finished"
    PAIN_BEFORE = "pain_before"
    PAIN_AFTER = "pain_after"
    NOTE = "note COLLATE NOCASE"


class Grain(Enum):
    """How long each period of the pain trend is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class HistorySpan(Enum):
    """How far back to look; each fixed span starts at the beginning of a period of its grain."""

    ALL = "all"
    WEEKS_4 = "4 weeks"
    MONTHS_3 = "3 months"
    MONTHS_12 = "12 months"


# The first local day of a period, as text (YYYY-MM-DD), from a local ``day`` (same form).
_PERIOD_SQL = {
    Grain.DAY: "day",
    Grain.WEEK: "date(day, 'weekday 0', '-6 days')",  # the Monday before or on
    # Cut from the text: SQLite's date functions cost more than the rest of the query.
    Grain.MONTH: "substr(day, 1, 8) || '01'",
    Grain.QUARTER: "substr(day, 1, 5) || printf('%02d', (substr(day, 6, 2) - 1) / 3 * 3 + 1) || '-01'",
    Grain.YEAR: "substr(day, 1, 5) || '01-01'",
}
# Sums per local day first, so that each session's local time is worked out once (it is
# the costly part); the periods then add up days. AVG = total / number of scores given.
_TREND_SQL = """
SELECT {period} AS period, SUM(sessions), SUM(before_sum) * 1.0 / SUM(before_n), SUM(after_sum) * 1.0 / SUM(after_n),
       SUM(finished)
FROM (SELECT date(started_at, 'localtime') AS day, COUNT(*) AS sessions,
             SUM(pain_before) AS before_sum, COUNT(pain_before) AS before_n,
             SUM(pain_after) AS after_sum, COUNT(pain_after) AS after_n, SUM(finished) AS finished
      FROM sessions{where} GROUP BY day)
GROUP BY period ORDER BY period
"""
MONTHS_IN = {Grain.MONTH: 1, Grain.QUARTER: 3, Grain.YEAR: 12}
# For "all sessions", the longest span each grain draws: about 60 periods at most, which a
# person can still read (and which draw quickly).
LONGEST = ((Grain.DAY, 42), (Grain.WEEK, 183), (Grain.MONTH, 5 * 366), (Grain.QUARTER, 15 * 366))


@dataclass(frozen=True)
class Period:
    """One period of the trend: how many sessions began in it, and their average pain."""

    start: date
    end: date  # the day after its last day
    sessions: int
    pain_before: float | None  # None: no session in it had a score
    pain_after: float | None
    finished: int = 0  # of its sessions, how many went to the end


@dataclass(frozen=True)
class PainTrend:
    """The periods from ``start`` to ``end`` (the day after the last), oldest first; periods
    without sessions are left out."""

    grain: Grain
    start: date
    end: date
    periods: tuple[Period, ...]


def period_start(day: date, grain: Grain) -> date:
    if grain is Grain.DAY:
        return day
    if grain is Grain.WEEK:
        return day - timedelta(days=day.weekday())
    month = (day.month - 1) // MONTHS_IN[grain] * MONTHS_IN[grain] + 1
    return date(day.year, month, 1)


def period_end(start: date, grain: Grain) -> date:
    """The day after the period that begins on ``start``."""
    if grain is Grain.DAY:
        return start + timedelta(days=1)
    if grain is Grain.WEEK:
        return start + timedelta(days=7)
    month = start.year * 12 + start.month - 1 + MONTHS_IN[grain]
    return date(month // 12, month % 12 + 1, 1)


def span_grain(span: HistorySpan, first: date, last: date) -> Grain:
    """The grain a span is drawn in: few enough periods to read, each with enough sessions."""
    fixed = {HistorySpan.WEEKS_4: Grain.DAY, HistorySpan.MONTHS_3: Grain.WEEK, HistorySpan.MONTHS_12: Grain.MONTH}
    if span in fixed:
        return fixed[span]
    days = (last - first).days + 1
    return next((grain for grain, longest in LONGEST if days <= longest), Grain.YEAR)


def span_start(span: HistorySpan, today: date) -> date | None:
    """The first day of ``span`` ending today (whole periods: 28 days, 13 weeks, 12 months)."""
    if span is HistorySpan.WEEKS_4:
        return today - timedelta(days=27)
    if span is HistorySpan.MONTHS_3:
        return period_start(today, Grain.WEEK) - timedelta(weeks=12)
    if span is HistorySpan.MONTHS_12:
        month = today.year * 12 + today.month - 1 - 11
        return date(month // 12, month % 12 + 1, 1)
    return None


def _since(since: date | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause for sessions begun on or after the local day ``since``."""
    if since is None:
        return "", ()
    midnight = datetime.combine(since, time()).astimezone().astimezone(UTC)
    # Stored moments are all UTC with microseconds, so text order is time order.
    return " WHERE started_at >= ?", (midnight.isoformat(timespec="microseconds"),)


def _between(first: date, last: date) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause for sessions begun on the local days ``first`` to ``last``, both included."""
    moments = (datetime.combine(day, time()).astimezone().astimezone(UTC) for day in (first, last + timedelta(1)))
    return " WHERE started_at >= ? AND started_at < ?", tuple(m.isoformat(timespec="microseconds") for m in moments)


def count_sessions(history: History, since: date | None = None) -> int:
    where, values = _since(since)
    count: int = history.db.execute("SELECT COUNT(*) FROM sessions" + where, values).fetchone()[0]
    return count


def session_page(
    history: History,
    offset: int,
    limit: int,
    *,
    sort: SortKey = SortKey.STARTED,
    descending: bool = True,
    since: date | None = None,
) -> list[SessionRecord]:
    """``limit`` sessions from position ``offset`` in the given order. Sessions without a pain
    score come last either way; equal keys are newest first, so pages never overlap."""
    where, values = _since(since)
    direction = "DESC" if descending else "ASC"
    order = f"{sort.value} {direction}, started_at DESC, id DESC"
    if sort in (SortKey.PAIN_BEFORE, SortKey.PAIN_AFTER):
        order = f"{sort.value} IS NULL, " + order
    sql = f"{SELECT_COLUMNS}{where} ORDER BY {order} LIMIT ? OFFSET ?"
    return [session_record(row) for row in history.db.execute(sql, (*values, limit, offset))]


def _local_day(stored: str) -> date:
    return datetime.fromisoformat(stored).astimezone().date()


def pain_trend(history: History, span: HistorySpan, today: date) -> PainTrend:
    """Average pain before and after, and the number of sessions, per period of ``span``."""
    since = span_start(span, today)
    where, values = _since(since)
    first, last = history.db.execute("SELECT MIN(started_at), MAX(started_at) FROM sessions" + where, values).fetchone()
    if first is None:
        grain = span_grain(span, today, today)
        start = since if since is not None else period_start(today, grain)
        return PainTrend(grain, start, period_end(period_start(today, grain), grain), ())
    first_day, last_day = _local_day(first), _local_day(last)
    grain = span_grain(span, first_day, last_day)
    rows = history.db.execute(_TREND_SQL.format(period=_PERIOD_SQL[grain], where=where), values).fetchall()
    periods = tuple(
        Period(
            start=(begins := date.fromisoformat(row[0])),
            end=period_end(begins, grain),
            sessions=row[1],
            pain_before=row[2],
            pain_after=row[3],
            finished=row[4],
        )
        for row in rows
    )
    start = since if since is not None else period_start(first_day, grain)
    # A fixed span runs to today, so weeks without sessions show as weeks without sessions.
    end_day = max(today, last_day) if since is not None else last_day
    return PainTrend(grain, start, period_end(period_start(end_day, grain), grain), periods)


def periods_between(history: History, first: date, last: date, grain: Grain) -> tuple[Period, ...]:
    """Every period of ``grain`` that overlaps the local days ``first`` to ``last`` (both
    included), oldest first, with the sessions begun in those days only; periods without
    sessions are there too, with none (a gap is something to see)."""
    where, values = _between(first, last)
    rows = history.db.execute(_TREND_SQL.format(period=_PERIOD_SQL[grain], where=where), values).fetchall()
    found = {date.fromisoformat(row[0]): row for row in rows}
    periods = []
    start = period_start(first, grain)
    while start <= last:
        end = period_end(start, grain)
        row = found.get(start)
        if row is None:
            periods.append(Period(start, end, 0, None, None))
        else:
            periods.append(Period(start, end, row[1], row[2], row[3], finished=row[4]))
        start = end
    return tuple(periods)


def sessions_between(
    history: History, first: date, last: date, *, limit: int, notes_only: bool = False
) -> list[SessionRecord]:
    """The newest ``limit`` sessions begun on the local days ``first`` to ``last``, oldest
    first; with ``notes_only``, only those with a note."""
    where, values = _between(first, last)
    noted = " AND note != ''" if notes_only else ""
    newest = f"{SELECT_COLUMNS}{where}{noted} ORDER BY started_at DESC, id DESC LIMIT ?"
    sql = f"SELECT * FROM ({newest}) ORDER BY started_at, id"
    return [session_record(row) for row in history.db.execute(sql, (*values, limit))]


def count_between(history: History, first: date, last: date, *, notes_only: bool = False) -> int:
    where, values = _between(first, last)
    noted = " AND note != ''" if notes_only else ""
    count: int = history.db.execute(f"SELECT COUNT(*) FROM sessions{where}{noted}", values).fetchone()[0]
    return count


def routines_between(history: History, first: date, last: date) -> list[tuple[str, str, int]]:
    """The routines of the sessions begun on those days: (id, latest name, sessions), most used first."""
    where, values = _between(first, last)
    sql = (
        "SELECT routine_id, routine_name, COUNT(*) AS n, MAX(started_at) FROM sessions"
        f"{where} GROUP BY routine_id ORDER BY n DESC, routine_id"
    )
    return [(row[0], row[1], row[2]) for row in history.db.execute(sql, values)]
