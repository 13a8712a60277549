"""The breathing cue as drawn: with reduced motion, words and a bar whose filled length is the
breath (and no circle); otherwise a circle that grows with the in-breath."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from acupoint_gui.model.breathing import BreathingPattern, breath_at
from acupoint_gui.ui.breathing import BreathingCue

ACCENT = QColor("#009E73")  # the cue's colour (Okabe–Ito bluish green)
PATTERN = BreathingPattern(inhale=4, hold_in=0, exhale=4, hold_out=0)


def close(a: QColor, b: QColor, within: int = 30) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= within


def accent_box(image: QImage) -> tuple[int, int, int, int] | None:
    """Left, top, right, bottom of the pixels in the accent colour (None when there are none)."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if close(image.pixelColor(x, y), ACCENT):
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def ink_above(image: QImage, bottom: int, text: QColor) -> int:
    """Pixels in the text colour above ``bottom``: the words."""
    rows = range(min(bottom, image.height()))
    return sum(1 for y in rows for x in range(image.width()) if close(image.pixelColor(x, y), text))


def assert_words_and_a_bar(cue: BreathingCue, size: float) -> None:
    """What a person with reduced motion sees: the words, and a bar filled to ``size``."""
    image = cue.grab().toImage()
    box = accent_box(image)
    inner = cue.width() - 16  # the cue keeps 8 px clear on each side
    if size < 0.05:
        assert box is None or box[2] - box[0] <= 6, f"an empty breath fills {box}"
    else:
        assert box is not None, "no bar is drawn"
        left, top, right, bottom = box
        assert abs((right - left + 1) - inner * size) <= 4, f"bar {right - left + 1} px of {inner} for size {size}"
        assert bottom - top <= 20, f"only a bar, no circle: the accent colour spans {box}"
        assert top > cue.height() // 2 - 4, "the bar is under the words"
    words = ink_above(image, cue.height() // 2 + 8, cue.palette().windowText().color())
    assert words > 40, f"the words {cue.words()!r} are not drawn ({words} pixels)"


@pytest.fixture
def cue(qtbot: QtBot) -> Iterator[BreathingCue]:
    widget = BreathingCue()
    qtbot.addWidget(widget)
    widget.resize(260, 180)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.mark.parametrize("elapsed", [0.0, 2.0, 4.0, 6.0])
def test_reduced_motion_shows_the_words_and_a_bar_as_long_as_the_breath(cue: BreathingCue, elapsed: float) -> None:
    cue.set_reduced_motion(True)
    state = breath_at(PATTERN, elapsed)
    cue.show_breath(state)
    assert_words_and_a_bar(cue, state.size)


def test_reduced_motion_while_paused_says_so(cue: BreathingCue) -> None:
    cue.set_reduced_motion(True)
    cue.show_breath(breath_at(PATTERN, 2.0))
    cue.set_paused(True)
    assert cue.words() == "Paused: breathe normally"
    assert_words_and_a_bar(cue, 0.5)


def test_the_animated_cue_is_a_circle_that_grows_with_the_in_breath(cue: BreathingCue) -> None:
    widths = []
    for elapsed in (0.0, 2.0, 4.0):
        cue.show_breath(breath_at(PATTERN, elapsed))
        box = accent_box(cue.grab().toImage())
        assert box is not None, "the circle is drawn"
        left, top, right, bottom = box
        assert abs((right - left) - (bottom - top)) <= 3, f"a circle, not a bar: {box}"
        widths.append(right - left)
    assert widths[0] < widths[1] < widths[2], widths


def test_the_paused_words_fit_a_narrow_panel_uncut(qtbot: QtBot) -> None:
    """A session waiting for the find-it guide shows "Paused: breathe normally": in a narrow
    session panel (1024×768) the words get smaller rather than lose their ends."""
    cue = BreathingCue()
    qtbot.addWidget(cue)
    cue.resize(240, 220)
    cue.show()
    qtbot.waitExposed(cue)
    cue.show_breath(breath_at(PATTERN, 2.0))
    cue.set_paused(True)
    image = cue.grab().toImage()
    text = cue.palette().windowText().color()
    words_top = image.height() - 40  # the words sit under the circle, at the bottom
    ink = [
        x for y in range(words_top, image.height()) for x in range(image.width()) if close(image.pixelColor(x, y), text)
    ]
    assert ink, "the words are drawn"
    # the words are cut at the cue's 8 px margins: ink up to them means letters were lost
    assert min(ink) > 9 and max(ink) < image.width() - 10, f"the words run from {min(ink)} to {max(ink)} px"
