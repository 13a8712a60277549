"""The voice speaks the window's language, with a voice of that language, or not at all (issue 18)."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QLocale, QObject

from acupoint_gui.app import sound
from acupoint_gui.app.sound import CuePlayer, voice_locale


class FakeSpeech(QObject):
    """A speech engine whose voices speak ``LOCALES``."""

    LOCALES: ClassVar[list[QLocale]] = []

    class State:
        Ready = 0
        Error = 3

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale: QLocale | None = None

    @staticmethod
    def availableEngines() -> list[str]:
        return ["fake"]

    def state(self) -> int:
        return self.State.Ready

    def availableLocales(self) -> list[QLocale]:
        return list(self.LOCALES)

    def setLocale(self, locale: QLocale) -> None:
        self.locale = locale


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> type[FakeSpeech]:
    module: Any = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = FakeSpeech
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    return FakeSpeech


def test_a_chinese_voice_is_chosen_when_the_engine_has_one(
    qapp: object, tmp_path: Path, fake_engine: type[FakeSpeech], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fake_engine, "LOCALES", [QLocale("en_US"), QLocale("zh_TW"), QLocale("zh_CN")])
    player = CuePlayer(tmp_path, language="zh_CN")
    assert player.voice_problem() is None
    speech = player._load_speech()
    assert isinstance(speech, FakeSpeech) and speech.locale is not None
    assert speech.locale.name() == "zh_CN", "the country's own voice before another Chinese one"


def test_without_a_chinese_voice_the_voice_is_off_in_chinese_and_says_why(
    qapp: object, tmp_path: Path, fake_engine: type[FakeSpeech], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fake_engine, "LOCALES", [QLocale("en_US"), QLocale("fi_FI")])
    chinese = CuePlayer(tmp_path, language="zh_CN")
    problem = chinese.voice_problem()
    assert problem is not None and "中文" in problem and "no voice on this computer speaks" in problem
    assert chinese.no_voice_for_language
    assert CuePlayer(tmp_path, language="en").voice_problem() is None, "English has its voice"


def test_qts_own_test_engine_has_no_chinese_voice(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's real "mock" engine (English, Norwegian and Finnish voices), let through as a voice."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed")
    monkeypatch.setattr(sound, "NOT_A_VOICE", frozenset())
    notices: list[str] = []
    player = CuePlayer(tmp_path, language="zh_CN")
    player.unavailable.connect(notices.append)
    player.speak_prompts = True
    player.say("右侧。")
    assert len(notices) == 1 and "no voice on this computer speaks" in notices[0]


def test_the_session_panel_says_why_the_voice_is_off_in_chinese(
    app: Any, fake_engine: type[FakeSpeech], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: ["a device"]))
    monkeypatch.setattr(fake_engine, "LOCALES", [QLocale("en_GB")])
    app.features.cues.player.language = "zh_CN"
    app.features.cues.check_devices()
    panel = app.first.session_panel
    assert panel.sound.isEnabled() and not panel.voice.isEnabled()
    assert "no voice on this computer speaks" in panel.audio_notice.text()


def test_the_voice_locale_prefers_the_same_country() -> None:
    locales = [QLocale("zh_TW"), QLocale("en_GB"), QLocale("zh_CN")]
    chosen = voice_locale(locales, "zh_CN")
    assert chosen is not None and chosen.name() == "zh_CN"
    assert voice_locale([QLocale("en_GB")], "zh_CN") is None
