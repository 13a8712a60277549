"""A sound server for the tests: PulseAudio with one silent output (a null sink), started and stopped here."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .conftest import require_tool
from .cups_queue import wait_for


@contextmanager
def pulse_server() -> Iterator[dict[str, str]]:
    """Yield the environment that points a program at the server (``PULSE_SERVER``)."""
    pulseaudio = require_tool("pulseaudio")
    folder = Path(tempfile.mkdtemp(prefix="acupoint-pulse-"))  # short: a socket path has ~100 characters
    socket = folder / "native"
    home = {"HOME": str(folder), "XDG_RUNTIME_DIR": str(folder), "XDG_CONFIG_HOME": str(folder)}
    server = subprocess.Popen(
        [
            pulseaudio,
            "-n",  # no default modules: only the two below
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--disable-shm=yes",
            "--load=module-null-sink",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env={"PATH": "/usr/bin:/bin", **home},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: socket.exists() or server.poll() is not None, 20, "PulseAudio to start")
        if server.poll() is not None:
            raise AssertionError(f"PulseAudio stopped at once (exit code {server.returncode})")
        yield {"PULSE_SERVER": f"unix:{socket}"}
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
