#!/usr/bin/env python3
"""Make the README's window screenshot from the real app, driven as a person would.

    .venv/bin/python tools/make_screenshots.py        # writes docs/screenshots/window.png

Starts an X server of its own (Xvfb), opens the installed ``acupoint-gui`` with a fresh user
folder, clicks BL23 on the back figure, starts the five-point hip and low back routine,
answers the pain question and photographs the window a few seconds into the first step.
Needs Xvfb, xdotool and ImageMagick's ``import`` (all installed by ``.ci/run``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.desktop import xvfb  # noqa: E402 - the checkout's own test helpers

WINDOW_SIZE = (1280, 800)


def main() -> int:
    missing = [tool for tool in ("Xvfb", "xdotool", "import") if shutil.which(tool) is None]
    if missing:
        print(f"Install these first: {', '.join(missing)}", file=sys.stderr)
        return 1
    script = Path(sys.executable).with_name("acupoint-gui")
    work = Path(tempfile.mkdtemp(prefix="acupoint-shots-"))
    data = work / "userdata"
    data.mkdir()
    settings = {"safety_acknowledged": True, "last_routine": "hip-low-back-five", "muted": True}
    (data / "settings.json").write_text(json.dumps(settings))
    with xvfb(str(shutil.which("Xvfb")), work / "probe.json", work, size="1400x900") as desktop:
        env = dict(
            desktop.env, QT_QPA_PLATFORM="xcb", ACUPOINT_DATA_DIR=str(data), ACUPOINT_E2E_PROBE=str(desktop.probe)
        )
        app = subprocess.Popen([str(script)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            window = desktop.xdotool("search", "--sync", "--onlyvisible", "--name", "Acupoint").split()[0]
            desktop.xdotool("windowsize", "--sync", window, str(WINDOW_SIZE[0]), str(WINDOW_SIZE[1]))
            desktop.xdotool("windowmove", "--sync", window, "0", "0")
            state = desktop.until(lambda s: bool(s.get("markers")), "the window to show its markers", timeout=60)
            target = next(m for m in state["markers"] if m["view"] == "back" and m["code"] == "BL23")
            desktop.click(target["x"], target["y"])
            state = desktop.until(lambda s: s["detail"] == "BL23", "BL23 in the detail panel")
            start = desktop.widget(state, name="startSession")
            desktop.click(start["x"], start["y"])
            asked = desktop.until(lambda s: "painDialog" in s["windows"], "the pain question")
            desktop.answer_pain(asked, 4)
            desktop.until(lambda s: s["session"] == "running", "the session to start")
            time.sleep(3.2)  # a few seconds into the step, as a person would see it (not a test)
            shot = desktop.screenshot("window", crop=f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}+0+0")
            if not shot.is_file():
                raise RuntimeError("the screenshot failed (see the message from import above)")
            target_file = ROOT / "docs" / "screenshots" / "window.png"
            shutil.copyfile(shot, target_file)
            print(f"wrote {target_file}")
        finally:
            app.terminate()
            app.wait(timeout=15)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
