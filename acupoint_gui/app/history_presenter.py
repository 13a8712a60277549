"""The pain log: pain before and after each session, and every completed step, in SQLite.

Only what happened is recorded: a session is written when its first step starts, each
completed step as it ends, and how it ended when it ends (or, after a crash, up to its last
completed step). A history that cannot be opened or written never stops a session.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..model.history import History
from ..model.routine_library import SessionPlan
from ..model.routines import SessionStep
from ..model.storage import LoadReport, StorageError, describe_write_error
from .session_runner import SessionRunner

if TYPE_CHECKING:
    from ..ui.history_view import HistoryView

T = TypeVar("T")


class HistoryPresenter(QObject):
    notice = Signal(str)
    warning = Signal(str, str)  # title, text

    def __init__(
        self,
        database: Path,
        runner: SessionRunner,
        dialog_parent: QWidget,
        *,
        ask_pain: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.dialog_parent = dialog_parent
        self.ask_pain = ask_pain
        self.problem: str | None = None
        self.history: History | None = None
        try:
            self.history = History(database)
        except (StorageError, sqlite3.Error, OSError) as exc:
            # e.g. the file is locked or not readable: sessions still run, just unlogged
            self.problem = self.tr(
                "The session history cannot be opened (%1). Sessions run, but are not logged."
            ).replace("%1", str(exc))
        self.session_id: int | None = None
        runner.stepStarted.connect(self._step_started)
        runner.finished.connect(self._finished)

    def load_report(self) -> LoadReport | None:
        return self.history.report if self.history is not None else None

    def tell_problems(self) -> None:
        """After the first frame: a damaged history that was moved aside, or one that cannot be used."""
        report = self.load_report()
        if report is not None:
            self.warning.emit(self.tr("Session history was damaged"), report.message)
        if self.problem is not None:
            self.warning.emit(self.tr("Session history unavailable"), self.problem)

    def _safely(self, action: Callable[[History], T]) -> T | None:
        """Run a history write; a failure (disk full, file locked) is told once, never a crash."""
        if self.history is None:
            return None
        try:
            return action(self.history)
        except (sqlite3.Error, OSError, StorageError) as exc:
            message = self.tr("The session could not be saved to the history (%1).").replace("%1", str(exc))
            if message != self.problem:
                self.problem = message
                self.notice.emit(message)
            return None

    def ask(self, question: str, *, with_note: bool) -> tuple[int | None, str]:
        if not self.ask_pain:
            return None, ""
        from ..ui.pain_dialog import PainDialog

        dialog = PainDialog(question, with_note=with_note, parent=self.dialog_parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        # Give the keyboard back to the main window, so Space, arrows and Esc reach the session.
        self.dialog_parent.activateWindow()
        if not accepted:
            return None, ""
        return dialog.pain(), dialog.note_text()

    def begin(self, plan: SessionPlan) -> None:
        """Just before a session starts: ask about pain, and open its record."""
        if self.history is None:
            return
        pain, _ = self.ask(self.tr("Before you start: how much does it hurt now?"), with_note=False)
        routine, total = plan.routine, len(plan.steps)
        self.session_id = self._safely(lambda h: h.begin_session(routine.id, routine.name, total, pain))

    def _step_started(self, step: SessionStep, position: int, total: int) -> None:
        session_id = self.session_id
        if session_id is not None:
            completed = self.runner.completed_steps()
            self._safely(lambda h: h.record_step(session_id, completed))

    def _finished(self, completed: int, total: int, finished: bool) -> None:
        if self.session_id is None:
            return
        session_id, self.session_id = self.session_id, None
        self._safely(lambda h: h.record_step(session_id, completed))
        pain, note = self.ask(self.tr("And now: how much does it hurt?"), with_note=True)
        self._safely(lambda h: h.finish_session(session_id, finished, pain, note))

    def show_history(self) -> None:
        from ..ui.history_view import HistoryView

        if self.history is None:
            self.warning.emit(self.tr("Session history unavailable"), self.problem or "")
            return
        view = HistoryView(self.history, self.dialog_parent)
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
