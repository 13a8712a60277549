"""Windows and dialogs open at a size that fits the screen, small laptops included."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.ui.screen_fit import resize_to_fit


def available() -> tuple[int, int]:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    return room.width(), room.height()


def test_a_large_size_is_cut_to_the_screen_and_a_small_one_kept(qtbot: QtBot) -> None:
    width, height = available()
    widget = QWidget()
    qtbot.addWidget(widget)
    resize_to_fit(widget, width * 3, height * 3)
    assert 0 < widget.width() < width and 0 < widget.height() < height
    resize_to_fit(widget, 300, 200)
    assert (widget.width(), widget.height()) == (300, 200)


def test_the_main_window_opens_within_the_screen_with_room_for_the_map(app: Acupoint) -> None:
    width, height = available()
    assert width < 1280, "the test screen must be smaller than the window's preferred size"
    app.window.show()
    assert app.window.width() <= width and app.window.height() <= height
    assert app.first.body_map.width() >= 200, "the docks leave the figures some room"


def test_captions_never_overlap_however_small_the_map(qtbot: QtBot, app: Acupoint) -> None:
    app.window.show()
    view = app.first.body_map.current_view()
    for width in (1200, 700, 420):  # the window's share for the map shrinks with it
        app.window.resize(width, 700)

        def map_narrower(limit: int = width) -> bool:
            return view.width() < limit

        qtbot.waitUntil(map_narrower)
        scene = view.figure_scene
        boxes = [
            caption.deviceTransform(view.viewportTransform()).mapRect(caption.boundingRect())
            for caption in scene.captions
            if caption.isVisible()
        ]
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]), width
        titles_shown = [c.text() for c in scene.captions if c.isVisible() and c not in scene.side_words]
        assert titles_shown == ["Front", "Back"], "the titles always stay"
    app.window.resize(1280, 820)
