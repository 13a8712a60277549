#!/usr/bin/env python3
"""Photograph Find it in the real window, at 1280×800 and at 1024×768, for looking at.

    python -m tests.find_it_screenshots   # tests/artifacts/find-it/*.png

On a screen of each size (Xvfb, no window manager: the window fills it), the installed
``acupoint-gui`` opens with a fresh user folder (its first day: a session offers the guide)
and is driven with xdotool as a person would: BL23 clicked on the back figure (1, the details
with Show close-up and Find it), Show close-up (2), Find it and → (3, the guide's second
step), then the five-point routine started: the guide offered while the timer waits (4), and
pressing, with the step's close-up (5). The 1280×800 close-up (2) is also written to
``docs/screenshots/find-it.png`` for the README.
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

from .desktop import Desktop, xvfb

ROOT = Path(__file__).resolve().parent.parent

SIZES = ((1280, 800), (1024, 768))
SHOTS = ROOT / "tests" / "artifacts" / "find-it"


def click(desktop: Desktop, name: str) -> None:
    widget = desktop.widget(desktop.state(), name=name)
    desktop.click(widget["x"], widget["y"])


def photograph(size: tuple[int, int]) -> list[Path]:
    width, height = size
    script = Path(sys.executable).with_name("acupoint-gui")
    work = Path(tempfile.mkdtemp(prefix="acupoint-find-it-"))
    data = work / "userdata"
    data.mkdir()
    settings = {"safety_acknowledged": True, "last_routine": "hip-low-back-five", "muted": True}
    (data / "settings.json").write_text(json.dumps(settings))
    shots: list[Path] = []
    with xvfb(str(shutil.which("Xvfb")), work / "probe.json", SHOTS, size=f"{width}x{height}") as desktop:
        env = dict(
            desktop.env, QT_QPA_PLATFORM="xcb", ACUPOINT_DATA_DIR=str(data), ACUPOINT_E2E_PROBE=str(desktop.probe)
        )
        log = (SHOTS / f"{width}x{height}-app.log").open("w")  # what the app said, if a step times out
        app = subprocess.Popen([str(script)], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            window = desktop.xdotool("search", "--sync", "--onlyvisible", "--classname", "acupoint-gui").split()[0]
            desktop.xdotool("windowsize", "--sync", window, str(width), str(height))
            desktop.xdotool("windowmove", "--sync", window, "0", "0")
            desktop.until(lambda s: bool(s.get("widgets")), "the features after the first frame", timeout=60)
            time.sleep(0.5)  # the window settles at its new size (a picture, not a test)
            state = desktop.until(lambda s: bool(s.get("markers")), "the window to show its markers")
            desktop.xdotool("windowfocus", "--sync", window)  # no window manager gives it the keyboard

            def shoot(name: str) -> None:
                time.sleep(0.8)  # the pulse mid-way, the layout settled (a picture, not a test)
                shots.append(desktop.screenshot(f"{width}x{height}-{name}"))

            target = next(
                m for m in state["markers"] if m["view"] == "back" and m["code"] == "BL23" and m["side"] == "left"
            )
            desktop.click(target["x"], target["y"])
            desktop.until(lambda s: s["detail"] == "BL23", "BL23 in the details")
            shoot("1-details")
            click(desktop, "showCloseup")
            desktop.until(lambda s: s["closeup"] == "low-back", "the low back close-up")
            shoot("2-closeup")
            click(desktop, "findIt")
            desktop.until(lambda s: s["guide_step"] == 0, "BL23's guide")
            desktop.xdotool("key", "Right")
            desktop.until(lambda s: s["guide_step"] == 1, "the guide's second step")
            shoot("3-guide-step-2")
            desktop.xdotool("key", "Escape")
            desktop.until(lambda s: s["guide_step"] == -1, "Esc back to the close-up")
            click(desktop, "closeupClose")
            desktop.until(lambda s: s["closeup"] == "", "the whole body again")
            click(desktop, "startSession")
            asked = desktop.until(lambda s: "painDialog" in s["windows"], "the pain question")
            desktop.answer_pain(asked, 4)
            desktop.until(lambda s: s["session"] == "paused" and s["guide_step"] == 0, "the guide offered")
            shoot("4-session-guide-offered")
            click(desktop, "guideGo")
            desktop.until(lambda s: s["session"] == "running", "the session to run")
            shoot("5-session-closeup")
        finally:
            app.terminate()
            app.wait(timeout=15)
            log.close()
    shutil.rmtree(work, ignore_errors=True)
    return shots


def main() -> int:
    missing = [tool for tool in ("Xvfb", "xdotool", "import") if shutil.which(tool) is None]
    if missing:
        print(f"Install these first: {', '.join(missing)}", file=sys.stderr)
        return 1
    for size in SIZES:
        for shot in photograph(size):
            print(f"wrote {shot}")
    readme = ROOT / "docs" / "screenshots" / "find-it.png"
    shutil.copyfile(SHOTS / "1280x800-2-closeup.png", readme)
    print(f"wrote {readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
