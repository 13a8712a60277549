"""Register the bundled font subset so Chinese characters render on machines without a CJK font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from .. import paths

_families: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts once; return their family names.

    Registered application fonts take part in Qt's font fallback, so a character the
    default font lacks is drawn from them (checked with only DejaVu installed).
    """
    if _families:
        return _families
    for font_file in sorted(paths.fonts_dir().glob("*.ttf")) if paths.fonts_dir().is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            _families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _families
