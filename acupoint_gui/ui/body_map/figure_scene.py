"""A scene of one or more figures side by side, with their markers and landmarks."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette, QPen, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ... import paths
from ...model.catalog import Catalog
from ...model.geometry import Figure
from ...model.landmark_names import base_name, described, plain_name
from ...model.points import Side
from ...model.wording import QT_TRANSLATE_NOOP
from ..theme import Theme, recolour_svg
from .marker_item import HIT_RADIUS, SELECTED_RADIUS, SPACING, MarkerItem

PANEL_GAP = 60.0
# Text on the map, as a share of the application's font size (9 pt here: 11, 10 and 7.5 pt),
# so a larger system font makes the map's words larger too. On screen, at any zoom.
CAPTION_SCALE = 1.22
SIDE_SCALE = 1.11
LANDMARK_SCALE = 0.83


CAPTION_DROP = 34.0  # figure units above the bottom of the figure's box


def map_font(scale: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


class Panel(NamedTuple):
    """One figure in a scene: which view, and which side of the body it shows."""

    view: str
    shows: str  # "both", "right" or "left" (the left is the right-side figure mirrored)
    title: str


# The titles are translated where they are shown (context "FigureScene").
PAGES: dict[str, tuple[Panel, ...]] = {
    "front-back": (
        Panel("front", "both", QT_TRANSLATE_NOOP("FigureScene", "Front")),
        Panel("back", "both", QT_TRANSLATE_NOOP("FigureScene", "Back")),
    ),
    "side": (
        Panel("side", "right", QT_TRANSLATE_NOOP("FigureScene", "Right side")),
        Panel("side", "left", QT_TRANSLATE_NOOP("FigureScene", "Left side")),
    ),
    "sole": (
        Panel("sole", "right", QT_TRANSLATE_NOOP("FigureScene", "Right sole")),
        Panel("sole", "left", QT_TRANSLATE_NOOP("FigureScene", "Left sole")),
    ),
}
PAGE_TITLES = {
    "front-back": QT_TRANSLATE_NOOP("FigureScene", "Front and back"),
    "side": QT_TRANSLATE_NOOP("FigureScene", "Side"),
    "sole": QT_TRANSLATE_NOOP("FigureScene", "Sole of the foot"),
}


def page_title(page: str) -> str:
    """A page's tab title in the current language."""
    return QCoreApplication.translate("FigureScene", PAGE_TITLES[page])


MIDLINE_TOLERANCE = 1.0  # figure units: a landmark this close to the midline is on it


def page_of_view(view: str) -> str:
    return "front-back" if view in ("front", "back") else view


def _body_span(figure: Figure, x0: float, *, mirrored: bool) -> tuple[float, float]:
    """Scene x of the body's leftmost and rightmost points (its outline), for a figure drawn
    with its box's left edge at ``x0``."""
    left = figure.view_box[0]
    xs = [figure.mirror_x(x) if mirrored else x for x, _ in figure.silhouette] or [left, left + figure.view_box[2]]
    return (x0 - left + min(xs), x0 - left + max(xs))


class LabelText(QGraphicsSimpleTextItem):
    """A landmark's words on a pale backing, so they stay readable where they cross the
    figure's outline, toes or creases."""

    def __init__(self, text: str, parent: QGraphicsItem) -> None:
        super().__init__(text, parent)
        backing = QApplication.palette().color(QPalette.ColorRole.Base)
        backing.setAlpha(215)
        self._backing = backing

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-2, 0, 2, 0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._backing)
        painter.drawRoundedRect(self.boundingRect(), 3, 3)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt allows no widget (scene.render)


class LandmarkItem(QGraphicsEllipseItem):
    """A bony landmark's dot and label. ``label_side`` is where the label would rather go (away
    from the midline; above for a midline landmark); FigureScene.layout_labels places it."""

    def __init__(self, name: str, pos: QPointF, theme: Theme, *, label_side: str, figure_index: int = 0) -> None:
        super().__init__(-4, -4, 8, 8)
        self.name = name
        self.figure_index = figure_index  # which figure of the page it belongs to
        self.setPos(pos)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setBrush(QBrush(theme.landmark))
        self.setPen(QPen(theme.marker_ring, 1))
        self.setZValue(5)
        self.setToolTip(described(name))
        label = LabelText(plain_name(name), self)
        label.setFont(map_font(LANDMARK_SCALE))
        label.setBrush(QBrush(theme.text))
        self.label = label
        self.label_side = label_side
        self.highlighted = False
        self.setVisible(False)

    def set_highlight(self, on: bool) -> None:
        """A highlighted landmark is a larger dot; its label keeps its size."""
        self.highlighted = on
        r = 6.0 if on else 4.0
        self.setRect(-r, -r, 2 * r, 2 * r)


class FigureScene(QGraphicsScene):
    def __init__(self, catalog: Catalog, page: str, theme: Theme) -> None:
        super().__init__()
        self.page = page
        self.markers: list[MarkerItem] = []
        self._midlines: list[float] = []  # per marker: its figure's midline, scene x
        self.landmarks: list[LandmarkItem] = []  # made the first time one is shown (not at start-up)
        self._landmark_places: list[tuple[str, QPointF, str, int]] = []
        self._panel_spans: list[tuple[float, float]] = []  # each figure's body, left and right, scene x
        self._panel_boxes: list[tuple[Panel, QRectF, QPointF]] = []  # box in the scene; scene minus figure
        self.captions: list[QGraphicsSimpleTextItem] = []  # figure titles and left/right words
        self.side_words: list[QGraphicsSimpleTextItem] = []  # the left/right words alone
        self._theme = theme
        self._renderers: list[QSvgRenderer] = []
        x = 0.0
        for panel in PAGES[page]:
            width = self._add_panel(catalog, panel, x, theme)
            self._panel_spans.append(_body_span(catalog.figures[panel.view], x, mirrored=panel.shows == "left"))
            x += width + PANEL_GAP
        # The figures fix the scene's extent; landmark labels (shown on demand) never resize it.
        height = max(catalog.figures[panel.view].view_box[3] for panel in PAGES[page])
        self.setSceneRect(QRectF(-20, -20, x - PANEL_GAP + 40, height + 40))

    def _add_panel(self, catalog: Catalog, panel: Panel, x0: float, theme: Theme) -> float:
        figure = catalog.figures[panel.view]
        svg = paths.figure_file(panel.view).read_bytes()
        renderer = QSvgRenderer(QByteArray(recolour_svg(svg, theme)))
        self._renderers.append(renderer)  # the item does not own its renderer
        item = QGraphicsSvgItem()
        item.setSharedRenderer(renderer)
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # re-rendered as vectors: sharp at any zoom
        left, top, width, height = figure.view_box
        scale_x = width / max(renderer.defaultSize().width(), 1)
        scale_y = height / max(renderer.defaultSize().height(), 1)
        transform = QTransform().scale(scale_x, scale_y)
        if panel.shows == "left":
            transform = transform * QTransform(-1, 0, 0, 1, 2 * left + width, 0)
        item.setTransform(transform)
        item.setPos(x0 - left, -top)
        self.addItem(item)
        self._panel_boxes.append((panel, QRectF(x0, 0, width, height), QPointF(x0 - left, -top)))

        sides = {
            "both": (Side.LEFT, Side.RIGHT, Side.MIDLINE),
            "right": (Side.RIGHT, Side.MIDLINE),
            "left": (Side.LEFT,),
        }[panel.shows]
        for marker in catalog.markers:
            if marker.view != panel.view or marker.side not in sides:
                continue
            marker_item = MarkerItem(catalog.atlas.point(marker.code), marker, theme)
            home = QPointF(x0 - left + marker.x, marker.y - top)
            marker_item.place_at(home, home, QPointF(), HIT_RADIUS)
            self.addItem(marker_item)
            self.markers.append(marker_item)
            self._midlines.append(x0 - left + figure.midline_x)
        for name, (lx, ly) in sorted(figure.landmarks.items()):
            if panel.shows == "left":
                lx = figure.mirror_x(lx)
            offset = lx - figure.midline_x
            label_side = "above" if abs(offset) < MIDLINE_TOLERANCE else "left" if offset < 0 else "right"
            self._landmark_places.append((name, QPointF(x0 - left + lx, ly - top), label_side, len(self._panel_spans)))
        self._caption(panel, x0, width, height, theme)
        return width

    def _caption(self, panel: Panel, x0: float, width: float, height: float, theme: Theme) -> None:
        """The figure's title and, under a front or back figure, which side is the person's left.

        Captions keep their size on screen at any zoom (like the markers), so they stay readable
        when the whole body is fitted into a small window.
        """
        self._add_caption(
            self.tr(panel.title),
            map_font(CAPTION_SCALE, bold=True),
            QPointF(x0 + width / 2, height - CAPTION_DROP),
            0.5,
            theme,
        )
        if panel.shows != "both":
            return
        # Left and right are always the person's own: say which is which under the figure.
        small = map_font(SIDE_SCALE)
        left, right = self.tr("Left"), self.tr("Right")
        viewer_left, viewer_right = (right, left) if panel.view == "front" else (left, right)
        y = height - CAPTION_DROP
        self.side_words.append(self._add_caption(f"◂ {viewer_left}", small, QPointF(x0 + 10, y), 0.0, theme))
        self.side_words.append(self._add_caption(f"{viewer_right} ▸", small, QPointF(x0 + width - 10, y), 1.0, theme))

    def _add_caption(
        self, text: str, font: QFont, anchor: QPointF, align: float, theme: Theme
    ) -> QGraphicsSimpleTextItem:
        """Text whose top edge sits at ``anchor``: left of it (align 0), centred (0.5) or right (1)."""
        label = QGraphicsSimpleTextItem(text)
        label.setFont(font)
        label.setBrush(QBrush(theme.text))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        label.setTransform(QTransform.fromTranslate(-align * label.boundingRect().width(), 0))
        label.setPos(anchor)
        self.addItem(label)
        self.captions.append(label)
        return label

    @staticmethod
    def _screen_box(caption: QGraphicsSimpleTextItem, to_screen: Callable[[QPointF], QPointF]) -> QRectF:
        """Where a caption is on screen: sized in pixels from its anchor, pos() (it has no parent)."""
        return caption.transform().mapRect(caption.boundingRect()).translated(to_screen(caption.pos()))

    def fit_captions(self, to_screen: Callable[[QPointF], QPointF]) -> None:
        """Hide the left/right words where the figures are drawn too small for them to sit
        beside the titles without touching (they come back when there is room)."""
        shown: list[QRectF] = [self._screen_box(c, to_screen) for c in self.captions if c not in self.side_words]
        for word in self.side_words:
            box = self._screen_box(word, to_screen).adjusted(-4, 0, 4, 0)
            fits = not any(box.intersects(other) for other in shown)
            word.setVisible(fits)
            if fits:
                shown.append(box)

    def _label_area(
        self, figure_index: int, to_screen: Callable[[QPointF], QPointF]
    ) -> tuple[float, float, float, float] | None:
        """On screen, the part of the page a figure's labels may use: anywhere short of the
        neighbouring figures' bodies, so that no label lies over another body and names it."""
        if len(self._panel_spans) < 2:
            return None
        far = 1e9
        spans = self._panel_spans
        screen_left = to_screen(QPointF(spans[figure_index - 1][1], 0)).x() + 4 if figure_index > 0 else -far
        last = figure_index == len(spans) - 1
        screen_right = to_screen(QPointF(spans[figure_index + 1][0], 0)).x() - 4 if not last else far
        return (screen_left, -far, screen_right - screen_left, 2 * far)

    def figure_part(self, scene_rect: QRectF) -> tuple[str, str, QRectF] | None:
        """The figure under the middle of ``scene_rect`` (its view, and which side its panel
        shows: "both", "right" or "left"), and the rectangle in that figure's units as drawn
        (mirrored on a left-side panel, as its markers are); ``None`` between figures."""
        for panel, box, offset in self._panel_boxes:
            if box.contains(scene_rect.center()):
                return panel.view, panel.shows, scene_rect.translated(-offset)
        return None

    def show_landmarks(self, visible: bool, emphasised: Sequence[str] = ()) -> None:
        wanted = set(emphasised)
        if not self.landmarks and (visible or wanted):
            for name, pos, label_side, figure_index in self._landmark_places:
                landmark = LandmarkItem(name, pos, self._theme, label_side=label_side, figure_index=figure_index)
                self.addItem(landmark)
                self.landmarks.append(landmark)
        for landmark in self.landmarks:
            highlight = base_name(landmark.name) in wanted
            landmark.setVisible(visible or highlight)
            landmark.set_highlight(highlight)
            landmark.label.setVisible(visible or highlight)

    def spread_markers(self, to_screen: Callable[[QPointF], QPointF], to_scene: Callable[[QPointF], QPointF]) -> None:
        """Draw markers that would overlap at this zoom apart, each with a leader line to its place.

        The one nearer its figure's midline keeps its place (BL23 stays, BL52 moves out; BL40
        stays, BL39 moves out). Each marker's hit area is at most half the way to its nearest
        neighbour, so hovering and clicking always reach the marker under the pointer.
        """
        from ...model.label_placement import spread_marks

        order = sorted(
            range(len(self.markers)),
            key=lambda i: (abs(self.markers[i].home.x() - self._midlines[i]), self.markers[i].home.y(), i),
        )
        homes = [to_screen(self.markers[i].home) for i in order]
        away = [to_screen(QPointF(self._midlines[i], self.markers[i].home.y())) for i in order]
        spots = spread_marks([(h.x(), h.y()) for h in homes], SPACING, away_from=[(a.x(), a.y()) for a in away])
        for rank, index in enumerate(order):
            x, y = spots[rank]
            nearest = min(
                (math.hypot(x - ox, y - oy) for other, (ox, oy) in enumerate(spots) if other != rank), default=1e9
            )
            marker = self.markers[index]
            home = homes[rank]
            marker.place_at(
                marker.home, to_scene(QPointF(x, y)), QPointF(home.x() - x, home.y() - y), min(HIT_RADIUS, nearest / 2)
            )

    def layout_labels(self, to_screen: Callable[[QPointF], QPointF], visible_area: QRectF | None = None) -> None:
        """Move the shown landmarks' labels clear of markers, dots and each other at the view's
        current zoom (labels keep their size on screen); a label with no room is hidden.

        A landmark found on both sides is named once per figure, beside whichever of its two
        dots has room (the person's left first): the same words twice only crowd the figure.
        """
        self.fit_captions(to_screen)
        shown = sorted(
            (landmark for landmark in self.landmarks if landmark.isVisible()),
            key=lambda landmark: (not landmark.highlighted, landmark.name),
        )
        if not shown:
            return
        from ...model.label_placement import LabelRequest, Rect, place_labels

        def square(item: QGraphicsItem, radius: float) -> Rect:
            centre = to_screen(item.scenePos())
            return (centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)

        obstacles: list[Rect] = []
        for marker in self.markers:
            if not marker.isVisible():
                continue
            big = marker.selected_marker or marker.current or marker.keyboard_focus  # with its halo ring
            obstacles.append(square(marker, SELECTED_RADIUS + (7 if big else 1)))
            if marker.moved:  # the small dot at the end of its leader line
                home = to_screen(marker.home)
                obstacles.append((home.x() - 4, home.y() - 4, 8.0, 8.0))
        obstacles += [square(landmark, 6.0) for landmark in shown]
        for caption in self.captions:
            if caption.isVisible():
                box = self._screen_box(caption, to_screen)
                obstacles.append((box.x(), box.y(), box.width(), box.height()))
        areas = [self._label_area(index, to_screen) for index in range(len(self._panel_spans))]
        bounds = None
        if visible_area is not None:
            bounds = (visible_area.x(), visible_area.y(), visible_area.width(), visible_area.height())
        dots = [(c.x(), c.y()) for c in (to_screen(landmark.scenePos()) for landmark in shown)]
        groups: dict[tuple[int, str], list[LandmarkItem]] = {}
        for landmark in shown:
            groups.setdefault((landmark.figure_index, base_name(landmark.name)), []).append(landmark)
        for members in groups.values():
            named = False
            for landmark in members:
                offset = None
                if not named:
                    centre = to_screen(landmark.scenePos())
                    box = landmark.label.boundingRect()
                    request = LabelRequest(
                        (centre.x(), centre.y()),
                        (box.width(), box.height()),
                        landmark.label_side,
                        areas[landmark.figure_index],
                    )
                    (offset,) = place_labels([request], obstacles, bounds, dots=dots)
                landmark.label.setVisible(offset is not None)
                if offset is not None:  # the offset is for the label's box, which includes its backing
                    named = True
                    box = landmark.label.boundingRect()
                    landmark.label.setPos(offset[0] - box.x(), offset[1] - box.y())
                    obstacles.append((centre.x() + offset[0], centre.y() + offset[1], box.width(), box.height()))
