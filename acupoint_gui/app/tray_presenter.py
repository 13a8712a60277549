"""The tray icon follows the session, and what closing the window means mid-session.

Closing the window while a session runs asks whether to keep it running in the tray (or,
with no tray, whether to stop it); Enter never ends a session.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ..model.points import Atlas
from ..model.routines import SessionStep
from ..model.session_state import SessionState
from ..model.step_wording import Presser, clock_text, step_label
from ..ui import questions
from ..ui.main_window import MainWindow
from ..ui.tray import SessionTray
from .session_runner import SessionRunner


class TrayPresenter(QObject):
    def __init__(
        self,
        tray: SessionTray,
        runner: SessionRunner,
        window: MainWindow,
        atlas: Atlas,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        self.runner = runner
        self.window = window
        self.atlas = atlas
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        if self.available:
            tray.show()
        self.step_label = ""
        self.presser = Presser.SELF
        self._shown_seconds = -1
        runner.stepStarted.connect(self._step)
        runner.tick.connect(self._tick)
        runner.stateChanged.connect(self._state)
        tray.pauseToggled.connect(runner.toggle_pause)
        tray.skipRequested.connect(runner.skip)
        tray.openRequested.connect(window.bring_forward)
        tray.quitRequested.connect(self.quit)
        window.set_close_guard(self.may_close)

    # --- the session in the tray ------------------------------------------------------
    def set_presser(self, presser: Presser) -> None:
        """Who presses: the next step's words in the tray are for them ("your partner's left side")."""
        self.presser = presser

    def _step(self, step: SessionStep, position: int, total: int) -> None:
        self.step_label = step_label(self.atlas.point(step.point), step.side, self.presser)
        self._shown_seconds = -1

    def _tick(self, seconds: float) -> None:
        whole = int(seconds + 0.999)
        if whole != self._shown_seconds:
            self._shown_seconds = whole
            paused = self.runner.state is SessionState.PAUSED
            left = self.tr("%1 — %2 left").replace("%1", self.step_label).replace("%2", clock_text(seconds))
            self.tray.show_state(left, running=True, paused=paused)

    def _state(self, state: SessionState) -> None:
        if not state.active:
            self.tray.show_state(None, running=False, paused=False)
        else:
            self._shown_seconds = -1
            self._tick(self.runner.seconds_left())

    def quit(self) -> None:
        """Tray ▸ Quit: stop the session (it is logged as stopped), close the window, and quit."""
        self.runner.stop()
        self.window.close()
        QApplication.quit()

    # --- closing during a session ----------------------------------------------------
    def may_close(self) -> bool:
        """Asked when the window is closed: with no session it closes; during one, the user chooses."""
        if not self.runner.is_active():
            return True
        choice = questions.ask_close_during_session(self.window, tray=self.available)
        if choice is questions.CloseChoice.STAY:
            return False
        if choice is questions.CloseChoice.TO_TRAY:
            self.window.hide()  # the session goes on; the tray's Open brings the window back
            return False
        self.runner.stop()
        return True

    def notify(self, message: str) -> bool:
        """A tray message when there is a tray; False when there is none to show it."""
        if self.available and self.tray.is_shown():
            self.tray.notify("Acupoint", message)
            return True
        return False
