"""Test doubles and example data shared by test modules (and the screenshot tool)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from acupoint_gui.app.parts import Acupoint
    from acupoint_gui.model.history import History
    from acupoint_gui.model.routines import Routine


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def set(self, t: float) -> None:
        self.now = t


def seed_pain_log(path: Path, start: datetime, *, days: int = 28, routine_name: str = "Hip and low back") -> History:
    """An example pain log: one finished session a day from ``start``, pain before easing from
    7 to 3 over four weeks, and 2 or 3 points lower after each session."""
    from acupoint_gui.model.history import History

    moments = iter(start + timedelta(days=d // 2, hours=11 * (d % 2)) for d in range(2 * days))
    history = History(path, clock=lambda: next(moments))
    for day in range(days):
        before = max(3, 7 - day // 6)
        session = history.begin_session("hip-low-back-five", routine_name, 20, before)
        history.record_step(session, 20)
        history.finish_session(session, True, max(0, before - 2 - day % 2), "")
    return history


def start_routine(app: Acupoint, routine: Routine) -> bool:
    """Start ``routine`` as the user would: known to the library (added to the user's own if it
    is not), then Start through the session presenter. False when it did not start."""
    library = app.first.library
    if library.find(routine.id) is None:
        library.adopt([*library.own, routine])
    return app.features.sessions.start(routine.id)


def run_to_the_end(app: Acupoint, routine: Routine, step: float = 1.0) -> None:
    """Start ``routine`` and move the fake clock on until the session is over."""
    clock = app.runner.clock
    assert isinstance(clock, FakeClock)
    assert start_routine(app, routine)
    while app.runner.state.value == "running":
        clock.now += step
        app.runner.poll()
