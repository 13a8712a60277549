"""One Acupoint at a time for each user data folder.

Two copies would both fire the daily reminders, both log sessions, and the one that saved
your routines last would silently undo the other's changes. So a second start asks the copy
that is already running to bring its window forward (it may be hidden in the tray) and exits.

The running copy holds a lock file (QLockFile, which notices when its owner has died, so a
crash never blocks the next start) and watches its folder for a request file.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from ..model.storage import atomic_write_text

LOCK_NAME = "acupoint.lock"
REQUEST_NAME = "show-window.request"


class SingleInstance(QObject):
    """Emits :attr:`showRequested` when another start asked this copy to come forward."""

    showRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its owner is gone, never because it is old
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True when this is the only copy (or the lock cannot be used at all: then run anyway)."""
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def ask_the_running_copy_to_show(self) -> None:
        atomic_write_text(self.data_dir / REQUEST_NAME, "show\n")

    def listen(self) -> None:
        """Start watching for requests (after the first frame: nothing asks before then)."""
        if self._watcher is not None:
            return
        self._watcher = QFileSystemWatcher([str(self.data_dir)], self)
        self._watcher.directoryChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        request = self.data_dir / REQUEST_NAME
        if request.exists():
            with contextlib.suppress(OSError):
                request.unlink()
            self.showRequested.emit()

    def release(self) -> None:
        self._lock.unlock()
