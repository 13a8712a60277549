#!/usr/bin/env python3
"""Make the small bundled CJK font: only the Chinese characters the data files use.

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
    return "".join(sorted({ch for ch in text if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"}))


def main() -> int:
    from fontTools import subset

    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "data").glob("*.yaml"))
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
