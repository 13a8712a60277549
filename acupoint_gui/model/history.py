"""Session history and pain log in SQLite.

Each completed step is committed as it happens (WAL, synchronous=FULL), so a session cut
short by a crash or a kill is still recorded up to its last completed step. A database that
is damaged, or not ours, is moved aside and a fresh one made; ``report`` says so.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .storage import LoadReport, atomic_write_text, backup_corrupt

SCHEMA_VERSION = 1
MAX_NOTE = 2000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    routine_id TEXT NOT NULL,
    routine_name TEXT NOT NULL,
    total_steps INTEGER NOT NULL,
    completed_steps INTEGER NOT NULL DEFAULT 0,
    finished INTEGER NOT NULL DEFAULT 0,
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT ''
);
"""
_COLUMNS = (
    "id, started_at, ended_at, routine_id, routine_name, total_steps, completed_steps, finished, "
    "pain_before, pain_after, note"
)


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


def _check_pain(value: int | None, what: str) -> None:
    if value is not None and not (isinstance(value, int) and 0 <= value <= 10):
        raise ValueError(f"{what} must be a whole number from 0 to 10, not {value!r}")


class History:
    def __init__(self, path: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.path = path
        self.clock = clock
        self.report: LoadReport | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = self._open()
        except sqlite3.DatabaseError as exc:
            backups = [backup_corrupt(path)] if path.exists() else []
            for suffix in ("-wal", "-shm"):
                sibling = path.with_name(path.name + suffix)
                if sibling.exists():
                    backup_corrupt(sibling)
            backup = backups[0] if backups else None
            self.report = LoadReport(
                path,
                backup,
                f"Your session history could not be read ({exc}). It was moved aside to {backup} "
                "and a new, empty history was started.",
            )
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"made by a newer version of Acupoint (schema {version})")
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the database failed its integrity check")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute(f"SELECT {_COLUMNS} FROM sessions LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def begin_session(self, routine_id: str, routine_name: str, total_steps: int, pain_before: int | None) -> int:
        _check_pain(pain_before, "pain before")
        cursor = self.db.execute(
            "INSERT INTO sessions (started_at, routine_id, routine_name, total_steps, pain_before)"
            " VALUES (?, ?, ?, ?, ?)",
            (self.clock().isoformat(), routine_id, routine_name, total_steps, pain_before),
        )
        return int(cursor.lastrowid or 0)

    def record_step(self, session_id: int, completed_steps: int) -> None:
        self.db.execute("UPDATE sessions SET completed_steps = ? WHERE id = ?", (completed_steps, session_id))

    def finish_session(self, session_id: int, finished: bool, pain_after: int | None, note: str) -> None:
        _check_pain(pain_after, "pain after")
        if len(note) > MAX_NOTE:
            raise ValueError(f"note is too long ({len(note)} characters, at most {MAX_NOTE})")
        self.db.execute(
            "UPDATE sessions SET ended_at = ?, finished = ?, pain_after = ?, note = ? WHERE id = ?",
            (self.clock().isoformat(), int(finished), pain_after, note, session_id),
        )

    def sessions(self, limit: int | None = None) -> list[SessionRecord]:
        query = f"SELECT {_COLUMNS} FROM sessions ORDER BY started_at DESC, id DESC"
        rows = self.db.execute(query + (" LIMIT ?" if limit else ""), (limit,) if limit else ()).fetchall()
        return [
            SessionRecord(
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
            for row in rows
        ]

    def export_csv(self, path: Path) -> None:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(
            [
                "started_at",
                "ended_at",
                "routine",
                "steps_completed",
                "steps_total",
                "finished",
                "pain_before",
                "pain_after",
                "note",
            ]
        )
        for r in reversed(self.sessions()):
            writer.writerow(
                [
                    r.started_at.isoformat(),
                    r.ended_at.isoformat() if r.ended_at else "",
                    r.routine_name,
                    r.completed_steps,
                    r.total_steps,
                    "yes" if r.finished else "no",
                    "" if r.pain_before is None else r.pain_before,
                    "" if r.pain_after is None else r.pain_after,
                    r.note,
                ]
            )
        atomic_write_text(path, buffer.getvalue())

    def close(self) -> None:
        self.db.close()
