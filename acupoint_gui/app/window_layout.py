"""The window opens as it was left: its size and its docks, kept in the settings."""

from __future__ import annotations

import base64
import binascii

from ..model.settings import Settings
from ..ui.main_window import MainWindow
from .settings_keeper import SettingsKeeper


def restore_layout(window: MainWindow, settings: Settings) -> None:
    try:
        geometry = base64.b64decode(settings.window_geometry)
        state = base64.b64decode(settings.window_state)
    except (ValueError, binascii.Error):
        return  # a damaged value: keep the default layout
    window.restore_layout_state(geometry, state)


def save_layout(window: MainWindow, settings: SettingsKeeper) -> None:
    geometry, state = window.layout_state()
    settings.update(
        window_geometry=base64.b64encode(geometry).decode("ascii"),
        window_state=base64.b64encode(state).decode("ascii"),
    )
