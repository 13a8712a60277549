"""Where a session is: a small module of its own, so the window can name the states without
loading the session engine before the first session starts."""

from __future__ import annotations

from enum import StrEnum


class SessionState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def active(self) -> bool:
        """Running or paused: the session has a current step."""
        return self in (SessionState.RUNNING, SessionState.PAUSED)
