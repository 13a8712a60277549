"""What the body map shows, read from its pixels: every marker visible, the side words on the
right side of their figure, dimmed and selected markers drawn as such, and a reference image.

The map is built from the widget alone (``BodyMapWidget``), shown offscreen at a typical size,
and photographed with ``grab()`` — the pixels a person would see.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from statistics import mean

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.points import Side
from acupoint_gui.ui.body_map.figure_scene import PAGES
from acupoint_gui.ui.body_map.map_view import MapView
from acupoint_gui.ui.body_map.map_widget import BodyMapWidget
from acupoint_gui.ui.body_map.marker_item import MarkerItem
from acupoint_gui.ui.theme import current_theme

from .conftest import ROOT
from .image_compare import assert_images_close

VISIBLE_CONTRAST = 60  # a marker's centre differs from the map under it by this much (0–255, some channel)


@pytest.fixture
def body_map(qtbot: QtBot, catalog: Catalog) -> Iterator[BodyMapWidget]:
    widget = BodyMapWidget(catalog, current_theme())
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def photograph(qtbot: QtBot, body_map: BodyMapWidget, page: str) -> tuple[MapView, QImage]:
    view = body_map.show_page(page)
    qtbot.waitExposed(view)
    view.fit()
    return view, view.viewport().grab().toImage()


def centre(view: MapView, marker: MarkerItem) -> QPoint:
    return view.mapFromScene(marker.scenePos())


def contrast(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def without(view: MapView, marker: MarkerItem) -> QImage:
    """The view with one marker taken away: what that marker is drawn over."""
    marker.setVisible(False)
    try:
        return view.viewport().grab().toImage()
    finally:
        marker.setVisible(True)


def own_pixels(view: MapView, marker: MarkerItem, shown: QImage, colour: QColor) -> tuple[int, list[QPoint]]:
    """How many pixels near the marker change when it alone is taken away (what a person sees
    of it), and which of those are in ``colour``."""
    hidden = without(view, marker)
    at = centre(view, marker)
    changed, in_colour = 0, []
    for x in range(at.x() - 20, at.x() + 21):
        for y in range(at.y() - 20, at.y() + 21):
            if shown.rect().contains(x, y) and contrast(shown.pixelColor(x, y), hidden.pixelColor(x, y)) >= 60:
                changed += 1
                if contrast(shown.pixelColor(x, y), colour) <= 40:
                    in_colour.append(QPoint(x, y))
    return changed, in_colour


def strength(view: MapView, marker: MarkerItem, shown: QImage, where: list[QPoint]) -> float:
    """Mean contrast at ``where`` between the view and the view without this marker."""
    hidden = without(view, marker)
    return mean(contrast(shown.pixelColor(p), hidden.pixelColor(p)) for p in where)


@pytest.mark.parametrize("page", list(PAGES))
def test_every_marker_is_visible_in_the_marker_colour(qtbot: QtBot, body_map: BodyMapWidget, page: str) -> None:
    """Each marker, taken away alone, changes what is seen there: a disc in the marker colour.
    (Some markers overlap at the fitted zoom, BL60 over BL62: then the part left uncovered.)"""
    view, shown = photograph(qtbot, body_map, page)
    assert view.figure_scene.markers, page
    unseen = []
    for marker in view.figure_scene.markers:
        assert view.viewport().rect().contains(centre(view, marker)), f"{marker.accessible_name} is off the view"
        changed, in_colour = own_pixels(view, marker, shown, body_map.theme.marker)
        if changed < 25 or len(in_colour) < 10:
            unseen.append(f"{marker.accessible_name} ({changed} pixels, {len(in_colour)} in the marker colour)")
    assert unseen == [], f"{page}: markers a person cannot see: {unseen}"


def test_markers_outside_the_search_are_fainter_but_still_there(qtbot: QtBot, body_map: BodyMapWidget) -> None:
    view, shown = photograph(qtbot, body_map, "front-back")
    full = {}
    for marker in view.figure_scene.markers:
        where = own_pixels(view, marker, shown, body_map.theme.marker)[1]
        full[marker] = (where, strength(view, marker, shown, where))
    body_map.set_filter({"BL40"})
    view, filtered = photograph(qtbot, body_map, "front-back")
    for marker, (where, before) in full.items():
        now = strength(view, marker, filtered, where)
        if marker.point.code == "BL40":
            assert now >= 0.9 * before, f"{marker.accessible_name} was found and stays bright"
        else:
            assert 0.1 * before < now < 0.5 * before, f"{marker.accessible_name}: {now:.0f} of {before:.0f}"


def test_the_selected_point_is_drawn_in_the_selection_colour(qtbot: QtBot, body_map: BodyMapWidget) -> None:
    body_map.select("BL23", Side.LEFT)
    view, shown = photograph(qtbot, body_map, "front-back")
    looks_selected = {
        marker.accessible_name
        for marker in view.figure_scene.markers
        if len(own_pixels(view, marker, shown, body_map.theme.selected)[1]) >= 10
    }
    assert looks_selected == {"BL23 Shenshu, Kidney Shu, left side", "BL23 Shenshu, Kidney Shu, right side"}


def test_points_to_leave_out_in_pregnancy_look_different(qtbot: QtBot, body_map: BodyMapWidget) -> None:
    """A point to leave out is drawn as a diamond: its shape on screen is not the others' disc."""

    def footprints() -> dict[str, set[tuple[int, int]]]:
        view, shown = photograph(qtbot, body_map, "sole")
        shapes = {}
        for marker in view.figure_scene.markers:
            at = centre(view, marker)
            pixels = own_pixels(view, marker, shown, body_map.theme.marker)[1]
            shapes[marker.accessible_name] = {(p.x() - at.x(), p.y() - at.y()) for p in pixels}
        return shapes

    plain = footprints()
    body_map.set_warned({"KI1"})
    warned = footprints()
    assert plain.keys() == warned.keys() and len(plain) == 2
    for name in plain:
        assert len(plain[name] ^ warned[name]) >= 12, f"{name} looks the same when it is to be left out"


# --- the words "Left" and "Right" -------------------------------------------------------

SIDE_WORD = re.compile(r"\b(Left|Right)\b")


def shown_words(view: MapView, image: QImage) -> list[tuple[str, QRectF]]:
    """Every visible text on the map that says Left or Right, with its box on screen; each box
    must hold ink (the word is drawn, not only placed)."""
    found = []
    for item in view.figure_scene.items():
        if not isinstance(item, QGraphicsSimpleTextItem) or not item.isVisible():
            continue
        match = SIDE_WORD.search(item.text())
        if match is None:
            continue
        box = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())
        ink = [
            image.pixelColor(x, y).lightness()
            for x in range(int(box.left()), int(box.right()))
            for y in range(int(box.top()), int(box.bottom()))
            if image.rect().contains(x, y)
        ]
        assert ink and min(ink) < 110, f"the words {item.text()!r} are not drawn at {box}"
        found.append((match.group(1), box))
    return found


def midline(view: MapView, figure_view: str) -> tuple[float, float, float]:
    """Screen x of a figure's midline, and of the mean of its person's left and right markers."""
    xs: dict[str, list[float]] = defaultdict(list)
    by_code: dict[str, dict[str, float]] = defaultdict(dict)
    for marker in view.figure_scene.markers:
        if marker.marker.view == figure_view:
            x = float(centre(view, marker).x())
            xs[marker.marker.side.value].append(x)
            by_code[marker.point.code][marker.marker.side.value] = x
    pairs = [(s["left"] + s["right"]) / 2 for s in by_code.values() if "left" in s and "right" in s]
    assert pairs, f"no bilateral point on the {figure_view} figure"
    return mean(pairs), mean(xs["left"]), mean(xs["right"])


def test_front_and_back_say_left_and_right_on_the_persons_own_sides(qtbot: QtBot, body_map: BodyMapWidget) -> None:
    """Front: the person's right is on the viewer's left. Back: on the viewer's right."""
    view, image = photograph(qtbot, body_map, "front-back")
    words = shown_words(view, image)
    figures = {name: midline(view, name) for name in ("front", "back")}

    def nearest_figure(box: QRectF) -> str:
        return min(figures, key=lambda name: abs(box.center().x() - figures[name][0]))

    for name, (middle, left_markers, right_markers) in figures.items():
        mine = [(word, box) for word, box in words if nearest_figure(box) == name]
        assert sorted(word for word, _ in mine) == ["Left", "Right"], f"{name}: {mine}"
        for word, box in mine:
            person_side = right_markers if word == "Right" else left_markers
            assert (box.center().x() < middle) == (person_side < middle), (
                f"{name}: {word!r} is not on the side of the person's {word.lower()} markers"
            )
            viewer_left = (word == "Right") == (name == "front")
            assert (box.center().x() < middle) == viewer_left, f"{name}: {word!r} on the wrong side of the figure"


@pytest.mark.parametrize("page", ["side", "sole"])
def test_each_side_figure_is_titled_with_the_side_it_shows(qtbot: QtBot, body_map: BodyMapWidget, page: str) -> None:
    view, image = photograph(qtbot, body_map, page)
    words = shown_words(view, image)
    assert sorted(word for word, _ in words) == ["Left", "Right"], words
    centres: dict[str, list[float]] = defaultdict(list)
    for marker in view.figure_scene.markers:
        if marker.marker.side.value != "midline":
            centres[marker.marker.side.value].append(float(centre(view, marker).x()))
    for word, box in words:
        nearest = min(("left", "right"), key=lambda side: abs(box.center().x() - mean(centres[side])))
        assert nearest == word.lower(), f"{page}: the title {word!r} is over the {nearest} figure"


# --- the whole picture ------------------------------------------------------------------


def test_rendered_map_matches_reference(
    qtbot: QtBot, body_map: BodyMapWidget, tmp_path: Path, artifacts_dir: Path
) -> None:
    scene = body_map.views["front-back"].figure_scene
    image = QImage(640, 640, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, 640, 640), scene.sceneRect())
    painter.end()
    actual = tmp_path / "map.png"
    assert image.save(str(actual))
    # Identical on every run (measured: mean 0.0000, 0 changed pixels); the words Left and
    # Right swapped change a few hundred pixels.
    assert_images_close(
        actual,
        ROOT / "tests" / "references" / "map-front-back.png",
        artifacts_dir,
        mean_tolerance=0.02,
        changed_pixels=8,
    )
