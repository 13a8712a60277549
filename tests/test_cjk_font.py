"""The bundled CJK subset holds every character the Chinese window, data and sheet use."""

from __future__ import annotations

import importlib.util

from PySide6.QtGui import QRawFont

from acupoint_gui import paths

from .conftest import ROOT


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("make_cjk_font", ROOT / "tools" / "make_cjk_font.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_subset_font_has_every_character_the_translations_use(qapp: object) -> None:
    tool = _tool()
    wanted = tool.cjk_characters(tool.used_text())  # type: ignore[attr-defined]
    font = QRawFont(str(paths.fonts_dir() / "AcupointCJK-subset.ttf"), 12)
    assert font.isValid()
    missing = "".join(ch for ch in wanted if not font.supportsCharacter(ord(ch)))
    assert not missing, f"run tools/make_cjk_font.py: the bundled font lacks {missing}"
