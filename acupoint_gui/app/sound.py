"""Sound cues and spoken prompts. QtMultimedia and QtTextToSpeech load on first use only.

With no audio device, no PulseAudio library or no speech engine the session simply runs
silently: ``unavailable`` is emitted once with a message for the user, and nothing raises.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from ..model.cue_tones import CUES, tone_wav


class CuePlayer(QObject):
    unavailable = Signal(str)

    def __init__(self, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.volume = 0.8
        self.muted = False
        self.speak_prompts = False
        self.played: list[str] = []  # every cue asked for, in order (also when silent)
        self._effects: dict[str, Any] | None = None
        self._speech: Any | None = None
        self._speech_failed = False
        self._audio_failed = False
        self._told = False

    def _tell(self, message: str) -> None:
        if not self._told:
            self._told = True
            self.unavailable.emit(message)

    def _load_effects(self) -> dict[str, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                raise RuntimeError("no audio output device")
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            for name, notes in CUES.items():
                path = self.cache_dir / f"cue-{name}.wav"
                if not path.exists():
                    path.write_bytes(tone_wav(notes))
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[name] = effect
        except (ImportError, RuntimeError, OSError) as exc:
            self._audio_failed = True
            self._effects = {}
            self._tell(f"Sound cues are off: {exc}. The session runs silently.")
        return self._effects

    def _play(self, name: str) -> None:
        """Play one cue (the low-level step; tests replace it)."""
        if self.muted or self._audio_failed:
            return
        effect = self._load_effects().get(name)
        if effect is None:
            return
        if effect.status() == effect.Status.Error:
            self._audio_failed = True
            self._tell("Sound cues could not be played on this machine. The session runs silently.")
            return
        effect.setVolume(self.volume)
        effect.play()

    def cue(self, name: str) -> None:
        self.played.append(name)
        self._play(name)

    def say(self, text: str) -> None:
        if not self.speak_prompts or self.muted or self._speech_failed:
            return
        if self._speech is None:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                if not QTextToSpeech.availableEngines():
                    raise RuntimeError("no speech engine is installed")
                self._speech = QTextToSpeech(self)
            except (ImportError, RuntimeError, OSError) as exc:
                self._speech_failed = True
                self._tell(f"Spoken prompts are off: {exc}.")
                return
        self._speech.setVolume(self.volume)
        self._speech.say(text)
