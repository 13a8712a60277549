"""User data is written whole or not at all, and damaged files are moved aside, never lost."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from acupoint_gui.model.storage import (
    atomic_write_bytes,
    atomic_write_text,
    atomic_writer,
    backup_corrupt,
    describe_write_error,
)

from .conftest import ROOT, python_env

SAVE_LOOP = ROOT / "tests" / "helpers" / "save_loop.py"


def names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "routines.yaml"
    atomic_write_text(target, "old")
    atomic_write_text(target, "new\r\nline")
    assert target.read_bytes() == b"new\r\nline", "text is written exactly, newlines untranslated"
    assert names(tmp_path) == ["routines.yaml"]


def test_atomic_write_creates_the_directory_and_a_private_file(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "data.bin"
    atomic_write_bytes(target, b"\x00\xff")
    assert target.read_bytes() == b"\x00\xff"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    target = tmp_path / "settings.json"
    atomic_write_text(target, "old")

    def broken(*_args: object) -> None:
        raise OSError(f"{step} failed")

    monkeypatch.setattr(os, step, broken)
    with pytest.raises(OSError, match=f"{step} failed"):
        atomic_write_text(target, "new")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert names(tmp_path) == ["settings.json"], "the temporary file was removed"


def test_backup_names_have_a_timestamp_and_never_collide(tmp_path: Path) -> None:
    now = datetime(2026, 11, 24, 9, 30, 5)
    path = tmp_path / "history.sqlite3"
    made = []
    for content in ("a", "b", "c"):
        path.write_text(content)
        made.append(backup_corrupt(path, now))
        assert not path.exists()
    assert [p.name for p in made] == [
        "history.sqlite3.corrupt-20261124-093005",
        "history.sqlite3.corrupt-20261124-093005-1",
        "history.sqlite3.corrupt-20261124-093005-2",
    ]
    assert [p.read_text() for p in made] == ["a", "b", "c"], "no backup overwrote another"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sigkill_while_saving_never_leaves_a_partial_file(tmp_path: Path) -> None:
    # Different lengths and line-numbered content: any truncation or mix of the two shows.
    version_a = "".join(f"A {i:07d}\n" for i in range(20_000))  # 200 KB
    version_b = "".join(f"B {i:07d}\n" for i in range(24_000))  # 240 KB
    (tmp_path / "a.txt").write_text(version_a)
    (tmp_path / "b.txt").write_text(version_b)
    work = tmp_path / "data"
    work.mkdir()
    target = work / "routines.yaml"
    target.write_text(version_a)
    seen: set[str] = set()
    for round_number in range(30):
        saves_before_kill = round_number % 7  # 0: killed during its very first save
        command = [sys.executable, str(SAVE_LOOP), str(target), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=python_env()
        ) as process:
            assert process.stdout is not None and process.stderr is not None
            assert process.stdout.readline() == "looping\n", process.stderr.read()
            for expected in range(1, saves_before_kill + 1):
                assert process.stdout.readline() == f"{expected}\n"
            os.kill(process.pid, signal.SIGKILL)
            assert process.wait(timeout=30) == -signal.SIGKILL
        content = target.read_text()
        assert content in (version_a, version_b), f"partial file after kill {round_number}"
        seen.add(content[0])
        # Temp files a kill left behind are allowed, but only under their own, distinct names.
        strays = [name for name in names(work) if name != target.name]
        assert all(name.startswith(".routines.yaml.") and name.endswith(".tmp") for name in strays), strays
    assert seen == {"A", "B"}, "the loop alternated between the versions"


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process may not write: a locked one, or /sys where the tests run as root."""
    if os.name == "posix" and os.geteuid() == 0:
        return Path("/sys")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    return locked


def test_a_folder_that_cannot_be_written_is_told_in_one_plain_sentence(tmp_path: Path) -> None:
    folder = unwritable_folder(tmp_path)
    target = folder / "acupoint-history.csv"
    before = names(folder)
    with pytest.raises(OSError) as caught, atomic_writer(target, text=True) as stream:
        stream.write("started_at\n")
    assert names(folder) == before, "no temporary file left behind"
    # /sys may be mounted read-only in a container: that reason is as plain
    reason = "the disk is read-only" if caught.value.errno == errno.EROFS else "permission denied"
    assert describe_write_error(target, caught.value) == (
        f"Acupoint cannot write to {target}: {reason}. Choose another folder."
    )


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (errno.EROFS, "the disk is read-only. Choose another folder."),
        (errno.ENOSPC, "the disk is full. Free some space or choose another folder."),
        (errno.ENOENT, "the folder does not exist. Choose another folder."),
        (errno.EISDIR, "there is a folder of that name. Choose another folder."),
        (errno.EIO, "input/output error. Choose another folder."),
    ],
)
def test_write_errors_name_the_chosen_file_and_the_reason_in_words(error: int, sentence: str) -> None:
    chosen = Path("/media/stick/history.csv")
    # The error names the temporary file; the sentence names the file the person chose.
    exc = OSError(error, os.strerror(error), "/media/stick/.history.csv.k2j4.tmp")
    text = describe_write_error(chosen, exc)
    assert text == f"Acupoint cannot write to {chosen}: {sentence}"
    assert ".tmp" not in text and "Errno" not in text and "Error" not in text


def test_a_streamed_write_that_fails_half_way_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    atomic_write_text(target, "old")
    with pytest.raises(RuntimeError), atomic_writer(target, text=True) as stream:
        stream.write("new, half")
        raise RuntimeError("stopped half way")
    assert target.read_text() == "old"
    assert names(tmp_path) == ["history.csv"], "the temporary file was removed"
