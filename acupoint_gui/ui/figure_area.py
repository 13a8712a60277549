"""The middle of the window: the body figure and, once a close-up is shown, the close-up pane
beside it when there is room for both, or in its place when there is not (a small screen).

Made the first time a close-up is wanted, inside the window's middle (which until then holds
the body map alone: the first frame needs no splitter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:
    from .closeup_pane import CloseupPane

BESIDE_MIN_WIDTH = 820
"""Below this width (pixels) the close-up takes the body figure's place: side by side, each
would be narrower than about 410 px, too small to read either (1024×768 during a session)."""


class FigureArea(QSplitter):
    def __init__(self, body_map: QWidget, pane: CloseupPane, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("figureArea")
        self.setChildrenCollapsible(False)
        self.body_map, self.pane = body_map, pane
        self.addWidget(body_map)
        self.addWidget(pane)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        pane.hide()  # until show_pane
        self._wanted = False
        self._beside = False

    def show_pane(self) -> None:
        """The close-up pane in view: beside the figure if there is room, else in its place."""
        self._wanted = True
        self._arrange()

    def hide_pane(self) -> None:
        """The whole body again."""
        self._wanted = False
        self._arrange()

    def pane_shown(self) -> bool:
        return self._wanted

    def beside(self) -> bool:
        """Both the figure and the close-up are in view."""
        return self._wanted and self._beside

    def _arrange(self) -> None:
        beside = self.width() >= BESIDE_MIN_WIDTH
        changed = beside != self._beside
        self._beside = beside
        self.pane.setVisible(self._wanted)
        self.body_map.setVisible(not self._wanted or beside)
        self.pane.set_beside(beside)
        if self._wanted and beside and changed:
            half = self.width() // 2
            self.setSizes([half, self.width() - half])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._wanted and (self.width() >= BESIDE_MIN_WIDTH) != self._beside:
            self._arrange()
