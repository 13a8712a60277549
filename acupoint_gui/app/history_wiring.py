"""The pain log: pain before and after each session, and every completed step, in SQLite."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from ..model.history import History
from ..model.routines import SessionStep
from ..ui.actions import ActionId

if TYPE_CHECKING:
    from .controller import AppController


class HistoryWiring(QObject):
    def __init__(self, app: AppController, *, ask_pain: bool = True) -> None:
        super().__init__(app)
        self.app = app
        self.ask_pain = ask_pain
        self.history = History(app.data_dir / "history.sqlite3")
        self.session_id: int | None = None
        app.session.stepStarted.connect(self._step_started)
        app.session.finished.connect(self._finished)
        app.window.actions_by_id[ActionId.HISTORY].triggered.connect(self.show_history)

    def after_show(self) -> None:
        report = self.history.report
        if report is not None:
            QTimer.singleShot(
                0, lambda: QMessageBox.warning(self.app.window, "Session history was damaged", report.message)
            )

    def ask(self, question: str, *, with_note: bool) -> tuple[int | None, str]:
        if not self.ask_pain:
            return None, ""
        from ..ui.pain_dialog import PainDialog

        dialog = PainDialog(question, with_note=with_note, parent=self.app.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        # Give the keyboard back to the main window, so Space, arrows and Esc reach the session.
        self.app.window.activateWindow()
        if not accepted:
            return None, ""
        return dialog.pain(), dialog.note_text()

    def begin(self, routine_id: str, routine_name: str, total_steps: int) -> None:
        """Called just before a session starts."""
        pain, _ = self.ask("Before you start: how much does it hurt now?", with_note=False)
        self.session_id = self.history.begin_session(routine_id, routine_name, total_steps, pain)

    def _step_started(self, step: SessionStep, position: int, total: int) -> None:
        engine = self.app.session.engine
        if self.session_id is not None and engine is not None:
            self.history.record_step(self.session_id, engine.completed_steps)

    def _finished(self, completed: int, total: int, finished: bool) -> None:
        if self.session_id is None:
            return
        session_id, self.session_id = self.session_id, None
        self.history.record_step(session_id, completed)
        pain, note = self.ask("And now: how much does it hurt?", with_note=True)
        self.history.finish_session(session_id, finished, pain, note)

    def show_history(self) -> None:
        from ..ui.history_view import HistoryView

        view = HistoryView(self.history, self.app.window)
        view.exec()
