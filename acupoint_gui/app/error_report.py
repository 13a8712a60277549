"""A mistake in Acupoint's own code is written to a log and explained, not left as a traceback.

Without this, an exception inside a Qt slot prints a traceback to a terminal that a person who
started Acupoint from their desktop never sees, and the window just seems not to respond. The
handler appends the details to ``errors.log`` in the user data folder (kept under a size
limit), still prints them for developers, and tells the person once, in plain words, that their
data is safe and where the details are. The user's files are never touched here.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer

from ..ui import messages

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 512 * 1024  # then the log starts again, the old one kept as errors.log.1
MAX_MESSAGES = 3  # a mistake that repeats (say in a paint) must not bury the window in dialogs


class ErrorReporter:
    def __init__(self, data_dir: Path, show: Callable[[str, str], None] | None = None) -> None:
        self.log = data_dir / LOG_NAME
        self._show = show or (lambda title, text: messages.warn(None, title, text))
        self._told: set[tuple[str, str]] = set()

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(details)
        saved = self._append(details)
        key = (kind.__name__, str(error))
        if key in self._told or len(self._told) >= MAX_MESSAGES:
            return
        self._told.add(key)
        if saved:
            where = QCoreApplication.translate("ErrorReporter", "The details were saved in {log}.").format(log=self.log)
        else:
            where = QCoreApplication.translate("ErrorReporter", "The details could not be saved.")
        text = QCoreApplication.translate(
            "ErrorReporter",
            "Something went wrong inside Acupoint. Your routines, settings and session history are "
            "safe, and you can go on using it; if something looks wrong, close and reopen it.\n\n"
            "{where} If it happens again, please send that file to the people who make Acupoint.",
        ).format(where=where)
        title = QCoreApplication.translate("ErrorReporter", "Something went wrong")
        # After the slot that failed has returned: a dialog opened inside it could fail the same way.
        QTimer.singleShot(0, lambda: self._show(title, text))

    def _append(self, details: str) -> bool:
        try:
            if self.log.exists() and self.log.stat().st_size > MAX_LOG_BYTES:
                self.log.replace(self.log.with_name(LOG_NAME + ".1"))
            with self.log.open("a", encoding="utf-8") as stream:
                stream.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n{details}\n")
        except OSError:
            return False
        return True
