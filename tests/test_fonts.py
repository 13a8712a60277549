"""Chinese characters render even on a machine with no CJK font: a subset is bundled."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QGuiApplication, QRawFont
from pytestqt.qtbot import QtBot

from acupoint_gui import paths
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.printing.fonts import register_bundled_fonts

from .conftest import require, require_tool, run_python


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


@pytest.mark.parametrize(
    "sheet",
    [("--points", "BL23,GB30"), ("--routine", "hip-low-back-five", "--language", "zh_CN")],
    ids=["english", "chinese"],
)
def test_sheet_uses_the_bundled_font_when_the_machine_has_no_cjk_font(tmp_path: Path, sheet: tuple[str, ...]) -> None:
    """The Chinese names on an English sheet, and a whole sheet in Chinese, on a machine whose
    only fonts are DejaVu: every Chinese character is drawn with the bundled subset."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    require(dejavu.is_dir(), "fonts-dejavu-core is not installed")
    pdffonts = require_tool("pdffonts")
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    out = tmp_path / "sheet.pdf"
    result = run_python(
        "-m",
        "acupoint_gui",
        "sheet",
        *sheet,
        "--output",
        str(out),
        extra_env={"FONTCONFIG_FILE": str(config)},
    )
    assert result.returncode == 0, result.stderr
    fonts = subprocess.run([pdffonts, str(out)], capture_output=True, text=True, check=True).stdout
    assert "AcupointCJKSubset" in fonts, f"the Chinese names were not drawn with the bundled font:\n{fonts}"
    others = [line for line in fonts.splitlines()[2:] if "AcupointCJKSubset" not in line and "DejaVu" not in line]
    assert others == [], f"a font other than DejaVu and the bundled subset was used:\n{fonts}"
