"""``acupoint-gui guide CODE --output DIR``: a point's find-it guide, one PNG per step.

Each picture shows the close-up in that step's state (the landmark, the measure to scale, the
point), with the step's words: for checking by eye, for the README and for handouts. Nothing
moves in a picture: the window animates the same steps.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from .model.problems import DataError


def add_guide_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "guide",
        help="draw a point's find-it guide, one PNG per step",
        description="Draw how to find a point on your own body, step by step, as PNG images (step-1.png, ...).",
    )
    parser.add_argument("code", metavar="CODE", help="the point, e.g. BL23, GB30 or B54")
    parser.add_argument("--output", type=Path, required=True, metavar="DIR", help="the folder to write the PNGs to")
    parser.add_argument("--side", choices=["left", "right"], default="left", help="which side (default: left)")
    parser.add_argument("--width", type=int, default=900, help="image width in pixels (default 900)")
    parser.set_defaults(handler=run_guide)


def _fail(message: str) -> int:
    print(f"acupoint-gui: {message}", file=sys.stderr)
    return 1


def run_guide(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .model.catalog import load_catalog
    from .model.find_it_loader import load_find_it
    from .model.guide_frames import guide_frame
    from .model.points import Side

    if not 300 <= args.width <= 4000:
        return _fail("--width must be between 300 and 4000 pixels")
    try:
        catalog = load_catalog()
        find_it = load_find_it(catalog.atlas)
    except DataError as exc:
        return _fail(str(exc))
    point = catalog.atlas.find(args.code)
    if point is None:
        return _fail(f"unknown point {args.code!r} (try a code such as BL23, or an alias such as B54)")
    output: Path = args.output
    problem = _unwritable(output)
    if problem is not None:
        return _fail(problem)
    side = Side(args.side) if point.is_bilateral else Side.MIDLINE
    guide = find_it.guide(point.code)

    from PySide6.QtGui import QGuiApplication

    from .printing.guide_pictures import step_image

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    output.mkdir(exist_ok=True)
    written: list[Path] = []
    for step in range(len(guide.steps)):
        frame = guide_frame(find_it, point.code, side, step, reduce_motion=True)
        image = step_image(find_it, point, frame, args.width, args.width)
        target = output / f"step-{step + 1}.png"
        tmp = output / f".step-{step + 1}.tmp.png"
        if not image.save(str(tmp)):
            tmp.unlink(missing_ok=True)
            for path in written:
                path.unlink(missing_ok=True)
            return _fail(f"cannot write {target}: the image could not be saved")
        tmp.replace(target)
        written.append(target)
    print(f"wrote {len(written)} steps of {point.code}'s guide to {output}")
    return 0


def _unwritable(output: Path) -> str | None:
    """Why the pictures cannot be written to ``output``, in a sentence; ``None`` if they can."""
    if output.exists() and not output.is_dir():
        return f"cannot write to {output}: it is a file, not a folder"
    folder = output if output.is_dir() else output.parent
    if not folder.is_dir():
        return f"cannot write to {output}: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK):
        return f"cannot write to {output}: permission denied. Choose another folder."
    return None
