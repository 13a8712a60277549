#!/usr/bin/env python3
"""Fill ``translations/acupoint_LANG.ts`` from a table kept in Python (a translator's helper).

    .venv/bin/python tools/fill_translations.py zh_CN TABLE.py

``TABLE.py`` defines ``TABLE = {context: {source: translation}}``; a plural's translation is a
list of its forms (Chinese has one). Only unfinished entries are filled; what the table lacks is
listed, so a new string is never skipped in silence. Qt Linguist or a text editor do the same job.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fill(ts_file: Path, table: dict[str, dict[str, str | list[str]]]) -> list[str]:
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            given = table.get(name, {}).get(source)
            if given is None:
                missing.append(f"{name}: {source}")
                continue
            translation.attrib.pop("type")
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in [given] if isinstance(given, str) else given:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = given if isinstance(given, str) else given[0]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return missing


def main() -> int:
    language, table_file = sys.argv[1], Path(sys.argv[2])
    table = runpy.run_path(str(table_file))["TABLE"]
    missing = fill(ROOT / "translations" / f"acupoint_{language}.ts", table)
    for entry in missing:
        print(f"not in the table: {entry}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
