"""The body map window, driven with real mouse and key events (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.points import Side
from acupoint_gui.model.search import PointSearch, fold
from acupoint_gui.ui.actions import ActionId
from acupoint_gui.ui.body_map.map_view import MapView
from acupoint_gui.ui.body_map.marker_item import SELECTED_RADIUS, MarkerItem


@pytest.fixture
def controller(qtbot: QtBot, app: Acupoint) -> Acupoint:
    """The shared app fixture (conftest), its window on screen at a typical size."""
    app.window.resize(1280, 820)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def shown_code(app: Acupoint) -> str | None:
    """The code of the point in the details, or None."""
    point = app.first.details.shown_point()
    return point.code if point else None


def click_marker(view: MapView, marker: MarkerItem) -> None:
    view.fit()
    view.zoom_by(8.0, anchor_under_mouse=False)  # separate close markers so each has its own spot
    view.centerOn(marker)
    pos: QPoint = view.mapFromScene(marker.scenePos())
    assert view.marker_at(pos) is marker, f"{marker.accessible_name} is covered at {pos}"
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_each_marker_opens_that_point_and_side(qtbot: QtBot, controller: Acupoint) -> None:
    body_map = controller.first.body_map
    count = 0
    for page in body_map.views:
        view = body_map.show_page(page)
        for marker in view.figure_scene.markers:
            click_marker(view, marker)
            detail = controller.first.details
            assert detail.point is not None and detail.point.code == marker.point.code
            assert detail.side == marker.marker.side.value
            if marker.marker.side.value != "midline":
                assert f"{marker.marker.side.value} side" in detail.text()
            assert marker.selected_marker
            count += 1
    assert count == len(controller.catalog.markers), "every marker appears once and was clicked"


def test_keyboard_reaches_every_marker(qtbot: QtBot, controller: Acupoint) -> None:
    for page in controller.first.body_map.views:
        view = controller.first.body_map.show_page(page)
        view.setFocus()
        seen: list[str] = []
        for _ in view.figure_scene.markers:
            QTest.keyClick(view, Qt.Key.Key_Right)
            focused = view.focused_marker()
            assert focused is not None
            seen.append(focused.accessible_name)
            assert view.accessibleName() == focused.accessible_name
        assert sorted(seen) == sorted(m.accessible_name for m in view.figure_scene.markers)
        QTest.keyClick(view, Qt.Key.Key_Return)
        assert controller.first.details.shown_point() is not None
        focused = view.focused_marker()
        assert focused is not None
        assert shown_code(controller) == focused.point.code
        QTest.keyClick(view, Qt.Key.Key_Escape)
        assert controller.first.details.shown_point() is None


def test_accessible_names_say_code_pinyin_name_and_side(controller: Acupoint) -> None:
    names = {m.accessible_name for m in controller.first.body_map.markers()}
    assert "BL23 Shenshu, Kidney Shu, left side" in names
    assert "CV6 Qihai, Sea of Energy, on the midline" in names


def test_markers_keep_their_screen_size_and_a_24px_hit_area(controller: Acupoint) -> None:
    view = controller.first.body_map.current_view()
    marker = view.figure_scene.markers[0]
    before = view.mapFromScene(marker.mapToScene(marker.shape().boundingRect())).boundingRect()
    view.zoom_by(4.0, anchor_under_mouse=False)
    after = view.mapFromScene(marker.mapToScene(marker.shape().boundingRect())).boundingRect()
    # ItemIgnoresTransformations: the marker item's own coordinates are device pixels
    assert marker.shape().boundingRect().width() >= 24
    assert (
        abs(before.width() - after.width()) <= 1 or marker.flags() & marker.GraphicsItemFlag.ItemIgnoresTransformations
    )


def test_zoom_has_limits_and_fit_resets(controller: Acupoint) -> None:
    view = controller.first.body_map.current_view()
    for _ in range(40):
        view.zoom_in()
    assert view.zoom == pytest.approx(12.0)
    for _ in range(80):
        view.zoom_out()
    assert view.zoom == pytest.approx(0.6)
    view.fit()
    assert view.zoom == 1.0


def test_search_box_finds_and_enter_selects(qtbot: QtBot, controller: Acupoint) -> None:
    box = controller.first.search.box
    box.setFocus()
    QTest.keyClicks(box, "B54")
    assert controller.first.search.results.count() >= 1
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert shown_code(controller) == "BL40"
    dimmed = {m.point.code for m in controller.first.body_map.markers() if m.dimmed}
    bright = {m.point.code for m in controller.first.body_map.markers() if not m.dimmed}
    assert bright == {"BL40"} and "BL23" in dimmed


def test_search_finds_every_point_by_every_name(controller: Acupoint) -> None:
    search = PointSearch(controller.catalog.atlas)
    for point in controller.first.library.atlas.points:
        for query in (point.code, *point.aliases, *point.english, point.pinyin, fold(point.pinyin), point.chinese):
            codes = [hit.point.code for hit in search.search(query)]
            assert point.code in codes, (query, codes)
        assert search.search(point.code)[0].point is point


def test_landmarks_used_are_highlighted_with_the_point(controller: Acupoint) -> None:
    controller.first.selection.show_point("BL23", Side.LEFT)
    scene = controller.first.body_map.views["front-back"].figure_scene
    visible = {lm.name for lm in scene.landmarks if lm.isVisible()}
    assert visible == {"l2-spinous", "l4-spinous"}  # found from L2 and L4, not the shoulder blades
    controller.window.actions_by_id[ActionId.SHOW_LANDMARKS].setChecked(True)
    assert all(lm.isVisible() for lm in scene.landmarks)


def test_landmark_labels_stay_clear_of_the_point_markers(controller: Acupoint) -> None:
    """At the default zoom, no landmark label covers a marker (e.g. "L2, elbow level" beside BL23)."""
    controller.window.actions_by_id[ActionId.SHOW_LANDMARKS].setChecked(True)
    for page, view in controller.first.body_map.views.items():
        controller.first.body_map.show_page(page)
        view.fit()
        dots = []
        for marker in view.figure_scene.markers:
            centre = view.mapFromScene(marker.scenePos())
            r = SELECTED_RADIUS
            dots.append(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        labels = {}
        for landmark in view.figure_scene.landmarks:
            if not landmark.label.isVisible():
                continue  # no room at this zoom: the dot keeps its tooltip
            anchor = view.mapFromScene(landmark.scenePos())
            box = landmark.label.boundingRect().translated(landmark.label.pos())
            labels[landmark.label.text()] = box.translated(anchor.x(), anchor.y())
        assert labels, page
        for caption in view.figure_scene.captions:  # titles and the left/right words, sized on screen
            dots.append(caption.deviceTransform(view.viewportTransform()).mapRect(caption.boundingRect()))
        covered = sorted({text for text, box in labels.items() for dot in dots if box.intersects(dot)})
        assert covered == [], f"{page}: labels over markers: {covered}"
        boxes = list(labels.values())
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]), f"{page}: labels overlap"
    # the landmarks a chosen point is found from always get their label
    controller.window.actions_by_id[ActionId.SHOW_LANDMARKS].setChecked(False)
    controller.first.selection.show_point("BL23", Side.LEFT)
    scene = controller.first.body_map.views["front-back"].figure_scene
    shown = [lm.label.text() for lm in scene.landmarks if lm.label.isVisible()]
    assert "L2, elbow level" in shown and len(shown) <= 3, shown
    # zoomed in there is room to name every landmark (once per figure: both sides share a name)
    controller.window.actions_by_id[ActionId.SHOW_LANDMARKS].setChecked(True)
    view = controller.first.body_map.views["front-back"]
    view.zoom_by(4.0, anchor_under_mouse=False)
    every = {(lm.figure_index, lm.label.text()) for lm in scene.landmarks}
    named = {(lm.figure_index, lm.label.text()) for lm in scene.landmarks if lm.label.isVisible()}
    assert named == every, sorted(every - named)


def test_detail_panel_escapes_data_text(controller: Acupoint) -> None:
    point = controller.first.library.atlas.point("BL23")
    evil = point._replace(location='<a href="http://example.com">click</a><img src="x.png"><script>alert(1)</script>')
    controller.first.details.show_point(evil, Side.LEFT)
    html = controller.first.details.browser.toHtml()
    assert "<a href" not in html and "<img" not in html and "<script" not in html
    assert '<a href="http://example.com">click</a>' in controller.first.details.text()


def test_overlapping_markers_pick_the_nearest_centre(qtbot: QtBot, controller: Acupoint) -> None:
    # At the default zoom some hit areas overlap (BL23 and BL52 are 1.5 cun apart): a click on
    # a marker's centre must still open that marker, not its neighbour drawn on top.
    view = controller.first.body_map.show_page("front-back")
    view.fit()
    for marker in view.figure_scene.markers:
        pos = view.mapFromScene(marker.scenePos())
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert controller.first.details.shown_point() is not None
        assert (shown_code(controller), controller.first.details.shown_side()) == (
            marker.point.code,
            marker.marker.side.value,
        )


def test_side_and_sole_pages_are_built_when_first_needed(controller: Acupoint) -> None:
    body_map = controller.first.body_map
    assert [v.figure_scene.page for v in body_map.built_views()] == ["front-back"]
    controller.window.actions_by_id[ActionId.PREGNANT].setChecked(True)
    controller.first.selection.show_point("KI1", Side.LEFT)  # only on the sole
    assert body_map.current_view().figure_scene.page == "sole"
    sole = {(m.point.code, m.marker.side.value): m for m in body_map.current_view().figure_scene.markers}
    assert sole[("KI1", "left")].selected_marker, "a page built late shows the current state"
    side = body_map.show_page("side")
    assert any(m.warn for m in side.figure_scene.markers if m.point.code == "BL60")


def test_dark_palette_gives_dark_figures_and_visible_markers() -> None:
    from PySide6.QtGui import QColor, QPalette

    from acupoint_gui.ui.theme import FIGURE_FILL, current_theme, recolour_svg

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    theme = current_theme(dark)
    assert theme.dark and QColor(theme.figure_fill).lightness() < 100
    assert theme.marker.lightness() > 120, "markers stand out on a dark background"
    svg = recolour_svg(f'<path fill="{FIGURE_FILL}"/>'.encode(), theme).decode()
    assert theme.figure_fill in svg and FIGURE_FILL not in svg
    light = current_theme(QPalette(QColor("#f0f0f0")))
    assert not light.dark and light.figure_fill == FIGURE_FILL


def test_marker_tooltip_names_code_name_and_side(controller: Acupoint) -> None:
    tips = {m.toolTip() for m in controller.first.body_map.markers()}
    assert "BL23 — Kidney Shu (left side)" in tips


def test_landmarks_are_labelled_in_plain_words_with_the_term_in_the_tooltip(controller: Acupoint) -> None:
    controller.first.selection.show_point("BL40", Side.LEFT)
    scene = controller.first.body_map.views["front-back"].figure_scene
    crease = next(lm for lm in scene.landmarks if lm.name == "popliteal-crease-left")
    assert crease.label.isVisible() and crease.label.text() == "knee crease"
    assert crease.toolTip() == "knee crease (popliteal crease)"


def test_landmark_words_have_a_pale_backing_where_they_cross_the_figure(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QGraphicsScene

    from acupoint_gui.ui.body_map.figure_scene import LandmarkItem
    from acupoint_gui.ui.theme import current_theme

    scene = QGraphicsScene()
    scene.addRect(QRectF(-200, -200, 400, 400), brush=QColor("black"))  # the darkest outline there is
    landmark = LandmarkItem("toe-web-2-3", QPointF(0, 0), current_theme(), label_side="right")
    scene.addItem(landmark)
    landmark.setVisible(True)
    landmark.label.setPos(10, -6)
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 400, 400), QRectF(-200, -200, 400, 400))
    painter.end()
    box = landmark.label.sceneBoundingRect().translated(200, 200)
    edge = image.pixelColor(int(box.left()) + 1, int(box.center().y()))  # in the backing, left of the words
    assert edge.lightness() > 180, edge.name()


def test_each_figures_labels_keep_off_the_other_body(qtbot: QtBot, controller: Acupoint) -> None:
    """A back-figure label over the front figure would name the wrong body: each figure's
    labels may use the space up to the neighbouring body's outline, not over it."""
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    view = controller.first.body_map.views["front-back"]
    controller.first.body_map.show_page("front-back")
    view.fit()
    scene = view.figure_scene

    def screen_x(scene_x: float) -> float:
        return float(view.mapFromScene(QPointF(scene_x, 0)).x())

    (front_left, front_right), (back_left, back_right) = scene._panel_spans
    front_area, back_area = (scene._label_area(i, lambda p: QPointF(view.mapFromScene(p))) for i in (0, 1))
    assert front_area is not None and back_area is not None
    assert screen_x(front_right) < front_area[0] + front_area[2] < screen_x(back_left), "up to the back body"
    assert screen_x(front_right) < back_area[0] < screen_x(back_left), "from the front body on"
    assert front_area[0] < screen_x(front_left) and back_area[0] + back_area[2] > screen_x(back_right)
    controller.first.selection.show_point("BL23", Side.LEFT)
    assert {lm.figure_index for lm in scene.landmarks} == {0, 1}
    for landmark in scene.landmarks:
        if landmark.label.isVisible():  # on screen, labels keep their size at any zoom
            label = landmark.label.deviceTransform(view.viewportTransform()).mapRect(landmark.label.boundingRect())
            other_left, other_right = (screen_x(x) for x in scene._panel_spans[1 - landmark.figure_index])
            assert label.right() < other_left or label.left() > other_right, landmark.name


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_markers_never_overlap_and_each_is_reached_by_hover_and_click(
    qtbot: QtBot, app: Acupoint, size: tuple[int, int]
) -> None:
    """BL60/BL62 at the ankle, BL39/BL40 and BL23/BL52 are drawn apart (with a leader line to
    their place) at the zoom shown; the marker under the pointer is the one hovered and clicked."""
    import math

    from acupoint_gui.ui.body_map.marker_item import SPACING

    app.window.resize(*size)
    app.window.show()
    qtbot.waitExposed(app.window)
    moved = set()
    for page in app.first.body_map.views:
        view = app.first.body_map.show_page(page)
        for zoom in (1.0, 1.7):  # fitted, and part way in (the spreading follows the zoom)
            view.fit()
            view.zoom_by(zoom, anchor_under_mouse=False)
            markers = view.figure_scene.markers
            centres = [view.viewportTransform().map(m.scenePos()) for m in markers]
            for i, a in enumerate(centres):
                for j in range(i + 1, len(centres)):
                    gap = math.hypot(a.x() - centres[j].x(), a.y() - centres[j].y())
                    assert gap >= SPACING - 0.5, f"{page}: {markers[i].accessible_name} / {markers[j].accessible_name}"
            for marker in markers:  # a click may scroll the view (to keep the focus ring in sight)
                centre = view.viewportTransform().map(marker.scenePos())
                home = view.viewportTransform().map(marker.home)
                assert (centre + marker.leader - home).manhattanLength() < 0.5, "the leader line ends at its place"
                if marker.moved:
                    moved.add(marker.point.code)
                pos = centre.toPoint()
                if not view.viewport().rect().adjusted(15, 15, -15, -15).contains(pos):
                    continue  # scrolled out of view at this zoom
                under = [item for item in view.items(pos) if isinstance(item, MarkerItem)]
                assert under and under[0] is marker, (
                    f"hovering {marker.accessible_name} finds {under[0].accessible_name}"
                )
                QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
                details = app.first.details
                assert details.point is not None
                assert (details.point.code, details.side) == (marker.point.code, marker.marker.side.value)
    assert {"BL52", "BL39"} <= moved, "the outer of two close points moves out"


def test_zoomed_in_close_markers_sit_on_their_own_places(controller: Acupoint) -> None:
    view = controller.first.body_map.show_page("front-back")
    view.fit()
    view.zoom_by(8.0, anchor_under_mouse=False)
    assert not any(marker.moved for marker in view.figure_scene.markers)
    assert all(marker.scenePos() == marker.home for marker in view.figure_scene.markers)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_landmark_labels_never_pile_up(qtbot: QtBot, app: Acupoint, size: tuple[int, int]) -> None:
    """With every landmark shown, at either window size: no label over another, over a marker
    or over a caption, and a landmark on both sides is named once per figure."""
    app.window.resize(*size)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.actions_by_id[ActionId.SHOW_LANDMARKS].setChecked(True)
    for page, view in app.first.body_map.views.items():
        app.first.body_map.show_page(page)
        view.fit()
        scene = view.figure_scene
        blocked = [
            marker.deviceTransform(view.viewportTransform()).mapRect(QRectF(-7, -7, 14, 14)) for marker in scene.markers
        ]
        blocked += [c.deviceTransform(view.viewportTransform()).mapRect(c.boundingRect()) for c in scene.captions]
        boxes = {}
        named: dict[tuple[int, str], int] = {}
        for landmark in scene.landmarks:
            if landmark.label.isVisible():
                label = landmark.label
                boxes[landmark.name] = label.deviceTransform(view.viewportTransform()).mapRect(label.boundingRect())
                key = (landmark.figure_index, label.text())
                named[key] = named.get(key, 0) + 1
        assert boxes, page
        assert all(count == 1 for count in named.values()), named
        overlapping = [(a, b) for a in boxes for b in boxes if a < b and boxes[a].intersects(boxes[b])]
        assert overlapping == [], f"{page}: labels overlap"
        covering = [name for name, box in boxes.items() if any(box.intersects(other) for other in blocked)]
        assert covering == [], f"{page}: labels over markers or captions"
