"""Sound and voice follow the session: start, (switch sides, next point)…, done.

The session panel's Sound and Voice boxes say what the user wants; this presenter keeps them,
the settings and the player in step, and greys a box out, with the reason, when this computer
has no sound output or no speech engine, so nobody closes their eyes expecting a cue that
never comes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..model.points import Atlas, Side
from ..model.routines import SessionStep
from ..model.settings import Settings
from ..model.step_wording import SPOKEN_FINISHED, Presser, spoken_step, switch_text
from ..ui.session_panel import SessionPanel
from .session_runner import SessionRunner
from .settings_keeper import SettingsKeeper
from .sound import CuePlayer


class CuePresenter(QObject):
    notice = Signal(str)

    def __init__(
        self,
        player: CuePlayer,
        runner: SessionRunner,
        panel: SessionPanel,
        settings: SettingsKeeper,
        atlas: Atlas,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = player
        self.runner = runner
        self.panel = panel
        self.settings = settings
        self.atlas = atlas
        player.unavailable.connect(self._lost)
        runner.stepStarted.connect(self._step)
        runner.switchSides.connect(self._switch)
        runner.finished.connect(self._finished)
        panel.soundToggled.connect(lambda on: settings.update(muted=not on))
        panel.voiceToggled.connect(lambda on: settings.update(speak_prompts=on))
        panel.volumeChanged.connect(lambda volume: settings.update(volume=volume))
        self.apply_settings(settings.current)

    def apply_settings(self, settings: Settings) -> None:
        self.player.volume, self.player.muted = settings.volume, settings.muted
        self.player.speak_prompts = settings.speak_prompts
        self.panel.show_audio(sound=not settings.muted, voice=settings.speak_prompts, volume=settings.volume)

    def check_devices(self) -> None:
        """Grey out what this computer cannot do (loads the multimedia libraries: after the first frame)."""
        sound = self.player.sound_problem()
        if sound is not None:
            self.panel.set_sound_available(False, sound)
            return
        voice = self.player.voice_problem()
        if voice is not None:
            self.panel.set_voice_available(False, voice)

    def _lost(self, message: str) -> None:
        """Playing or speaking failed during a session: it goes on silently, and the boxes say so."""
        self.notice.emit(message)
        if not self.player.sound_works():
            self.panel.set_sound_available(False, message)
        elif not self.player.voice_works():
            self.panel.set_voice_available(False, message)

    def _step(self, step: SessionStep, position: int, total: int) -> None:
        steps = self.runner.steps
        after_switch = step.position > 0 and steps[step.position - 1].switch_sides_after
        if position == 1:
            self.player.cue("start")
        elif not after_switch:  # the right half of a point already had its "switch" cue
            self.player.cue("next")
        self.player.say(spoken_step(self.atlas.point(step.point), step.side, step.seconds, self._presser()))

    def _presser(self) -> Presser:
        return Presser.PARTNER if self.settings.current.partner_mode else Presser.SELF

    def _switch(self, code: str, side: Side) -> None:
        self.player.cue("switch")
        self.player.say(switch_text(side, self._presser(), self.atlas.point(code)))

    def _finished(self, completed: int, total: int, finished: bool) -> None:
        if finished:
            self.player.cue("done")
            self.player.say(SPOKEN_FINISHED)
