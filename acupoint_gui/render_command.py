"""``acupoint-gui render-map --labels OUT.png``: every figure, every marker labelled by code.

The calibration sheet: for checking marker positions by eye after changing a figure or a rule.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model.problems import DataError

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage

    from .model.catalog import Catalog
    from .model.find_it import FindIt
    from .model.geometry import Figure, Marker


def add_render_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "render-map",
        help="draw every figure and close-up with every marker labelled (calibration sheet)",
        description="Draw every figure and every close-up with every marker labelled by its code, as a PNG image.",
    )
    parser.add_argument("output", type=Path, metavar="OUT.png", help="where to write the image")
    parser.add_argument("--labels", action="store_true", help="label each marker with its code (the default)")
    parser.add_argument(
        "--height", type=int, default=1400, help="image height in pixels, close-ups included (default 1400)"
    )
    parser.set_defaults(handler=render_map)


def render_map(args: argparse.Namespace) -> int:
    from .model.named_files import output_problem

    if problem := output_problem(args.output, ".png"):
        print(f"acupoint-gui: {problem}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .model.catalog import load_catalog

    if not 300 <= args.height <= 8000:
        print("acupoint-gui: --height must be between 300 and 8000 pixels", file=sys.stderr)
        return 2
    from .model.find_it_loader import load_find_it

    try:
        catalog = load_catalog()
        find_it = load_find_it(catalog.atlas)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = calibration_image(catalog, float(args.height), find_it=find_it, image_height=float(args.height))
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


Panel = tuple["Figure", bool, list["Marker"], float, float]  # figure, mirrored, markers, width, height


GAP = 40.0  # between panels and rows, in pixels


def calibration_image(
    catalog: Catalog,
    height: float,
    placed: list[list[tuple[str, QRectF]]] | None = None,
    *,
    find_it: FindIt | None = None,
    image_height: float | None = None,
) -> QImage:
    """Every figure side by side, ``height`` pixels tall, with every marker labelled by its code,
    and under them every close-up (the right side of a one-sided one). With ``image_height``
    the figures are as tall as lets the whole image be that tall. ``placed`` receives, per
    figure, the box of each mark and each code as drawn."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from .model.closeups import MARKER_CUN
    from .printing.figures import Label, draw_figure

    if image_height is not None:
        height = _figure_height_for(catalog, image_height, find_it)
    rows, width = _calibration_rows(catalog, height, find_it)
    total_h = image_height if image_height is not None else _rows_height(rows)
    image = QImage(int(width + GAP), int(total_h), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    y = 0.0
    for row in rows:
        x = GAP / 2
        for figure, mirrored, markers, panel_w, panel_h in row:
            scale = panel_h / figure.view_box[3]
            radius = MARKER_CUN * figure.units_per_cun * scale if figure.units_per_cun else 4.0
            boxes: list[tuple[str, QRectF]] = []
            draw_figure(
                painter,
                figure,
                QRectF(x, y, panel_w, panel_h),
                [Label(marker, marker.code) for marker in markers],
                mirrored=mirrored,
                marker_radius=radius,
                font_size=7 if not figure.units_per_cun else 9,
                placed=boxes,
            )
            if placed is not None:
                placed.append(boxes)
            x += panel_w + GAP
        y += max(panel[4] for panel in row) + GAP
    painter.end()
    return image


def _calibration_rows(catalog: Catalog, height: float, find_it: FindIt | None) -> tuple[list[list[Panel]], float]:
    """The panels row by row (the body figures, then the close-ups in rows as wide), and the width."""
    from .model.points import Side

    body: list[Panel] = []
    for view, mirrored in (("front", False), ("back", False), ("side", False), ("side", True), ("sole", False)):
        figure = catalog.figures[view]
        markers = [
            m for m in catalog.markers if m.view == view and (not figure.mirrored or (m.side is Side.LEFT) == mirrored)
        ]
        panel_h = height if view != "sole" else height * 0.6
        body.append((figure, mirrored, markers, figure.view_box[2] * panel_h / figure.view_box[3], panel_h))
    body.append(
        (*body[-1][:1], True, [m for m in catalog.markers if m.view == "sole" and m.side is Side.LEFT], *body[-1][3:])
    )
    rows = [body]
    width = sum(panel[3] for panel in body) + GAP * len(body)
    if find_it is not None:
        closeup_h = height * 0.42
        row: list[Panel] = []
        for figure in find_it.figures.values():
            markers = [m for m in find_it.markers_on(figure.view) if not figure.mirrored or m.side is not Side.LEFT]
            panel = (figure, False, markers, figure.view_box[2] * closeup_h / figure.view_box[3], closeup_h)
            if row and sum(p[3] + GAP for p in row) + panel[3] > width:
                rows.append(row)
                row = []
            row.append(panel)
        rows.append(row)
    return rows, width


def _rows_height(rows: list[list[Panel]]) -> float:
    return sum(max(panel[4] for panel in row) for row in rows) + GAP * (len(rows) - 1)


def _figure_height_for(catalog: Catalog, image_height: float, find_it: FindIt | None) -> float:
    """The body figures' height that makes the whole image at most ``image_height`` tall (the
    panels grow with it, the gaps do not)."""
    height = image_height
    for _ in range(8):
        rows, _ = _calibration_rows(catalog, height, find_it)
        total, gaps = _rows_height(rows), GAP * (len(rows) - 1)
        if total <= image_height and image_height - total < 1:
            break
        height *= (image_height - gaps) / (total - gaps)
    while _rows_height(_calibration_rows(catalog, height, find_it)[0]) > image_height:
        height *= 0.99  # the rows' packing changed with the width: a little smaller still
    return height
