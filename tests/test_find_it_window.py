"""Find it in the window: "Show close-up" and "Find it" in the point details, the guide on the
close-up (← / →, Esc, Reduce motion, the voice, the person's own finger widths), and the
close-up a zoomed-in map offers. Through the whole app (the ``app`` fixture)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from acupoint_gui.app.closeup_presenter import CloseupPresenter
from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.points import Side
from acupoint_gui.ui.actions import ActionId
from acupoint_gui.ui.closeup_pane import CloseupPane
from acupoint_gui.ui.figure_area import FigureArea


def closeups(app: Acupoint) -> CloseupPresenter:
    return app.features.find_it.closeups


def pane(app: Acupoint) -> CloseupPane:
    shown = closeups(app).pane
    assert shown is not None, "the close-up pane was made"
    return shown


def find_buttons(app: Acupoint) -> tuple[QPushButton, QPushButton]:
    """The point details' "Show close-up" and "Find it" (added with the features)."""
    details = app.first.details
    assert details.closeup_button is not None and details.find_button is not None
    return details.closeup_button, details.find_button


def area(app: Acupoint) -> FigureArea:
    made = app.window.figure_area
    assert made is not None, "made with the first close-up"
    return made


def show_window(qtbot: QtBot, app: Acupoint, width: int = 1280, height: int = 800) -> None:
    app.window.resize(width, height)
    app.window.show()
    qtbot.waitExposed(app.window)


def test_nothing_of_the_closeups_is_made_until_one_is_wanted(app: Acupoint) -> None:
    closeup, find = find_buttons(app)
    assert not closeup.isEnabled() and not find.isEnabled(), "no point shown yet"
    assert closeups(app).pane is None and closeups(app)._find_it is None
    app.first.selection.show_point("BL23", Side.LEFT)
    assert closeup.isEnabled() and find.isEnabled()
    assert closeups(app).pane is None, "showing a point's details does not load the close-ups"


def test_show_closeup_marks_the_point_and_names_its_landmarks(qtbot: QtBot, app: Acupoint) -> None:
    show_window(qtbot, app)
    app.first.selection.show_point("BL23", Side.LEFT)
    QTest.mouseClick(find_buttons(app)[0], Qt.MouseButton.LeftButton)
    shown = pane(app)
    assert area(app).pane_shown() and shown.isVisible()
    assert (shown.shown_view(), shown.chosen()) == ("low-back", "BL23")
    assert shown.view.chosen_side == "left", "the side the details show"
    assert "BL23 Kidney Shu" in shown.title.text() and "Low back" in shown.title.text()
    assert shown.about.text() == "Found from: top of the hip bone; L2, elbow level; L4, top of hip bones."
    assert {m.name for m in shown.view.found_from} == {"iliac-crest", "l2-spinous", "l4-spinous"}
    # back to the whole body
    QTest.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    assert not area(app).pane_shown() and app.first.body_map.isVisible()


def test_the_closeup_takes_the_figures_place_on_a_small_screen_and_sits_beside_it_on_a_large(
    qtbot: QtBot, app: Acupoint
) -> None:
    show_window(qtbot, app, 1024, 740)
    assert closeups(app).show_point("BL40", "right")
    middle = area(app)
    qtbot.waitUntil(lambda: pane(app).isVisible())
    assert not middle.beside() and not app.first.body_map.isVisible(), "1024 wide: in the figure's place"
    assert pane(app).close_button.text() == "Whole body"
    app.window.resize(1920, 1050)
    qtbot.waitUntil(middle.beside)
    assert app.first.body_map.isVisible() and pane(app).isVisible()
    assert pane(app).close_button.text() == "Close"
    assert min(app.first.body_map.width(), pane(app).width()) >= 400, "each has room to be read"


def test_find_it_steps_with_the_arrow_keys_and_esc_leaves(qtbot: QtBot, app: Acupoint) -> None:
    show_window(qtbot, app)
    app.first.selection.show_point("BL23", Side.LEFT)
    QTest.mouseClick(find_buttons(app)[1], Qt.MouseButton.LeftButton)
    shown = pane(app)
    assert closeups(app).guide_playing() and shown.guide_step() == 0
    guide = closeups(app).data()
    assert guide is not None
    steps = guide.guide("BL23").steps
    assert shown.guide_words() == steps[0].text
    player = shown.player
    assert player is not None
    qtbot.waitUntil(player.hasFocus)
    QTest.keyClick(player, Qt.Key.Key_Right)
    assert (shown.guide_step(), shown.guide_words()) == (1, steps[1].text)
    QTest.keyClick(player.next, Qt.Key.Key_Right)  # a clicked button keeps the arrows for the guide
    assert shown.guide_step() == 2
    QTest.keyClick(player, Qt.Key.Key_Left)
    assert shown.guide_step() == 1
    QTest.keyClick(player, Qt.Key.Key_Escape)
    assert not shown.guide_playing() and closeups(app).shown(), "Esc leaves the guide for the close-up"
    assert shown.shown_view() == "low-back"


def test_the_guide_follows_reduce_motion_both_ways(qtbot: QtBot, app: Acupoint) -> None:
    show_window(qtbot, app)
    app.first.settings.update(reduced_motion=True)
    assert closeups(app).find_it("BL23", "left")
    player = pane(app).player
    assert player is not None and player.reduced
    player.go(1)  # a landmark step: it would pulse
    assert player.frame is not None and player.frame.settled and not player.timer.isActive()
    player.reduce_motion.setChecked(False)  # the guide's own box is the same setting
    assert not app.settings.reduced_motion
    assert not app.window.action(ActionId.REDUCED_MOTION).isChecked(), "the menu follows"
    assert player.timer.isActive(), "the landmark pulses again"
    app.window.action(ActionId.REDUCED_MOTION).trigger()
    assert player.reduced


def test_the_voice_reads_each_step_when_voice_is_on(app: Acupoint) -> None:
    spoken = app.features.cues.player.spoken
    assert closeups(app).find_it("BL62", "left")
    assert spoken == [], "Voice is off"
    closeups(app).leave_guide()
    app.first.settings.update(speak_prompts=True)
    assert closeups(app).find_it("BL62", "left")
    player = pane(app).player
    assert player is not None
    player.next_step()
    guide = closeups(app).data()
    assert guide is not None
    assert spoken == [step.text for step in guide.guide("BL62").steps[:2]]


def test_a_measure_is_said_in_the_persons_own_finger_widths(app: Acupoint) -> None:
    assert closeups(app).find_it("BL23", "left")
    player = pane(app).player
    assert player is not None
    player.go(3)  # "From L2, measure two finger widths ..."
    assert player.note.isHidden(), "not measured yet: no note"
    app.first.settings.update(finger_measure="thumb", finger_millimetres=21.0, speak_prompts=True)
    player.go(3)
    assert not player.note.isHidden()
    assert player.note.text() == "Your two fingers are about 3.2 cm (32 mm) wide."
    assert app.features.cues.player.spoken[-1].endswith("Your two fingers are about 3.2 cm (32 mm) wide.")
    player.go(4)
    assert player.note.isHidden(), "only a measure step has one"


def test_zooming_into_a_region_offers_its_closeup(qtbot: QtBot, app: Acupoint) -> None:
    show_window(qtbot, app)
    body_map = app.first.body_map
    view = body_map.current_view()
    assert body_map.closeup_offer() == ""
    bl23 = next(m for m in view.figure_scene.markers if m.point.code == "BL23" and m.marker.side is Side.LEFT)
    view.zoom_by(2.0, anchor_under_mouse=False)
    view.centerOn(bl23)
    assert body_map.closeup_offer() == "", "zoomed in a little: not yet"
    view.zoom_by(3.0, anchor_under_mouse=False)
    view.centerOn(bl23)
    assert body_map.closeup_offer() == "Show close-up: Low back"
    offer = body_map.findChild(QPushButton, "closeupOffer")
    assert offer is not None and offer.isVisible()
    assert body_map.rect().contains(offer.geometry()), "the button is inside the map, not clipped"
    QTest.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert closeups(app).shown() and pane(app).shown_view() == "low-back"
    assert body_map.closeup_offer() == "", "not offered while it is shown"
    closeups(app).close()
    view.fit()
    assert body_map.closeup_offer() == "", "zoomed out: the offer goes"


def test_a_one_sided_closeup_is_offered_for_the_side_zoomed_into(qtbot: QtBot, app: Acupoint) -> None:
    show_window(qtbot, app)
    body_map = app.first.body_map
    view = body_map.current_view()
    bl40 = next(m for m in view.figure_scene.markers if m.point.code == "BL40" and m.marker.side is Side.RIGHT)
    view.zoom_by(9.0, anchor_under_mouse=False)
    view.centerOn(bl40)
    assert body_map.closeup_offer() == "Show close-up: Back of the knee (right side)"
    body_map.closeupOfferTaken.emit()
    assert pane(app).shown_view() == "knee-back" and not pane(app).view.mirrored


def test_the_open_closeup_follows_the_point_chosen_and_its_markers_open_points(qtbot: QtBot, app: Acupoint) -> None:
    show_window(qtbot, app)
    assert closeups(app).show_point("BL23", "left")
    app.first.selection.show_point("BL40", Side.RIGHT)
    assert (pane(app).shown_view(), pane(app).chosen()) == ("knee-back", "BL40")
    view = pane(app).view
    bl39 = next(m for m in view.shown_markers() if m.code == "BL39")
    with qtbot.waitSignal(app.first.selection.pointShown) as shown:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.marker_centre(bl39).toPoint())
    assert shown.args == ["BL39"]
    assert app.first.details.shown_point() is not None and app.first.details.text().startswith("BL39")
    assert pane(app).chosen() == "BL39"


def test_pressing_for_someone_else_the_guide_says_who_it_speaks_to_and_whose_fingers_measure(app: Acupoint) -> None:
    """A cun is the partner's own measure: the presser's measured finger width is not offered."""
    app.first.settings.update(partner_mode=True, finger_measure="thumb", finger_millimetres=21.0, speak_prompts=True)
    assert closeups(app).find_it("BL23", "left")
    player = pane(app).player
    assert player is not None
    assert player.note.text().startswith("Pressing for someone else: these steps speak to your partner.")
    player.go(3)  # "From L2, measure two finger widths ..."
    assert player.note.text().startswith("Measure with your partner's finger widths, not yours")
    assert "3.2 cm" not in player.note.text()
    assert app.features.cues.player.spoken[-1].endswith("Compare your fingers with theirs.")
    player.go(4)
    assert player.note.isHidden()


def test_the_closeup_and_the_guide_say_which_side_is_whose(qtbot: QtBot, app: Acupoint) -> None:
    """Under the close-up and the guide: the person's own left and right; pressing for someone
    else, theirs ("◂ Their left"), as the body figures and the sheet say it."""
    show_window(qtbot, app)
    app.first.selection.show_point("BL23", Side.LEFT)
    QTest.mouseClick(find_buttons(app)[0], Qt.MouseButton.LeftButton)
    shown = pane(app)
    assert shown.view.side_captions == ("◂ Left", "Right ▸", "")
    app.window.actions_by_id[ActionId.PARTNER_MODE].setChecked(True)
    assert shown.view.side_captions == ("◂ Their left", "Their right ▸", ""), "the partner's sides"
    QTest.mouseClick(find_buttons(app)[1], Qt.MouseButton.LeftButton)
    assert shown.player is not None
    assert [text for text, _ in shown.player.canvas.side_caption_boxes()] == ["◂ Their left", "Their right ▸"]
    closeups(app).show_point("BL40", "left")  # the back of one knee: its side, in words
    assert shown.view.side_captions.middle == "Their left side"
    closeups(app).find_it("BL40", "left")
    assert shown.player is not None and shown.player.canvas.side_captions.middle == "Their left side"
    app.window.actions_by_id[ActionId.PARTNER_MODE].setChecked(False)
    assert shown.player.canvas.side_captions.middle == "Your left side", "back to the person's own"
    assert shown.view.side_captions.middle == "Your left side"


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_the_guide_figure_keeps_its_size_from_step_to_step(qtbot: QtBot, app: Acupoint, size: tuple[int, int]) -> None:
    """BL23's words run from one line to two and three: the figure stays put, the words are
    never cut."""
    show_window(qtbot, app, *size)
    app.first.selection.show_point("BL23", Side.LEFT)
    QTest.mouseClick(find_buttons(app)[1], Qt.MouseButton.LeftButton)
    player = pane(app).player
    assert player is not None
    shapes = []
    for step in range(player.steps):
        player.go(step)
        QApplication.processEvents()  # the layout settles for the new words
        shapes.append(player.canvas.geometry())
        words = player.words
        assert words.height() >= words.heightForWidth(words.width()), f"step {step + 1}'s words are cut"
    assert all(shape == shapes[0] for shape in shapes), shapes
