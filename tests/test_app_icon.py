"""Acupoint's icon: PNGs drawn from its SVG, and set on the application's windows."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from acupoint_gui import paths

from .conftest import ROOT


def load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("acupoint_make_icons", ROOT / "tools" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def argb(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_ARGB32).constBits())


def test_every_png_is_the_svg_drawn_at_its_size(qtbot: QtBot) -> None:
    """Edit the SVG, then run tools/make_icons.py: a stale PNG fails here."""
    make_icons = load_make_icons()
    for size in paths.ICON_SIZES:
        stored = QImage(str(paths.icon_png(size)))
        assert stored.size() == QSize(size, size), f"{paths.icon_png(size)} is {stored.size()}"
        drawn = make_icons.render(paths.icon_svg(), size)
        got, want = argb(stored), argb(drawn)
        mean = sum(abs(a - b) for a, b in zip(got, want, strict=True)) / len(got)
        assert mean < 1.0, f"{paths.icon_png(size)} differs from the SVG (mean {mean:.2f}): run tools/make_icons.py"


def test_the_icon_is_round_on_a_transparent_square(qtbot: QtBot) -> None:
    image = QImage(str(paths.icon_png(64))).convertToFormat(QImage.Format.Format_ARGB32)
    assert image.pixelColor(0, 0).alpha() == 0, "the corners are transparent"
    assert image.pixelColor(32, 32).alpha() == 255, "the centre is solid"
    assert image.pixelColor(32, 32) != image.pixelColor(32, 12), "the dot stands out from the ring"


def test_the_application_carries_the_icon_and_its_desktop_entry_name(qtbot: QtBot) -> None:
    from acupoint_gui.app.application import create_application

    app = create_application()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 64} <= sizes and 512 not in sizes
    assert QGuiApplication.desktopFileName() == paths.APP_ID
    assert not app.windowIcon().pixmap(32, 32).isNull()
