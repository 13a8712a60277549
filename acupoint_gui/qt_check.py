"""Before Qt starts on Linux: are the system libraries its xcb platform plugin needs there?

Without them Qt aborts with "Could not load the Qt platform plugin "xcb"", which tells a
user nothing useful. We look for each library first and name the Debian/Ubuntu package that
provides it instead.
"""

from __future__ import annotations

import ctypes
import os
import sys

# soname -> Debian/Ubuntu package
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-image.so.0": "libxcb-image0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_packages(libraries: dict[str, str] | None = None) -> list[str]:
    """Packages whose library cannot be loaded (empty when all are present)."""
    missing: list[str] = []
    for soname, package in (libraries or XCB_LIBRARIES).items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return sys.platform.startswith("linux") and not os.environ.get("WAYLAND_DISPLAY")


def problem_before_start() -> str | None:
    """A message for the user when the window cannot open, else ``None``."""
    if not sys.platform.startswith("linux") or not uses_xcb():
        return None
    if not os.environ.get("DISPLAY"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        if not platform:
            return (
                "No display found: Acupoint needs a desktop session to open its window.\n"
                "Headless commands still work: try 'acupoint-gui --help'."
            )
    missing = missing_packages()
    if missing:
        return (
            "Acupoint cannot open its window because system libraries that Qt needs are missing.\n"
            f"Install them with:\n\n    sudo apt-get install {' '.join(missing)}\n"
        )
    return None
