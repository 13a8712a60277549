"""Chinese characters render even on a machine with no CJK font: a subset is bundled."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication, QRawFont
from pytestqt.qtbot import QtBot

from acupoint_gui import paths
from acupoint_gui.app.fonts import register_bundled_fonts
from acupoint_gui.model.catalog import load_catalog


def test_bundled_font_has_every_character_the_data_uses(qtbot: QtBot) -> None:
    assert isinstance(QGuiApplication.instance(), QGuiApplication)
    font_file = paths.fonts_dir() / "AcupointCJK-subset.ttf"
    raw = QRawFont(str(font_file), 12)
    assert raw.isValid()
    characters = {ch for point in load_catalog().atlas.points for ch in point.chinese}
    missing = sorted(ch for ch in characters if not raw.supportsCharacter(ord(ch)))
    assert not missing, f"run tools/make_cjk_font.py: the bundled font lacks {''.join(missing)}"
    assert not raw.supportsCharacter(ord("A")), "the subset holds only the characters the data needs"


def test_bundled_font_is_registered_with_qt(qtbot: QtBot) -> None:
    families = register_bundled_fonts()
    assert families == ["Acupoint CJK Subset"]
    assert "Acupoint CJK Subset" in QFontDatabase.families()
