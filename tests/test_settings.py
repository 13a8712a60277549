"""Settings survive restarts; a damaged file costs defaults, never a crash or the other settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from acupoint_gui.model.settings import Settings, SettingsStore

CUSTOM = Settings(
    pregnant=True,
    reduced_motion=True,
    breathing_inhale=4.0,
    breathing_exhale=6.5,
    breathing_hold_in=1.0,
    breathing_hold_out=2.0,
    volume=0.25,
    muted=True,
    speak_prompts=True,
    large_print=True,
    page_size="Letter",
    reminders=("08:00", "19:30"),
    safety_acknowledged=True,
    show_landmarks=True,
    window_geometry="AdnQywADAAA=",
    window_state="AAAA/w==",
    last_routine="hip-low-back-five",
)


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings, report = SettingsStore(path).load()
    assert settings == Settings() and report is None
    assert settings.volume == 0.8 and settings.page_size == "auto" and settings.reminders == ()
    assert not path.exists(), "loading alone writes nothing"


def test_round_trip_of_every_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    SettingsStore(path).save(CUSTOM)
    settings, report = SettingsStore(path).load()
    assert report is None
    assert settings == CUSTOM
    text = path.read_text(encoding="utf-8")
    assert json.loads(text)["reminders"] == ["08:00", "19:30"]
    keys = [line.split('"')[1] for line in text.splitlines() if line.startswith('  "')]
    assert keys == sorted(keys) and len(keys) == len(Settings._fields), "sorted keys, indented by 2"


def test_update_saves_and_validates(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.load()
    updated = store.update(pregnant=True, reminders=["07:15"], breathing_inhale=4)
    assert updated.reminders == ("07:15",) and updated.breathing_inhale == 4.0
    assert SettingsStore(path).load()[0] == updated
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="volume"):
        store.update(volume=1.5)
    with pytest.raises(TypeError, match="colour"):
        store.update(colour="red")
    assert path.read_text(encoding="utf-8") == before and store.current == updated


@pytest.mark.parametrize("content", [b"{broken", b"[1, 2]", b"\xff\xfe not utf-8", b""])
def test_a_damaged_file_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, report = SettingsStore(path).load()
    assert settings == Settings()
    assert report is not None and report.backup is not None
    assert report.backup.read_bytes() == content and report.backup.name.startswith("settings.json.corrupt-")
    assert str(path) in report.message and str(report.backup) in report.message
    assert not path.exists()


def test_a_wrong_typed_setting_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = {"volume": "loud", "pregnant": True, "reminders": ["08:00"], "future_option": 1, "muted": 1}
    path.write_text(json.dumps(raw), encoding="utf-8")
    settings, report = SettingsStore(path).load()
    assert settings == Settings(pregnant=True, reminders=("08:00",))
    assert report is not None and report.backup is None
    assert "volume" in report.message and "muted" in report.message and str(path) in report.message
    assert "future_option" not in report.message, "unknown keys are a newer version's, not errors"
    assert json.loads(path.read_text(encoding="utf-8")) == raw, "a partly valid file is kept as it is"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("volume", 7),
        ("volume", True),
        ("breathing_inhale", 0),
        ("breathing_hold_out", 99.5),
        ("page_size", "A3"),
        ("reminders", ["25:00"]),
        ("reminders", "08:00"),
        ("window_geometry", "not base64!"),
        ("last_routine", None),
    ],
)
def test_out_of_range_values_fall_back_to_their_default(tmp_path: Path, name: str, value: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({name: value, "large_print": True}), encoding="utf-8")
    settings, report = SettingsStore(path).load()
    assert settings == Settings(large_print=True)
    assert report is not None and name in report.message


def test_unknown_keys_alone_are_not_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark", "volume": 0.5}', encoding="utf-8")
    settings, report = SettingsStore(path).load()
    assert report is None and settings.volume == 0.5


def test_an_update_that_changes_nothing_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    SettingsStore(path).save(CUSTOM)
    store = SettingsStore(path)
    store.load()
    inode = path.stat().st_ino  # an atomic save replaces the file, so a new inode means a write
    assert store.update(pregnant=True, volume=0.25) == CUSTOM
    assert path.stat().st_ino == inode
    store.update(pregnant=False)
    assert path.stat().st_ino != inode and SettingsStore(path).load()[0].pregnant is False

    fresh = tmp_path / "fresh.json"
    first_start = SettingsStore(fresh)
    first_start.load()
    first_start.update(pregnant=False)
    assert not fresh.exists(), "applying the defaults at a first start writes no file"


def test_a_partly_reset_file_is_written_clean_by_the_next_update(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": "loud", "pregnant": True}), encoding="utf-8")
    store = SettingsStore(path)
    settings, report = store.load()
    assert report is not None
    store.update(pregnant=True)  # no change, but the file still holds the bad volume
    assert json.loads(path.read_text(encoding="utf-8"))["volume"] == Settings().volume
    assert SettingsStore(path).load() == (settings, None)


def test_your_finger_widths_are_kept_and_checked(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.update(finger_measure="four-fingers", finger_millimetres=72.0, card_pixels=323.5)
    settings, report = SettingsStore(tmp_path / "settings.json").load()
    assert report is None
    assert (settings.finger_measure, settings.finger_millimetres, settings.card_pixels) == ("four-fingers", 72.0, 323.5)
    with pytest.raises(ValueError, match="finger_measure must be one of thumb, four-fingers"):
        store.update(finger_measure="toes")
    with pytest.raises(ValueError, match="card_pixels must be between 0 and 5000"):
        store.update(card_pixels=-1.0)
