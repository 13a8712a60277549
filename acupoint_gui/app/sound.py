"""Sound cues and spoken prompts. QtMultimedia and QtTextToSpeech load on first use only.

With no audio device, no PulseAudio library or no speech engine the session simply runs
silently: ``unavailable`` is emitted once with a message for the user, and nothing raises.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QUrl, Signal

from ..model.cue_tones import CUES, tone_wav
from ..model.languages import ENGLISH, LANGUAGES
from ..model.storage import atomic_write_bytes
from ..model.wording import current_language

# Qt's test engine: it "speaks" without a sound, so it is no voice for a user.
NOT_A_VOICE = frozenset({"mock"})


def voice_locale(locales: list[QLocale], language: str) -> QLocale | None:
    """The voice locale that speaks ``language`` ("zh_CN"): the same country first, then any."""
    wanted = QLocale(language)
    same = [locale for locale in locales if locale.language() == wanted.language()]
    same.sort(key=lambda locale: locale.territory() != wanted.territory())
    return same[0] if same else None


def cue_file(cache_dir: Path, name: str) -> Path:
    """Where cue ``name`` is cached; the name carries a hash of the notes, so a changed tone is remade."""
    digest = hashlib.sha1(repr(CUES[name]).encode(), usedforsecurity=False).hexdigest()[:8]
    return cache_dir / f"cue-{name}-{digest}.wav"


class CuePlayer(QObject):
    unavailable = Signal(str)

    def __init__(self, cache_dir: Path, parent: QObject | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        # The prompts are spoken in the model's language, by a voice of that language or not at all.
        self.language = language or current_language()
        self.no_voice_for_language = False  # an engine works, but has no voice for the language
        self.volume = 0.8
        self.muted = False
        self.speak_prompts = False
        self.played: list[str] = []  # every cue asked for, in order (also when silent)
        self.spoken: list[str] = []  # every prompt asked for, in order (also when silent)
        self._effects: dict[str, Any] | None = None
        self._speech: Any | None = None
        self._speech_failed = False
        self._audio_failed = False
        self._told = False

    # --- what works on this machine ---------------------------------------------------
    def sound_problem(self) -> str | None:
        """Why no sound can be played here (no multimedia library, no output), or None.

        Loads QtMultimedia: ask after the first frame, not before."""
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            return self.tr("Sound needs Qt's multimedia library, which could not be loaded.")
        if not QMediaDevices.audioOutputs():
            return self.tr("No sound output was found on this computer.")
        return None

    def voice_problem(self) -> str | None:
        """Why nothing can be spoken here (no speech engine), or None. An engine that is listed
        but fails when first used is reported then, through :attr:`unavailable`."""
        if self._speech_failed:
            return self.tr("The speech engine did not work.")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return self.tr("Speech needs Qt's text-to-speech library, which could not be loaded.")
        if not [e for e in QTextToSpeech.availableEngines() if e not in NOT_A_VOICE]:
            return self.tr("No speech engine was found on this computer (for example speech-dispatcher or flite).")
        if self.language != ENGLISH:  # an engine is there; does it speak the language?
            speech, problem = self._find_speech()
            self._speech = speech
            return problem
        return None

    def sound_works(self) -> bool:
        """False once playing failed on this machine (then the session goes on silently)."""
        return not self._audio_failed

    def voice_works(self) -> bool:
        return not self._speech_failed

    def _tell(self, message: str) -> None:
        if not self._told:
            self._told = True
            self.unavailable.emit(message)

    def _audio_broke(self, message: str) -> None:
        self._audio_failed = True
        self._tell(message)

    def _load_effects(self) -> dict[str, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                raise RuntimeError(self.tr("no audio output device was found"))
            for name, notes in CUES.items():
                path = cue_file(self.cache_dir, name)
                if not path.exists():
                    atomic_write_bytes(path, tone_wav(notes))
                effect = QSoundEffect(self)
                effect.statusChanged.connect(lambda effect=effect: self._check(effect))
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[name] = effect
        except (ImportError, RuntimeError, OSError) as exc:
            self._effects = {}
            self._audio_broke(self.tr("Sound cues are off: %1. The session runs silently.").replace("%1", str(exc)))
        return self._effects

    def _check(self, effect: Any) -> bool:
        """Whether ``effect`` can play: QSoundEffect reports a bad file or device later, as a status."""
        if effect.status() != effect.Status.Error:
            return True
        if not self._audio_failed:
            self._audio_broke(self.tr("Sound cues could not be played on this machine. The session runs silently."))
        return False

    def _play(self, name: str) -> None:
        """Play one cue (the low-level step; tests replace it)."""
        if self.muted or self._audio_failed:
            return
        effect = self._load_effects().get(name)
        if effect is None:
            return
        if not self._check(effect):
            return
        effect.setVolume(self.volume)
        effect.play()

    def cue(self, name: str) -> None:
        self.played.append(name)
        self._play(name)

    def _find_speech(self) -> tuple[Any | None, str | None]:
        """The first working speech engine, set to a voice of :attr:`language`; or None and why."""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return None, self.tr("Spoken prompts are off: Qt's text-to-speech library could not be loaded.")
        engines = [e for e in QTextToSpeech.availableEngines() if e not in NOT_A_VOICE]
        working = 0
        for engine in engines:
            speech = QTextToSpeech(engine, self)
            if speech.state() == QTextToSpeech.State.Error:
                speech.deleteLater()  # e.g. speechd installed but its service not running
                continue
            working += 1
            if self.language == ENGLISH:
                return speech, None
            locale = voice_locale(speech.availableLocales(), self.language)
            if locale is not None:
                speech.setLocale(locale)
                return speech, None
            speech.deleteLater()
        if working:
            self.no_voice_for_language = True
            language = LANGUAGES.get(self.language, self.language)
            return None, self.tr(
                "Steps are not spoken: no voice on this computer speaks %1 (a speech engine's voice for it, "
                "such as espeak-ng's, would)."
            ).replace("%1", language)
        if engines:
            return None, self.tr("Spoken prompts are off: no working speech engine was found.")
        return None, self.tr("Spoken prompts are off: no speech engine was found.")

    def _load_speech(self) -> Any | None:
        if self._speech is None and not self._speech_failed:
            self._speech, problem = self._find_speech()
            if self._speech is None:
                self._speech_failed = True
                self._tell(problem or "")
        return self._speech

    def say(self, text: str) -> None:
        if not self.speak_prompts or self.muted:
            return
        self.spoken.append(text)
        speech = self._load_speech()
        if speech is None:
            return
        if speech.state() == speech.State.Error:
            self._speech_failed, self._speech = True, None
            why = speech.errorString() or self.tr("the speech engine failed")
            self._tell(self.tr("Spoken prompts are off: %1.").replace("%1", why))
            return
        speech.setVolume(self.volume)
        speech.say(text)
