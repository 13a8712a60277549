"""Where the bundled data and figures are (the user's own files are found through
:mod:`acupoint_gui.app.user_folders`).

In a built wheel ``data/`` and ``resources/`` are packaged inside ``acupoint_gui`` (see
``force-include`` in ``pyproject.toml``). In a source checkout (editable install) they sit
at the repository's top level, next to the package.

The package's folder is this file's folder. ``importlib.resources.files()`` would say the
same for every way Acupoint is installed (a wheel, an editable install, the PyInstaller
bundle, which unpacks to real files), but it costs seven modules at start-up, and the
figures must be real files for Qt's SVG renderer in any case.
"""

from __future__ import annotations

import functools
from pathlib import Path


def package_dir() -> Path:
    """The folder of the ``acupoint_gui`` package, wherever it is installed."""
    return Path(__file__).resolve().parent


@functools.cache  # the package does not move while the app runs; start-up asks for these often
def _bundled(name: str) -> Path:
    package = package_dir()
    inside = package / name
    if inside.is_dir():
        return inside
    return package.parent / name


def data_dir() -> Path:
    return _bundled("data")


def resources_dir() -> Path:
    return _bundled("resources")


def points_file() -> Path:
    return data_dir() / "points.yaml"


def routines_file() -> Path:
    return data_dir() / "routines.yaml"


def body_maps_dir() -> Path:
    return resources_dir() / "body_maps"


def figure_file(view: str) -> Path:
    """The SVG figure of one view ("front", "back", "side", "sole")."""
    return body_maps_dir() / f"{view}.svg"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def closeups_dir() -> Path:
    """The regional close-up figures (low back, knee, ankle, ...)."""
    return body_maps_dir() / "closeups"


def closeup_file(name: str) -> Path:
    return closeups_dir() / f"{name}.svg"


# The app's id: the name of its desktop entry, icon and AppStream metainfo (reverse-DNS, as
# freedesktop.org asks). Change it only together with the files in resources/ that carry it.
APP_ID = "io.github.acupoint.Acupoint"

# The PNG sizes of the icon, as desktops use them (hicolor theme); the SVG scales to the rest.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def icon_theme_dir() -> Path:
    """The icon in the freedesktop.org layout: ``hicolor/NxN/apps`` and ``hicolor/scalable/apps``."""
    return resources_dir() / "icons" / "hicolor"


def icon_svg() -> Path:
    return icon_theme_dir() / "scalable" / "apps" / f"{APP_ID}.svg"


def icon_png(size: int) -> Path:
    return icon_theme_dir() / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def desktop_entry_file() -> Path:
    return resources_dir() / "desktop" / f"{APP_ID}.desktop"


def metainfo_file() -> Path:
    return resources_dir() / "desktop" / f"{APP_ID}.metainfo.xml"


def translations_dir() -> Path:
    """The translations: compiled ``.qm`` files when installed, the ``.ts`` sources in a checkout."""
    return _bundled("translations")
