"""End to end: the installed app in a real X window (Xvfb), driven with xdotool as a person would."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import require_tool
from .cups_queue import QUEUE, ensure_queue, newest_pdf, wait_for

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

ROUTINES = """schema: 1
routines:
  - id: e2e-short
    name: E2E short
    rounds: 1
    steps:
      - {point: BL23, seconds_per_side: 2}
      - {point: CV6, seconds_per_side: 2}
"""


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

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=20)

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.xdotool("click", "1")

    def widget(self, state: dict[str, Any], **match: str) -> dict[str, Any]:
        for widget in state["widgets"]:
            if all(widget.get(k) == v for k, v in match.items()):
                return dict(widget)
        raise AssertionError(f"no widget {match} in {[w['name'] or w['text'] for w in state['widgets']]}")

    def screenshot(self, name: str) -> None:
        if shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", str(self.shots / f"{name}.png")], env=self.env, check=False, timeout=30
            )
        else:
            subprocess.run(
                ["xwd", "-root", "-silent", "-out", str(self.shots / f"{name}.xwd")],
                env=self.env,
                check=False,
                timeout=30,
            )


@pytest.fixture
def desktop(tmp_path: Path, artifacts_dir: Path) -> Iterator[Desktop]:
    xvfb = require_tool("Xvfb")
    require_tool("xdotool")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"], pass_fds=(write,)
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number.isdigit(), "Xvfb did not report its display"
    shots = artifacts_dir / "e2e"
    shots.mkdir(parents=True, exist_ok=True)
    yield Desktop(f":{number}", tmp_path / "probe.json", shots)
    server.terminate()
    server.wait(timeout=10)


def test_real_window_click_search_session_print(desktop: Desktop, tmp_path: Path) -> None:
    pdf_dir = ensure_queue()
    subprocess.run(["lpadmin", "-d", QUEUE], check=True)
    data = tmp_path / "userdata"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"safety_acknowledged": True, "last_routine": "e2e-short"}))
    (data / "routines.yaml").write_text(ROUTINES)
    script = Path(sys.executable).with_name("acupoint-gui")
    assert script.exists(), "the acupoint-gui script must be installed"
    env = dict(desktop.env, QT_QPA_PLATFORM="xcb", ACUPOINT_DATA_DIR=str(data), ACUPOINT_E2E_PROBE=str(desktop.probe))
    env.pop("QT_ACCESSIBILITY", None)
    app = subprocess.Popen([str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        state = desktop.until(lambda s: bool(s.get("markers")), "the window to show its markers", timeout=60)
        desktop.screenshot("01-started")

        # 1. click a marker on the back figure
        target = next(
            m for m in state["markers"] if m["view"] == "back" and m["code"] == "BL23" and m["side"] == "left"
        )
        desktop.click(target["x"], target["y"])
        desktop.until(lambda s: s["detail"] == "BL23" and s["detail_side"] == "left", "BL23 left in the detail panel")
        desktop.screenshot("02-clicked-bl23")

        # 2. search for an old code
        box = desktop.widget(state, name="searchBox")
        desktop.click(box["x"], box["y"])
        desktop.xdotool("type", "--delay", "50", "B54")
        desktop.xdotool("key", "Return")
        desktop.until(lambda s: s["detail"] == "BL40", "B54 to select BL40")
        desktop.screenshot("03-search-b54")

        # 3. start a short routine: the countdown runs and the highlight moves
        state = desktop.state()
        start = desktop.widget(state, name="startSession")
        desktop.click(start["x"], start["y"])
        asked = desktop.until(lambda s: "painDialog" in s["windows"], "the pain question before the session")
        desktop.screenshot("04a-pain-before")
        five = desktop.widget(asked, name="pain5")
        desktop.click(five["x"], five["y"])
        save = desktop.widget(asked, text="Save")
        desktop.click(save["x"], save["y"])
        first = desktop.until(lambda s: s["session"] == "running" and s["current"], "the session to start")
        assert first["current"] == ["BL23:left"]
        desktop.until(lambda s: s["current"] == ["BL23:right"], "the highlight to move to the right side", timeout=10)
        desktop.screenshot("04-session-running")

        # 4. Space pauses
        desktop.xdotool("key", "space")
        paused = desktop.until(lambda s: s["session"] == "paused", "Space to pause")
        countdown = paused["countdown"]
        desktop.screenshot("05-paused")
        assert desktop.until(lambda s: s["session"] == "paused", "still paused")["countdown"] == countdown
        desktop.xdotool("key", "Escape")
        desktop.until(lambda s: s["session"] == "stopped", "Escape to stop")
        desktop.until(lambda s: "painDialog" in s["windows"], "the pain question after the session")
        desktop.xdotool("key", "Escape")  # skip it
        desktop.until(lambda s: "painDialog" not in s["windows"], "the pain question to close")
        with sqlite3.connect(data / "history.sqlite3") as db:
            pain_before, finished = db.execute("SELECT pain_before, finished FROM sessions").fetchone()
        assert (pain_before, finished) == (5, 0), "the stopped session is in the pain log"

        # 5. File > Print to the cups-pdf queue
        started = time.time() - 1
        desktop.xdotool("key", "ctrl+p")
        chooser = desktop.until(lambda s: "printChooser" in s["windows"], "the print chooser")
        desktop.xdotool("key", "Return")
        preview = desktop.until(lambda s: "printPreview" in s["windows"], "the print preview")
        desktop.screenshot("06-print-preview")
        print_button = next(
            w for w in preview["widgets"] if w["window"] == "printPreview" and "rint" in (w["tip"] or w["text"])
        )
        desktop.click(print_button["x"], print_button["y"])
        desktop.until(lambda s: len(s["windows"]) >= 3, "the print dialog")
        desktop.screenshot("07-print-dialog")
        desktop.xdotool("key", "Return")
        wait_for(lambda: newest_pdf(pdf_dir, started) is not None, 60, "the printed PDF")
        assert chooser
    finally:
        desktop.screenshot("99-end")
        app.terminate()
        try:
            output, _ = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            output, _ = app.communicate()
        assert "Traceback" not in (output or ""), output
