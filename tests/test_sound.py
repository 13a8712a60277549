"""Sound cues and spoken prompts: the right sequence, and silence (not a crash) without audio."""

from __future__ import annotations

import enum
import io
import sys
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.app.sound import CuePlayer, cue_file
from acupoint_gui.model.cue_tones import CUES, tone_wav
from acupoint_gui.model.routines import Routine, RoutineStep
from acupoint_gui.model.step_wording import prompt, spoken_code

from .fakes import run_to_the_end, start_routine

ROUTINE = Routine("r", "R", None, "", (RoutineStep("BL23", 2), RoutineStep("CV6", 2), RoutineStep("GB30", 2)))


def test_cue_sequence_with_a_fake_audio_layer(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    played: list[str] = []
    monkeypatch.setattr(app.features.cues.player, "_play", played.append)
    run_to_the_end(app, ROUTINE)
    assert played == ["start", "switch", "next", "next", "switch", "done"]


def test_stopping_early_plays_no_done(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    played: list[str] = []
    monkeypatch.setattr(app.features.cues.player, "_play", played.append)
    start_routine(app, ROUTINE)
    app.runner.stop()
    assert played == ["start"]


def test_real_audio_layer_completes_even_without_a_device(qtbot: QtBot, app: Acupoint) -> None:
    notices: list[str] = []
    app.features.cues.player.unavailable.connect(notices.append)
    run_to_the_end(app, ROUTINE)
    assert app.features.cues.player.played == ["start", "switch", "next", "next", "switch", "done"]
    assert app.runner.state.value == "finished"
    assert len(notices) <= 1, "at most one notice, never one per cue"


def test_muted_plays_nothing_but_the_session_runs(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []
    player = app.features.cues.player

    def counting_load() -> dict[str, object]:
        loads.append(1)
        return {}

    monkeypatch.setattr(player, "_load_effects", counting_load)
    app.first.session_panel.sound.setChecked(False)
    assert app.settings.muted and player.muted
    run_to_the_end(app, ROUTINE)
    assert loads == [], "muted: no audio is even loaded"
    assert player.played[-1] == "done" and app.runner.state.value == "finished"


def test_generated_cues_are_short_distinct_wavs() -> None:
    lengths = set()
    for notes in CUES.values():
        with wave.open(io.BytesIO(tone_wav(notes))) as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
            seconds = wav.getnframes() / wav.getframerate()
            assert 0.1 < seconds < 1.0
            lengths.add(round(seconds, 2))
    assert len(lengths) >= 3


def test_spoken_prompts() -> None:
    assert spoken_code("BL23") == "Bladder 23" and spoken_code("GB30") == "Gallbladder 30"
    assert prompt("BL23", "Kidney Shu", "right", 30) == "Right side. Bladder 23, Kidney Shu. 30 seconds."
    assert prompt("CV6", "Sea of Energy", "midline", 120) == "Conception Vessel 6, Sea of Energy. 2 minutes."


def test_no_multimedia_module_one_notice_and_the_session_completes(
    app: Acupoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails as if not installed
    notices: list[str] = []
    app.features.cues.player.unavailable.connect(notices.append)
    run_to_the_end(app, ROUTINE)
    assert app.runner.state.value == "finished"
    assert app.features.cues.player.played == ["start", "switch", "next", "next", "switch", "done"]
    assert len(notices) == 1 and notices[0].startswith("Sound cues are off")
    assert app.window.notice() == notices[0]


def test_real_sound_effects_load_and_play_without_a_device(
    qtbot: QtBot, app: Acupoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend there is an output, so real QSoundEffects are made and played: no hang, no crash."""
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: ["a device"]))
    player = app.features.cues.player
    notices: list[str] = []
    player.unavailable.connect(notices.append)
    run_to_the_end(app, ROUTINE)
    assert app.runner.state.value == "finished" and player.played[-1] == "done"
    assert sorted(p.name.split("-")[1] for p in player.cache_dir.glob("cue-*.wav")) == sorted(CUES)
    assert len(notices) <= 1
    effect = player._load_effects()["done"]
    qtbot.waitUntil(lambda: effect.status() != effect.Status.Loading, timeout=5000)
    assert (effect.status() == effect.Status.Error) == bool(notices), "an effect that failed was reported"


class FakeEffect:
    class Status(enum.Enum):
        Ready = 1
        Error = 3

    def __init__(self, status: Status) -> None:
        self._status = status
        self.plays = 0

    def status(self) -> FakeEffect.Status:
        return self._status

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def play(self) -> None:
        self.plays += 1


def test_an_effect_in_error_is_reported_once_and_then_left_alone(tmp_path: Path, qtbot: QtBot) -> None:
    player = CuePlayer(tmp_path)
    good, bad = FakeEffect(FakeEffect.Status.Ready), FakeEffect(FakeEffect.Status.Error)
    player._effects = {"start": good, "next": bad, "done": good}
    with qtbot.waitSignal(player.unavailable) as notice:
        player.cue("start")
        player.cue("next")
    player.cue("done")
    player.cue("next")
    assert "could not be played" in notice.args[0]
    assert good.plays == 1, "after an error the session goes on silently"
    assert player.played == ["start", "next", "done", "next"]


def test_volume_and_mute_follow_the_settings(tmp_path: Path) -> None:
    player = CuePlayer(tmp_path)
    effect = FakeEffect(FakeEffect.Status.Ready)
    player._effects = {"start": effect}
    player.volume = 0.25
    player.cue("start")
    assert effect.volume == 0.25 and effect.plays == 1
    player.muted = True
    player.cue("start")
    assert effect.plays == 1 and player.played == ["start", "start"]


class FakeSpeech:
    class State(enum.Enum):
        Ready = 0
        Error = 3

    def __init__(self) -> None:
        self.said: list[str] = []

    def state(self) -> FakeSpeech.State:
        return FakeSpeech.State.Ready

    def setVolume(self, volume: float) -> None:
        pass

    def say(self, text: str) -> None:
        self.said.append(text)


def test_spoken_prompts_follow_the_session(app: Acupoint) -> None:
    player = app.features.cues.player
    speech = FakeSpeech()
    player._speech = speech
    app.first.session_panel.voice.setChecked(True)
    assert app.settings.speak_prompts
    run_to_the_end(app, Routine("r", "R", None, "", (RoutineStep("BL23", 30), RoutineStep("CV6", 60))))
    assert speech.said[0] == "Left side. Bladder 23, Kidney Shu. 30 seconds."
    assert speech.said[1] == "Switch to the right side."
    assert speech.said[2].startswith("Right side. Bladder 23")
    assert speech.said[3].startswith("Conception Vessel 6") and speech.said[3].endswith("one minute.")
    assert speech.said[-1] == "Well done. The routine is complete."


def test_no_speech_engine_one_notice(app: Acupoint, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    monkeypatch.setattr(app.features.cues.player, "_play", lambda name: None)
    notices: list[str] = []
    app.features.cues.player.unavailable.connect(notices.append)
    app.first.session_panel.voice.setChecked(True)
    run_to_the_end(app, ROUTINE)
    assert app.runner.state.value == "finished"
    assert len(notices) == 1 and notices[0].startswith("Spoken prompts are off")
    assert len(app.features.cues.player.spoken) >= 6, "prompts are still asked for, silently"


def test_cue_cache_stays_in_an_overridden_data_dir(isolated_user_data: Path) -> None:
    from acupoint_gui.app.user_folders import user_cache_dir

    assert user_cache_dir() == isolated_user_data / "cache"
    assert cue_file(isolated_user_data, "start").name.startswith("cue-start-")
