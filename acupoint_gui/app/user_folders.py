"""Where the user's own files live: their data (routines, history, settings) and rebuildable caches.

The bundled data and figures are found through :mod:`acupoint_gui.paths`."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from ..model.wording import QT_TRANSLATE_NOOP, fill


class DataFolderError(Exception):
    """The folder for the user's own data cannot be made or written to; the text says which and why.

    It is raised before any translation is installed (the settings, and so the chosen language,
    live in that folder): :meth:`words` says it again in the language installed since."""

    def __init__(self, path: Path, error: OSError | None = None) -> None:
        """``error``: why the folder could not be made (told in the system's words); None: it
        is there, but cannot be written to."""
        super().__init__(_cannot_use(path, self._reason(error, str)))
        self.path, self.error = path, error

    def words(self) -> str:
        """The message in the language now installed (the system's, when this is shown)."""
        return _cannot_use(self.path, self._reason(self.error, _tr), _tr)

    @staticmethod
    def _reason(error: OSError | None, translate: Callable[[str], str]) -> str:
        return (error.strerror or str(error)) if error else translate(NO_PERMISSION)


def user_data_dir() -> Path:
    """``$ACUPOINT_DATA_DIR`` when set (tests, portable use), else the platform's app data folder.

    Made when missing. DataFolderError when it cannot be made or written to: the app would
    otherwise run and silently keep nothing the user does.
    """
    override = os.environ.get("ACUPOINT_DATA_DIR")
    if override:
        path = Path(override)
    else:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        path = Path(location or Path.home() / ".acupoint")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(path, exc) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataFolderError(path)
    return path


NO_PERMISSION = QT_TRANSLATE_NOOP("UserFolders", "no permission to write there")
CANNOT_USE = QT_TRANSLATE_NOOP(
    "UserFolders",
    "Acupoint keeps your routines, settings and session history in\n%1\n"
    "but cannot use that folder: %2.\n\n"
    "Check that the folder can be written to, or start Acupoint with ACUPOINT_DATA_DIR "
    "set to a folder that can.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UserFolders", text)


def _cannot_use(path: Path, reason: str, translate: Callable[[str], str] = str) -> str:
    return fill(translate(CANNOT_USE), str(path), reason[0].lower() + reason[1:])


def user_cache_dir() -> Path:
    """Where rebuildable files go: ``$ACUPOINT_DATA_DIR/cache`` when that is set, else the
    platform's cache folder. Created on first use by whoever writes there."""
    override = os.environ.get("ACUPOINT_DATA_DIR")
    if override:
        return Path(override) / "cache"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else Path.home() / ".cache" / "acupoint"
