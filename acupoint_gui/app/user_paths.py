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


def user_cache_dir() -> Path:
    """Where rebuildable files go: ``$ACUPOINT_DATA_DIR/cache`` when that is set, else the
    platform's cache folder. Created on first use by whoever writes there."""
    override = os.environ.get("ACUPOINT_DATA_DIR")
    if override:
        return Path(override) / "cache"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else Path.home() / ".cache" / "acupoint"
