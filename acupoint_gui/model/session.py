"""The session engine: times a list of steps against a clock. No Qt.

The UI calls :meth:`SessionEngine.update` whenever one of its timers fires and turns the
returned events into signals. The engine never counts ticks: every step has a deadline on
the clock, and the next step's deadline is the previous deadline plus its length. A late or
missed timer therefore never stretches the session; only pause/resume, skip and previous
move the schedule (they start the new timing from "now").

Definitions:

* A step is *completed* when it ran until its deadline. Skipped steps are not completed, and
  a step run twice (after :meth:`~SessionEngine.previous`) counts once.
* ``SessionFinished.finished`` is True when the end of the step list was reached, by
  running or by skipping the last step; False when :meth:`~SessionEngine.stop` ended it.
* Every control method first catches up with deadlines that have already passed, so its
  events follow theirs and it acts on the step that is really current.
* A method called in a state where it means nothing (pause when idle, resume when running)
  does nothing and returns ``[]``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .breathing import BreathingPattern, BreathState, breath_at
from .points import Side
from .routines import SessionStep
from .session_state import SessionState

Clock = Callable[[], float]  # monotonic seconds


@dataclass(frozen=True)
class SessionEvent:
    """Something the UI may want to show or announce."""


@dataclass(frozen=True)
class StepStarted(SessionEvent):
    step: SessionStep
    position: int  # 0-based index in the session
    total: int
    seconds: float  # how long this step will run if nothing intervenes


@dataclass(frozen=True)
class SwitchSides(SessionEvent):
    """The left half of a bilateral point is over; comes before the right half's StepStarted."""

    point: str
    to_side: Side


@dataclass(frozen=True)
class StepCompleted(SessionEvent):
    step: SessionStep


@dataclass(frozen=True)
class StepSkipped(SessionEvent):
    step: SessionStep


@dataclass(frozen=True)
class Paused(SessionEvent):
    pass


@dataclass(frozen=True)
class Resumed(SessionEvent):
    pass


@dataclass(frozen=True)
class SessionFinished(SessionEvent):
    completed_steps: int
    total_steps: int
    finished: bool  # False when stopped early


_ACTIVE = (SessionState.RUNNING, SessionState.PAUSED)


class SessionEngine:
    def __init__(
        self,
        steps: Sequence[SessionStep],
        clock: Clock = time.monotonic,
        breathing: BreathingPattern = BreathingPattern(),  # noqa: B008 - frozen, so sharing it is safe
    ) -> None:
        self._steps = tuple(steps)
        self._clock = clock
        self._breathing = breathing
        self._state = SessionState.IDLE
        self._position = 0
        self._deadline = 0.0  # clock time the current step ends; meaningful while RUNNING
        self._remaining = 0.0  # seconds left in the current step; meaningful while PAUSED
        self._completed: set[int] = set()
        self._active_before = 0.0  # active seconds up to the latest pause (or the end)
        self._running_since = 0.0  # clock time the current stretch of running began
        self._ended_at: float | None = None

    # -- queries -----------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def steps(self) -> tuple[SessionStep, ...]:
        return self._steps

    @property
    def position(self) -> int:
        """Index of the current step; ``len(steps)`` once the end was reached."""
        return self._position

    @property
    def current_step(self) -> SessionStep | None:
        """The step being pressed (running or paused); None before start and after the end."""
        return self._steps[self._position] if self._state in _ACTIVE else None

    @property
    def next_step(self) -> SessionStep | None:
        if self._state not in _ACTIVE or self._position + 1 >= len(self._steps):
            return None
        return self._steps[self._position + 1]

    @property
    def completed_steps(self) -> int:
        """How many distinct steps ran until their deadline (skipped ones do not count)."""
        return len(self._completed)

    @property
    def ended_at(self) -> float | None:
        """Clock time the session ended: the last deadline when it ran out, else when skipped or stopped."""
        return self._ended_at

    def seconds_left(self) -> float:
        """Seconds left in the current step, never negative; 0 when there is no current step."""
        if self._state is SessionState.RUNNING:
            return max(self._deadline - self._clock(), 0.0)
        if self._state is SessionState.PAUSED:
            return self._remaining
        return 0.0

    def total_seconds_left(self) -> float:
        """Seconds left in the whole session without pauses (all of it before start)."""
        if self._state is SessionState.IDLE:
            return sum(step.seconds for step in self._steps)
        if self._state not in _ACTIVE:
            return 0.0
        later = self._steps[self._position + 1 :]
        return self.seconds_left() + sum(step.seconds for step in later)

    def next_deadline(self) -> float | None:
        """Clock time the current step ends, while running, so the UI can arm one exact timer."""
        return self._deadline if self._state is SessionState.RUNNING else None

    def elapsed_active(self) -> float:
        """Seconds the session has been running, leaving out pauses."""
        if self._state is SessionState.RUNNING:
            return self._active_before + max(self._clock() - self._running_since, 0.0)
        return self._active_before

    def breath(self) -> BreathState:
        """Where the paced breath is; it stands still while paused."""
        return breath_at(self._breathing, self.elapsed_active())

    # -- control -----------------------------------------------------------------------

    def start(self) -> list[SessionEvent]:
        if self._state is not SessionState.IDLE:
            return []
        now = self._clock()
        self._state = SessionState.RUNNING
        self._running_since = now
        if not self._steps:
            return [self._finish(now, finished=True)]
        events = [self._begin(0, now)]
        return events + self._catch_up(now)  # a zero-length first step ends at once

    def update(self) -> list[SessionEvent]:
        """Every event since the last call: each passed deadline in order, however late."""
        return self._catch_up(self._clock())

    def pause(self) -> list[SessionEvent]:
        now = self._clock()
        events = self._catch_up(now)
        if self._state is not SessionState.RUNNING:
            return events
        self._remaining = max(self._deadline - now, 0.0)
        self._stop_running(now)
        self._state = SessionState.PAUSED
        return [*events, Paused()]

    def resume(self) -> list[SessionEvent]:
        if self._state is not SessionState.PAUSED:
            return []
        now = self._clock()
        self._state = SessionState.RUNNING
        self._running_since = now
        self._deadline = now + self._remaining  # the only way a pause moves the schedule
        return [Resumed(), *self._catch_up(now)]

    def skip(self) -> list[SessionEvent]:
        """Leave the current step now (not completed); past the last step the session is finished."""
        now = self._clock()
        events = self._catch_up(now)
        if self._state not in _ACTIVE:
            return events
        step = self._steps[self._position]
        events.append(StepSkipped(step))
        # The person still has to change hands, whether the left side ran out or was skipped.
        events.extend(self._switch_after(step))
        if self._position + 1 >= len(self._steps):
            self._position = len(self._steps)
            events.append(self._finish(now, finished=True))
            return events
        events.append(self._begin(self._position + 1, now))
        return events + self._catch_up(now)

    def previous(self) -> list[SessionEvent]:
        """Go back one step with its full time (the first step restarts); a pause stays paused."""
        now = self._clock()
        events = self._catch_up(now)
        if self._state not in _ACTIVE:
            return events
        events.append(self._begin(max(self._position - 1, 0), now))
        return events + self._catch_up(now)

    def stop(self) -> list[SessionEvent]:
        now = self._clock()
        events = self._catch_up(now)
        if self._state not in _ACTIVE:
            return events
        events.append(self._finish(now, finished=False))
        return events

    # -- schedule ----------------------------------------------------------------------

    def _begin(self, position: int, now: float) -> StepStarted:
        """Make ``position`` the current step with its full time, starting at ``now``."""
        step = self._steps[position]
        self._position = position
        if self._state is SessionState.PAUSED:
            self._remaining = step.seconds
        else:
            self._deadline = now + step.seconds
        return StepStarted(step, position, len(self._steps), step.seconds)

    def _catch_up(self, now: float) -> list[SessionEvent]:
        """Complete every step whose deadline has passed, chaining deadlines (never ``now``)."""
        events: list[SessionEvent] = []
        while self._state is SessionState.RUNNING and now >= self._deadline:
            step = self._steps[self._position]
            ended = self._deadline
            self._completed.add(self._position)
            events.append(StepCompleted(step))
            events.extend(self._switch_after(step))
            if self._position + 1 >= len(self._steps):
                self._position = len(self._steps)
                events.append(self._finish(ended, finished=True))
                break
            # The next step starts at the deadline that just passed, not at "now":
            # that is what keeps a late timer from stretching the session.
            events.append(self._begin(self._position + 1, ended))
        return events

    def _switch_after(self, step: SessionStep) -> list[SessionEvent]:
        following = self._position + 1
        if not step.switch_sides_after or following >= len(self._steps):
            return []
        return [SwitchSides(step.point, self._steps[following].side)]

    def _stop_running(self, now: float) -> None:
        if self._state is SessionState.RUNNING:
            self._active_before += max(now - self._running_since, 0.0)

    def _finish(self, at: float, *, finished: bool) -> SessionFinished:
        self._stop_running(at)
        self._state = SessionState.FINISHED if finished else SessionState.STOPPED
        self._ended_at = at
        return SessionFinished(len(self._completed), len(self._steps), finished)
