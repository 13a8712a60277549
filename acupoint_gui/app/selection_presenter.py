"""One selection: the figure, the point list and the point details always show the same point.

A point is chosen on the map, in the search list, by the search box's Enter, or by a session
reaching it; whichever it was, all three follow. During a session the step's point stands out
on the figure; when the session ends the figure shows the point the details show again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..model.points import Atlas, Point, Side
from ..model.routines import SessionStep
from ..model.search import SearchFilter
from ..model.settings import Settings
from ..ui.body_map import BodyMapWidget
from ..ui.detail_panel import DetailPanel
from ..ui.search_panel import SearchPanel


class SelectionPresenter(QObject):
    pointShown = Signal(str)  # the code now in the details

    def __init__(
        self,
        atlas: Atlas,
        body_map: BodyMapWidget,
        search: SearchPanel,
        details: DetailPanel,
        avoided_in_pregnancy: frozenset[str],
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.body_map = body_map
        self.search = search
        self.details = details
        self.avoided_in_pregnancy = avoided_in_pregnancy
        self._pregnant: bool | None = None
        body_map.pointActivated.connect(self.show_point)
        body_map.cleared.connect(self.clear)
        search.pointChosen.connect(self.show_point)
        search.filterChanged.connect(self._filter)

    def show_point(self, code: str, side: Side | None = None) -> None:
        point = self.atlas.find(code)
        if point is None:
            return
        self._show(point, side)
        self.pointShown.emit(point.code)

    def _show(self, point: Point, side: Side | None) -> None:
        self.body_map.select(point.code, side)
        self.body_map.emphasise_landmarks(point.landmarks_used)
        self.search.show_selected(point.code)
        self.details.show_point(point, side)

    def clear(self) -> None:
        self.body_map.select(None)
        self.search.show_selected(None)
        self.body_map.emphasise_landmarks(())
        self.details.show_point(None)

    def apply_settings(self, settings: Settings) -> None:
        """Points avoided in pregnancy are marked everywhere while "I am pregnant" is set."""
        if settings.pregnant == self._pregnant:
            return
        self._pregnant = settings.pregnant
        warned = self.avoided_in_pregnancy if settings.pregnant else frozenset()
        self.body_map.set_warned(warned)
        self.search.set_warned(set(warned))
        self.details.set_pregnant(settings.pregnant)

    def _filter(self, found: SearchFilter) -> None:
        self.body_map.set_filter(found.allowed())

    # --- following a session ----------------------------------------------------------
    def follow_step(self, step: SessionStep) -> None:
        """During a session only the step's point stands out, on the side being pressed."""
        point = self.atlas.point(step.point)
        self.body_map.select(None)
        self.body_map.set_current(point.code, step.side)
        self.body_map.emphasise_landmarks(point.landmarks_used)
        self.search.show_selected(point.code)
        self.details.show_point(point, None if step.side is Side.MIDLINE else step.side)

    def session_ended(self) -> None:
        """Back to one selection: the figure marks the point the details show."""
        self.body_map.set_current(None, None)
        point, side = self.details.shown_point(), self.details.shown_side()
        if point is None:
            self.clear()
        else:
            self._show(point, side)
