"""The real app, killed with SIGKILL in the middle of a session, keeps the steps it completed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from acupoint_gui.model.history import History

from .conftest import ROOT, python_env


def test_app_killed_mid_session_keeps_the_completed_steps(tmp_path: Path) -> None:
    env = python_env() | {"ACUPOINT_DATA_DIR": str(tmp_path)}
    with subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "helpers" / "app_session_crash.py")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if int(line) == 4:  # step 4 of 5 has started: three steps are complete
                break
        process.kill()
        process.wait(timeout=10)
    history = History(tmp_path / "history.sqlite3")
    [record] = history.sessions()
    history.close()
    assert record.routine_name == "Crash test" and record.total_steps == 5
    assert record.completed_steps == 3 and not record.finished and record.ended_at is None
