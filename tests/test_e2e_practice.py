"""End to end: a practice round in the real window (Xvfb), answered with xdotool clicks at known
offsets from the true place (read from ``acupoint-gui points --json``) and once with the
arrow keys and Enter; the words the window shows are the score of each click, and the answers
are in the history database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import require_tool, run_python
from .desktop import Desktop, stop_app, xvfb

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

DIALOG = "practiceDialog"


@pytest.fixture
def desktop(tmp_path: Path, artifacts_dir: Path) -> Iterator[Desktop]:
    xvfb_path = require_tool("Xvfb")
    require_tool("xdotool")
    with xvfb(xvfb_path, tmp_path / "probe.json", artifacts_dir / "e2e-practice") as screen:
        yield screen


def close_up_markers() -> dict[tuple[str, str], dict[str, Any]]:
    """Every point's marker on its guide's close-up, by (code, side): where the answer is."""
    result = run_python("-m", "acupoint_gui", "points", "--json")
    assert result.returncode == 0, result.stderr
    markers = {}
    for point in json.loads(result.stdout)["points"]:
        view = point["guide"]["view"]
        for marker in point["markers"]:
            if marker["view"] == view:
                markers[(point["code"], marker["side"])] = marker
    return markers


def practice(state: dict[str, Any]) -> dict[str, Any]:
    return dict(state.get("states", {}).get(DIALOG, {}))


def on_screen(panel: dict[str, Any], x: float, y: float) -> tuple[int, int]:
    left, top = panel["region"][0], panel["region"][1]
    return round(panel["left"] + (x - left) * panel["scale"]), round(panel["top"] + (y - top) * panel["scale"])


def asking(number: int) -> Callable[[dict[str, Any]], bool]:
    """The dialog asks question ``number`` of 5, not yet answered."""

    def check(state: dict[str, Any]) -> bool:
        shown = practice(state)
        return shown.get("position") == f"Question {number} of 5" and not shown["answered"]

    return check


def panel_for(question: dict[str, Any], side: str) -> dict[str, Any]:
    return next(p for p in question["panels"] if p["shows"] in (None, side))


def test_a_practice_round_scores_clicks_at_known_offsets(desktop: Desktop, tmp_path: Path) -> None:
    markers = close_up_markers()
    data = tmp_path / "userdata"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"safety_acknowledged": True, "muted": True}))
    script = Path(sys.executable).with_name("acupoint-gui")
    env = dict(desktop.env, QT_QPA_PLATFORM="xcb", ACUPOINT_DATA_DIR=str(data), ACUPOINT_E2E_PROBE=str(desktop.probe))
    env.pop("QT_ACCESSIBILITY", None)
    app = subprocess.Popen([str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    pid = None
    try:
        state = desktop.until(lambda s: bool(s.get("markers")), "the window to show its markers", timeout=60)
        pid = state["pid"]
        window = desktop.xdotool("search", "--sync", "--onlyvisible", "--pid", str(pid)).split()[0]
        desktop.xdotool("windowfocus", "--sync", window)
        desktop.xdotool("key", "ctrl+t")  # Practice ▸ Find the point
        state = desktop.until(lambda s: DIALOG in s["windows"], "the practice dialog")
        start = desktop.widget(state, name="practiceStart")
        desktop.click(start["x"], start["y"])
        said: list[str] = []
        # What to do, in turn: the wrong side needs a point on both sides (CV6 is on the midline),
        # so a question takes the first action that fits it.
        actions = ["aside", "wrong-side", "keys", "below", "on-it"]
        for number in range(1, 6):
            state = desktop.until(asking(number), f"question {number}")
            question = practice(state)
            code, side = question["code"], question["side"]
            assert question["question"].startswith(f"Click where {code} ")
            action = next(a for a in actions if a != "wrong-side" or side != "midline")
            actions.remove(action)
            marker = markers[(code, side)]
            panel = panel_for(question, side)
            cun = marker_cun(code, markers)
            expected = ""
            if action == "aside":  # 0.4 cun to the side of the point
                desktop.click(*on_screen(panel, marker["x"] + 0.4 * cun, marker["y"]))
                expected = "0.4 cun off: within a finger width. Found."
            elif action == "wrong-side":  # by the same point on the other side
                other = "right" if side == "left" else "left"
                twin = markers[(code, other)]
                desktop.click(*on_screen(panel_for(question, other), twin["x"], twin["y"] + 0.3 * cun))
                expected = f"That was the {other} side. {code} on your {side} side is where the guide shows; "
                expected += f"on the {other} side you were 0.3 cun off."
            elif action == "keys":  # with the keyboard: the cross-hair from the middle of the first panel
                answer_with_keys(desktop, question, panel, marker, cun)
            elif action == "below":  # two cun below
                desktop.click(*on_screen(panel, marker["x"], marker["y"] + 2.0 * cun))
                expected = "2.0 cun off: within four finger widths. Not yet: the guide shows how to find it."
            else:  # on the point itself
                desktop.click(*on_screen(panel, marker["x"], marker["y"]))
                expected = "0.0 cun off: within a finger width. Found."
            state = desktop.until(lambda s: bool(practice(s).get("answered")), f"the answer to question {number}")
            result = practice(state)["result"]
            desktop.screenshot(f"practice-{number}-{action}")
            if expected:
                assert result == expected, f"question {number} ({code} {side}, {action})"
            else:
                assert result in (
                    "0.0 cun off: within a finger width. Found.",
                    "0.1 cun off: within a finger width. Found.",
                ), result
            said.append(result)
            following = desktop.widget(state, name="practiceNext")
            desktop.click(following["x"], following["y"])
        assert actions == [], "every kind of answer was given"
        state = desktop.until(lambda s: practice(s).get("page") == 0, "the round's summary")
        summary = practice(state)["summary"]
        wrong = sum(text.startswith("That was") for text in said)
        assert (
            wrong == 1
            and summary == "3 of 5 found, " + summary.split(", ", 1)[1]
            and summary.endswith(" 1 on the wrong side.")
        ), summary
        desktop.screenshot("practice-summary")
        with sqlite3.connect(data / "history.sqlite3") as db:
            rows = db.execute("SELECT round, found, wrong_side FROM practice ORDER BY id").fetchall()
        assert [r[0] for r in rows] == [1] * 5
        assert [r[1] for r in rows].count(1) == 3 and [r[2] for r in rows].count(1) == 1
    finally:
        stop_app(app, pid)


def marker_cun(code: str, markers: dict[tuple[str, str], dict[str, Any]]) -> float:
    """One cun on this close-up, in its figure units (the close-ups say so in their SVG)."""
    from acupoint_gui.model.closeups import load_closeup_figures

    view = next(m["view"] for (c, _), m in markers.items() if c == code)
    return load_closeup_figures()[view].units_per_cun


def answer_with_keys(
    desktop: Desktop, question: dict[str, Any], panel: dict[str, Any], marker: dict[str, Any], cun: float
) -> None:
    """Move the cross-hair with the arrow keys, a tenth of a cun a press, from the middle of the
    first panel to the point, and press Enter."""
    first = question["panels"][0]
    width, height = first["region"][2], first["region"][3]
    start_x, start_y = first["left"] + width * first["scale"] / 2, first["top"] + height * first["scale"] / 2
    goal_x, goal_y = on_screen(panel, marker["x"], marker["y"])
    step = 0.1 * cun * panel["scale"]
    presses_x, presses_y = round((goal_x - start_x) / step), round((goal_y - start_y) / step)
    dialog = desktop.xdotool("search", "--sync", "--onlyvisible", "--name", "Practice").split()[0]
    desktop.xdotool("windowfocus", "--sync", dialog)
    for key, count in (
        ("Right" if presses_x > 0 else "Left", abs(presses_x)),
        ("Down" if presses_y > 0 else "Up", abs(presses_y)),
    ):
        if count:
            desktop.xdotool("key", "--repeat", str(count), "--delay", "5", key)
    desktop.xdotool("key", "Return")
