"""The pain log: pain before and after each session, and every completed step, in SQLite."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from ..model.history import History
from ..model.routines import SessionStep
from ..model.storage import StorageError, describe_write_error
from ..ui.actions import ActionId

if TYPE_CHECKING:
    from ..ui.history_view import HistoryView
    from .controller import AppController

T = TypeVar("T")


class HistoryWiring(QObject):
    def __init__(self, app: AppController, *, ask_pain: bool = True) -> None:
        super().__init__(app)
        self.app = app
        self.ask_pain = ask_pain
        self.problem: str | None = None
        self.history: History | None = None
        try:
            self.history = History(app.data_dir / "history.sqlite3")
        except (StorageError, sqlite3.Error, OSError) as exc:
            # e.g. the file is locked or not readable: sessions still run, just unlogged
            self.problem = f"The session history cannot be opened ({exc}). Sessions run, but are not logged."
        self.session_id: int | None = None
        app.session.stepStarted.connect(self._step_started)
        app.session.finished.connect(self._finished)
        app.window.actions_by_id[ActionId.HISTORY].triggered.connect(self.show_history)

    def after_show(self) -> None:
        report = self.history.report if self.history is not None else None
        if report is not None:
            QTimer.singleShot(
                0, lambda: QMessageBox.warning(self.app.window, "Session history was damaged", report.message)
            )
        if self.problem is not None:
            problem = self.problem
            QTimer.singleShot(0, lambda: QMessageBox.warning(self.app.window, "Session history unavailable", problem))

    def _safely(self, action: Callable[[History], T]) -> T | None:
        """Run a history write; a failure (disk full, file locked) is told once, never a crash."""
        if self.history is None:
            return None
        try:
            return action(self.history)
        except (sqlite3.Error, OSError, StorageError) as exc:
            message = f"The session could not be saved to the history ({exc})."
            if message != self.problem:
                self.problem = message
                self.app.window.statusBar().showMessage(message, 15000)
            return None

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
        if self.history is None:
            return
        pain, _ = self.ask("Before you start: how much does it hurt now?", with_note=False)
        self.session_id = self._safely(lambda h: h.begin_session(routine_id, routine_name, total_steps, pain))

    def _step_started(self, step: SessionStep, position: int, total: int) -> None:
        engine = self.app.session.engine
        session_id = self.session_id
        if session_id is not None and engine is not None:
            completed = engine.completed_steps
            self._safely(lambda h: h.record_step(session_id, completed))

    def _finished(self, completed: int, total: int, finished: bool) -> None:
        if self.session_id is None:
            return
        session_id, self.session_id = self.session_id, None
        self._safely(lambda h: h.record_step(session_id, completed))
        pain, note = self.ask("And now: how much does it hurt?", with_note=True)
        self._safely(lambda h: h.finish_session(session_id, finished, pain, note))

    def show_history(self) -> None:
        from ..ui.history_view import HistoryView

        if self.history is None:
            QMessageBox.warning(self.app.window, "Session history unavailable", self.problem or "")
            return
        view = HistoryView(self.history, self.app.window)
        view.exportRequested.connect(lambda: self.export_csv(view))
        view.exec()
        view.deleteLater()  # a closed history window is not kept, with its pages and chart

    def export_csv(self, view: HistoryView) -> None:
        """Ask where, write every session there as CSV, and tell the view how it went."""
        if self.history is None:
            return
        path = view.ask_export_path(Path.home() / "acupoint-history.csv")
        if path is None:
            return
        try:
            count = self.history.export_csv(path, progress=view.show_export_progress)
        except OSError as exc:
            view.show_export_failed(describe_write_error(path, exc))
        except sqlite3.Error:
            view.show_export_failed(self.tr("Your session history could not be read, so nothing was exported."))
        else:
            view.show_export_done(path, count)
