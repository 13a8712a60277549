"""Daily reminder times ("HH:MM", local time) and when the next one is due."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, time, timedelta

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def parse_time(text: str) -> time:
    """``"08:30"`` → ``time(8, 30)``; anything else is a ValueError with a clear message."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a time like 08:30")
    return time(int(match.group(1)), int(match.group(2)))


def next_reminder(times: Sequence[str], now: datetime) -> datetime | None:
    """The first reminder strictly after ``now`` (today or tomorrow); None when there are none.

    Invalid entries are ignored here; settings validation reports them.
    """
    candidates: list[datetime] = []
    for text in times:
        try:
            at = parse_time(text)
        except ValueError:
            continue
        today = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
        candidates.append(today if today > now else today + timedelta(days=1))
    return min(candidates) if candidates else None
