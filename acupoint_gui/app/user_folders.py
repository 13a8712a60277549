"""Where the user's own files live: their data (routines, history, settings) and rebuildable caches.

The bundled data and figures are found through :mod:`acupoint_gui.paths`."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


class DataFolderError(Exception):
    """The folder for the user's own data cannot be made or written to; the text says which and why."""


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
        raise DataFolderError(_cannot_use(path, exc.strerror or str(exc))) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataFolderError(_cannot_use(path, "no permission to write there"))
    return path


def _cannot_use(path: Path, reason: str) -> str:
    return (
        f"Acupoint keeps your routines, settings and session history in\n{path}\n"
        f"but cannot use that folder: {reason[0].lower()}{reason[1:]}.\n\n"
        "Check that the folder can be written to, or start Acupoint with ACUPOINT_DATA_DIR "
        "set to a folder that can."
    )


def user_cache_dir() -> Path:
    """Where rebuildable files go: ``$ACUPOINT_DATA_DIR/cache`` when that is set, else the
    platform's cache folder. Created on first use by whoever writes there."""
    override = os.environ.get("ACUPOINT_DATA_DIR")
    if override:
        return Path(override) / "cache"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else Path.home() / ".cache" / "acupoint"
