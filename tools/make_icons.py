#!/usr/bin/env python3
"""Render Acupoint's icon (the SVG in resources/icons/hicolor/scalable/apps) to the PNG sizes desktops use.

    .venv/bin/python tools/make_icons.py

Writes resources/icons/hicolor/NxN/apps/<app id>.png for every size in ICON_SIZES. Run it after
editing the SVG; tests/test_app_icon.py checks that the PNGs match it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from acupoint_gui.paths import ICON_SIZES, icon_png, icon_svg


def render(svg: Path, size: int) -> QImage:
    """The icon drawn at ``size`` × ``size`` pixels on a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        target = icon_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(icon_svg(), size).save(str(target)):
            raise SystemExit(f"could not write {target}")
        print(target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
