"""Compare a rendered image with a stored reference, keeping the difference when they differ."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def assert_images_close(actual: Path, reference: Path, artifacts: Path, *, tolerance: float) -> None:
    """Mean absolute difference per channel (0–255) must be at most ``tolerance``.

    Set ``ACUPOINT_UPDATE_REFERENCES=1`` to (re)write the reference from ``actual``.
    """
    from PySide6.QtGui import QColor, QImage

    if os.environ.get("ACUPOINT_UPDATE_REFERENCES") == "1" or not reference.exists():
        if os.environ.get("CI") and not reference.exists():
            raise AssertionError(f"missing reference image {reference}")
        reference.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(actual, reference)
    got = QImage(str(actual)).convertToFormat(QImage.Format.Format_RGB32)
    want = QImage(str(reference)).convertToFormat(QImage.Format.Format_RGB32)
    assert not got.isNull() and not want.isNull()
    assert got.size() == want.size(), f"size {got.size()} differs from reference {want.size()}"
    total = 0
    width, height = got.width(), got.height()
    diff = QImage(got.size(), QImage.Format.Format_RGB32)
    diff.fill(QColor("white"))
    for y in range(height):
        for x in range(width):
            a, b = got.pixel(x, y), want.pixel(x, y)
            d = sum(abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) for s in (0, 8, 16))
            if d:
                total += d
                diff.setPixel(x, y, QColor(255, max(0, 255 - d), max(0, 255 - d)).rgb())
    mean = total / (3 * width * height)
    if mean > tolerance:
        artifacts.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(actual, artifacts / f"{reference.stem}-actual.png")
        diff.save(str(artifacts / f"{reference.stem}-diff.png"))
        raise AssertionError(f"{actual} differs from {reference}: mean difference {mean:.2f} > {tolerance}")
