"""User data is written whole or not at all, and damaged files are moved aside, never lost."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from acupoint_gui.model.history import History
from acupoint_gui.model.settings import Settings, SettingsStore
from acupoint_gui.model.storage import atomic_write_text, backup_corrupt

from .conftest import ROOT, python_env


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "routines.yaml"
    atomic_write_text(target, "old")
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["routines.yaml"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.json"
    atomic_write_text(target, "old")

    def broken_replace(self: Path, other: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_backup_names_have_a_timestamp_and_never_collide(tmp_path: Path) -> None:
    now = datetime(2026, 11, 24, 9, 30, 5)
    first = tmp_path / "history.sqlite3"
    first.write_text("a")
    assert backup_corrupt(first, now).name == "history.sqlite3.corrupt-20261124-093005"
    first.write_text("b")
    assert backup_corrupt(first, now).name == "history.sqlite3.corrupt-20261124-093005-1"
    assert not first.exists()


def test_sigkill_while_saving_never_leaves_a_partial_file(tmp_path: Path) -> None:
    version_a = tmp_path / "a.txt"
    version_b = tmp_path / "b.txt"
    version_a.write_text("A" * 200_000)
    version_b.write_text("B" * 300_000)
    target = tmp_path / "routines.yaml"
    target.write_text(version_a.read_text())
    for round_number in range(30):
        command = [sys.executable, str(ROOT / "tests" / "helpers" / "save_loop.py"), str(target)]
        with subprocess.Popen(
            [*command, str(version_a), str(version_b)], stdout=subprocess.PIPE, text=True, env=python_env()
        ) as process:
            assert process.stdout is not None
            wanted = 1 + round_number % 7  # kill after a varying number of saves
            for line in process.stdout:
                if int(line) >= wanted:
                    break
            process.kill()
            process.wait(timeout=10)
        content = target.read_text()
        assert content in (version_a.read_text(), version_b.read_text()), f"partial file after kill {round_number}"


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings, report = store.load()
    assert settings == Settings() and report is None
    store.update(pregnant=True, reminders=("08:00", "19:30"), volume=0.5)
    again, report = SettingsStore(tmp_path / "settings.json").load()
    assert report is None
    assert again.pregnant and again.reminders == ("08:00", "19:30") and again.volume == 0.5


def test_corrupt_settings_are_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{broken", encoding="utf-8")
    settings, report = SettingsStore(path).load()
    assert settings == Settings()
    assert report is not None and report.backup is not None and report.backup.exists()
    assert str(path) in report.message and not path.exists()


def test_a_bad_setting_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"volume": 7, "pregnant": true, "page_size": "A3", "future_option": 1}', encoding="utf-8")
    settings, report = SettingsStore(path).load()
    assert settings.pregnant is True
    assert settings.volume == Settings().volume and settings.page_size == "auto"
    assert report is not None and "volume" in report.message and "page_size" in report.message
    assert path.exists(), "a partly valid file is kept"


def fixed_clock() -> datetime:
    return datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def test_history_round_trip_and_csv(tmp_path: Path) -> None:
    history = History(tmp_path / "history.sqlite3", clock=fixed_clock)
    session = history.begin_session("r", "Routine", 4, pain_before=7)
    history.record_step(session, 4)
    history.finish_session(session, True, pain_after=3, note='stiff, then "better"\nsecond line')
    [record] = history.sessions()
    assert (record.completed_steps, record.finished, record.pain_before, record.pain_after) == (4, True, 7, 3)
    out = tmp_path / "history.csv"
    history.export_csv(out)
    with out.open(newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][0] == "started_at" and rows[1][8] == 'stiff, then "better"\nsecond line'
    with pytest.raises(ValueError, match="from 0 to 10"):
        history.begin_session("r", "Routine", 1, pain_before=11)
    with pytest.raises(ValueError, match="note is too long"):
        history.finish_session(session, True, None, "x" * 2001)


def test_killed_session_is_recorded_up_to_its_last_step(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "helpers" / "history_crash.py"), str(path)], env=python_env(), check=False
    )
    assert result.returncode == -9
    [record] = History(path).sessions()
    assert record.completed_steps == 3 and not record.finished and record.ended_at is None


def test_corrupt_history_is_moved_aside_and_a_new_one_works(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    history = History(path)
    assert history.report is not None and history.report.backup is not None
    assert history.report.backup.exists()
    history.begin_session("r", "Routine", 1, None)
    assert len(history.sessions()) == 1
