"""Acupoint's own icon for its windows, and the name of its desktop entry for the desktop to match.

The icon is the PNG sizes in ``resources/icons`` (drawn from the SVG by tools/make_icons.py).
Nothing is decoded here: QIcon reads a PNG only when a size of it is first drawn, so setting the
icon costs the first frame nothing on the offscreen and Wayland platforms (X11 sends the window
sizes to the window manager as the window appears).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from .. import paths

# The sizes a window manager shows a window's icon at (title bar, task bar, Alt+Tab); the
# larger PNGs are for the applications menu, which takes the icon from the desktop entry.
WINDOW_ICON_SIZES = (16, 22, 24, 32, 48, 64, 128)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(paths.icon_png(size)), QSize(size, size))
    return icon


def apply_app_icon(app: QGuiApplication) -> None:
    """Every window gets the icon; Wayland desktops find it through the desktop entry's name."""
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName(paths.APP_ID)
