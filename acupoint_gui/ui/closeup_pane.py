"""The close-up beside the body figure (or in its place on a small screen), and its guide.

The pane shows a region's close-up with a point marked and the landmarks it is found from
named; "Find it" plays the point's find-it guide in the same place (← / → step, Esc leaves).
During a session the guide can come with a line saying the timer waits, and a button to start
pressing. The pane shows what it is told and says what the person did; it decides nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..model.find_it import FindIt
from ..model.guide_frames import Mark
from ..model.points import Point
from ..printing.side_captions import NO_CAPTIONS, SideCaptions
from .closeup_view import CloseupView
from .guide_player import GuidePlayer
from .theme import Theme


class CloseupPane(QWidget):
    closeRequested = Signal()  # back to the whole body
    findItRequested = Signal()  # play the guide of the point shown
    pointActivated = Signal(str, str)  # a marker on the close-up: code, side
    guideStepChanged = Signal(int, str)  # 0-based step, its words
    guideLeft = Signal()  # Esc, Done or Start pressing: the person is done with the guide
    reduceMotionChanged = Signal(bool)

    def __init__(
        self,
        find_it: FindIt,
        theme: Theme,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeupPane")
        self.find_it, self.theme, self.clock = find_it, theme, clock
        self.player: GuidePlayer | None = None
        self._can_find = False
        self.title = QLabel()
        self.title.setObjectName("closeupTitle")
        self.title.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title.setFont(bold)
        self.about = QLabel()  # the landmarks the point is found from
        self.about.setObjectName("closeupAbout")
        self.about.setWordWrap(True)
        self.find_button = QPushButton(self.tr("Find it"))
        self.find_button.setObjectName("closeupFindIt")
        self.find_button.setToolTip(self.tr("Show step by step how to find this point on your own body"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("guideDone")
        self.done_button.setToolTip(self.tr("Back to the close-up (Esc)"))
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeupClose")
        self.find_button.clicked.connect(self.findItRequested)
        self.done_button.clicked.connect(self.guideLeft)
        self.close_button.clicked.connect(self.closeRequested)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("guideBannerText")
        self.banner_text.setWordWrap(True)
        self.go_button = QPushButton()
        self.go_button.setObjectName("guideGo")
        self.go_button.clicked.connect(self.guideLeft)
        self.banner = QFrame()
        self.banner.setObjectName("guideBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.go_button)
        self.banner.hide()
        self.view = CloseupView(find_it.figures, find_it.markers, theme)
        self.view.pointActivated.connect(self.pointActivated)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.set_beside(False)
        self._guide_mode(False)

    # --- what is shown ------------------------------------------------------------------
    def show_closeup(
        self,
        view: str,
        side: str,
        *,
        title: str,
        chosen: str | None = None,
        chosen_side: str = "",
        found_from: Sequence[Mark] = (),
        about: str = "",
        can_find: bool = False,
        side_captions: SideCaptions = NO_CAPTIONS,
    ) -> None:
        """The close-up ``view`` (one side of a one-sided one), with ``chosen`` marked (on
        ``chosen_side`` only, when given) and the landmarks it is found from named; "Find it"
        is offered when ``can_find``. ``side_captions``: the words under it saying which side
        is which."""
        self.leave_guide()
        self.view.show_closeup(view, side)
        self.view.set_chosen(chosen, found_from, chosen_side)
        self.view.set_side_captions(side_captions)
        self.title.setText(title)
        self.about.setText(about)
        self._can_find = can_find
        self._guide_mode(False)

    def play_guide(
        self,
        point: Point,
        side: str,
        *,
        reduce_motion: bool,
        banner: str = "",
        go_label: str = "",
        side_captions: SideCaptions = NO_CAPTIONS,
    ) -> GuidePlayer:
        """Play ``point``'s guide here from its first step; with ``banner``, a line above it
        and a button (``go_label``) that ends the guide, instead of Done. ``side_captions``:
        the words under the close-up saying which side is which."""
        self._drop_player()
        player = GuidePlayer(self.find_it, point, side, self.theme, clock=self.clock, reduce_motion=reduce_motion)
        player.set_side_captions(side_captions)
        player.stepChanged.connect(self.guideStepChanged)
        player.reduceMotionChanged.connect(self.reduceMotionChanged)
        player.leaveRequested.connect(self.guideLeft)
        self.player = player
        self.stack.addWidget(player)
        self.stack.setCurrentWidget(player)
        self._guide_mode(True)
        self.show_banner(banner, go_label)
        player.setFocus(Qt.FocusReason.OtherFocusReason)
        self.guideStepChanged.emit(player.step, player.words.text())  # the first step, for the voice
        return player

    def show_banner(self, banner: str, go_label: str) -> None:
        """A line above the guide (the timer waits) and a button that ends the guide, in place
        of Done; ``""`` takes it away."""
        self.banner_text.setText(banner)
        self.go_button.setText(go_label)
        self.banner.setVisible(bool(banner) and self.player is not None)
        self.done_button.setVisible(self.player is not None and not banner)

    def leave_guide(self) -> None:
        """Back to the close-up (the guide is closed; no signal)."""
        if self.player is None:
            return
        had_focus = self.player.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self._drop_player()
        self.banner.hide()
        self._guide_mode(False)
        if had_focus:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def guide_playing(self) -> bool:
        return self.player is not None

    def set_side_captions(self, closeup: SideCaptions, guide: SideCaptions | None = None) -> None:
        """New words under the close-up and the guide playing (pressing for someone else was
        turned on or off)."""
        self.view.set_side_captions(closeup)
        if self.player is not None and guide is not None:
            self.player.set_side_captions(guide)

    def set_guide_note(self, text: str) -> None:
        if self.player is not None:
            self.player.set_note(text)

    def set_reduce_motion(self, on: bool) -> None:
        if self.player is not None:
            self.player.set_reduce_motion(on)

    def set_beside(self, beside: bool) -> None:
        """Beside the body figure the pane closes; in its place it gives the figure back."""
        self.close_button.setText(self.tr("Close") if beside else self.tr("Whole body"))
        self.close_button.setToolTip(
            self.tr("Close the close-up") if beside else self.tr("Show the whole body again, instead of the close-up")
        )

    # --- for the window's probe and tests -----------------------------------------------
    def shown_view(self) -> str:
        return self.view.view

    def chosen(self) -> str | None:
        return self.view.chosen

    def guide_step(self) -> int:
        return self.player.step if self.player is not None else -1

    def guide_words(self) -> str:
        return self.player.words.text() if self.player is not None else ""

    # --- inside -------------------------------------------------------------------------
    def _guide_mode(self, on: bool) -> None:
        self.about.setVisible(not on and bool(self.about.text()))
        self.title.setVisible(not on)  # the guide has its own heading
        self.find_button.setVisible(not on and self._can_find)
        self.done_button.setVisible(on)
        if not on:
            self.stack.setCurrentWidget(self.view)

    def _drop_player(self) -> None:
        if self.player is not None:
            self.player.timer.stop()
            self.stack.removeWidget(self.player)
            self.player.deleteLater()
            self.player = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.player is None:
            self.closeRequested.emit()  # Esc on the close-up: back to the whole body
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            bold = QFont(self.font())
            bold.setBold(True)
            bold.setPointSizeF(bold.pointSizeF() * 1.15)
            self.title.setFont(bold)
        super().changeEvent(event)
