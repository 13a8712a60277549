"""The tray icon follows the session; daily reminders; what closing the window means mid-session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QSystemTrayIcon, QWidget

from ..model.reminders import next_reminder
from ..model.routines import SessionStep
from ..ui.actions import ActionId
from ..ui.session_dock import clock_text
from ..ui.tray import SessionTray
from .session_controller import side_label

if TYPE_CHECKING:
    from .controller import AppController

CHECK_MS = 5 * 60 * 1000  # look at the clock at least this often
REMINDER_TEXT = "Time for your acupressure routine. Take it slowly, and breathe."


class TrayWiring(QObject):
    def __init__(self, app: AppController, now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(app)
        self.app = app
        self.now = now
        self.tray = SessionTray(self)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        if self.available:
            self.tray.icon.show()
        self.step_label = ""
        self._shown_seconds = -1
        session = app.session
        session.stepStarted.connect(self._step)
        session.tick.connect(self._tick)
        session.stateChanged.connect(self._state)
        self.tray.pauseToggled.connect(session.toggle_pause)
        self.tray.skipRequested.connect(session.skip)
        self.tray.openRequested.connect(self.open_window)
        self.tray.quitRequested.connect(self.quit)
        self.reminder = QTimer(self)
        self.reminder.setSingleShot(True)
        self.reminder.timeout.connect(self._remind)
        self.due: datetime | None = None
        app.window.actions_by_id[ActionId.REMINDERS].triggered.connect(self.edit_reminders)
        self.arm_reminder()

    # --- the session in the tray ------------------------------------------------------
    def _step(self, step: SessionStep, position: int, total: int) -> None:
        point = self.app.catalog.atlas.point(step.point)
        side = side_label(step.side)
        self.step_label = f"{point.code} {point.name}" + (f", {side}" if side else "")
        self._shown_seconds = -1

    def _tick(self, seconds: float) -> None:
        whole = int(seconds + 0.999)
        if whole != self._shown_seconds:
            self._shown_seconds = whole
            paused = self.app.session.state.value == "paused"
            self.tray.show_state(f"{self.step_label} — {clock_text(seconds)} left", running=True, paused=paused)

    def _state(self, state: str) -> None:
        running = state in ("running", "paused")
        if not running:
            self.tray.show_state(None, running=False, paused=False)
        else:
            self._shown_seconds = -1
            self._tick(self.app.session.engine.seconds_left() if self.app.session.engine else 0.0)

    def open_window(self) -> None:
        self.app.window.bring_forward()

    def quit(self) -> None:
        self.app.session.stop()
        self.app.quitting = True
        self.app.window.close()
        QApplication.quit()

    # --- closing during a session ----------------------------------------------------
    def ask_close(self) -> str:
        """'tray' to keep running hidden, 'stop' to stop and close, 'cancel' to stay."""
        box, keep, stop = close_question(self.app.window, tray=self.available)
        box.exec()
        clicked = box.clickedButton()
        if keep is not None and clicked is keep:
            return "tray"
        return "stop" if clicked is stop else "cancel"

    # --- reminders --------------------------------------------------------------------
    def arm_reminder(self) -> datetime | None:
        """Wake at the next reminder, or within CHECK_MS, whichever is sooner.

        Waking up every few minutes to compare with the wall clock keeps a reminder on time
        across a suspended laptop or a daylight-saving change, which one long timer would not.
        """
        self.reminder.stop()
        self.due = next_reminder(self.app.settings.reminders, self.now())
        if self.due is not None:
            milliseconds = int((self.due - self.now()).total_seconds() * 1000)
            self.reminder.start(max(0, min(milliseconds, CHECK_MS)))
        return self.due

    def _remind(self) -> None:
        if self.due is not None and self.now() >= self.due and not self.app.session.is_active():
            self.notify(REMINDER_TEXT)
        self.arm_reminder()

    def notify(self, message: str) -> None:
        """A tray message when there is a tray; otherwise the status bar, where the window is."""
        if self.available and self.tray.icon.isVisible():
            self.tray.notify("Acupoint", message)
        else:
            self.app.window.statusBar().showMessage(message, 10 * 60 * 1000)

    def edit_reminders(self) -> None:
        from ..ui.reminders_dialog import RemindersDialog

        dialog = RemindersDialog(self.app.settings.reminders, self.app.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.app.update_settings(reminders=dialog.times())
            self.arm_reminder()


def close_question(parent: QWidget, *, tray: bool) -> tuple[QMessageBox, QPushButton | None, QPushButton]:
    """The question asked when the window is closed mid-session, and its keep and stop buttons.

    Enter never ends a session: the default keeps it running (in the tray, or in the window).
    """
    box = QMessageBox(parent)
    box.setWindowTitle("A session is running")
    box.setIcon(QMessageBox.Icon.Question)
    if tray:
        box.setText("Keep the session running in the tray?")
        keep: QPushButton | None = box.addButton("Keep running in the tray", QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setText("A session is running. Stop it and close Acupoint?")
        keep = None
    stop = box.addButton("Stop and close", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep if keep is not None else cancel)
    return box, keep, stop
