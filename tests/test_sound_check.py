"""``acupoint-gui check-sound``: real cues load and play on a real (silent) sound server; else one line why."""

from __future__ import annotations

from .conftest import run_python
from .sound_server import pulse_server


def test_the_cues_load_and_play_on_a_sound_server() -> None:
    with pulse_server() as env:
        result = run_python("-m", "acupoint_gui", "check-sound", extra_env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Sound cues work: 4 cues loaded; the start cue played on Null Output")
    assert not result.stderr.strip(), "Qt's own messages are kept out of the terminal"


def test_without_a_sound_server_it_says_why_in_one_line() -> None:
    result = run_python("-m", "acupoint_gui", "check-sound", extra_env={"PULSE_SERVER": "unix:/nonexistent/socket"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("Sound cues are off: no audio output device was found")
    assert lines[0].endswith("Sessions still run, silently.")
