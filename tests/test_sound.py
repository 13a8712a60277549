"""Sound cues and spoken prompts: the right sequence, and silence (not a crash) without audio."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.controller import AppController
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.model.cue_tones import CUES, prompt, spoken_code, tone_wav
from acupoint_gui.model.routines import Routine, RoutineStep

from .fakes import FakeClock


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[AppController]:
    controller = AppController(load_catalog())
    controller.session.clock = FakeClock()
    qtbot.addWidget(controller.window)
    yield controller
    controller.session.stop()


def run_to_the_end(app: AppController, routine: Routine) -> None:
    clock = app.session.clock
    assert isinstance(clock, FakeClock)
    app.session.start(routine)
    while app.session.state.value == "running":
        clock.now += 1.0
        app.session.poll()


ROUTINE = Routine("r", "R", None, "", (RoutineStep("BL23", 2), RoutineStep("CV6", 2), RoutineStep("GB30", 2)))


def test_cue_sequence_with_a_fake_audio_layer(app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
    played: list[str] = []
    monkeypatch.setattr(app.cue_wiring.player, "_play", played.append)
    run_to_the_end(app, ROUTINE)
    assert played == ["start", "switch", "next", "next", "switch", "done"]


def test_stopping_early_plays_no_done(app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
    played: list[str] = []
    monkeypatch.setattr(app.cue_wiring.player, "_play", played.append)
    app.session.start(ROUTINE)
    app.session.stop()
    assert played == ["start"]


def test_real_audio_layer_completes_even_without_a_device(qtbot: QtBot, app: AppController) -> None:
    notices: list[str] = []
    app.cue_wiring.player.unavailable.connect(notices.append)
    run_to_the_end(app, ROUTINE)
    assert app.cue_wiring.player.played == ["start", "switch", "next", "next", "switch", "done"]
    assert app.session.state.value == "finished"
    assert len(notices) <= 1, "at most one notice, never one per cue"


def test_muted_plays_nothing_but_the_session_runs(app: AppController, monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []
    player = app.cue_wiring.player
    monkeypatch.setattr(player, "_load_effects", lambda: loads.append(1) or {})
    app.session_dock.sound.setChecked(False)
    assert app.settings.muted and player.muted
    run_to_the_end(app, ROUTINE)
    assert loads == [], "muted: no audio is even loaded"
    assert player.played[-1] == "done" and app.session.state.value == "finished"


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
