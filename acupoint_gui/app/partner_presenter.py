"""Pressing for someone else: the presser's view of each point in the session panel.

The steps' words follow the setting where they are made (the session, the voice); this
presenter shows, for a point on the back or the front, the figure as the presser sees it from
where they stand, with the pressed person's side marked. Nothing here runs unless the setting
is on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..model.catalog import Catalog
from ..model.routines import SessionStep
from ..model.settings import Settings
from ..model.step_wording import presser_facing
from ..ui.session_panel import SessionPanel
from .settings_keeper import SettingsKeeper

if TYPE_CHECKING:
    from ..ui.presser_view import PresserView


class PartnerPresenter(QObject):
    def __init__(
        self, panel: SessionPanel, catalog: Catalog, settings: SettingsKeeper, *, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.catalog = catalog
        self.settings = settings
        self.view: PresserView | None = None

    def show_step(self, step: SessionStep) -> None:
        """A step began: show the presser's view of its point, when pressing for someone."""
        point = self.catalog.atlas.point(step.point)
        facing = presser_facing(point)
        if not self.settings.current.partner_mode or not facing:
            self.panel.show_step_figure(False)
            return
        marker = next(
            (m for m in self.catalog.markers if m.code == point.code and m.view == facing and m.side is step.side), None
        )
        if marker is None:
            self.panel.show_step_figure(False)
            return
        if self.view is None:
            from ..ui.presser_view import PresserView

            self.view = PresserView(self.catalog.figures)
            self.panel.set_step_figure(self.view)
        self.view.show_marker(marker)
        self.panel.show_step_figure(True)

    def apply_settings(self, settings: Settings) -> None:
        if not settings.partner_mode:
            self.panel.show_step_figure(False)
