"""The progress report's content, without Qt: counts per week straight from the history, the
pain averages, partial weeks, notes (several entries a day), the period rules and the wording."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from acupoint_gui.model.handout import MAX_CLIENT, Handout, cleaned, handout_lines, handout_problem
from acupoint_gui.model.history import History
from acupoint_gui.model.history_query import Grain
from acupoint_gui.model.history_sample import generate_history
from acupoint_gui.model.progress_report import (
    MAX_NOTES,
    ReportError,
    build_report,
    default_period,
    empty_sentence,
    pain_words,
    period_label,
    period_problem,
    report_grain,
)

MONDAY = date(2026, 3, 2)
SUNDAY = date(2026, 4, 26)  # the last of eight whole weeks


@pytest.fixture
def eight_weeks(tmp_path: Path) -> Iterator[History]:
    with generate_history(tmp_path / "history.sqlite3", 8 * 7 * 2, last_day=SUNDAY, per_day=2) as history:
        yield history


def local_midnight(day: date) -> str:
    return datetime.combine(day, time()).astimezone().astimezone(UTC).isoformat(timespec="microseconds")


def counted(history: History, first: date, last: date, condition: str = "1") -> int:
    """A count straight from the table, to compare the report with."""
    sql = f"SELECT COUNT(*) FROM sessions WHERE started_at >= ? AND started_at < ? AND {condition}"
    result: int = history.db.execute(sql, (local_midnight(first), local_midnight(last + timedelta(1)))).fetchone()[0]
    return result


def test_eight_weeks_of_sessions_counted_per_week(eight_weeks: History) -> None:
    report = build_report(eight_weeks, MONDAY, SUNDAY, made=SUNDAY)
    assert report.grain is Grain.WEEK
    assert [p.start for p in report.periods] == [MONDAY + timedelta(weeks=n) for n in range(8)]
    assert [p.sessions for p in report.periods] == [14] * 8
    assert report.sessions == 112
    for period in report.periods:
        last = period.end - timedelta(days=1)
        assert period.finished == counted(eight_weeks, period.start, last, "finished = 1")
        assert period.finished < period.sessions  # every ninth session was stopped early
    assert report.summary[0] == (
        f"112 sessions in 8 weeks ({sum(p.finished for p in report.periods)} to the end); "
        "at least one session in each of the 8 weeks."
    )


def test_pain_averages_are_those_of_the_scores_given(eight_weeks: History) -> None:
    report = build_report(eight_weeks, MONDAY, SUNDAY, made=SUNDAY)
    first = report.periods[0]
    rows = eight_weeks.db.execute(
        "SELECT pain_before, pain_after FROM sessions WHERE started_at >= ? AND started_at < ?",
        (local_midnight(first.start), local_midnight(first.end)),
    ).fetchall()
    before = [b for b, _ in rows if b is not None]
    after = [a for _, a in rows if a is not None]
    assert first.pain_before == pytest.approx(sum(before) / len(before))
    assert first.pain_after == pytest.approx(sum(after) / len(after))
    # The sample eases from about 8 to about 3: the words report the first and last weeks' averages.
    last = report.periods[-1]
    assert report.summary[1] == (
        "Pain before sessions, from 0 (none) to 10 (the worst imaginable): "
        f"{first.pain_before:.1f} on average in the first week with scores, {last.pain_before:.1f} in the last."
    )
    assert report.summary[2].startswith(f"Pain after sessions: {first.pain_after:.1f} on average")


def test_notes_are_the_most_recent_and_say_how_many_are_left_out(eight_weeks: History) -> None:
    report = build_report(eight_weeks, MONDAY, SUNDAY, made=SUNDAY)
    with_notes = counted(eight_weeks, MONDAY, SUNDAY, "note != ''")
    assert with_notes == 23  # every fifth of 112
    assert len(report.notes) == MAX_NOTES
    assert report.notes_left_out == with_notes - MAX_NOTES
    times = [note.when for note in report.notes]
    assert times == sorted(times), "oldest first"
    newest = eight_weeks.db.execute("SELECT MAX(started_at) FROM sessions WHERE note != ''").fetchone()[0]
    assert report.notes[-1].when == datetime.fromisoformat(newest).astimezone()


def test_several_pain_entries_a_day_each_with_its_own_note(tmp_path: Path) -> None:
    moments = iter(datetime(2026, 3, 4, hour, tzinfo=UTC) for hour in (7, 7, 12, 12, 18, 18))
    with History(tmp_path / "h.sqlite3", clock=lambda: next(moments)) as history:
        for pain_before, pain_after, note in ((6, 4, "morning, stiff"), (5, 3, ""), (7, 5, "evening, after a walk")):
            session = history.begin_session("hip-low-back-five", "Hip and low back (five points)", 10, pain_before)
            history.finish_session(session, True, pain_after, note)
        day = datetime(2026, 3, 4, 12, tzinfo=UTC).astimezone().date()
        report = build_report(history, day, day, made=day)
    assert report.sessions == 3
    (period,) = report.periods
    assert period.pain_before == pytest.approx(6.0)
    assert period.pain_after == pytest.approx(4.0)
    assert [(n.text, n.pain_before, n.pain_after) for n in report.notes] == [
        ("morning, stiff", 6, 4),
        ("evening, after a walk", 7, 5),
    ]


def test_routines_used_are_counted_and_named_with_their_points(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        for routine_id, name in (("a", "Old name"), ("b", "Three-point hold"), ("a", "Morning")):
            history.finish_session(history.begin_session(routine_id, name, 4, None), True, None, "")
        today = date.today()
        report = build_report(history, today, today, made=today, routine_points={"a": ["BL23", "BL23", "GB30"]})
    assert [(r.name, r.sessions, r.codes) for r in report.routines] == [
        ("Morning", 2, ("BL23", "GB30")),  # its latest name; each point once
        ("Three-point hold", 1, ()),
    ]


def test_a_week_cut_by_the_period_is_labelled_with_its_own_days(eight_weeks: History) -> None:
    wednesday, friday = MONDAY + timedelta(days=2), SUNDAY - timedelta(days=2)
    report = build_report(eight_weeks, wednesday, friday, made=SUNDAY)
    labels = [period_label(p, wednesday, friday, report.grain) for p in report.periods]
    assert labels[0] == "4–8 Mar" and labels[1] == "9–15 Mar" and labels[-1] == "20–24 Apr"
    assert labels[3] == "23–29 Mar" and labels[4] == "30 Mar – 5 Apr"
    assert report.periods[0].sessions == 10 and report.periods[-1].sessions == 10


def test_weeks_without_sessions_are_rows_with_none(eight_weeks: History) -> None:
    report = build_report(eight_weeks, MONDAY - timedelta(weeks=2), SUNDAY, made=SUNDAY)
    assert [p.sessions for p in report.periods[:3]] == [0, 0, 14]
    assert report.periods[0].pain_before is None
    assert report.summary[0].endswith("at least one session in 8 of the 10 weeks.")


def test_an_empty_period_has_no_sessions_and_a_sentence(eight_weeks: History) -> None:
    later = SUNDAY + timedelta(days=30)
    report = build_report(eight_weeks, later, later + timedelta(days=6), made=later)
    assert report.sessions == 0 and report.notes == () and report.summary == ()
    assert empty_sentence(later, later + timedelta(days=6)) == (
        "No sessions were recorded between 26 May and 1 June 2026, so there is nothing to report: a report shows "
        "the sessions you do with Acupoint and the pain you note before and after them."
    )


def test_the_empty_sentence_reads_as_english_for_one_day_and_across_a_new_year() -> None:
    assert empty_sentence(date(2026, 3, 3), date(2026, 3, 3)).startswith("No sessions were recorded on 3 March 2026, ")
    assert empty_sentence(date(2025, 12, 29), date(2026, 1, 4)).startswith(
        "No sessions were recorded between 29 December 2025 and 4 January 2026, "
    )


def test_the_default_period_is_the_last_eight_calendar_weeks() -> None:
    thursday = date(2026, 4, 30)
    assert default_period(thursday, None, None) == (date(2026, 3, 9), thursday)
    assert default_period(thursday, None, date(2026, 4, 5)) == (date(2026, 2, 9), date(2026, 4, 5))
    assert default_period(thursday, date(2026, 4, 1), None) == (date(2026, 4, 1), thursday)
    with pytest.raises(ReportError, match="--from must be on or before --to"):
        default_period(thursday, date(2026, 4, 2), date(2026, 4, 1))
    assert period_problem(date(2026, 4, 2), date(2026, 4, 1)) is not None
    assert period_problem(date(2026, 4, 1), date(2026, 4, 1)) is None


@pytest.mark.parametrize(
    ("days", "grain"),
    [(7, Grain.WEEK), (112, Grain.WEEK), (113, Grain.MONTH), (732, Grain.MONTH), (800, Grain.QUARTER)],
)
def test_long_periods_are_reported_in_longer_steps(days: int, grain: Grain) -> None:
    assert report_grain(MONDAY, MONDAY + timedelta(days=days - 1)) is grain


def test_pain_words() -> None:
    assert pain_words(6, 4) == "pain 6 → 4"
    assert pain_words(6, None) == "pain 6 before"
    assert pain_words(None, 3) == "pain 3 after"
    assert pain_words(None, None) == ""


def test_practitioner_client_and_note_are_checked_and_tidied() -> None:
    handout = cleaned("  Ann   Lee, Riverside Clinic ", " Sam Jones ", "\n  Twice a day.  \n\n  Bring this. \n")
    assert handout == Handout("Ann Lee, Riverside Clinic", "Sam Jones", "Twice a day.\nBring this.")
    assert handout_problem(handout) is None
    assert handout_lines(handout) == [
        ("For", "Sam Jones"),
        ("From", "Ann Lee, Riverside Clinic"),
        ("Note", "Twice a day.\nBring this."),
    ]
    assert [label for label, _ in handout_lines(handout, about_client=True)] == ["Client", "Practitioner", "Note"]
    assert handout_problem(Handout(client="x" * (MAX_CLIENT + 1))) == (
        f"The client's name is too long ({MAX_CLIENT + 1} characters; at most {MAX_CLIENT})"
    )
    assert "control character" in (handout_problem(Handout(note="a\x1bb")) or "")
    assert "too many lines" in (handout_problem(Handout(note="\n".join("abcdefg"))) or "")
    assert Handout().is_empty() and handout_lines(Handout()) == []


def test_the_report_reads_the_database_in_sql_only(eight_weeks: History) -> None:
    """No query returns every session: a decade is as quick as a week."""
    statements: list[str] = []
    eight_weeks.db.set_trace_callback(statements.append)
    try:
        build_report(eight_weeks, MONDAY, SUNDAY, made=SUNDAY)
    finally:
        eight_weeks.db.set_trace_callback(None)
    assert statements and all("GROUP BY" in s or "LIMIT" in s or "COUNT(*)" in s for s in statements), statements
    assert isinstance(eight_weeks.db, sqlite3.Connection)
