"""Session history and pain log in SQLite.

Each completed step is committed as it happens (WAL, synchronous=FULL), so a session cut
short by a crash or a kill is still recorded up to its last completed step. A database that
is damaged, or not ours, is moved aside and a fresh one made; ``report`` says so.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from .storage import LoadReport, StorageError, atomic_writer, backup_corrupt
from .wording import Words, fill

SCHEMA_VERSION = 1
MAX_NOTE = 2000
MAX_PAIN = 10
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    routine_id TEXT NOT NULL,
    routine_name TEXT NOT NULL,
    total_steps INTEGER NOT NULL,
    completed_steps INTEGER NOT NULL DEFAULT 0,
    finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT ''
)
"""
# Newest-first pages, ranges of dates and the first and last session come from this index; it
# is no change to the table, so an older Acupoint still opens the file.
_INDEX = "CREATE INDEX IF NOT EXISTS sessions_by_start ON sessions (started_at)"
# Practice answers (Practice ▸ Find the point): where a person looked for a point and how far
# off they were, in cun. A table of its own, added to a history when it is opened; see _prepare.
_PRACTICE_SCHEMA = """
CREATE TABLE IF NOT EXISTS practice (
    id INTEGER PRIMARY KEY,
    answered_at TEXT NOT NULL,
    round INTEGER NOT NULL,
    point TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('left', 'right', 'midline')),
    view TEXT NOT NULL,
    distance_cun REAL NOT NULL CHECK (distance_cun >= 0),
    wrong_side INTEGER NOT NULL DEFAULT 0 CHECK (wrong_side IN (0, 1)),
    found INTEGER NOT NULL CHECK (found IN (0, 1))
)
"""
_PRACTICE_INDEX = "CREATE INDEX IF NOT EXISTS practice_by_point ON practice (point, answered_at)"
PRACTICE_COLUMNS = ("id", "answered_at", "round", "point", "side", "view", "distance_cun", "wrong_side", "found")
_COLUMNS = (
    *("id", "started_at", "ended_at", "routine_id", "routine_name", "total_steps"),
    *("completed_steps", "finished", "pain_before", "pain_after", "note"),
)
SELECT_COLUMNS = f"SELECT {', '.join(_COLUMNS)} FROM sessions"
_SELECT = SELECT_COLUMNS + " ORDER BY started_at DESC, id DESC"
EXPORT_BATCH = 500  # rows read, written and reported at a time
CSV_HEADER = (
    *("started_at", "ended_at", "routine", "steps_completed", "steps_total"),
    *("finished", "pain_before", "pain_after", "note"),
)
# SQLite keeps these next to the database; they belong to it and move aside with it.
_SIBLINGS = ("-wal", "-shm", "-journal")
_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite 3 database


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    started_at: datetime
    ended_at: datetime | None
    routine_id: str
    routine_name: str
    total_steps: int
    completed_steps: int
    finished: bool
    pain_before: int | None
    pain_after: int | None
    note: str


def session_record(row: tuple[Any, ...]) -> SessionRecord:
    """A row of ``SELECT_COLUMNS`` as a record."""
    return SessionRecord(
        id=row[0],
        started_at=datetime.fromisoformat(row[1]),
        ended_at=datetime.fromisoformat(row[2]) if row[2] else None,
        routine_id=row[3],
        routine_name=row[4],
        total_steps=row[5],
        completed_steps=row[6],
        finished=bool(row[7]),
        pain_before=row[8],
        pain_after=row[9],
        note=row[10],
    )


def _csv_row(row: tuple[Any, ...]) -> tuple[object, ...]:
    return (
        datetime.fromisoformat(row[1]).isoformat(),
        datetime.fromisoformat(row[2]).isoformat() if row[2] else "",
        row[4],  # the routine's name: what the person saw
        row[6],
        row[5],
        "yes" if row[7] else "no",
        "" if row[8] is None else row[8],
        "" if row[9] is None else row[9],
        row[10],
    )


class HistoryFileWords(Words):
    """Why the session history file could not be used, for the message at start."""


def _cannot_open(path: Path, exc: BaseException) -> str:
    return fill(HistoryFileWords.tr("Could not open your session history %1: %2"), path, exc)


class _DamagedError(Exception):
    """The file is not a usable history of ours: move it aside (the text says why)."""


def _check_pain(value: int | None, what: str) -> None:
    # bool is an int subclass, but True is no pain score.
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PAIN):
        raise ValueError(f"{what} must be a whole number from 0 to {MAX_PAIN}, not {value!r}")


def _check_count(value: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} must be a whole number of at least 0, not {value!r}")


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    """True for "this file is damaged or not a database"; false for locks, permissions, full disks."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # raised by the sqlite3 module itself, not by SQLite
        return False
    return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)  # low byte: the primary code


class History:
    """The session history at ``path``, opened (or created) by the constructor."""

    def __init__(self, path: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.path = path
        self.clock = clock
        self.report: LoadReport | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # SQLite deletes a -wal whose database is missing; it may hold the last sessions.
            self._move_siblings(None)
        try:
            self.db = self._connect()
        except _DamagedError as exc:
            backup = self._move_aside()
            self.report = LoadReport(
                path,
                backup,
                fill(
                    HistoryFileWords.tr(
                        "Your session history %1 could not be used: %2. It was moved aside to %3 "
                        "and a new, empty history was started."
                    ),
                    path,
                    exc,
                    backup,
                ),
            )
            try:
                self.db = self._connect()
            except _DamagedError as again:
                raise StorageError(
                    fill(HistoryFileWords.tr("Could not create a new session history at %1: %2"), path, again)
                ) from again

    @classmethod
    def open(cls, path: Path, clock: Callable[[], datetime] = utc_now) -> History:
        return cls(path, clock)

    def _connect(self) -> sqlite3.Connection:
        self._check_header()
        try:
            # Autocommit: every statement is its own transaction, committed before it returns.
            db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(_cannot_open(self.path, exc)) from exc
        try:
            self._prepare(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            if _is_corruption(exc):
                raise _DamagedError(fill(HistoryFileWords.tr("it is damaged or not a database (%1)"), exc)) from exc
            raise StorageError(_cannot_open(self.path, exc)) from exc
        except BaseException:
            db.close()
            raise
        return db

    def _check_header(self) -> None:
        """Refuse a non-SQLite file before SQLite opens it: on closing, SQLite deletes a -wal
        it cannot use, and that file may hold the only copy of the user's last sessions."""
        try:
            with self.path.open("rb") as stream:
                head = stream.read(len(_MAGIC))
        except OSError:
            return  # missing (a new history) or not a file: SQLite will create it or say why not
        if head and head != _MAGIC:
            raise _DamagedError(HistoryFileWords.tr("it is not an SQLite database"))

    def _prepare(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _DamagedError(
                fill(
                    HistoryFileWords.tr("it was made by a newer version of Acupoint (schema %1, this one knows %2)"),
                    version,
                    SCHEMA_VERSION,
                )
            )
        problems = [row[0] for row in db.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise _DamagedError(fill(HistoryFileWords.tr("it failed SQLite's integrity check (%1)"), problems[0]))
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and tables:
            # Checked before anything is written: a database that is not ours is left as it was.
            raise _DamagedError(HistoryFileWords.tr("it is an SQLite database, but not an Acupoint session history"))
        db.execute("PRAGMA synchronous=FULL")  # WAL + FULL: a commit survives a kill or power cut
        db.execute("PRAGMA journal_mode=WAL")
        if version == 0:
            # One transaction, so a crash here cannot leave a table without its version number.
            db.execute("BEGIN IMMEDIATE")
            db.execute(_SCHEMA)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("COMMIT")
        columns = tuple(row[1] for row in db.execute("PRAGMA table_info(sessions)"))
        if columns != _COLUMNS:
            raise _DamagedError(HistoryFileWords.tr("its sessions table is not the one Acupoint expects"))
        db.execute(_INDEX)
        # The practice table is added to a history made before it (one statement, so all or
        # nothing). The schema version stays 1, as for the index: an older Acupoint checks the
        # sessions table only, so it still opens this file, and leaves the practice alone.
        db.execute(_PRACTICE_SCHEMA)
        practice = tuple(row[1] for row in db.execute("PRAGMA table_info(practice)"))
        if practice != PRACTICE_COLUMNS:
            raise _DamagedError(HistoryFileWords.tr("its practice table is not the one Acupoint expects"))
        db.execute(_PRACTICE_INDEX)

    def _move_aside(self) -> Path | None:
        try:
            backup = backup_corrupt(self.path) if self.path.exists() else None
            self._move_siblings(backup)
        except OSError as exc:
            raise StorageError(
                f"Your session history {self.path} is damaged and could not be moved aside: {exc}"
            ) from exc
        return backup

    def _move_siblings(self, backup: Path | None) -> None:
        for suffix in _SIBLINGS:
            sibling = self.path.with_name(self.path.name + suffix)
            if not sibling.exists():
                continue
            partner = backup.with_name(backup.name + suffix) if backup is not None else None
            # Next to the backup under the matching name, SQLite can still read the backup whole.
            if partner is not None and not partner.exists():
                sibling.replace(partner)
            else:
                backup_corrupt(sibling)

    def _now(self) -> str:
        moment = self.clock()
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)  # a naive clock is taken to be UTC
        # Always UTC with microseconds, so that text order is time order in ORDER BY.
        return moment.astimezone(UTC).isoformat(timespec="microseconds")

    def begin_session(self, routine_id: str, routine_name: str, total_steps: int, pain_before: int | None) -> int:
        _check_pain(pain_before, "pain before")
        _check_count(total_steps, "total steps")
        cursor = self.db.execute(
            "INSERT INTO sessions (started_at, routine_id, routine_name, total_steps, pain_before)"
            " VALUES (?, ?, ?, ?, ?)",
            (self._now(), routine_id, routine_name, total_steps, pain_before),
        )
        assert cursor.lastrowid is not None  # always set after an INSERT into a rowid table
        return cursor.lastrowid

    def record_step(self, session_id: int, completed_steps: int) -> None:
        """Record progress; committed before returning, so it survives the process being killed."""
        _check_count(completed_steps, "completed steps")
        self._update(session_id, "completed_steps = ?", (completed_steps,))

    def finish_session(self, session_id: int, finished: bool, pain_after: int | None, note: str) -> None:
        _check_pain(pain_after, "pain after")
        if len(note) > MAX_NOTE:
            raise ValueError(f"note is too long ({len(note)} characters, at most {MAX_NOTE})")
        self._update(
            session_id,
            "ended_at = ?, finished = ?, pain_after = ?, note = ?",
            (self._now(), int(finished), pain_after, note),
        )

    def _update(self, session_id: int, assignments: str, values: tuple[object, ...]) -> None:
        cursor = self.db.execute(f"UPDATE sessions SET {assignments} WHERE id = ?", (*values, session_id))
        if cursor.rowcount == 0:
            raise ValueError(f"there is no session {session_id} in {self.path}")

    def sessions(self, limit: int | None = None) -> list[SessionRecord]:
        """The sessions, newest first; at most ``limit`` of them if given."""
        if limit is None:
            rows = self.db.execute(_SELECT).fetchall()
        else:
            _check_count(limit, "limit")
            rows = self.db.execute(_SELECT + " LIMIT ?", (limit,)).fetchall()
        return [session_record(row) for row in rows]

    def export_csv(self, path: Path, progress: Callable[[int, int], None] | None = None) -> int:
        """Write every session, oldest first, as CSV, and return how many were written.

        Rows go from the database to the file a batch at a time (never all in memory), into a
        temporary file that replaces ``path`` at the end: no half exports. ``progress(done,
        total)`` is called after each batch.
        """
        total = self.db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        done = 0
        with atomic_writer(path, text=True) as stream:
            writer = csv.writer(stream)  # quotes any field with commas, quotes or newlines
            writer.writerow(CSV_HEADER)
            rows = self.db.execute(SELECT_COLUMNS + " ORDER BY started_at, id")
            while batch := rows.fetchmany(EXPORT_BATCH):
                writer.writerows(_csv_row(row) for row in batch)
                done += len(batch)
                if progress is not None:
                    progress(done, max(done, total))  # a session begun meanwhile is exported too
        return done

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
