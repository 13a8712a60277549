"""Drive the real app in an X server (Xvfb) with xdotool, as a person would.

Used by the end-to-end test and by ``tests/screenshots.py`` (the README's pictures). The
app reports what it shows, and where, through ``ACUPOINT_E2E_PROBE`` (see ``app/probe.py``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .cups_queue import wait_for


class Desktop:
    def __init__(self, display: str, probe: Path, shots: Path) -> None:
        self.display = display
        self.probe = probe
        self.shots = shots
        self.env = dict(os.environ, DISPLAY=display)

    def state(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.probe.read_text()))
        except (OSError, ValueError):
            return {}

    def until(self, condition: Callable[[dict[str, Any]], bool], what: str, timeout: float = 20) -> dict[str, Any]:
        found: dict[str, Any] = {}

        def check() -> bool:
            nonlocal found
            found = self.state()
            return bool(found) and condition(found)

        wait_for(check, timeout, what)
        return found

    def watch(self, seconds: float) -> list[dict[str, Any]]:
        """Every fresh snapshot the app writes during ``seconds`` (it rewrites the probe a few
        times a second; a snapshot counts once, by the file's modification time)."""
        seen: dict[int, dict[str, Any]] = {}
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                stamp = self.probe.stat().st_mtime_ns
            except OSError:
                stamp = None
            if stamp is not None and stamp not in seen:
                state = self.state()
                if state:
                    seen[stamp] = state
            time.sleep(0.03)  # polling another process's file, not waiting for Qt
        return list(seen.values())

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, check=True, timeout=20, capture_output=True, text=True
        )
        return result.stdout

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.xdotool("click", "1")

    def widget(self, state: dict[str, Any], **match: str) -> dict[str, Any]:
        for widget in state["widgets"]:
            if all(widget.get(k) == v for k, v in match.items()):
                return dict(widget)
        raise AssertionError(f"no widget {match} in {[w['name'] or w['text'] for w in state['widgets']]}")

    def answer_pain(self, asked: dict[str, Any], value: int, save_text: str = "Save") -> None:
        """Choose ``value`` in the pain question, then Save (enabled once a number is chosen);
        ``save_text``: the button's words in the window's language."""
        number = self.widget(asked, name=f"pain{value}")
        self.click(number["x"], number["y"])
        enabled = self.until(
            lambda s: any(w.get("text") == save_text for w in s["widgets"]), "Save to be enabled in the pain question"
        )
        save = self.widget(enabled, text=save_text)
        self.click(save["x"], save["y"])

    def screenshot(self, name: str, crop: str = "") -> Path:
        """Save the screen as ``shots/NAME.png`` with ImageMagick's import; ``crop`` is
        ``WxH+X+Y``."""
        target = self.shots / f"{name}.png"
        if shutil.which("import"):
            region = ["-crop", crop] if crop else []
            subprocess.run(["import", "-window", "root", *region, str(target)], env=self.env, check=False, timeout=30)
        else:
            target = target.with_suffix(".xwd")
            subprocess.run(["xwd", "-root", "-silent", "-out", str(target)], env=self.env, check=False, timeout=30)
        return target


@contextmanager
def xvfb(xvfb_path: str, probe: Path, shots: Path, size: str = "1600x1000") -> Iterator[Desktop]:
    """An X server of its own (the first free display), stopped afterwards."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb_path, "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"], pass_fds=(write,)
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        if not number.isdigit():
            raise RuntimeError("Xvfb did not report its display")
        shots.mkdir(parents=True, exist_ok=True)
        yield Desktop(f":{number}", probe, shots)
    finally:
        server.terminate()
        server.wait(timeout=10)


def stop_app(app: subprocess.Popen[str], pid: int | None = None) -> str:
    """End the app (by ``pid`` when it runs under another program, such as strace, which then
    ends with it) and return what it printed; it must not have printed a traceback."""
    if pid is not None:
        os.kill(pid, signal.SIGTERM)
    else:
        app.terminate()
    try:
        output, _ = app.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        app.kill()
        output, _ = app.communicate()
    assert "Traceback" not in (output or ""), output
    return output or ""
