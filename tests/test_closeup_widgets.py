"""The close-up view, the guide player and the finger-width dialog, each on its own (pytest-qt)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.find_it import FindIt
from acupoint_gui.ui.theme import current_theme

from .fakes import FakeClock

if TYPE_CHECKING:
    from acupoint_gui.ui.guide_player import GuidePlayer


@pytest.fixture(scope="module")
def find_it(catalog: Catalog) -> FindIt:
    from acupoint_gui.model.find_it_loader import load_find_it

    return load_find_it(catalog.atlas)


# --- the close-up view -----------------------------------------------------------------------
@pytest.mark.parametrize("size", [(260, 220), (1100, 900)])
def test_every_marker_is_apart_and_reached_by_hover_and_click(
    qtbot: QtBot, find_it: FindIt, size: tuple[int, int]
) -> None:
    from acupoint_gui.ui.closeup_view import CloseupView

    view = CloseupView(find_it.figures, find_it.markers, current_theme())
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    reached = 0
    for name, figure in find_it.figures.items():
        for side in ("left", "right") if figure.mirrored else ("right",):
            view.show_closeup(name, side)
            markers = view.shown_markers()
            centres = [view.marker_centre(m) for m in markers]
            for i, a in enumerate(centres):
                for b in centres[i + 1 :]:
                    assert math.hypot(a.x() - b.x(), a.y() - b.y()) >= 2 * view.marker_radius() - 1e-6, name
            for marker, centre in zip(markers, centres, strict=True):
                assert view.marker_at(centre + QPointF(view.marker_radius() * 0.6, 0)) is marker
                with qtbot.waitSignal(view.pointActivated, timeout=1000) as signal:
                    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre.toPoint())
                assert signal.args == [marker.code, marker.side.value]
                reached += 1
    assert reached == len(find_it.markers), "every marker, of both sides of each close-up"


def test_a_one_sided_closeup_shows_the_side_asked_for_mirrored(qtbot: QtBot, find_it: FindIt) -> None:
    from acupoint_gui.ui.closeup_view import CloseupView

    view = CloseupView(find_it.figures, find_it.markers, current_theme())
    qtbot.addWidget(view)
    view.resize(500, 400)

    def shown(name: str, side: str = "right") -> tuple[bool, set[str]]:
        view.show_closeup(name, side)
        return view.mirrored, {m.side.value for m in view.shown_markers()}

    assert shown("ankle-outer", "left") == (True, {"left"})
    assert "Outer ankle (left side)" in view.accessibleName()
    assert shown("low-back") == (False, {"left", "right"})
    with pytest.raises(KeyError):
        view.show_closeup("elbow")


def test_the_closeup_says_which_side_is_which(qtbot: QtBot, find_it: FindIt) -> None:
    """Under the low back seen from behind, the person's left is on the viewer's left, where
    their left BL23 is; under a one-sided close-up (the left knee, mirrored), its side."""
    from acupoint_gui.model.figure_sides import sides_seen
    from acupoint_gui.model.points import Side
    from acupoint_gui.printing.side_captions import side_captions
    from acupoint_gui.ui.closeup_view import CloseupView

    view = CloseupView(find_it.figures, find_it.markers, current_theme())
    qtbot.addWidget(view)
    view.resize(500, 420)
    view.show_closeup("low-back")
    assert view.side_caption_boxes() == [], "no words until they are given"
    view.set_side_captions(side_captions(sides_seen(find_it.figures["low-back"])))
    drawn = view.placement().drawn
    (left, left_box), (right, right_box) = view.side_caption_boxes()
    assert (left, right) == ("◂ Left", "Right ▸")
    own_left = next(m for m in view.shown_markers() if m.code == "BL23" and m.side is Side.LEFT)
    middle = drawn.center().x()
    assert left_box.right() < middle < right_box.left()
    assert view.marker_centre(own_left).x() < middle, "their left BL23 is over the word Left"
    for box in (left_box, right_box):
        assert box.top() >= drawn.bottom() and view.rect().toRectF().contains(box), "under the figure, not cut off"

    view.show_closeup("knee-back", "left")
    view.set_side_captions(side_captions(sides_seen(find_it.figures["knee-back"], Side.LEFT)))
    assert view.mirrored
    ((words, box),) = view.side_caption_boxes()
    drawn = view.placement().drawn
    assert words == "Your left side"
    assert abs(box.center().x() - drawn.center().x()) < 1 and box.top() >= drawn.bottom()
    assert view.rect().toRectF().contains(box)


def test_the_keyboard_reaches_every_marker(qtbot: QtBot, find_it: FindIt) -> None:
    from acupoint_gui.ui.closeup_view import CloseupView

    view = CloseupView(find_it.figures, find_it.markers, current_theme())
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show_closeup("low-back")
    view.show()
    view.setFocus()
    seen = []
    for _ in view.shown_markers():
        QTest.keyClick(view, Qt.Key.Key_Right)
        focused = view.focused_marker()
        assert focused is not None
        seen.append((focused.code, focused.side.value))
    assert len(set(seen)) == len(view.shown_markers())
    with qtbot.waitSignal(view.pointActivated, timeout=1000) as signal:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert tuple(signal.args) == seen[-1]


# --- the guide player -----------------------------------------------------------------------
def make_player(
    qtbot: QtBot, catalog: Catalog, find_it: FindIt, clock: FakeClock, *, reduce_motion: bool = False
) -> GuidePlayer:
    from acupoint_gui.ui.guide_player import GuidePlayer

    point = catalog.atlas.point("BL23")
    player = GuidePlayer(find_it, point, "left", current_theme(), clock=clock, reduce_motion=reduce_motion)
    qtbot.addWidget(player)
    player.resize(600, 560)
    return player


def test_arrow_keys_step_through_the_guide(qtbot: QtBot, catalog: Catalog, find_it: FindIt, clock: FakeClock) -> None:
    player = make_player(qtbot, catalog, find_it, clock)
    player.show()
    player.setFocus()
    steps = find_it.guide("BL23").steps
    assert player.step == 0 and not player.back.isEnabled() and player.words.text() == steps[0].text
    with qtbot.waitSignal(player.stepChanged, timeout=1000) as signal:
        QTest.keyClick(player, Qt.Key.Key_Right)
    assert signal.args == [1, steps[1].text] and player.heading.text() == "Find BL23: step 2 of 5"
    for _ in range(10):
        QTest.keyClick(player, Qt.Key.Key_Right)
    assert player.step == 4 and not player.next.isEnabled(), "it stops at the last step"
    QTest.keyClick(player, Qt.Key.Key_Left)
    assert player.step == 3
    QTest.mouseClick(player.back, Qt.MouseButton.LeftButton)
    assert player.step == 2


def test_the_animation_follows_the_clock_and_stops_when_settled(
    qtbot: QtBot, catalog: Catalog, find_it: FindIt, clock: FakeClock
) -> None:
    from acupoint_gui.model.guide_frames import ARROW_SECONDS, FADE_SECONDS, PULSE_SECONDS

    player = make_player(qtbot, catalog, find_it, clock)
    player.show()
    qtbot.waitExposed(player)
    player.go(1)  # the hip bones' tops, pulsing
    assert player.timer.isActive()
    first = player.frame
    clock.advance(PULSE_SECONDS / 2)
    player.timer.timeout.emit()  # what the timer does every frame
    assert first is not None and player.frame is not None
    assert first.marks[0].pulse == pytest.approx(0) and player.frame.marks[0].pulse == pytest.approx(1)
    player.go(3)  # the measure: the fingers fade in, the arrow grows, then nothing moves
    assert player.frame is not None and player.frame.arrows[-1].progress == 0
    clock.advance(ARROW_SECONDS + FADE_SECONDS + 0.05)
    player.timer.timeout.emit()
    assert player.frame.settled and not player.timer.isActive()


def test_reduce_motion_shows_each_step_still(qtbot: QtBot, catalog: Catalog, find_it: FindIt, clock: FakeClock) -> None:
    player = make_player(qtbot, catalog, find_it, clock, reduce_motion=True)
    player.show()
    qtbot.waitExposed(player)
    for step in range(player.steps):
        player.go(step)
        frame = player.frame
        assert frame is not None and frame.settled and not player.timer.isActive()
        assert all(m.pulse == 0 for m in frame.marks) and all(a.progress == 1 for a in frame.arrows)
    with qtbot.waitSignal(player.reduceMotionChanged, timeout=1000) as signal:
        player.reduce_motion.setChecked(False)
    assert signal.args == [False]
    player.go(1)
    assert player.timer.isActive(), "motion again when Reduce motion is off"


def test_the_canvas_draws_the_closeup(qtbot: QtBot, catalog: Catalog, find_it: FindIt, clock: FakeClock) -> None:
    player = make_player(qtbot, catalog, find_it, clock, reduce_motion=True)
    player.show()
    qtbot.waitExposed(player)
    player.go(4)
    image = player.canvas.grab().toImage()
    frame = player.frame
    assert frame is not None and frame.point is not None
    from acupoint_gui.printing.closeup_figure import fit

    placement = fit(find_it.figures[frame.view], player.canvas.rect().toRectF().adjusted(6, 6, -6, -6))
    centre = placement.map(frame.point.x, frame.point.y)
    colour = image.pixelColor(int(centre.x()), int(centre.y()))
    assert colour.red() > 180 and colour.blue() < 100, colour.name()  # the point, in its colour


@pytest.mark.parametrize(("code", "words"), [("BL23", ["◂ Left", "Right ▸"]), ("BL40", ["Your left side"])])
def test_the_guide_says_which_side_is_which(
    qtbot: QtBot, catalog: Catalog, find_it: FindIt, code: str, words: list[str]
) -> None:
    from acupoint_gui.model.figure_sides import sides_seen
    from acupoint_gui.model.points import Side
    from acupoint_gui.printing.side_captions import side_captions
    from acupoint_gui.ui.guide_player import GuidePlayer

    player = GuidePlayer(find_it, catalog.atlas.point(code), "left", current_theme(), reduce_motion=True)
    qtbot.addWidget(player)
    player.resize(600, 560)
    player.show()
    qtbot.waitExposed(player)
    figure = find_it.figures[find_it.guide(code).view]
    player.set_side_captions(side_captions(sides_seen(figure, Side.LEFT)))
    player.go(player.steps - 1)
    placement, frame = player.canvas.placement(), player.frame
    assert placement is not None and frame is not None and frame.point is not None
    boxes = player.canvas.side_caption_boxes()
    assert [text for text, _ in boxes] == words
    middle = placement.drawn.center().x()
    point_x = placement.map(frame.point.x, frame.point.y).x()
    if len(boxes) == 2:  # seen from behind: the person's left point is on the side of "Left"
        assert boxes[0][1].right() < middle < boxes[1][1].left() and point_x < middle
    else:
        assert frame.mirrored, "the left knee is the right one mirrored"
    canvas = player.canvas.rect().toRectF()
    assert all(canvas.contains(box) and box.top() >= placement.drawn.bottom() for _, box in boxes)


# --- the finger-width dialog ------------------------------------------------------------------
def test_a_measure_and_a_card_give_a_true_size_ruler(qtbot: QtBot) -> None:
    from acupoint_gui.ui.finger_width_dialog import FingerWidthDialog

    dialog = FingerWidthDialog("thumb", 20.0, card_pixels=85.6 * 4)
    qtbot.addWidget(dialog)
    assert dialog.ruler.cun_pixels() == pytest.approx(80.0), "4 px a mm, 20 mm a cun"
    dialog.which.setCurrentIndex(dialog.which.findData("four-fingers"))
    with qtbot.waitSignal(dialog.measureChanged, timeout=1000) as signal:
        dialog.millimetres.setValue(72.0)
    assert signal.args == ["four-fingers", 72.0]
    assert dialog.ruler.cun_pixels() == pytest.approx(96.0)
    with qtbot.waitSignal(dialog.calibrationChanged, timeout=1000) as signal:
        QTest.mouseClick(dialog.larger, Qt.MouseButton.LeftButton)
    assert signal.args == [pytest.approx(85.6 * 4 + 1)]
    assert dialog.card.card_rect().width() == pytest.approx(85.6 * 4 + 1)


def test_an_unlikely_measure_is_questioned_and_cannot_be_printed(qtbot: QtBot) -> None:
    from acupoint_gui.ui.finger_width_dialog import FingerWidthDialog

    dialog = FingerWidthDialog("thumb", 20.0)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.print_button.isEnabled() and not dialog.problem.isVisible()
    dialog.millimetres.setValue(120.0)
    assert not dialog.print_button.isEnabled() and "not a likely width" in dialog.problem.text()
    dialog.millimetres.setValue(21.0)
    with qtbot.waitSignal(dialog.printRequested, timeout=1000) as signal:
        QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["thumb", 21.0]
