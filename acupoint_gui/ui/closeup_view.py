"""A regional close-up with its point markers: hover names a point, a click or Enter opens it.

The widget shows what it is given and says what the user did (``pointActivated``); it reads
no files and decides nothing. Markers are sized in cun, so they grow with the figure and never
overlap, at any size; each point's code is written beside its marker.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..model.closeups import closeup_title, marker_radius
from ..model.geometry import Figure, Marker
from ..model.guide_frames import Mark
from ..model.label_placement import LabelRequest, Rect, place_labels
from ..model.points import Side
from ..printing.closeup_figure import Colours, MarkerDrawn, Placement, draw_closeup, draw_markers
from ..printing.side_captions import SideCaptions, caption_boxes, caption_height, draw_side_captions
from .theme import FIGURE_CUE, FIGURE_FILL, FIGURE_OUTLINE, Theme


def closeup_colours(theme: Theme) -> Colours:
    """The close-up's colours in the app's theme (light or dark)."""
    backing = QColor(QPalette().color(QPalette.ColorRole.Base))
    backing.setAlpha(215)
    return Colours(
        marker=theme.marker,
        point=theme.current if not theme.dark else theme.selected,
        ring=theme.marker_ring,
        landmark=theme.landmark,
        text=theme.text,
        backing=backing,
    )


def recolouring(theme: Theme) -> tuple[tuple[str, str], ...]:
    """The figure's three colours, swapped for the theme's (as the body map does)."""
    return ((FIGURE_FILL, theme.figure_fill), (FIGURE_OUTLINE, theme.figure_outline), (FIGURE_CUE, theme.figure_cue))


class CloseupView(QWidget):
    pointActivated = Signal(str, str)  # code, side
    pointHovered = Signal(str)  # code, or "" when the pointer leaves a marker

    def __init__(
        self, figures: Mapping[str, Figure], markers: Sequence[Marker], theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeupView")
        self.figures = figures
        self._markers = tuple(markers)
        self.theme = theme
        self._colours = closeup_colours(theme)
        self.view = next(iter(figures))
        self.side = Side.RIGHT
        self.chosen: str | None = None
        self.chosen_side = ""
        self.found_from: tuple[Mark, ...] = ()  # the chosen point's landmarks, drawn and named
        self.side_captions = SideCaptions()  # which side is which, under the figure
        self.focus_index = -1
        self._placement: Placement | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(420, 380)

    # --- what is shown ------------------------------------------------------------------
    def show_closeup(self, view: str, side: str = "right") -> None:
        """Show a close-up; on a one-sided close-up, ``side`` says which (the left is mirrored)."""
        if view not in self.figures:
            raise KeyError(view)
        self.view, self.side = view, Side(side) if side in ("left", "right") else Side.RIGHT
        self.focus_index = -1
        self._placement = None
        self._describe()
        self.update()

    def set_chosen(self, code: str | None, found_from: Sequence[Mark] = (), side: str = "") -> None:
        """Mark the point ``code`` (only on ``side``, "left" or "right", when given);
        ``found_from``: the landmarks it is found from, to name."""
        self.chosen = code
        self.chosen_side = side
        self.found_from = tuple(found_from)
        self.update()

    def set_side_captions(self, captions: SideCaptions) -> None:
        """The words under the figure saying which side is which ("◂ Left", "Right ▸")."""
        self.side_captions = captions
        self._placement = None
        self.update()

    def is_chosen(self, marker: Marker) -> bool:
        return marker.code == self.chosen and (
            self.chosen_side in ("", marker.side.value) or marker.side is Side.MIDLINE
        )

    @property
    def figure(self) -> Figure:
        return self.figures[self.view]

    @property
    def mirrored(self) -> bool:
        return self.figure.mirrored and self.side is Side.LEFT

    def shown_markers(self) -> list[Marker]:
        """The markers of the close-up shown: on a one-sided close-up, those of the side shown."""
        markers = [m for m in self._markers if m.view == self.view]
        if self.figure.mirrored:
            markers = [m for m in markers if m.side is self.side]
        return markers

    def _describe(self) -> None:
        title = closeup_title(self.view)
        side = self.tr(" (left side)") if self.mirrored else self.tr(" (right side)") if self.figure.mirrored else ""
        self.setAccessibleName(self.tr("Close-up: {0}{1}").format(title, side))
        codes = ", ".join(dict.fromkeys(m.code for m in self.shown_markers()))
        self.setAccessibleDescription(
            self.tr("Points shown: {0}. Arrow keys move between them, Enter opens one.").format(codes)
        )

    # --- geometry -----------------------------------------------------------------------
    def _figure_rect(self) -> QRectF:
        """Where the figure is fitted: the widget, less a margin and the line of side words."""
        below = caption_height(self.side_captions, QFontMetricsF(self.font()))
        return QRectF(self.rect()).adjusted(6, 6, -6, -6 - below)

    def placement(self) -> Placement:
        from ..printing.closeup_figure import fit

        if self._placement is None or self._placement.drawn.size().isNull():
            self._placement = fit(self.figure, self._figure_rect())
        return self._placement

    def side_caption_boxes(self) -> list[tuple[str, QRectF]]:
        """Where the side words are drawn, each with its box (for painting and for tests)."""
        return caption_boxes(self.side_captions, self.placement().drawn, QFontMetricsF(self.font()))

    def marker_centre(self, marker: Marker) -> QPointF:
        return self.placement().map(marker.x, marker.y)

    def marker_radius(self) -> float:
        return marker_radius(self.figure) * self.placement().scale

    def marker_at(self, pos: QPointF) -> Marker | None:
        """The marker under ``pos`` (the nearest, within its radius and a little more)."""
        reach = max(self.marker_radius() * 1.25, 10.0)
        best, distance = None, reach
        for marker in self.shown_markers():
            centre = self.marker_centre(marker)
            d = math.hypot(centre.x() - pos.x(), centre.y() - pos.y())
            if d <= distance:
                best, distance = marker, d
        return best

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._placement = None
        super().resizeEvent(event)

    # --- drawing ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self._placement = draw_closeup(
            painter, self.figure, self._figure_rect(), mirrored=self.mirrored, recolour=recolouring(self.theme)
        )
        draw_side_captions(painter, self.side_caption_boxes(), self.font(), self._colours.text)
        markers = self.shown_markers()
        drawn = [MarkerDrawn(m.x, m.y, m.code, chosen=self.is_chosen(m)) for m in markers]
        draw_markers(painter, self._placement, drawn, self._colours)
        named = self._name_landmarks(painter, markers)
        self._label_codes(painter, markers, named)
        focused = self.focused_marker()
        if focused is not None and self.hasFocus():  # a dotted ring, apart from the chosen point's
            pen = painter.pen()
            pen.setColor(self._colours.text)
            pen.setStyle(Qt.PenStyle.DotLine)
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = self.marker_radius() * 1.9
            painter.drawEllipse(self.marker_centre(focused), r, r)
        painter.end()

    def _name_landmarks(self, painter: QPainter, markers: Sequence[Marker]) -> list[Rect]:
        """The chosen point's landmarks: a dot each, and its plain name beside it (once for a
        landmark on both sides), clear of every marker. Returns where the names went."""
        if not self.found_from:
            return []
        radius = self.marker_radius()
        dot = max(radius * 0.45, 4.0)
        anchors = [self.placement().map(mark.x, mark.y) for mark in self.found_from]
        obstacles: list[Rect] = [
            (c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for c in map(self.marker_centre, markers)
        ]
        obstacles += [(a.x() - dot * 2, a.y() - dot * 2, dot * 4, dot * 4) for a in anchors]
        painter.setPen(QPen(self._colours.ring, max(dot * 0.3, 1.0)))
        painter.setBrush(QBrush(self._colours.landmark))
        for anchor in anchors:
            painter.drawEllipse(anchor, dot, dot)
        metrics = QFontMetricsF(self.font())
        middle = self.placement().drawn.center().x()
        bounds = (0.0, 0.0, float(self.width()), float(self.height()))
        dots = [(a.x(), a.y()) for a in anchors]
        placed: list[Rect] = []
        named: set[str] = set()
        painter.setFont(self.font())
        for mark, anchor in zip(self.found_from, anchors, strict=True):
            if mark.name in named:
                continue  # a landmark felt on both sides is named once
            size = (metrics.horizontalAdvance(mark.label) + 8, metrics.height() + 2)
            prefer = "left" if anchor.x() < middle - dot else "right" if anchor.x() > middle + dot else "above"
            request = LabelRequest((anchor.x(), anchor.y()), size, prefer)
            (offset,) = place_labels([request], obstacles + placed, bounds, gap=dot * 2.5, dots=dots)
            if offset is None:
                continue
            box = QRectF(anchor.x() + offset[0], anchor.y() + offset[1], *size)
            placed.append((box.x(), box.y(), box.width(), box.height()))
            named.add(mark.name)
            painter.fillRect(box, self._colours.backing)
            painter.setPen(self._colours.text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mark.label)
        return placed

    def _label_codes(self, painter: QPainter, markers: Sequence[Marker], taken: Sequence[Rect] = ()) -> None:
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetricsF(font)
        radius = self.marker_radius()
        centres = [self.marker_centre(m) for m in markers]
        obstacles: list[Rect] = [(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for c in centres]
        obstacles += taken
        middle = self.placement().drawn.center().x()
        requests = [
            LabelRequest(
                (c.x(), c.y()),
                (metrics.horizontalAdvance(m.code) + 6, metrics.height()),
                "left" if c.x() < middle else "right",
            )
            for m, c in zip(markers, centres, strict=True)
        ]
        bounds = (0.0, 0.0, float(self.width()), float(self.height()))
        offsets = place_labels(requests, obstacles, bounds, gap=radius + 3, dots=[(c.x(), c.y()) for c in centres])
        painter.setFont(font)
        for request, offset, marker in zip(requests, offsets, markers, strict=True):
            if offset is None:
                continue
            box = QRectF(request.anchor[0] + offset[0], request.anchor[1] + offset[1], *request.size)
            painter.fillRect(box, self._colours.backing)
            painter.setPen(self._colours.text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), marker.code)

    # --- mouse and keyboard -------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        marker = self.marker_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if marker else Qt.CursorShape.ArrowCursor)
        self.pointHovered.emit(marker.code if marker else "")
        if marker is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self._tip(marker), self)
        else:
            QToolTip.hideText()

    def _tip(self, marker: Marker) -> str:
        side = (
            self.tr("on the midline") if marker.side is Side.MIDLINE else self.tr("{0} side").format(marker.side.value)
        )
        return f"{marker.code} ({side})"

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        marker = self.marker_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and marker is not None:
            self.focus_index = self.shown_markers().index(marker)
            self.pointActivated.emit(marker.code, marker.side.value)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focused_marker(self) -> Marker | None:
        markers = self.shown_markers()
        return markers[self.focus_index] if 0 <= self.focus_index < len(markers) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        markers = self.shown_markers()
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up) and markers:
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            start = self.focus_index if self.focus_index >= 0 else (-1 if step > 0 else 0)
            self.focus_index = (start + step) % len(markers)
            marker = markers[self.focus_index]
            self.setAccessibleName(f"{marker.code}, {self._tip(marker)}")
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (focused := self.focused_marker()) is not None:
            self.pointActivated.emit(focused.code, focused.side.value)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
