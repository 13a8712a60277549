"""Register the bundled font subset so Chinese characters render on machines without a CJK font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from .. import paths

_families: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts once; return their family names."""
    if _families:
        return _families
    for font_file in sorted(paths.fonts_dir().glob("*.ttf")) if paths.fonts_dir().is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            _families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if _families:
        # Qt falls back to the substitutes for any character the default font lacks.
        QFont.insertSubstitutions(QFont().family(), _families)
    return _families
