#!/usr/bin/env python3
"""Make the README's progress report picture: page 1 of a report on eight weeks of sessions.

    .venv/bin/python tools/make_report_picture.py   # writes docs/screenshots/report-page1.png

The sessions are generated (``model/history_sample.py``, two a day) in a folder of their own;
the report is made by the real command, ``acupoint-gui report``, and page 1 turned into a PNG
with poppler's ``pdftoppm``, at the width of the sheet's picture.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from acupoint_gui.model.history_sample import generate_history  # noqa: E402

LAST_DAY = date(2026, 4, 26)
WIDTH = 414  # pixels, as the sheet's picture


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("Install poppler's pdftoppm first (poppler-utils)", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="acupoint-report-"))
    try:
        generate_history(work / "history.sqlite3", 8 * 7 * 2, last_day=LAST_DAY, per_day=2).close()
        pdf = work / "report.pdf"
        command = [sys.executable, "-m", "acupoint_gui", "report", "--output", str(pdf)]
        command += ["--from", "2026-03-02", "--to", LAST_DAY.isoformat(), "--client", "Sam Jones"]
        command += ["--practitioner", "Ann Lee, Riverside Clinic, 01234 567890", "--page-size", "A4"]
        subprocess.run(command, check=True, env=dict(os.environ, ACUPOINT_DATA_DIR=str(work)), cwd=ROOT)
        target = ROOT / "docs" / "screenshots" / "report-page1"
        scale = ["-scale-to-x", str(WIDTH), "-scale-to-y", "-1"]
        subprocess.run(
            ["pdftoppm", "-png", "-singlefile", "-f", "1", "-l", "1", *scale, str(pdf), str(target)], check=True
        )
        print(f"wrote {target}.png")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
