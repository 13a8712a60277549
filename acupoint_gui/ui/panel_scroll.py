"""A dock panel that scrolls rather than push the window off the screen.

A panel's minimum height sets its dock's minimum, and QMainWindow grows the whole window to
honour it: with a large system font the session panel alone (big countdown, breathing cue,
buttons) is taller than a laptop screen, and the window's bottom edge went off screen. In a
PanelScroll the panel keeps its own width (never scrolled sideways, never squeezed) and its
height may be less than the panel needs; then it scrolls up and down.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PanelScroll(QScrollArea):
    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own (there is nothing to see when it has focus); Tab goes to
        # the panel's controls, and the area scrolls to show the one that has focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(panel)

    def _scrollbar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the panel allows (room kept for the scroll bar); as short as a few lines."""
        panel = self.widget()
        width = panel.minimumSizeHint().width() + self._scrollbar_width() if panel is not None else 0
        return QSize(width, 4 * self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        """The panel's own preferred size, without QScrollArea's cap of 24 text lines."""
        panel = self.widget()
        return panel.sizeHint() if panel is not None else super().sizeHint()

    def height_wanted(self) -> int:
        """The height that shows the whole panel at its present width, without scrolling."""
        panel = self.widget()
        if panel is None:
            return 0
        if panel.hasHeightForWidth():
            return max(panel.heightForWidth(self.viewport().width()), panel.minimumSizeHint().height())
        return panel.sizeHint().height()
