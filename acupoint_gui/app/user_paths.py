"""Where the user's own data lives (routines, history, settings)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def user_data_dir() -> Path:
    """``$ACUPOINT_DATA_DIR`` when set (tests, portable use), else the platform's app data folder."""
    override = os.environ.get("ACUPOINT_DATA_DIR")
    if override:
        path = Path(override)
    else:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        path = Path(location or Path.home() / ".acupoint")
    path.mkdir(parents=True, exist_ok=True)
    return path
