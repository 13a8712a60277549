"""Sound and voice follow the session: start, (switch sides, next point)…, done."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths

from ..model.cue_tones import prompt
from ..model.routines import SessionStep
from .sound import CuePlayer

if TYPE_CHECKING:
    from .controller import AppController


def cue_cache_dir(data_dir: Path) -> Path:
    """The platform's cache folder; inside the data folder when that is overridden (tests, portable use)."""
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if os.environ.get("ACUPOINT_DATA_DIR") or not cache:
        return data_dir / "cache"
    return Path(cache)


class CueWiring(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        self.app = app
        self.player = CuePlayer(cue_cache_dir(app.data_dir), self)
        self.player.unavailable.connect(self._notice)
        session = app.session
        session.stepStarted.connect(self._step)
        session.switchSides.connect(self._switch)
        session.finished.connect(self._finished)
        dock = app.session_dock
        dock.sound.toggled.connect(lambda on: self._set(muted=not on))
        dock.voice.toggled.connect(lambda on: self._set(speak_prompts=on))
        dock.volume.valueChanged.connect(lambda value: self._set(volume=value / 100))
        self.apply_settings()

    def apply_settings(self) -> None:
        s = self.app.settings
        self.player.volume, self.player.muted, self.player.speak_prompts = s.volume, s.muted, s.speak_prompts
        dock = self.app.session_dock
        for widget, value in ((dock.sound, not s.muted), (dock.voice, s.speak_prompts)):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        dock.volume.blockSignals(True)
        dock.volume.setValue(round(s.volume * 100))
        dock.volume.blockSignals(False)

    def _set(self, **changes: object) -> None:
        self.app.update_settings(**changes)
        self.apply_settings()

    def _step(self, step: SessionStep, position: int, total: int) -> None:
        steps = self.app.session.steps
        after_switch = step.position > 0 and steps[step.position - 1].switch_sides_after
        if position == 1:
            self.player.cue("start")
        elif not after_switch:  # the right half of a point already had its "switch" cue
            self.player.cue("next")
        point = self.app.catalog.atlas.point(step.point)
        self.player.say(prompt(point.code, point.name, step.side.value, step.seconds))

    def _switch(self, code: str, side: str) -> None:
        self.player.cue("switch")
        self.player.say(f"Switch to the {side} side.")

    def _finished(self, completed: int, total: int, finished: bool) -> None:
        if finished:
            self.player.cue("done")
            self.player.say("Well done. The routine is complete.")

    def _notice(self, message: str) -> None:
        self.app.window.statusBar().showMessage(message, 15000)
