"""Compare a rendered image with a stored reference, keeping the difference when they differ.

Two numbers are checked, because a mean alone hides small real changes (the words "Left" and
"Right" swapped under a figure moved the mean by 0.04 of 255): the mean absolute difference
per channel, and how many pixels changed visibly (some channel by more than ``VISIBLE``).
Rendering here is deterministic (the same run, machine and Qt give identical pixels), so the
tolerances sit just above that noise; see ``tests/test_image_compare.py``.

A missing reference is a failure, in CI and on a developer's machine alike. To write or
rewrite references, set ``ACUPOINT_UPDATE_REFERENCES=1`` and look at the new PNGs.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QColor, QImage, QPainter

UPDATE_VARIABLE = "ACUPOINT_UPDATE_REFERENCES"
VISIBLE = 32  # a channel difference (0–255) a person can see


class Difference(NamedTuple):
    mean: float  # mean absolute difference per channel, 0–255
    changed: int  # pixels where some channel differs by more than VISIBLE
    image: QImage  # |actual − reference| per channel, for people to look at


def updating_references() -> bool:
    return os.environ.get(UPDATE_VARIABLE, "") == "1"


def _rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB888)


def image_difference(actual: QImage, reference: QImage) -> Difference:
    """Per-channel difference of two images of the same size, computed by Qt (fast)."""
    assert actual.size() == reference.size(), f"size {actual.size()} differs from reference {reference.size()}"
    diff = actual.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(diff)
    # Difference of two opaque images is |a − b| for every channel, exactly.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, reference.convertToFormat(QImage.Format.Format_RGB32))
    painter.end()
    rgb = _rgb(diff)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())
    rows = [data[y * stride : y * stride + 3 * width] for y in range(height)]
    total = sum(sum(row) for row in rows)
    # one byte per channel: 1 where it differs visibly, then count pixels with any such channel
    visible = bytes(1 if value > VISIBLE else 0 for value in range(256))
    changed = 0
    for row in rows:
        flags = row.translate(visible)
        if 1 in flags:
            changed += sum(1 for x in range(0, len(flags), 3) if flags[x : x + 3] != b"\0\0\0")
    return Difference(total / (3 * width * height), changed, rgb)


def assert_images_close(
    actual: Path, reference: Path, artifacts: Path, *, mean_tolerance: float, changed_pixels: int
) -> None:
    """``actual`` must match ``reference``: mean difference at most ``mean_tolerance`` and at
    most ``changed_pixels`` visibly changed pixels. A missing reference fails; with
    ``ACUPOINT_UPDATE_REFERENCES=1`` the reference is (re)written from ``actual`` instead."""
    if updating_references():
        reference.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(actual, reference)
    if not reference.exists():
        raise AssertionError(
            f"missing reference image {reference}: run with {UPDATE_VARIABLE}=1 to write it, then look at it"
        )
    got, want = QImage(str(actual)), QImage(str(reference))
    assert not got.isNull(), f"{actual} is not an image"
    assert not want.isNull(), f"{reference} is not an image"
    difference = image_difference(got, want)
    if difference.mean > mean_tolerance or difference.changed > changed_pixels:
        artifacts.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(actual, artifacts / f"{reference.stem}-actual.png")
        shown = QImage(difference.image.size(), QImage.Format.Format_RGB32)
        shown.fill(QColor("white"))
        painter = QPainter(shown)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
        painter.drawImage(0, 0, difference.image)  # white where equal, coloured where different
        painter.end()
        shown.save(str(artifacts / f"{reference.stem}-diff.png"))
        raise AssertionError(
            f"{actual} differs from {reference}: mean difference {difference.mean:.4f} (at most {mean_tolerance}), "
            f"{difference.changed} visibly changed pixels (at most {changed_pixels}); "
            f"see {artifacts / (reference.stem + '-diff.png')}"
        )
