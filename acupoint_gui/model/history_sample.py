"""Generated session histories of any length, for the benchmark, the tests and screenshots.

Written in one transaction straight into the table (10,000 sessions in well under a second),
where the one-commit-per-step path a real session takes would need minutes of fsyncs.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from .history import History

NOTES = (
    "stiff in the morning",
    "better after the walk",
    'left hip "catches" on the stairs, easier after',
    "slept badly, sore, pressed gently",
)


def generate_history(
    path: Path, count: int, *, last_day: date, per_day: int = 2, zone: tzinfo | None = None, seed: int = 21
) -> History:
    """``count`` sessions, ``per_day`` a day (from 08:00 local time, every five hours), the last
    on ``last_day``. Pain before eases slowly from about 8 to about 3 and is 1 to 3 points lower
    after; every fifth session has a note, every ninth was stopped early, some skip the pain."""
    chooser = random.Random(seed)
    days = -(-count // per_day)  # whole days, rounded up
    first_day = last_day - timedelta(days=days - 1)
    rows = []
    for n in range(count):
        day = first_day + timedelta(days=n // per_day)
        local = datetime.combine(day, time(8)) + timedelta(hours=5 * (n % per_day))
        started = (local.replace(tzinfo=zone) if zone is not None else local.astimezone()).astimezone(UTC)
        progress = n / max(1, count - 1)
        before = min(10, max(0, round(8 - 5 * progress + chooser.choice((-1, 0, 0, 1)))))
        finished = n % 9 != 4
        after = max(0, before - chooser.randint(1, 3)) if n % 13 != 6 else None
        rows.append(
            (
                started.isoformat(timespec="microseconds"),
                (started + timedelta(minutes=12)).isoformat(timespec="microseconds"),
                "hip-low-back-five",
                "Hip and low back (five points)",
                20,
                20 if finished else chooser.randint(1, 19),
                int(finished),
                before if n % 17 != 3 else None,
                after,
                NOTES[(n // 5) % len(NOTES)] if n % 5 == 0 else "",
            )
        )
    history = History(path)
    history.db.execute("BEGIN IMMEDIATE")
    history.db.executemany(
        "INSERT INTO sessions (started_at, ended_at, routine_id, routine_name, total_steps,"
        " completed_steps, finished, pain_before, pain_after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    history.db.execute("COMMIT")
    return history
