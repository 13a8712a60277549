"""The session history: every completed step is kept, even through a kill; damage never blocks start-up."""

from __future__ import annotations

import csv
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupoint_gui.model.history import History
from acupoint_gui.model.storage import StorageError

from .conftest import ROOT, python_env

START = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
NOTE = 'stiff, then "better"\nsecond line, with commas'


def ticking_clock() -> Iterator[datetime]:
    moment = START
    while True:
        yield moment
        moment += timedelta(minutes=10)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    ticks = ticking_clock()
    with History(tmp_path / "history.sqlite3", clock=lambda: next(ticks)) as opened:
        yield opened


def pragma(path: Path, name: str) -> object:
    db = sqlite3.connect(path)
    try:
        return db.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        db.close()


def test_a_new_history_has_our_schema(history: History) -> None:
    assert history.report is None
    assert pragma(history.path, "user_version") == 1
    assert pragma(history.path, "journal_mode") == "wal"
    assert history.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_history_from_before_the_index_gets_it_and_keeps_its_version(tmp_path: Path) -> None:
    """Newest-first pages read years of sessions through an index on the start time."""
    path = tmp_path / "history.sqlite3"
    with History(path, clock=lambda: START) as made:
        made.begin_session("r", "R", 1, None)
        made.db.execute("DROP INDEX sessions_by_start")  # as written by Acupoint before the index
    with History(path) as reopened:
        plan = " ".join(
            str(row[3])
            for row in reopened.db.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM sessions ORDER BY started_at DESC, id DESC"
            )
        )
        assert "INDEX sessions_by_start" in plan and "TEMP B-TREE" not in plan
        assert len(reopened.sessions()) == 1
    assert pragma(path, "user_version") == 1, "no new schema version: an older Acupoint still opens it"


def test_round_trip_newest_first(history: History) -> None:
    first = history.begin_session("hip", "Hip and low back", 4, pain_before=7)
    history.record_step(first, 4)
    history.finish_session(first, True, pain_after=3, note=NOTE)
    second = history.begin_session("short", "Short", 2, pain_before=None)
    newest, oldest = history.sessions()
    assert (newest.id, oldest.id) == (second, first)
    assert oldest.started_at == START and oldest.ended_at == START + timedelta(minutes=10)
    assert oldest.started_at.tzinfo is not None
    assert (oldest.routine_id, oldest.routine_name, oldest.total_steps) == ("hip", "Hip and low back", 4)
    assert (oldest.completed_steps, oldest.finished, oldest.pain_before, oldest.pain_after) == (4, True, 7, 3)
    assert oldest.note == NOTE
    assert (newest.completed_steps, newest.finished, newest.ended_at, newest.note) == (0, False, None, "")
    assert [r.id for r in history.sessions(limit=1)] == [second]
    assert history.sessions(limit=0) == []
    history.close()
    with History(history.path) as reopened:
        assert reopened.sessions() == [newest, oldest] and reopened.report is None


def test_csv_export_round_trips(history: History, tmp_path: Path) -> None:
    session = history.begin_session("hip", "Hip, back", 4, pain_before=7)
    history.finish_session(session, False, pain_after=None, note=NOTE)
    history.begin_session("short", "Short", 2, pain_before=0)
    out = tmp_path / "export" / "history.csv"
    history.export_csv(out)
    with out.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [
        *("started_at", "ended_at", "routine", "steps_completed", "steps_total"),
        *("finished", "pain_before", "pain_after", "note"),
    ]
    assert len(rows) == 3, "one row per session, oldest first"
    ended = (START + timedelta(minutes=10)).isoformat()
    assert rows[1] == [START.isoformat(), ended, "Hip, back", "0", "4", "no", "7", "", NOTE]
    assert rows[2][2] == "Short" and rows[2][6] == "0" and rows[2][1] == ""


@pytest.mark.parametrize("pain", [-1, 11, True, 5.5])
def test_pain_out_of_range_is_refused(history: History, pain: object) -> None:
    with pytest.raises(ValueError, match="pain before must be a whole number from 0 to 10"):
        history.begin_session("r", "R", 1, pain_before=pain)  # type: ignore[arg-type]
    session = history.begin_session("r", "R", 1, pain_before=10)
    with pytest.raises(ValueError, match="pain after must be a whole number from 0 to 10"):
        history.finish_session(session, True, pain, "")  # type: ignore[arg-type]
    [record] = history.sessions()
    assert record.ended_at is None and record.pain_before == 10, "the refused calls changed nothing"


def test_note_length_is_limited(history: History) -> None:
    session = history.begin_session("r", "R", 1, None)
    with pytest.raises(ValueError, match=r"^note is too long \(2001 characters, at most 2000\)$"):
        history.finish_session(session, True, None, "x" * 2001)
    history.finish_session(session, True, None, "é" * 2000)
    assert history.sessions()[0].note == "é" * 2000


def test_unknown_sessions_and_negative_counts_are_refused(history: History) -> None:
    with pytest.raises(ValueError, match="no session 42"):
        history.record_step(42, 1)
    with pytest.raises(ValueError, match="no session 42"):
        history.finish_session(42, True, None, "")
    session = history.begin_session("r", "R", 3, None)
    with pytest.raises(ValueError, match="completed steps"):
        history.record_step(session, -1)
    with pytest.raises(ValueError, match="total steps"):
        history.begin_session("r", "R", -3, None)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_killed_session_is_recorded_up_to_its_last_step(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    helper = ROOT / "tests" / "helpers" / "history_crash.py"
    result = subprocess.run(
        [sys.executable, str(helper), str(path)], env=python_env(), capture_output=True, text=True, check=False
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    with History(path) as history:
        [record] = history.sessions()
        assert history.report is None
    assert (record.routine_id, record.total_steps, record.pain_before) == ("three-point-hold", 6, 6)
    assert record.completed_steps == 3 and not record.finished and record.ended_at is None
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT finished, ended_at FROM sessions").fetchall() == [(0, None)]
    finally:
        db.close()


def test_corrupt_history_is_moved_aside_and_a_new_one_works(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = random.Random(7).randbytes(16_384)
    path.write_bytes(garbage)
    wal = tmp_path / "history.sqlite3-wal"
    wal.write_bytes(b"old log")
    with History(path) as history:
        report = history.report
        assert report is not None and report.backup is not None
        assert report.backup.read_bytes() == garbage, "the damaged file is kept, unchanged"
        assert report.backup.with_name(report.backup.name + "-wal").read_bytes() == b"old log"
        assert str(path) in report.message and str(report.backup) in report.message
        session = history.begin_session("r", "Routine", 1, None)
        history.record_step(session, 1)
    with History(path) as again:
        assert again.report is None and [r.completed_steps for r in again.sessions()] == [1]


def test_a_database_that_is_not_ours_is_left_intact(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    original = path.read_bytes()
    with History(path) as history:
        assert history.report is not None and history.report.backup is not None
        assert history.report.backup.read_bytes() == original
        assert "not an Acupoint session history" in history.report.message
        assert history.sessions() == []


def test_a_history_from_a_newer_version_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with History(path) as history:
        history.begin_session("r", "R", 1, None)
        history.db.execute("PRAGMA user_version=2")
    with History(path) as newer:
        assert newer.report is not None and "newer version" in newer.report.message
        assert newer.sessions() == [] and pragma(path, "user_version") == 1


def test_a_file_that_cannot_be_opened_is_not_mistaken_for_damage(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.mkdir()  # SQLite cannot open a directory: an error to report, not a file to move aside
    with pytest.raises(StorageError, match=r"history\.sqlite3"):
        History(path)
    assert path.is_dir() and [p.name for p in tmp_path.iterdir()] == ["history.sqlite3"]
