"""Practice answers in the history database, and what they add up to: each point's record (for
choosing what to ask next), the points mastered and the average distance over time. All of it
in SQL: years of practice are a few dozen rows read. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date

from .history import History
from .points import Side
from .practice import Question, Score

RECENT = 5  # a point's record is its last this many answers
MASTERED_RUN = 3  # found this many times in a row, most recently: mastered


@dataclass(frozen=True)
class PointRecord:
    """How a point has gone lately: its last :data:`RECENT` answers."""

    code: str
    answers: int  # of the recent ones (at most RECENT)
    missed: int  # not found (too far, or the wrong side)
    wrong_side: int
    average_cun: float
    mastered: bool


@dataclass(frozen=True)
class PracticeDay:
    day: date  # local
    answers: int
    average_cun: float
    found: int


@dataclass(frozen=True)
class PracticeProgress:
    points_practised: int
    points_mastered: tuple[str, ...]
    answers: int
    days: tuple[PracticeDay, ...]  # oldest first, days with answers only
    records: tuple[PointRecord, ...]


def next_round(history: History) -> int:
    """The number for a new round: one more than the last."""
    last: int | None = history.db.execute("SELECT MAX(round) FROM practice").fetchone()[0]
    return (last or 0) + 1


def record_answer(history: History, round_number: int, question: Question, score: Score) -> None:
    """Keep one answer; committed before it returns (autocommit), like a session's steps."""
    history.db.execute(
        "INSERT INTO practice (answered_at, round, point, side, view, distance_cun, wrong_side, found)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            _now(history),
            round_number,
            question.code,
            question.side.value,
            question.view,
            round(score.distance_cun, 3),
            int(score.wrong_side),
            int(score.found),
        ),
    )


def _now(history: History) -> str:
    moment = history.clock()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# Each point's last RECENT answers (a window function over the index on point, time).
_RECENT_SQL = """
SELECT point, COUNT(*), SUM(1 - found), SUM(wrong_side), AVG(distance_cun),
       SUM(CASE WHEN n <= ? THEN found ELSE 0 END)
FROM (SELECT point, found, wrong_side, distance_cun,
             ROW_NUMBER() OVER (PARTITION BY point ORDER BY answered_at DESC, id DESC) AS n
      FROM practice)
WHERE n <= ?
GROUP BY point ORDER BY point
"""


def point_records(history: History) -> dict[str, PointRecord]:
    """Every practised point's recent record, by code."""
    rows = history.db.execute(_RECENT_SQL, (MASTERED_RUN, RECENT)).fetchall()
    return {
        code: PointRecord(code, answers, missed, wrong, average, mastered=run >= MASTERED_RUN)
        for code, answers, missed, wrong, average, run in rows
    }


_DAYS_SQL = """
SELECT date(answered_at, 'localtime') AS day, COUNT(*), AVG(distance_cun), SUM(found)
FROM practice GROUP BY day ORDER BY day
"""


def progress(history: History) -> PracticeProgress:
    """The points mastered, and the average distance day by day (local days)."""
    records = point_records(history)
    days = tuple(
        PracticeDay(date.fromisoformat(day), answers, average, found)
        for day, answers, average, found in history.db.execute(_DAYS_SQL)
    )
    answers: int = history.db.execute("SELECT COUNT(*) FROM practice").fetchone()[0]
    mastered = tuple(code for code, record in records.items() if record.mastered)
    return PracticeProgress(len(records), mastered, answers, days, tuple(records.values()))


def answers_of_round(history: History, round_number: int) -> list[tuple[str, Side, float, bool, bool]]:
    """A round's answers in order: (point, side, distance in cun, wrong side, found)."""
    rows = history.db.execute(
        "SELECT point, side, distance_cun, wrong_side, found FROM practice WHERE round = ? ORDER BY id",
        (round_number,),
    )
    return [(code, Side(side), distance, bool(wrong), bool(found)) for code, side, distance, wrong, found in rows]
