"""During a session: each step's close-up beside the body figure (in its place on a small
screen), and the find-it guide before the first press of each point.

The guide is offered only while the session is paused (and "Find it" asked for during a step
pauses it too, until "Go on pressing"): when a point's first step starts, the
session is paused at once (in the same turn of the event loop, so no pressing time is lost),
the guide plays with a line saying the timer waits, and "Start pressing" (or Esc, or the
session's own Resume) starts the step with all its time. Time spent reading the guide is
never pressing time, and no step is lost or shortened: the step stays the current one.
Whether to offer it is *Settings ▸ Show how to find each point* (model.guide_offer).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from ..model.guide_offer import GuideOffers, guide_offered
from ..model.points import Atlas, Side
from ..model.routines import SessionStep
from ..model.session_state import SessionState
from ..model.step_wording import spoken_step
from .closeup_presenter import CloseupPresenter
from .session_runner import SessionRunner
from .settings_keeper import SettingsKeeper


class SessionCloseupPresenter(QObject):
    def __init__(
        self,
        closeups: CloseupPresenter,
        runner: SessionRunner,
        settings: SettingsKeeper,
        atlas: Atlas,
        *,
        say: Callable[[str], None],
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.closeups, self.runner, self.settings, self.atlas = closeups, runner, settings, atlas
        self.say, self.today = say, today
        self.offers = GuideOffers()
        self.holding = False  # the session is paused for the guide (and resumes when it ends)
        self._step: SessionStep | None = None
        self._active = False
        self._shown_before = False  # the close-up was open when the session started
        self._closed_by_person = False  # closed during this session: offered on the map instead
        runner.stepStarted.connect(self._step_started)
        runner.stateChanged.connect(self._state_changed)
        closeups.guideStarted.connect(self._guide_started)
        closeups.guideLeft.connect(self._guide_left)
        closeups.paneClosed.connect(self._pane_closed)

    def _step_started(self, step: SessionStep, position: int, total: int) -> None:
        engine = self.runner.engine
        if engine is None or engine.position != step.position or not self.runner.is_active():
            return  # a late timer caught up past this step: only the current one is shown
        if not self._active:
            self._begin()
        self._step = step
        side = "" if step.side is Side.MIDLINE else step.side.value
        if self.offers.first_press(step.point) and guide_offered(self.settings.current, self.today()):
            self._offer_guide(step, side)
            return
        if self.holding:  # a step changed (skip, previous) while the guide held the session
            self.holding = False
            self.closeups.leave_guide()
            self.runner.toggle_pause()
        if self._closed_by_person and not self.closeups.shown():
            self.closeups.offer_point(step.point, side)  # one click away, on the map
        else:
            self._closed_by_person = False
            self.closeups.show_point(step.point, side)

    def _offer_guide(self, step: SessionStep, side: str) -> None:
        if self.runner.state is SessionState.RUNNING:
            self.runner.toggle_pause()  # before any time passes: the step keeps all its seconds
        self.holding = self._paused()
        point = self.atlas.point(step.point)
        banner = self.tr("Find {0} first: the timer waits until you start pressing.").format(point.code)
        if not self.closeups.find_it(step.point, side, banner=banner, go_label=self.tr("Start pressing")):
            self._resume()  # no close-ups to show (they could not be read): the session goes on

    def _guide_started(self, code: str) -> None:
        """Find it, asked for during a running step: the step's timer waits too."""
        if not self._active or self.holding or self.runner.state is not SessionState.RUNNING:
            return
        self.runner.toggle_pause()
        self.holding = self._paused()
        banner = self.tr("The timer waits while you find {0}.").format(code)
        self.closeups.show_guide_banner(banner, self.tr("Go on pressing"))

    def _paused(self) -> bool:
        return self.runner.state is SessionState.PAUSED

    def _guide_left(self) -> None:
        """Start pressing, Esc or Done: the step starts with all its time."""
        if self.holding:
            self._resume()

    def _resume(self) -> None:
        self.holding = False
        if self._paused():
            self.runner.toggle_pause()
            if self._step is not None:  # the step's words again, now that the timer runs
                self.say(spoken_step(self.atlas.point(self._step.point), self._step.side, self._step.seconds))

    def _state_changed(self, state: SessionState) -> None:
        if state is SessionState.RUNNING and self.holding:
            self.holding = False  # the person resumed (Space, Resume): the guide steps aside
            self.closeups.leave_guide()
        if not state.active and self._active:
            self._end()

    def _pane_closed(self) -> None:
        if self._active:
            self._closed_by_person = True
            if self.holding:
                self._resume()
            if self._step is not None:
                side = "" if self._step.side is Side.MIDLINE else self._step.side.value
                self.closeups.offer_point(self._step.point, side)

    def _begin(self) -> None:
        self._active = True
        self.offers = GuideOffers()
        self._shown_before = self.closeups.shown()
        self._closed_by_person = False

    def _end(self) -> None:
        self._active = False
        self.holding = False
        self._step = None
        self.closeups.offer_point("", "")
        self.closeups.leave_guide()
        if not self._shown_before and self.closeups.shown():
            self.closeups.close()
