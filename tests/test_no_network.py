"""The application uses no network, ever: checked with strace on real processes.

Any socket but a local (Unix) one fails, and so does any connect/sendto/sendmsg to an address
that is not local. The whole end-to-end run (start, session, print, history) is traced the
same way in ``test_e2e_xvfb.py``; here are the start-up alone and the headless commands.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import acknowledge_safety, python_env
from .network_trace import network_use, strace_prefix


def traced(tmp_path: Path, *args: str, extra_env: dict[str, str] | None = None) -> None:
    """Run ``python -m acupoint_gui ARGS`` under strace; fail on any network use."""
    log = tmp_path / "strace.log"
    env = python_env() | {"QT_QPA_PLATFORM": "offscreen"} | (extra_env or {})
    result = subprocess.run(
        [*strace_prefix(log), sys.executable, "-m", "acupoint_gui", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = network_use(log)
    assert found == [], "network use:\n" + "\n".join(found)


def test_the_window_opens_without_network(tmp_path: Path, isolated_user_data: Path) -> None:
    acknowledge_safety(isolated_user_data)
    traced(tmp_path, extra_env={"ACUPOINT_EXIT_AFTER_FIRST_PAINT": "1"})


def test_sheet_and_data_commands_use_no_network(tmp_path: Path) -> None:
    traced(tmp_path, "sheet", "--routine", "three-point-hold", "--output", str(tmp_path / "s.pdf"))
    traced(tmp_path, "points", "--json")
    traced(tmp_path, "check-data")


def test_the_check_sees_every_kind_of_network_use(tmp_path: Path) -> None:
    log = tmp_path / "log"
    log.write_text(
        "1 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3\n"
        '1 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X0"}, 20) = 0\n'
        '1 sendto(3, "x", 1, MSG_NOSIGNAL, NULL, 0) = 1\n'
        "1 sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[]}, 0) = 0\n"
        "2 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 4\n"
        "2 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 5\n"
        "2 connect(6, {sa_family=AF_INET6, sin6_port=htons(443)}, 28 <unfinished ...>\n"
        '3 sendto(4, "x", 1, 0, {sa_family=AF_INET, sin_port=htons(53)}, 16) = 1\n'
        "3 sendmsg(4, {msg_name={sa_family=AF_INET, sin_port=htons(123)}, msg_namelen=16}, 0) = 48\n"
        "3 sendmmsg(4, [{msg_hdr={msg_name={sa_family=AF_INET6}}}], 1, 0) = 1\n"
    )
    found = network_use(log)
    assert [line.split("(")[0] for line in found] == [
        "2 socket",
        "2 socket",
        "2 connect",
        "3 sendto",
        "3 sendmsg",
        "3 sendmmsg",
    ]


def test_the_trace_sees_a_udp_packet_from_python(tmp_path: Path) -> None:
    """The check on a real process: one UDP packet to this machine's discard port."""
    log = tmp_path / "strace.log"
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', 9))"
    subprocess.run([*strace_prefix(log), sys.executable, "-c", code], check=True, timeout=60)
    assert [line.split(None, 1)[1].split("(")[0] for line in network_use(log)] == ["socket", "sendto"]
