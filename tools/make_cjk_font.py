#!/usr/bin/env python3
"""Make the small bundled CJK font: only the Chinese characters that the data files and the
translations (translations/*.ts) use, so the Chinese window and sheet render on any machine.
A test fails when a character is missing from it (tests/test_cjk_font.py): run this then.

Source font: Droid Sans Fallback (Apache License 2.0), from Debian's fonts-droid-fallback.
Run after adding points with new characters:

    .venv/bin/pip install fonttools
    .venv/bin/python tools/make_cjk_font.py [/path/to/DroidSansFallbackFull.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
TARGET = ROOT / "resources" / "fonts" / "AcupointCJK-subset.ttf"


def cjk_characters(text: str) -> str:
    """The Han characters and the full-width punctuation (，。：；（）、) of ``text``; quotes and
    dashes (“”…—) are in every Latin font."""
    return "".join(
        sorted(
            {
                ch
                for ch in text
                if "\u3400" <= ch <= "\u9fff"
                or "\uf900" <= ch <= "\ufaff"
                or "\u3000" <= ch <= "\u303f"
                or "\uff00" <= ch <= "\uffef"
            }
        )
    )


def used_text() -> str:
    """Every text the app may draw in Chinese: the data files, the translations, and the
    Settings ▸ Language menu's own names (in acupoint_gui/model/languages.py)."""
    files = [*(ROOT / "data").glob("*.yaml"), *(ROOT / "translations").glob("*.ts")]
    files.append(ROOT / "acupoint_gui" / "model" / "languages.py")
    return "".join(p.read_text(encoding="utf-8") for p in files)


def main() -> int:
    from fontTools import subset

    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    text = used_text()
    characters = cjk_characters(text)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    # A family name of our own, so it never shadows a real system font.
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = "Acupoint CJK Subset"
        elif record.nameID == 6:
            record.string = "AcupointCJKSubset"
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(TARGET), options)
    print(f"{TARGET}: {len(characters)} characters, {TARGET.stat().st_size} bytes: {characters}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
