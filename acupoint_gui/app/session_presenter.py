"""A session from Start to the last step: the plan, the panel, the breathing pattern.

Start asks the routine library for the session's plan (pregnancy's leave-outs applied, the
routine expanded once); :attr:`starting` lets the pain log ask its question before the clock
runs; then the runner times the steps and the panel shows each one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..model.routine_library import RoutineLibrary, SessionPlan
from ..model.routines import SessionStep
from ..model.session_state import SessionState
from ..model.step_wording import Presser, describe_step, finished_text, switch_text
from ..ui import questions
from ..ui.session_panel import SessionPanel
from .session_runner import SessionRunner
from .settings_keeper import SettingsKeeper


class SessionPresenter(QObject):
    starting = Signal(SessionPlan)  # just before the first step: the pain log asks its question
    stepShown = Signal(SessionStep)
    activeChanged = Signal(bool)  # a session started (True) or ended (False)

    def __init__(
        self,
        panel: SessionPanel,
        runner: SessionRunner,
        library: RoutineLibrary,
        settings: SettingsKeeper,
        *,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.runner = runner
        self.library = library
        self.settings = settings
        self.dialog_parent = dialog_parent
        self.plan: SessionPlan | None = None
        self._active = False
        panel.startRequested.connect(self.start)
        panel.pauseToggled.connect(runner.toggle_pause)
        panel.skipRequested.connect(runner.skip)
        panel.previousRequested.connect(runner.previous)
        panel.stopRequested.connect(runner.stop)
        runner.stepStarted.connect(self._step_started)
        runner.switchSides.connect(
            lambda code, side: panel.show_instruction(switch_text(side, self.presser(), library.point(code)))
        )
        runner.tick.connect(panel.show_seconds_left)
        runner.breath.connect(panel.show_breath)
        runner.stateChanged.connect(self._state_changed)
        runner.finished.connect(self._finished)

    def start(self, routine_id: str) -> bool:
        """Start the routine; False when it was not started (unknown, nothing to press, or the
        person cancelled the pregnancy question)."""
        routine = self.library.find(routine_id)
        if routine is None:
            return False
        pregnant, alone = self.settings.current.pregnant, self.pressing_alone()
        if not self.library.plan(routine, pregnant=pregnant, alone=alone).steps:
            return False  # nothing to press: the panel's Start is off, with the reason
        keep: list[str] = []
        avoided = self.library.avoided_in(routine, pregnant)
        if avoided:
            names = [f"{code} {self.library.point(code).name}" for code in avoided]
            answer = questions.ask_keep_avoided(self.dialog_parent, names)
            if answer is questions.KeepAvoided.CANCEL:
                return False
            if answer is questions.KeepAvoided.KEEP:
                keep = avoided
        plan = self.library.plan(routine, pregnant=pregnant, keep=keep, alone=alone)
        self.plan = plan
        self.settings.update(last_routine=routine.id)
        self.panel.set_reduced_motion(self.settings.current.reduced_motion)
        self.starting.emit(plan)
        self.runner.start(plan.steps, self.settings.current.breathing_pattern())
        return True

    def presser(self) -> Presser:
        """Who presses, as the settings say: the person, or someone for them."""
        return Presser.PARTNER if self.settings.current.partner_mode else Presser.SELF

    def pressing_alone(self) -> bool:
        """Leave out the points a partner helps with (pressing for someone, all can be reached)."""
        current = self.settings.current
        return current.alone_only and not current.partner_mode

    def _step_started(self, step: SessionStep, position: int, total: int) -> None:
        pregnant = self.settings.current.pregnant
        words = describe_step(
            self.library.atlas, self.runner.steps, step.position, pregnant=pregnant, presser=self.presser()
        )
        self.panel.show_step(words)
        self.stepShown.emit(step)

    def _state_changed(self, state: SessionState) -> None:
        self.panel.show_state(state)
        if state.active != self._active:
            self._active = state.active
            self.activeChanged.emit(state.active)

    def _finished(self, completed: int, total: int, finished: bool) -> None:
        self.panel.show_finished(finished_text(completed, total, finished))

    def edit_breathing(self) -> None:
        from ..ui.breathing_dialog import BreathingDialog

        dialog = BreathingDialog(self.settings.current.breathing_pattern(), self.dialog_parent)
        if dialog.exec() == BreathingDialog.DialogCode.Accepted:
            pattern = dialog.pattern()
            self.settings.update(
                breathing_inhale=pattern.inhale,
                breathing_hold_in=pattern.hold_in,
                breathing_exhale=pattern.exhale,
                breathing_hold_out=pattern.hold_out,
            )
