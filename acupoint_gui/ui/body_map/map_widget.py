"""The body map: front and back side by side, side and sole views one click away."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from ...model.catalog import Catalog
from ..theme import Theme
from .figure_scene import PAGE_TITLES, PAGES, FigureScene, page_of_view
from .map_view import MapView
from .marker_item import MarkerItem


class BodyMapWidget(QTabWidget):
    pointActivated = Signal(str, str)  # code, side
    cleared = Signal()

    def __init__(self, catalog: Catalog, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self.setDocumentMode(True)
        self.views: dict[str, MapView] = {}
        for page in PAGES:
            view = MapView(FigureScene(catalog, page, theme))
            view.setObjectName(f"mapView-{page}")
            view.markerActivated.connect(self.pointActivated)
            view.cleared.connect(self.cleared)
            self.views[page] = view
            self.addTab(view, PAGE_TITLES[page])
        self._landmarks_visible = False
        self._emphasised: tuple[str, ...] = ()

    def markers(self) -> Iterator[MarkerItem]:
        for view in self.views.values():
            yield from view.figure_scene.markers

    def current_view(self) -> MapView:
        widget = self.currentWidget()
        assert isinstance(widget, MapView)
        return widget

    def show_page(self, page: str) -> MapView:
        view = self.views[page]
        self.setCurrentWidget(view)
        return view

    def _page_for(self, code: str, side: str | None) -> str | None:
        """The current page if it shows the point (on that side), else the first that does."""
        pages = [self.currentWidget()] + [v for v in self.views.values() if v is not self.currentWidget()]
        for view in pages:
            assert isinstance(view, MapView)
            for marker in view.figure_scene.markers:
                if marker.point.code == code and (side is None or marker.marker.side.value == side):
                    return view.figure_scene.page
        return None

    def select(self, code: str | None, side: str | None = None) -> None:
        """Mark a point as selected everywhere and bring a view that shows it forward."""
        for marker in self.markers():
            marker.set_state(selected=marker.point.code == code)
        if code is None:
            return
        page = self._page_for(code, side)
        if page is not None and page != self.current_view().figure_scene.page:
            self.show_page(page)

    def set_filter(self, codes: Collection[str] | None) -> None:
        """Dim every marker not in ``codes``; ``None`` shows all at full strength."""
        for marker in self.markers():
            marker.set_state(dimmed=codes is not None and marker.point.code not in codes)

    def set_current(self, code: str | None, side: str | None) -> None:
        """Follow a session: highlight this point on this side, dim the rest."""
        for marker in self.markers():
            is_current = (
                code is not None
                and marker.point.code == code
                and (side in (None, "midline") or marker.marker.side.value == side)
            )
            marker.set_state(current=is_current, dimmed=code is not None and not is_current)
        if code is not None:
            page = self._page_for(code, side)
            if page is not None and page != self.current_view().figure_scene.page:
                self.show_page(page)

    def set_warned(self, codes: Collection[str]) -> None:
        for marker in self.markers():
            marker.set_state(warn=marker.point.code in codes)

    def show_landmarks(self, visible: bool) -> None:
        self._landmarks_visible = visible
        self._refresh_landmarks()

    def emphasise_landmarks(self, names: Sequence[str]) -> None:
        self._emphasised = tuple(names)
        self._refresh_landmarks()

    def _refresh_landmarks(self) -> None:
        for view in self.views.values():
            view.figure_scene.show_landmarks(self._landmarks_visible, self._emphasised)

    def view_of_page(self, view_name: str) -> MapView:
        return self.views[page_of_view(view_name)]
