"""One Acupoint per user folder: a second start brings the first forward; a crash never blocks."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.single_instance import LOCK_NAME, REQUEST_NAME, SingleInstance

from .conftest import acknowledge_safety, python_env
from .cups_queue import wait_for


def test_a_second_copy_asks_the_first_to_show_itself(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.listen()
    with qtbot.waitSignal(first.showRequested, timeout=5000):
        second.ask_the_running_copy_to_show()
    assert not (tmp_path / REQUEST_NAME).exists(), "the request is used up"
    first.release()
    assert second.acquire(), "free again once the first copy has closed"
    second.release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_the_lock_of_a_killed_copy_does_not_block_the_next_start(tmp_path: Path) -> None:
    holder = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from acupoint_gui.app.single_instance import SingleInstance\n"
        "instance = SingleInstance(Path(sys.argv[1]))\n"
        "assert instance.acquire()\n"
        "print('locked', flush=True)\n"
        "time.sleep(600)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder, str(tmp_path)], env=python_env(), stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None and process.stdout.readline().strip() == "locked"
            assert not SingleInstance(tmp_path).acquire(), "held while its owner lives"
        finally:
            process.kill()  # SIGKILL: no chance to clean up
            process.wait(timeout=30)
    assert (tmp_path / LOCK_NAME).exists(), "a killed owner leaves its lock file behind"
    again = SingleInstance(tmp_path)
    assert again.acquire()
    again.release()


@pytest.mark.slow
def test_starting_the_app_twice_brings_the_first_window_forward(isolated_user_data: Path) -> None:
    acknowledge_safety(isolated_user_data)
    env = python_env() | {"QT_QPA_PLATFORM": "offscreen", "ACUPOINT_E2E_PROBE": str(isolated_user_data / "probe")}
    first = subprocess.Popen(
        [sys.executable, "-m", "acupoint_gui"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        wait_for((isolated_user_data / "probe").exists, 60, "the first window")
        second = subprocess.run(
            [sys.executable, "-m", "acupoint_gui"], env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        wait_for(lambda: not (isolated_user_data / REQUEST_NAME).exists(), 30, "the first copy to take the request")
        assert first.poll() is None, "the first copy is still running"
    finally:
        first.terminate()
        output, _ = first.communicate(timeout=30)
    assert "Traceback" not in output, output
