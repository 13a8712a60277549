"""A zoomable, pannable view of one figure scene, driven by mouse, touch or keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from ...model.points import Side
from .figure_scene import FigureScene, page_title
from .marker_item import MarkerItem

MIN_ZOOM = 0.6  # relative to "fit"
MAX_ZOOM = 12.0
ZOOM_STEP = 1.25


class MapView(QGraphicsView):
    """Signals say what the user did; the owner decides what it means."""

    markerActivated = Signal(str, Side)  # code, the person's side
    markerFocused = Signal(str)  # accessible name of the marker with keyboard focus
    cleared = Signal()
    shownChanged = Signal()  # zoomed or fitted (and scrolled, once followed): another part in view

    def __init__(self, scene: FigureScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.figure_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A viewport made here rather than asked for: PySide's first viewport() call works out the
        # returned widget's type by initialising every scroll-area class (about 7 ms at start-up).
        self._viewport = QWidget()
        self.setViewport(self._viewport)
        self._viewport.grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName(self.tr("Body map: %1").replace("%1", page_title(scene.page)))
        self.setAccessibleDescription(self.tr("Arrow keys or Tab move between points, Enter opens one, Escape clears."))
        self._zoom = 1.0  # relative to fit
        self._fitted = False
        self._laid_out_for: QTransform | None = None
        self._focus_index = -1
        self._press: QPoint | None = None
        self.session_active = False  # while a session runs, arrows and Esc belong to it

    def viewport(self) -> QWidget:
        return self._viewport

    def event(self, event: QEvent) -> bool:
        navigation = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Escape)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not self.session_active
            and event.key() in navigation
        ):
            event.accept()  # the map's own navigation wins over window shortcuts
            return True
        return super().event(event)

    # --- zoom -------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def fit(self) -> None:
        self.resetTransform()
        rect: QRectF = self.figure_scene.sceneRect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom = 1.0
        self._fitted = True
        self.layout_labels(again=False)
        self.shownChanged.emit()

    def layout_labels(self, *, again: bool = True) -> None:
        """Spread crowded markers and place the shown landmark labels for this zoom (both keep
        their size on screen; see :mod:`acupoint_gui.model.label_placement`).

        A view that is not on screen is laid out when it is shown (before that its size, and so
        its zoom, are not yet known); with ``again`` False, not for the zoom it was last laid out
        for (showing a window resizes and fits its views more than once)."""
        if not self.isVisible():
            self._laid_out_for = None
            return
        transform = self.viewportTransform()
        if not again and transform == self._laid_out_for:
            return
        self._laid_out_for = transform
        inverse, _ = transform.inverted()
        self.figure_scene.spread_markers(transform.map, inverse.map)
        # Labels near the figure's edge must not be cut off: keep them inside the whole figure
        # area as it is drawn at this zoom (scrolling then shows them all).
        area = transform.mapRect(self.figure_scene.sceneRect())
        self.figure_scene.layout_labels(transform.map, area)

    def zoom_by(self, factor: float, anchor_under_mouse: bool = True) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self._zoom * factor))
        factor = target / self._zoom
        if abs(factor - 1.0) < 1e-6:
            return
        self.setTransformationAnchor(
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if anchor_under_mouse
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.scale(factor, factor)
        self._zoom = target
        self._fitted = False
        self.layout_labels()
        self.shownChanged.emit()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP, anchor_under_mouse=False)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP, anchor_under_mouse=False)

    def shown_rect(self) -> QRectF:
        """The part of the scene in view."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def follow_scrolling(self) -> None:
        """Say ``shownChanged`` when the view is scrolled too (from the first close-up offer on:
        not at start-up, where nobody is listening yet)."""
        self.horizontalScrollBar().valueChanged.connect(self.shownChanged)
        self.verticalScrollBar().valueChanged.connect(self.shownChanged)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted or self._zoom == 1.0:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted and self._zoom == 1.0:
            self.fit()
        else:
            self.layout_labels(again=False)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            return super().wheelEvent(event)
        self.zoom_by(ZOOM_STEP ** (delta / 120.0))
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture) if isinstance(event, QGestureEvent) else None
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value())
            return True
        return super().viewportEvent(event)

    # --- mouse ------------------------------------------------------------------------
    def marker_at(self, pos: QPoint) -> MarkerItem | None:
        """The marker under ``pos``; where hit areas overlap, the one whose centre is nearest."""
        hits = [item for item in self.items(pos) if isinstance(item, MarkerItem)]
        if not hits:
            return None

        def distance(marker: MarkerItem) -> float:
            centre = self.mapFromScene(marker.scenePos())
            return float((centre.x() - pos.x()) ** 2 + (centre.y() - pos.y()) ** 2)

        return min(hits, key=distance)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        marker = self.marker_at(event.position().toPoint())
        if marker is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            event.accept()
            return
        self._press = None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton:
            marker = self.marker_at(event.position().toPoint())
            self._press = None
            if marker is not None:
                self._set_focus_index(self.figure_scene.markers.index(marker), announce=False)
                self.markerActivated.emit(marker.point.code, marker.marker.side)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # --- keyboard ---------------------------------------------------------------------
    def ordered_markers(self) -> list[MarkerItem]:
        return self.figure_scene.markers

    def focused_marker(self) -> MarkerItem | None:
        markers = self.ordered_markers()
        return markers[self._focus_index] if 0 <= self._focus_index < len(markers) else None

    def _set_focus_index(self, index: int, announce: bool = True) -> None:
        old = self.focused_marker()
        if old is not None:
            old.set_state(focus=False)
        self._focus_index = index
        marker = self.focused_marker()
        if marker is None:
            return
        marker.set_state(focus=True)
        self.ensureVisible(marker.sceneBoundingRect(), 40, 40)
        self.setAccessibleName(marker.accessible_name)
        if announce:
            self.markerFocused.emit(marker.accessible_name)

    def focus_point(self, code: str | None, side: Side | None = None) -> None:
        """The keyboard focus ring follows the selection: onto this point's marker (its side when
        given), or off when this view does not show the point. Nothing is announced: the
        selection already was."""
        markers = self.ordered_markers()
        found = -1
        if code is not None:
            for index, marker in enumerate(markers):
                if marker.point.code == code and (side in (None, Side.MIDLINE) or marker.marker.side == side):
                    found = index
                    break
        if found != self._focus_index:
            self._set_focus_index(found, announce=False)

    def move_focus(self, step: int) -> None:
        count = len(self.ordered_markers())
        if count:
            start = self._focus_index if self._focus_index >= 0 else (-1 if step > 0 else 0)
            self._set_focus_index((start + step) % count)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab moves between markers while the map has focus; it leaves the map after the last one.
        count = len(self.ordered_markers())
        at_edge = (next and self._focus_index == count - 1) or (not next and self._focus_index == 0)
        if count == 0 or at_edge:
            return super().focusNextPrevChild(next)
        self.move_focus(1 if next else -1)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.move_focus(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.move_focus(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            marker = self.focused_marker()
            if marker is not None:
                self.markerActivated.emit(marker.point.code, marker.marker.side)
        elif key == Qt.Key.Key_Escape:
            self._set_focus_index(-1)
            self.cleared.emit()
        else:
            return super().keyPressEvent(event)
        event.accept()
