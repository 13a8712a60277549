"""The reference-image check itself: exact numbers, a missing reference fails, CI read as a boolean."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from .conftest import is_ci
from .image_compare import UPDATE_VARIABLE, VISIBLE, assert_images_close, image_difference


def patterned(width: int, height: int, seed: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(height):
        for x in range(width):
            image.setPixelColor(x, y, QColor((x * 37 + seed) % 256, (y * 91 + seed) % 256, (x * y + seed * 7) % 256))
    return image


def slow_difference(a: QImage, b: QImage) -> tuple[float, int]:
    total = changed = 0
    for y in range(a.height()):
        for x in range(a.width()):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            channels = [abs(ca.red() - cb.red()), abs(ca.green() - cb.green()), abs(ca.blue() - cb.blue())]
            total += sum(channels)
            changed += max(channels) > VISIBLE
    return total / (3 * a.width() * a.height()), changed


@pytest.mark.parametrize(("width", "height"), [(17, 9), (40, 31)])  # odd widths: rows padded in memory
def test_the_fast_difference_is_exact(qtbot: QtBot, width: int, height: int) -> None:
    a = patterned(width, height, 3)
    b = a.copy()
    for y in range(height):
        for x in range(width):  # small changes everywhere, visible ones here and there
            c = a.pixelColor(x, y)
            step = 100 if (x * y) % 7 == 1 else (x + y) % 9
            b.setPixelColor(x, y, QColor((c.red() + step) % 256, c.green(), abs(c.blue() - step)))
    mean, changed = slow_difference(a, b)
    difference = image_difference(a, b)
    assert difference.mean == pytest.approx(mean) and difference.changed == changed
    assert 0 < changed < width * height
    same = image_difference(a, a.copy())
    assert (same.mean, same.changed) == (0.0, 0)


def test_one_changed_pixel_is_seen(qtbot: QtBot) -> None:
    a = patterned(30, 30, 1)
    b = a.copy()
    b.setPixelColor(5, 7, QColor("black") if a.pixelColor(5, 7).lightness() > 128 else QColor("white"))
    assert image_difference(a, b).changed == 1


def write(path: Path, colour: str) -> Path:
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_a_missing_reference_fails_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)
    actual, reference = write(tmp_path / "a.png", "white"), tmp_path / "refs" / "r.png"
    with pytest.raises(AssertionError, match=f"missing reference image .*{UPDATE_VARIABLE}=1"):
        assert_images_close(actual, reference, tmp_path / "art", mean_tolerance=1, changed_pixels=0)
    assert not reference.exists()


def test_the_reference_is_written_only_when_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(UPDATE_VARIABLE, "1")
    actual, reference = write(tmp_path / "a.png", "white"), tmp_path / "refs" / "r.png"
    assert_images_close(actual, reference, tmp_path / "art", mean_tolerance=0, changed_pixels=0)
    assert reference.read_bytes() == actual.read_bytes()


def test_a_different_image_fails_and_keeps_the_difference(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)
    reference = write(tmp_path / "r.png", "white")
    actual = write(tmp_path / "a.png", "black")
    with pytest.raises(AssertionError, match="200 visibly changed pixels"):
        assert_images_close(actual, reference, tmp_path / "art", mean_tolerance=1, changed_pixels=0)
    assert (tmp_path / "art" / "r-diff.png").exists() and (tmp_path / "art" / "r-actual.png").exists()


@pytest.mark.parametrize(
    ("value", "ci"),
    [
        *[(value, False) for value in (None, "", "0", "false", "False", "no", "off")],
        *[(value, True) for value in ("1", "true", "TRUE", "yes")],
    ],
)
def test_ci_is_read_as_a_boolean(value: str | None, ci: bool) -> None:
    assert is_ci(value) is ci
