#!/usr/bin/env python3
"""Make the README's practice pictures from the real app under Xvfb, driven as a person would.

    .venv/bin/python -m tests.practice_screenshots               # docs/screenshots/practice-*.png
    .venv/bin/python -m tests.practice_screenshots --size 1024x768 --out /tmp/shots

It lives with the tests, as tests/screenshots.py does, because it drives the app with the
end-to-end test's own helpers (``tests/desktop.py``).

Opens Practice ▸ Find the point (Ctrl+T), starts a round, photographs the first question, clicks
0.4 cun beside the true place (read from ``acupoint-gui points --json``), and photographs the
answer: the whole screen, the size of a small laptop's. Needs Xvfb, xdotool and ImageMagick's
``import``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from acupoint_gui.model.closeups import load_closeup_figures

from .desktop import xvfb

ROOT = Path(__file__).resolve().parent.parent


def practice(state: dict[str, Any]) -> dict[str, Any]:
    return dict(state.get("states", {}).get("practiceDialog", {}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800", help="the screen, WIDTHxHEIGHT (default 1280x800)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="where the PNGs go")
    args = parser.parse_args()
    missing = [tool for tool in ("Xvfb", "xdotool", "import") if shutil.which(tool) is None]
    if missing:
        print(f"Install these first: {', '.join(missing)}", file=sys.stderr)
        return 1
    points = json.loads(
        subprocess.run(
            [sys.executable, "-m", "acupoint_gui", "points", "--json"], capture_output=True, text=True, check=True
        ).stdout
    )["points"]
    figures = load_closeup_figures()
    script = Path(sys.executable).with_name("acupoint-gui")
    work = Path(tempfile.mkdtemp(prefix="acupoint-practice-"))
    data = work / "userdata"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"safety_acknowledged": True, "muted": True}))
    width, height = (int(v) for v in args.size.split("x"))
    with xvfb(str(shutil.which("Xvfb")), work / "probe.json", work, size=args.size) as desktop:
        env = dict(
            desktop.env, QT_QPA_PLATFORM="xcb", ACUPOINT_DATA_DIR=str(data), ACUPOINT_E2E_PROBE=str(desktop.probe)
        )
        app = subprocess.Popen([str(script)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            state = desktop.until(lambda s: bool(s.get("markers")), "the window to show its markers", timeout=60)
            window = desktop.xdotool("search", "--sync", "--onlyvisible", "--pid", str(state["pid"])).split()[0]
            desktop.xdotool("windowsize", "--sync", window, str(width), str(height))
            desktop.xdotool("windowmove", "--sync", window, "0", "0")
            desktop.xdotool("windowfocus", "--sync", window)
            desktop.xdotool("key", "ctrl+t")
            desktop.until(lambda s: "practiceDialog" in s["windows"], "the practice dialog")
            start = desktop.widget(
                desktop.until(lambda s: bool(practice(s)), "the practice page"), name="practiceStart"
            )
            desktop.click(start["x"], start["y"])
            state = desktop.until(lambda s: practice(s).get("page") == 1, "the first question")
            question = practice(state)
            desktop.xdotool("mousemove", str(width // 2), str(height // 2))
            shots = []
            shots.append(desktop.screenshot(f"practice-question-{args.size}"))
            point = next(p for p in points if p["code"] == question["code"])
            view = point["guide"]["view"]
            marker = next(m for m in point["markers"] if m["view"] == view and m["side"] == question["side"])
            panel = next(p for p in question["panels"] if p["shows"] in (None, question["side"]))
            cun = figures[view].units_per_cun
            x = panel["left"] + (marker["x"] + 0.4 * cun - panel["region"][0]) * panel["scale"]
            y = panel["top"] + (marker["y"] - panel["region"][1]) * panel["scale"]
            desktop.click(round(x), round(y))
            desktop.until(lambda s: bool(practice(s).get("answered")), "the answer")
            shots.append(desktop.screenshot(f"practice-answer-{args.size}"))
        finally:
            app.terminate()
            app.wait(timeout=15)
        args.out.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            target = args.out / shot.name
            shutil.copyfile(shot, target)
            print(f"wrote {target}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
