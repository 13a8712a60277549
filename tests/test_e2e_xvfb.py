"""End to end: the installed app in a real X window (Xvfb), driven with xdotool as a person would.

The whole run — start, a session with a pause, printing, the history — is traced with strace:
any network use fails the test (see ``network_trace.py``).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import require_tool
from .cups_queue import QUEUE, ensure_queue, newest_pdf, wait_for
from .desktop import Desktop, stop_app, xvfb
from .network_trace import network_use, strace_prefix

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


@pytest.fixture
def desktop(tmp_path: Path, artifacts_dir: Path) -> Iterator[Desktop]:
    xvfb_path = require_tool("Xvfb")
    require_tool("xdotool")
    with xvfb(xvfb_path, tmp_path / "probe.json", artifacts_dir / "e2e") as screen:
        yield screen


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
    trace = tmp_path / "strace.log"
    app = subprocess.Popen(
        [*strace_prefix(trace), str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    pid = None
    try:
        state = desktop.until(lambda s: bool(s.get("markers")), "the window to show its markers", timeout=60)
        pid = state["pid"]
        desktop.screenshot("01-started")

        # 1. click a marker on the back figure
        target = next(
            m for m in state["markers"] if m["view"] == "back" and m["code"] == "BL23" and m["side"] == "left"
        )
        desktop.click(target["x"], target["y"])
        desktop.until(lambda s: s["detail"] == "BL23" and s["detail_side"] == "left", "BL23 left in the detail panel")
        desktop.screenshot("02-clicked-bl23")

        # 1b. Find it: the guide on the close-up, → to the next step, Esc back to the close-up
        state = desktop.state()
        find_it = desktop.widget(state, name="findIt")
        desktop.click(find_it["x"], find_it["y"])
        desktop.until(lambda s: s["closeup"] == "low-back" and s["guide_step"] == 0, "BL23's guide on the low back")
        desktop.xdotool("key", "Right")
        step_two = desktop.until(lambda s: s["guide_step"] == 1, "→ to the guide's second step")
        assert step_two["guide_words"].startswith("Feel the tops of your hip bones"), step_two["guide_words"]
        desktop.screenshot("02b-find-it-step-2")
        desktop.xdotool("key", "Escape")
        desktop.until(lambda s: s["guide_step"] == -1 and s["closeup"] == "low-back", "Esc back to the close-up")

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
        desktop.answer_pain(asked, 5)
        # the first week: the session waits while the guide shows how to find BL23
        offered = desktop.until(lambda s: s["session"] == "paused" and s["guide_step"] == 0, "the guide offered")
        desktop.screenshot("04b-guide-offered")
        go = desktop.widget(offered, name="guideGo")
        desktop.click(go["x"], go["y"])
        first = desktop.until(lambda s: s["session"] == "running" and s["current"], "the session to start")
        assert first["current"] == ["BL23:left"]
        desktop.until(lambda s: s["current"] == ["BL23:right"], "the highlight to move to the right side", timeout=10)
        desktop.screenshot("04-session-running")

        # 4. Space pauses: for two seconds neither the countdown nor the tray's time left moves
        desktop.xdotool("key", "space")
        paused = desktop.until(lambda s: s["session"] == "paused", "Space to pause")
        desktop.screenshot("05-paused")
        held = desktop.watch(2.0)
        assert len(held) >= 5, f"the app kept reporting while paused ({len(held)} snapshots in two seconds)"
        moved = []
        if {s["countdown"] for s in held} != {paused["countdown"]}:
            moved.append(f"the countdown moved while paused: {[s['countdown'] for s in held]}")
        if {s["tray"] for s in held} != {paused["tray"]}:
            moved.append(f"the tray's time left moved while paused: {[s['tray'] for s in held]}")
        assert moved == [], moved
        assert {s["session"] for s in held} == {"paused"}
        assert paused["tray"].endswith(" left"), f"the tray shows the time left: {paused['tray']!r}"
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

        # 6. View > Session history shows the pain log
        desktop.until(lambda s: len(s["windows"]) == 1, "the print dialogs to close")
        window = desktop.xdotool("search", "--sync", "--onlyvisible", "--pid", str(pid)).split()[0]
        desktop.xdotool("windowfocus", "--sync", window)  # no window manager gives it the keyboard back
        desktop.xdotool("key", "ctrl+h")
        desktop.until(lambda s: "historyView" in s["windows"], "the session history")
        desktop.screenshot("08-history")
        desktop.xdotool("key", "Escape")
        desktop.until(lambda s: "historyView" not in s["windows"], "the session history to close")
    finally:
        desktop.screenshot("99-end")
        stop_app(app, pid)
    found = network_use(trace)
    assert found == [], "network use during the end-to-end run:\n" + "\n".join(found)
