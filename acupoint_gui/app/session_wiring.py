"""Connects the session dock, the session engine, the map and the detail panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..model.breathing import BreathingPattern
from ..model.points import Pregnancy, Side
from ..model.routines import Routine, SessionStep, total_seconds
from ..ui.session_dock import SessionDock, duration_words
from .session_controller import SessionController, side_label

if TYPE_CHECKING:
    from .controller import AppController


PRESS_WORDS = {"gentle": "Press gently", "medium": "Press with medium pressure", "firm": "Press firmly"}


class SessionWiring(QObject):
    def __init__(self, app: AppController, dock: SessionDock, session: SessionController) -> None:
        super().__init__(app)
        self.app = app
        self.dock = dock
        self.session = session
        self.shortcut_actions: list[QAction] = []
        self.kept_this_session: set[str] = set()
        self._panel_expanded = False  # the session panel shows a running session's controls
        dock.startRequested.connect(self.start)
        dock.pauseToggled.connect(session.toggle_pause)
        dock.skipRequested.connect(session.skip)
        dock.previousRequested.connect(session.previous)
        dock.stopRequested.connect(session.stop)
        dock.routine.currentIndexChanged.connect(self._describe_routine)
        session.stepStarted.connect(self._step_started)
        session.switchSides.connect(self._switch_sides)
        session.tick.connect(dock.show_seconds_left)
        session.breath.connect(dock.breathing.show_breath)
        session.stateChanged.connect(self._state_changed)
        session.finished.connect(self._finished)
        self._add_shortcuts()

    def _add_shortcuts(self) -> None:
        window = self.app.window
        for text, key, slot in (
            ("Pause or resume", Qt.Key.Key_Space, self.session.toggle_pause),
            ("Skip to next step", Qt.Key.Key_Right, self.session.skip),
            ("Previous step", Qt.Key.Key_Left, self.session.previous),
            ("Stop session", Qt.Key.Key_Escape, self.session.stop),
        ):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)  # only while a session runs: otherwise the keys stay the map's
            action.triggered.connect(slot)
            window.addAction(action)
            self.shortcut_actions.append(action)

    def routine(self, routine_id: str) -> Routine | None:
        return next((r for r in self.app.all_routines() if r.id == routine_id), None)

    def refresh_summary(self) -> None:
        self._describe_routine()

    def _describe_routine(self) -> None:
        routine = self.routine(self.dock.routine_id())
        if routine is None:
            self.dock.summary.setText("")
            return
        atlas = self.app.catalog.atlas
        steps = self._expand(routine)
        source = ""
        if routine.source:
            try:
                source = f" Source: {atlas.source(routine.source).title}."
            except KeyError:
                source = ""
        avoided = self._avoided()
        codes = " → ".join(f"{s.point} ⚠" if s.point in avoided else s.point for s in routine.steps)
        self.dock.summary.setText(
            f"{codes}\n{len(steps)} steps, about {duration_words(total_seconds(steps))} in all.{source}"
        )

    def _avoided(self) -> set[str]:
        """Points to leave out of sessions: contraindicated in pregnancy, when that is set."""
        if not self.app.settings.pregnant:
            return set()
        return {p.code for p in self.app.catalog.atlas.points if p.pregnancy is Pregnancy.CONTRAINDICATED}

    def _excluded(self) -> set[str]:
        return self._avoided() - self.kept_this_session

    def ask_keep(self, codes: list[str]) -> bool | None:
        """Whether to keep points avoided in pregnancy for this session (None: cancel)."""
        names = ", ".join(f"{code} {self.app.catalog.atlas.point(code).name}" for code in codes)
        from PySide6.QtWidgets import QMessageBox  # not needed to start

        box = QMessageBox(self.app.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Points to avoid in pregnancy")
        box.setText(f"This routine includes points traditionally avoided in pregnancy: {names}.")
        box.setInformativeText("They will be left out of this session unless you choose to keep them.")
        leave = box.addButton("Leave them out", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("Keep them this time", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave)
        box.exec()
        clicked = box.clickedButton()
        if clicked is leave:
            return False
        if clicked is keep:
            return True
        return None

    def _expand(self, routine: Routine) -> tuple[SessionStep, ...]:
        from ..model.routines import expand

        atlas = self.app.catalog.atlas
        return expand(routine, lambda code: atlas.point(code).is_bilateral, exclude=self._excluded())

    def pattern(self) -> BreathingPattern:
        s = self.app.settings
        try:
            return BreathingPattern(s.breathing_inhale, s.breathing_hold_in, s.breathing_exhale, s.breathing_hold_out)
        except ValueError:
            return BreathingPattern()

    def start(self, routine_id: str) -> None:
        routine = self.routine(routine_id)
        if routine is None or not self.app.setup_done:
            return
        self.kept_this_session = set()
        avoided = sorted({s.point for s in routine.steps} & self._avoided())
        if avoided:
            keep = self.ask_keep(avoided)
            if keep is None:
                return
            if keep:
                self.kept_this_session = set(avoided)
        self.app.update_settings(last_routine=routine.id)
        self.dock.breathing.set_reduced_motion(self.app.settings.reduced_motion)
        self.app.history_wiring.begin(routine.id, routine.name, len(self._expand(routine)))
        self.session.start(routine, exclude=self._excluded(), breathing=self.pattern())

    def _step_started(self, step: SessionStep, position: int, total: int) -> None:
        atlas = self.app.catalog.atlas
        point = atlas.point(step.point)
        side = side_label(step.side)
        title = f"{point.code} · {point.name}" + (f" — {side}" if side else "")
        how = PRESS_WORDS.get(point.technique.pressure, "Press")
        instruction = f"{how}, {point.technique.motion}. Breathe slowly."
        steps = self.session.steps
        index = step.position
        following = steps[index + 1] if index + 1 < len(steps) else None
        if following is None:
            next_text = "Next: finished"
        else:
            next_point = atlas.point(following.point)
            next_side = side_label(following.side)
            next_text = f"Next: {next_point.code} {next_point.name}" + (f", {next_side}" if next_side else "")
        self.dock.show_step(title, instruction, position, total, next_text)
        window = self.app.window  # a longer name may have wrapped onto another line
        window.share_dock_height(window.session_dock, window.detail_dock, only_if_cramped=True)
        self.app.body_map.select(None)  # during a session only the current point stands out
        self.app.body_map.set_current(point.code, step.side.value)
        self.app.body_map.emphasise_landmarks(point.landmarks_used)
        self.app.detail.show_point(point, None if step.side is Side.MIDLINE else step.side.value)

    def _switch_sides(self, code: str, to_side: str) -> None:
        self.dock.instruction.setText(f"Switch to the {to_side} side.")

    def _state_changed(self, state: str) -> None:
        running = state in ("running", "paused")
        starting = running and not self.dock.pause_button.isEnabled()
        self.dock.set_running(running, paused=state == "paused")
        if starting:  # keyboard focus leaves the search box, so Space, ← and → reach the session
            self.dock.pause_button.setFocus()
        if running != self._panel_expanded:  # the panel grew or shrank: the point details get the rest
            self._panel_expanded = running
            self.app.window.share_dock_height(self.app.window.session_dock, self.app.window.detail_dock)
        for action in self.shortcut_actions:
            action.setEnabled(running)
        self.app.body_map.set_session_active(running)

    def _finished(self, completed: int, total: int, finished: bool) -> None:
        self.app.body_map.set_current(None, None)
        self.dock.show_finished(
            "Well done — the routine is complete."
            if finished
            else f"Session stopped after {completed} of {total} steps."
        )
