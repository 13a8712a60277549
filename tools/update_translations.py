#!/usr/bin/env python3
"""Bring the translation sources up to date with the code: every ``tr()``, ``translate()`` and
``QT_TRANSLATE_NOOP`` of ``acupoint_gui/`` into ``translations/acupoint_LANG.ts``.

    .venv/bin/python tools/update_translations.py

Then translate the new entries (Qt Linguist: ``.venv/bin/pyside6-linguist translations/acupoint_zh_CN.ts``,
or any editor: fill each ``<translation type="unfinished">`` and drop the ``type``). The suite
fails while an entry is unfinished, and names it. ``acupoint_en.ts`` holds only the plurals
(``%n minute(s)`` → "1 minute" / "2 minutes"); this tool fills them in by the English rule.

No line numbers are kept in the ``.ts`` files (``-locations none``): moving code changes nothing
there, so branches that add strings in different places merge without conflicts.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from acupoint_gui.model.wording import english  # noqa: E402
from acupoint_gui.translation_files import qt_tool  # noqa: E402

TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("zh_CN",)  # every language but English: translated in full


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "acupoint_gui").rglob("*.py"))


def lupdate(ts_file: Path, *extra: str) -> None:
    tool = qt_tool("lupdate")
    if tool is None:
        sys.exit("lupdate is not installed: it comes with PySide6 (run python3 dev.py test once first)")
    command = [str(tool), "-silent", "-no-obsolete", "-locations", "none", *extra, *sources(), "-ts", str(ts_file)]
    subprocess.run(command, check=True, cwd=ROOT)


def fill_english_plurals(ts_file: Path) -> int:
    """Give every plural of the English file its two forms, made by the model's English rule."""
    text = ts_file.read_text(encoding="utf-8")
    filled = 0

    def forms(match: re.Match[str]) -> str:
        nonlocal filled
        source = ET.fromstring(f"<s>{match.group(2)}</s>").text or ""
        one, many = (english("", source, None, n) for n in (1, 2))
        filled += 1
        return (
            f"{match.group(1)}<translation>\n"
            f"            <numerusform>{_escape(one)}</numerusform>\n"
            f"            <numerusform>{_escape(many)}</numerusform>\n"
            f"        </translation>"
        )

    pattern = re.compile(
        # [^<]*: a source or comment holds no tag, so a match never runs on into the next message
        r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
        r'<translation type="unfinished">.*?</translation>',
        re.DOTALL,
    )
    ts_file.write_text(pattern.sub(forms, text), encoding="utf-8")
    return filled


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main() -> int:
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"acupoint_{language}.ts"
        lupdate(ts_file, "-target-language", language)
        unfinished = ts_file.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts_file.relative_to(ROOT)}: {unfinished} to translate")
    english_file = TRANSLATIONS / "acupoint_en.ts"
    lupdate(english_file, "-pluralonly", "-source-language", "en", "-target-language", "en")
    print(f"{english_file.relative_to(ROOT)}: {fill_english_plurals(english_file)} English plurals filled in")
    return 0


if __name__ == "__main__":
    sys.exit(main())
