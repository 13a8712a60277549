#!/usr/bin/env python3
"""Make the README's screenshots from the real app, driven as a person would.

    .venv/bin/python -m tests.screenshots   # writes docs/screenshots/window.png, history.png
    .venv/bin/python -m tests.screenshots --language zh_CN   # the same in Chinese, for review only

It lives with the tests because it drives the app with the end-to-end test's own helpers
(``tests/desktop.py``: Xvfb, xdotool and the app's state probe). Besides the README's two
pictures it leaves review shots in ``tests/artifacts/screens/``: the window at 1280 × 800 and
1024 × 768, before and during a session, for looking at after a change to what people see.

Starts an X server of its own (Xvfb), opens the installed ``acupoint-gui`` with a fresh user
folder holding four weeks of example pain-log entries, opens View ▸ Session history (Ctrl+H)
and photographs it; then clicks BL23 on the back figure, starts the five-point hip and low
back routine, answers the pain question and photographs the window a few seconds into the
first step.
Needs Xvfb, xdotool and ImageMagick's ``import`` (all installed by ``.ci/run``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from .desktop import Desktop, xvfb
from .fakes import seed_pain_log

ROOT = Path(__file__).resolve().parent.parent
REVIEW = ROOT / "tests" / "artifacts" / "screens"
WINDOW_SIZE = (1280, 800)
SMALL_SIZE = (1024, 768)


# Another language's pictures are for review (tests/artifacts/screens/LANG-*.png), not the README's.
LANGUAGE = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "en"
PREFIX = "" if LANGUAGE == "en" else f"{LANGUAGE}-"
# The history window's title, which xdotool finds it by.
HISTORY_TITLE = {"en": "Session history", "zh_CN": "练习记录"}[LANGUAGE]
SAVE = {"en": "Save", "zh_CN": "保存"}[LANGUAGE]  # the pain question's button


def keep(shot: Path, name: str) -> None:
    if not shot.is_file():
        raise RuntimeError("the screenshot failed (see the message from import above)")
    if PREFIX:
        REVIEW.mkdir(parents=True, exist_ok=True)
    target = REVIEW / f"{PREFIX}{name}" if PREFIX else ROOT / "docs" / "screenshots" / name
    shutil.copyfile(shot, target)
    print(f"wrote {target}")


def review(desktop: Desktop, name: str, size: tuple[int, int]) -> None:
    """A shot of the window for looking at (not for the README)."""
    REVIEW.mkdir(parents=True, exist_ok=True)
    shot = desktop.screenshot(name, crop=f"{size[0]}x{size[1]}+0+0")
    if shot.is_file():
        shutil.copyfile(shot, REVIEW / f"{PREFIX}{name}.png")
        print(f"wrote {REVIEW / (PREFIX + name + '.png')}")


def resize(desktop: Desktop, window: str, size: tuple[int, int]) -> None:
    desktop.xdotool("windowsize", "--sync", window, str(size[0]), str(size[1]))
    desktop.xdotool("windowmove", "--sync", window, "0", "0")


def main() -> int:
    missing = [tool for tool in ("Xvfb", "xdotool", "import") if shutil.which(tool) is None]
    if missing:
        print(f"Install these first: {', '.join(missing)}", file=sys.stderr)
        return 1
    script = Path(sys.executable).with_name("acupoint-gui")
    work = Path(tempfile.mkdtemp(prefix="acupoint-shots-"))
    data = work / "userdata"
    data.mkdir()
    # Past the first week: the session starts at once, without first showing how to find BL23.
    settings = {
        "safety_acknowledged": True,
        "last_routine": "hip-low-back-five",
        "muted": True,
        "guide_in_sessions": "off",
        "language": LANGUAGE,
    }
    (data / "settings.json").write_text(json.dumps(settings))
    first = datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0) - timedelta(days=28)
    seed_pain_log(data / "history.sqlite3", first, routine_name="Hip and low back (five points)")
    with xvfb(str(shutil.which("Xvfb")), work / "probe.json", work, size="1400x900") as desktop:
        env = dict(
            desktop.env, QT_QPA_PLATFORM="xcb", ACUPOINT_DATA_DIR=str(data), ACUPOINT_E2E_PROBE=str(desktop.probe)
        )
        app = subprocess.Popen([str(script)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            # By the process: the window's title is the app's task, with "Acupoint" added by
            # the window manager, which Xvfb does not have.
            window = desktop.xdotool("search", "--sync", "--onlyvisible", "--pid", str(app.pid)).split()[0]
            resize(desktop, window, WINDOW_SIZE)
            state = desktop.until(lambda s: bool(s.get("markers")), "the window to show its markers", timeout=60)
            desktop.xdotool("windowfocus", "--sync", window)  # no window manager gives it the keyboard
            desktop.xdotool("key", "ctrl+h")
            desktop.until(lambda s: "historyView" in s["windows"], "the session history")
            history = desktop.xdotool("search", "--sync", "--onlyvisible", "--name", HISTORY_TITLE).split()[0]
            geometry = dict(
                line.split("=") for line in desktop.xdotool("getwindowgeometry", "--shell", history).split()
            )
            crop = f"{geometry['WIDTH']}x{geometry['HEIGHT']}+{geometry['X']}+{geometry['Y']}"
            keep(desktop.screenshot("history", crop=crop), "history.png")
            desktop.xdotool("key", "Escape")
            desktop.until(lambda s: "historyView" not in s["windows"], "the session history to close")
            target = next(m for m in state["markers"] if m["view"] == "back" and m["code"] == "BL23")
            desktop.click(target["x"], target["y"])
            state = desktop.until(lambda s: s["detail"] == "BL23", "BL23 in the detail panel")
            review(desktop, "1280x800-point", WINDOW_SIZE)
            resize(desktop, window, SMALL_SIZE)
            desktop.until(lambda s: bool(s.get("markers")), "the window at 1024 × 768")
            time.sleep(1.0)  # the docks settle into the new size (a picture, not a test)
            review(desktop, "1024x768-point", SMALL_SIZE)
            resize(desktop, window, WINDOW_SIZE)
            time.sleep(1.0)
            state = desktop.until(lambda s: bool(s.get("markers")), "the window at 1280 × 800 again")
            start = desktop.widget(state, name="startSession")
            desktop.click(start["x"], start["y"])
            asked = desktop.until(lambda s: "painDialog" in s["windows"], "the pain question")
            desktop.answer_pain(asked, 4, SAVE)
            desktop.until(lambda s: s["session"] == "running", "the session to start")
            time.sleep(3.2)  # a few seconds into the step, as a person would see it (not a test)
            keep(desktop.screenshot("window", crop=f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}+0+0"), "window.png")
            resize(desktop, window, SMALL_SIZE)
            time.sleep(1.0)
            review(desktop, "1024x768-session", SMALL_SIZE)
        finally:
            app.terminate()
            app.wait(timeout=15)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
