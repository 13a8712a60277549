"""``acupoint-gui check-sound``: can this computer play the session's sound cues? If not, why not.

It loads Qt's sound module, finds the audio output, loads every cue as the app does (a
QSoundEffect per cue) and plays the start cue: one line says it worked, or what is missing.
No window is opened.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from .model.cue_tones import CUES, tone_wav

LOAD_TIMEOUT_MS = 10_000
PLAY_TIMEOUT_MS = 5_000


def add_check_sound_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "check-sound",
        help="check that the sound cues load and play on this computer",
        description="Load Acupoint's sound cues and play the start cue; say what is missing if they cannot play.",
    )
    parser.set_defaults(handler=check_sound)


# Qt's own warnings, kept out of the terminal and quoted when they explain a failure.
_qt_warnings: list[str] = []


def _off(reason: str) -> int:
    said = [line for line in _qt_warnings if "symbolsresolver" not in line and "FFmpeg version" not in line]
    detail = f" (Qt said: {said[-1]})" if said else ""
    print(f"Sound cues are off: {reason}{detail}. Sessions still run, silently.", file=sys.stderr)
    return 1


def _keep_qt_message(kind: Any, context: Any, message: str) -> None:
    _qt_warnings.append(message.strip())


def check_sound(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl, qInstallMessageHandler

    qInstallMessageHandler(_keep_qt_message)
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:  # e.g. libpulse0 missing
        return _off(f"Qt's sound module cannot be loaded ({exc})")
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    output = QMediaDevices.defaultAudioOutput()
    if output.isNull():
        return _off("no audio output device was found")
    with tempfile.TemporaryDirectory(prefix="acupoint-sound-") as folder:
        effects = []
        for name, notes in CUES.items():
            path = Path(folder) / f"{name}.wav"
            path.write_bytes(tone_wav(notes))
            effect = QSoundEffect(output)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effects.append((name, effect))
        loop = QEventLoop()
        settled = (QSoundEffect.Status.Ready, QSoundEffect.Status.Error)

        def check() -> None:
            if all(effect.status() in settled for _, effect in effects):
                loop.quit()

        for _, effect in effects:
            effect.statusChanged.connect(check)
        QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
        if not all(effect.status() in settled for _, effect in effects):
            loop.exec()
        failed = [name for name, effect in effects if effect.status() != QSoundEffect.Status.Ready]
        if failed:
            return _off(f"the cues ({', '.join(failed)}) could not be loaded for {output.description()}")
        start = effects[0][1]
        start.playingChanged.connect(lambda: None if start.isPlaying() else loop.quit())
        QTimer.singleShot(PLAY_TIMEOUT_MS, loop.quit)
        start.play()
        loop.exec()
    print(f"Sound cues work: {len(effects)} cues loaded; the start cue played on {output.description()}.")
    return 0
