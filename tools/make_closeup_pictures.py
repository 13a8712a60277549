#!/usr/bin/env python3
"""Make the README's close-up pictures, offscreen (no display needed).

    .venv/bin/python tools/make_closeup_pictures.py

Writes docs/screenshots/closeup-low-back.png (the close-up widget with its markers) and
guide-BL23-step-2.png and guide-BL23-step-4.png (two steps of BL23's find-it guide, as
``acupoint-gui guide BL23`` draws them).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ACUPOINT_DATA_DIR", tempfile.mkdtemp(prefix="acupoint-pictures-"))
    from PySide6.QtWidgets import QApplication

    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.model.find_it_loader import load_find_it
    from acupoint_gui.model.guide_frames import guide_frame
    from acupoint_gui.model.points import Side
    from acupoint_gui.printing.guide_pictures import step_image
    from acupoint_gui.ui.closeup_view import CloseupView
    from acupoint_gui.ui.theme import current_theme

    app = QApplication(sys.argv[:1])
    catalog = load_catalog()
    find_it = load_find_it(catalog.atlas)
    view = CloseupView(find_it.figures, find_it.markers, current_theme())
    view.resize(600, 540)
    view.show_closeup("low-back")
    view.set_chosen("BL23")
    view.show()
    app.processEvents()
    target = OUT / "closeup-low-back.png"
    if not view.grab().save(str(target)):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(f"wrote {target}")
    point = catalog.atlas.point("BL23")
    for step in (2, 4):
        frame = guide_frame(find_it, "BL23", Side.LEFT, step - 1, reduce_motion=True)
        target = OUT / f"guide-BL23-step-{step}.png"
        if not step_image(find_it, point, frame, 600, 600).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
