"""The application opens no network connection, ever: checked with strace on real processes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .conftest import acknowledge_safety, python_env, require_tool


def connections(log: Path) -> list[str]:
    """connect() calls to anything but local (Unix) sockets."""
    calls = [line for line in log.read_text().splitlines() if "connect(" in line]
    return [line for line in calls if re.search(r"AF_INET6?|AF_NETLINK|AF_PACKET", line)]


def traced(tmp_path: Path, *args: str, extra_env: dict[str, str] | None = None) -> list[str]:
    strace = require_tool("strace")
    log = tmp_path / "strace.log"
    env = python_env() | {"QT_QPA_PLATFORM": "offscreen"} | (extra_env or {})
    result = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=connect", "-o", str(log), sys.executable, "-m", "acupoint_gui", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return connections(log)


def test_the_window_opens_without_network(tmp_path: Path, isolated_user_data: Path) -> None:
    acknowledge_safety(isolated_user_data)
    assert traced(tmp_path, extra_env={"ACUPOINT_EXIT_AFTER_FIRST_PAINT": "1"}) == []


def test_sheet_and_data_commands_use_no_network(tmp_path: Path) -> None:
    assert traced(tmp_path, "sheet", "--routine", "three-point-hold", "--output", str(tmp_path / "s.pdf")) == []
    assert traced(tmp_path, "points", "--json") == []


def test_the_check_would_see_a_connection(tmp_path: Path) -> None:
    log = tmp_path / "log"
    log.write_text(
        '1 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X0"}, 20) = 0\n'
        '2 connect(4, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16) = 0\n'
    )
    assert len(connections(log)) == 1
