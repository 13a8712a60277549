"""``acupoint-gui render-map --labels OUT.png``: every figure, every marker labelled by code.

The calibration sheet: for checking marker positions by eye after changing a figure or a rule.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from .model.problems import DataError


def add_render_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "render-map",
        help="draw every figure with every marker labelled (calibration sheet)",
        description="Draw every figure with every marker labelled by its code, as a PNG image.",
    )
    parser.add_argument("output", type=Path, metavar="OUT.png", help="where to write the image")
    parser.add_argument("--labels", action="store_true", help="label each marker with its code (the default)")
    parser.add_argument("--height", type=int, default=1400, help="image height in pixels (default 1400)")
    parser.set_defaults(handler=render_map)


def render_map(args: argparse.Namespace) -> int:
    from .model.named_files import output_problem

    if problem := output_problem(args.output, ".png"):
        print(f"acupoint-gui: {problem}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    from .model.catalog import load_catalog
    from .model.points import Side
    from .printing.figures import Label, draw_figure

    if not 300 <= args.height <= 8000:
        print("acupoint-gui: --height must be between 300 and 8000 pixels", file=sys.stderr)
        return 2
    try:
        catalog = load_catalog()
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    panels = [("front", False), ("back", False), ("side", False), ("side", True), ("sole", False), ("sole", True)]
    height = float(args.height)
    widths = []
    for view, _ in panels:
        _, _, w, h = catalog.figures[view].view_box
        widths.append(w * height / h if view != "sole" else w * (height * 0.6) / h)
    image = QImage(int(sum(widths) + 40 * len(panels)), int(height), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    x = 20.0
    for (view, mirrored), width in zip(panels, widths, strict=True):
        labels = [
            Label(marker, marker.code)
            for marker in catalog.markers
            if marker.view == view and (view not in ("side", "sole") or (marker.side is Side.LEFT) == mirrored)
        ]
        target_h = height if view != "sole" else height * 0.6
        draw_figure(
            painter,
            catalog.figures[view],
            QRectF(x, 0, width, target_h),
            labels,
            mirrored=mirrored,
            marker_radius=4,
            font_size=7,
        )
        x += width + 40
    painter.end()
    output: Path = args.output
    tmp = output.with_name(f".{output.name}.tmp.png")
    try:
        if not image.save(str(tmp)):
            raise OSError("could not write the image")
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        print(f"acupoint-gui: cannot write {output}: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {output}")
    return 0
