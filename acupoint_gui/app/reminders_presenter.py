"""Daily reminders at the times the user chose (the articles say once or twice a day)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..model.reminders import next_reminder
from ..model.wording import QT_TRANSLATE_NOOP
from .session_runner import SessionRunner
from .settings_keeper import SettingsKeeper

CHECK_MS = 5 * 60 * 1000  # look at the clock at least this often
REMINDER_TEXT = QT_TRANSLATE_NOOP(
    "RemindersPresenter", "Time for your acupressure routine. Take it slowly, and breathe."
)


class RemindersPresenter(QObject):
    remind = Signal(str)  # the words to show, in the tray or the window

    def __init__(
        self,
        settings: SettingsKeeper,
        runner: SessionRunner,
        dialog_parent: QWidget,
        now: Callable[[], datetime] = datetime.now,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner
        self.dialog_parent = dialog_parent
        self.now = now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._wake)
        self.due: datetime | None = None
        self.arm()

    def arm(self) -> datetime | None:
        """Wake at the next reminder, or within CHECK_MS, whichever is sooner.

        Waking up every few minutes to compare with the wall clock keeps a reminder on time
        across a suspended laptop or a daylight-saving change, which one long timer would not.
        """
        self.timer.stop()
        self.due = next_reminder(self.settings.current.reminders, self.now())
        if self.due is not None:
            milliseconds = int((self.due - self.now()).total_seconds() * 1000)
            self.timer.start(max(0, min(milliseconds, CHECK_MS)))
        return self.due

    def _wake(self) -> None:
        if self.due is not None and self.now() >= self.due and not self.runner.is_active():
            self.remind.emit(self.tr(REMINDER_TEXT))
        self.arm()

    def edit(self) -> None:
        from ..ui.reminders_dialog import RemindersDialog

        dialog = RemindersDialog(self.settings.current.reminders, self.dialog_parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings.update(reminders=dialog.times())
            self.arm()
