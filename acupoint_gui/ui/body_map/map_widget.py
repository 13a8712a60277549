"""The body map: front and back side by side, side and sole views one click away.

The side and sole pages are built the first time they are needed, so start-up only pays for
the page people see first. What the map shows (selection, search filter, the session's
current point, warnings, landmarks) is kept here and applied to every page, old or new.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...model.catalog import Catalog
from ...model.points import Side
from ..theme import Theme
from .figure_scene import PAGES, FigureScene, page_of_view, page_title
from .map_view import MapView
from .marker_item import MarkerItem


class BodyMapWidget(QTabWidget):
    pointActivated = Signal(str, Side)  # code, the person's side
    cleared = Signal()
    partInView = Signal(str, str, QRectF)  # figure view, side shown ("both", "right", "left"), its part in view
    closeupOfferTaken = Signal()  # the offered close-up's button was pressed

    def __init__(self, catalog: Catalog, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self.setDocumentMode(True)
        self.catalog = catalog
        self.theme = theme
        self._views: dict[str, MapView] = {}
        self._holders: dict[str, QWidget] = {}
        self._selected: str | None = None
        self._selected_side: Side | None = None
        self._filter: set[str] | None = None
        self._current: tuple[str, Side | None] | None = None
        self._warned: set[str] = set()
        self._warning_key: QLabel | None = None
        self._landmarks_visible = False
        self._emphasised: tuple[str, ...] = ()
        self.session_active = False
        self._offer: QPushButton | None = None  # "Show close-up: …", made when first offered
        self._watching = False  # partInView is said once someone follows it (after the first frame)
        for page in PAGES:
            holder = QWidget()
            holder.setObjectName(f"mapPage-{page}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[page] = holder
            self.addTab(holder, page_title(page))
        self.currentChanged.connect(lambda index: self._page_shown(self._ensure(list(PAGES)[index])))
        self._ensure("front-back")

    # --- pages ----------------------------------------------------------------------
    def _ensure(self, page: str) -> MapView:
        view = self._views.get(page)
        if view is not None:
            return view
        view = MapView(FigureScene(self.catalog, page, self.theme))
        view.setObjectName(f"mapView-{page}")
        view.markerActivated.connect(self.pointActivated)
        view.cleared.connect(self.cleared)
        if self._watching:
            self._watch(view)
        view.session_active = self.session_active
        view.focus_point(self._selected, self._selected_side)
        layout = self._holders[page].layout()
        assert layout is not None
        layout.addWidget(view)
        self._views[page] = view
        self._apply(view.figure_scene.markers)
        self._show_landmarks_on(view)
        return view

    @property
    def views(self) -> dict[str, MapView]:
        """Every page's view (building any not made yet)."""
        return {page: self._ensure(page) for page in PAGES}

    def built_views(self) -> list[MapView]:
        return list(self._views.values())

    def markers(self) -> Iterator[MarkerItem]:
        """The markers of the pages built so far."""
        for view in self._views.values():
            yield from view.figure_scene.markers

    def current_view(self) -> MapView:
        return self._ensure(list(PAGES)[max(self.currentIndex(), 0)])

    def show_page(self, page: str) -> MapView:
        view = self._ensure(page)
        self.setCurrentWidget(self._holders[page])
        return view

    def set_session_active(self, active: bool) -> None:
        self.session_active = active
        for view in self._views.values():
            view.session_active = active

    def _page_for(self, code: str, side: Side | None) -> str | None:
        """The current page if it shows the point (on that side), else the first that does."""
        pages = {
            page_of_view(m.view)
            for m in self.catalog.markers_of(code)
            if side in (None, Side.MIDLINE) or m.side == side
        }
        current = list(PAGES)[max(self.currentIndex(), 0)]
        if current in pages:
            return current
        return next((page for page in PAGES if page in pages), None)

    # --- a close-up for the part in view ---------------------------------------------
    def follow_part_in_view(self) -> None:
        """Say :attr:`partInView` whenever another part of a figure comes into view (zoom,
        scroll, another page), from now on."""
        if not self._watching:
            self._watching = True
            for view in self._views.values():
                self._watch(view)

    def _watch(self, view: MapView) -> None:
        view.follow_scrolling()
        view.shownChanged.connect(lambda: self._tell_part_in_view(view))

    def _page_shown(self, view: MapView) -> None:
        if self._watching:
            self._tell_part_in_view(view)

    def _tell_part_in_view(self, view: MapView) -> None:
        if view is not self._views.get(list(PAGES)[max(self.currentIndex(), 0)]):
            return
        part = view.figure_scene.figure_part(view.shown_rect())
        if part is None:
            self.partInView.emit("", "", QRectF())
        else:
            self.partInView.emit(*part)

    def offer_closeup(self, text: str) -> None:
        """A button over the figure's top right corner (``text`` on it) offering a close-up;
        ``""`` takes it away."""
        if not text:
            if self._offer is not None:
                self._offer.hide()
            return
        if self._offer is None:
            self._offer = QPushButton(self)
            self._offer.setObjectName("closeupOffer")
            self._offer.clicked.connect(self.closeupOfferTaken)
        self._offer.setText(text)
        self._offer.adjustSize()
        self._place_offer()
        self._offer.show()
        self._offer.raise_()

    def closeup_offer(self) -> str:
        """The close-up offered over the figure ("" when none is)."""
        return self._offer.text() if self._offer is not None and not self._offer.isHidden() else ""

    def _place_offer(self) -> None:
        if self._offer is not None:
            top = self.tabBar().height() + 8
            self._offer.move(max(self.width() - self._offer.width() - 16, 0), top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_offer()

    # --- what the markers show --------------------------------------------------------
    def _apply(self, markers: Iterator[MarkerItem] | list[MarkerItem]) -> None:
        for marker in markers:
            code = marker.point.code
            current = self._current is not None and code == self._current[0]
            if current and self._current is not None and self._current[1] not in (None, Side.MIDLINE):
                current = marker.marker.side == self._current[1]
            dimmed = (self._current is not None and not current) or (
                self._current is None and self._filter is not None and code not in self._filter
            )
            marker.set_state(selected=code == self._selected, current=current, dimmed=dimmed, warn=code in self._warned)

    def select(self, code: str | None, side: Side | None = None) -> None:
        """Mark a point as selected everywhere and bring a view that shows it forward; the
        keyboard focus ring moves with it (one selection, never a ring left on another point)."""
        self._selected = code
        self._selected_side = side
        self._apply(list(self.markers()))
        for view in self._views.values():
            view.focus_point(code, side)
        if code is None:
            return
        page = self._page_for(code, side)
        if page is not None:
            self.show_page(page)

    def set_filter(self, codes: Collection[str] | None) -> None:
        """Dim every marker not in ``codes``; ``None`` shows all at full strength."""
        self._filter = set(codes) if codes is not None else None
        self._apply(list(self.markers()))

    def set_current(self, code: str | None, side: Side | None) -> None:
        """Follow a session: highlight this point on this side, dim the rest."""
        self._current = (code, side) if code is not None else None
        if code is not None:
            page = self._page_for(code, side)
            if page is not None:
                self.show_page(page)
        self._apply(list(self.markers()))

    def set_warned(self, codes: Collection[str]) -> None:
        """Mark these points as diamonds (avoided in pregnancy), with a key beside the tabs."""
        self._warned = set(codes)
        self._apply(list(self.markers()))
        self._show_warning_key(bool(self._warned))

    def _show_warning_key(self, shown: bool) -> None:
        if shown and self._warning_key is None:
            key = QLabel(self.tr("◆ diamond: traditionally avoided in pregnancy"))
            key.setObjectName("pregnancyKey")
            key.setToolTip(self.tr("Settings ▸ I am pregnant is on: these points are left out of sessions."))
            key.setContentsMargins(8, 0, 8, 0)
            self.setCornerWidget(key, Qt.Corner.TopRightCorner)
            self._warning_key = key
        if self._warning_key is not None:
            self._warning_key.setVisible(shown)

    def warning_key(self) -> str:
        """The key's words while it is shown, else ``""``."""
        key = self._warning_key
        return key.text() if key is not None and not key.isHidden() else ""

    def show_landmarks(self, visible: bool) -> None:
        self._landmarks_visible = visible
        self._refresh_landmarks()

    def emphasise_landmarks(self, names: Sequence[str]) -> None:
        self._emphasised = tuple(names)
        self._refresh_landmarks()

    def _refresh_landmarks(self) -> None:
        for view in self._views.values():
            self._show_landmarks_on(view)

    def _show_landmarks_on(self, view: MapView) -> None:
        view.figure_scene.show_landmarks(self._landmarks_visible, self._emphasised)
        view.layout_labels()  # labels are placed for the view's zoom
