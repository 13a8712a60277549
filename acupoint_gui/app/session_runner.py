"""Runs a session: the model's engine keeps time, Qt timers only wake it up.

A single-shot precise timer is armed for the engine's next deadline, so the step ends on
time even if the window is hidden; a light display timer refreshes the countdown and the
breathing cue while the dock is visible. Neither timer counts anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..model.breathing import BreathingPattern, BreathState
from ..model.points import Side
from ..model.routines import SessionStep
from ..model.session_state import SessionState

if TYPE_CHECKING:  # the engine itself is imported when the first session starts, not at start-up
    from ..model.session import SessionEngine, SessionEvent

DISPLAY_INTERVAL_MS = 33  # about 30 frames a second: smooth breathing, little CPU


class SessionRunner(QObject):
    """Qt face of :class:`SessionEngine`: turns its events into signals."""

    stepStarted = Signal(SessionStep, int, int)  # the step, its position (1-based), how many in all
    switchSides = Signal(str, Side)  # code, the side to move to
    tick = Signal(float)  # seconds left in the step (display only)
    breath = Signal(BreathState)
    stateChanged = Signal(SessionState)
    finished = Signal(int, int, bool)  # completed steps, total steps, whether the end was reached

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.engine: SessionEngine | None = None
        self.steps: tuple[SessionStep, ...] = ()
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self.poll)
        self._display = QTimer(self)
        self._display.setInterval(DISPLAY_INTERVAL_MS)
        self._display.timeout.connect(self._refresh_display)

    @property
    def state(self) -> SessionState:
        return self.engine.state if self.engine else SessionState.IDLE

    def is_active(self) -> bool:
        return self.state.active

    def seconds_left(self) -> float:
        return self.engine.seconds_left() if self.engine else 0.0

    def completed_steps(self) -> int:
        return self.engine.completed_steps if self.engine else 0

    def start(self, steps: Sequence[SessionStep], breathing: BreathingPattern | None = None) -> None:
        """Run ``steps`` (a plan's, expanded once) from the first; a running session is stopped first."""
        from ..model.session import SessionEngine

        if self.is_active():
            self.stop()
        self.steps = tuple(steps)
        self.engine = SessionEngine(self.steps, clock=self.clock, breathing=breathing or BreathingPattern())
        self._handle(self.engine.start())

    def toggle_pause(self) -> None:
        if self.engine is None:
            return
        if self.engine.state is SessionState.RUNNING:
            self._handle(self.engine.pause())
        elif self.engine.state is SessionState.PAUSED:
            self._handle(self.engine.resume())

    def skip(self) -> None:
        if self.engine is not None:
            self._handle(self.engine.skip())

    def previous(self) -> None:
        if self.engine is not None:
            self._handle(self.engine.previous())

    def stop(self) -> None:
        if self.engine is not None:
            self._handle(self.engine.stop())

    def poll(self) -> None:
        """Ask the engine what happened since last time (called by the timers)."""
        if self.engine is not None:
            self._handle(self.engine.update())

    def _handle(self, events: list[SessionEvent]) -> None:
        from ..model.session import SessionFinished, StepStarted, SwitchSides

        for event in events:
            if isinstance(event, StepStarted):
                self.stepStarted.emit(event.step, event.position + 1, event.total)
            elif isinstance(event, SwitchSides):
                self.switchSides.emit(event.point, event.to_side)
            elif isinstance(event, SessionFinished):
                self.finished.emit(event.completed_steps, event.total_steps, event.finished)
        self._arm()
        self.stateChanged.emit(self.state)
        self._refresh_display()

    def _arm(self) -> None:
        engine = self.engine
        if engine is None or engine.state is not SessionState.RUNNING:
            self._deadline.stop()
            self._display.stop()
            return
        deadline = engine.next_deadline()
        if deadline is not None:
            self._deadline.start(max(0, int((deadline - self.clock()) * 1000)))
        if not self._display.isActive():
            self._display.start()

    def _refresh_display(self) -> None:
        engine = self.engine
        if engine is None:
            return
        if engine.state is SessionState.RUNNING and engine.next_deadline() is not None:
            deadline = engine.next_deadline()
            if deadline is not None and self.clock() >= deadline:
                self.poll()  # a late timer: catch up now rather than show a stale step
                return
        if engine.state in (SessionState.RUNNING, SessionState.PAUSED):
            self.tick.emit(engine.seconds_left())
            self.breath.emit(engine.breath())
