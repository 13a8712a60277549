"""The words a session uses, in one place: on the panel, in the tray and spoken aloud. No Qt.

"Right side. Bladder 23, Kidney Shu. 30 seconds." is said, "BL23 · Kidney Shu — right side" is
shown and "BL23 Kidney Shu, right side" is the short form in the tray and under "Next:"; all
of them are made here, from the point and the step, so they can never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .points import Atlas, Point, Side
from .routines import SessionStep

PRESS_WORDS = {"gentle": "Press gently", "medium": "Press with medium pressure", "firm": "Press firmly"}

CHANNEL_WORDS = {
    "BL": "Bladder",
    "GB": "Gallbladder",
    "CV": "Conception Vessel",
    "LI": "Large Intestine",
    "SI": "Small Intestine",
    "KI": "Kidney",
    "LR": "Liver",
}

FINISHED = "Well done — the routine is complete."
SPOKEN_FINISHED = "Well done. The routine is complete."
NOTHING_NEXT = "Next: finished"


def side_words(side: Side) -> str:
    """``"left side"``, ``"right side"``, or nothing for a point on the midline."""
    return {Side.LEFT: "left side", Side.RIGHT: "right side"}.get(side, "")


def step_title(point: Point, side: Side) -> str:
    """The step as the session panel heads it: ``"BL23 · Kidney Shu — right side"``."""
    where = side_words(side)
    return f"{point.code} · {point.name}" + (f" — {where}" if where else "")


def step_label(point: Point, side: Side) -> str:
    """The short form, in the tray and after "Next:": ``"BL23 Kidney Shu, right side"``."""
    where = side_words(side)
    return f"{point.code} {point.name}" + (f", {where}" if where else "")


def press_instruction(point: Point) -> str:
    """How to press, from the point's technique: ``"Press firmly, steady. Breathe slowly."``."""
    how = PRESS_WORDS.get(point.technique.pressure, "Press")
    return f"{how}, {point.technique.motion}. Breathe slowly."


def next_text(point: Point | None, side: Side) -> str:
    """What comes after this step (``None``: nothing, the routine ends)."""
    return NOTHING_NEXT if point is None else f"Next: {step_label(point, side)}"


def switch_text(to_side: Side) -> str:
    return f"Switch to the {to_side.value} side."


def finished_text(completed: int, total: int, finished: bool) -> str:
    """How a session ended, as the panel says it."""
    return FINISHED if finished else f"Session stopped after {completed} of {total} steps."


def spoken_code(code: str) -> str:
    """``"BL23"`` → ``"Bladder 23"``."""
    letters = code.rstrip("0123456789")
    return f"{CHANNEL_WORDS.get(letters, letters)} {code[len(letters) :]}"


def seconds_words(seconds: float) -> str:
    """A step's length as it is said: ``"30 seconds"``, ``"one minute"``, ``"2 minutes"``."""
    whole = round(seconds)
    if whole % 60 == 0 and whole >= 60:
        minutes = whole // 60
        return "one minute" if minutes == 1 else f"{minutes} minutes"
    return f"{whole} seconds"


def prompt(code: str, name: str, side: str, seconds: float) -> str:
    """What the voice says at a step: ``"Right side. Bladder 23, Kidney Shu. 30 seconds."``."""
    where = f"{side.capitalize()} side. " if side in ("left", "right") else ""
    return f"{where}{spoken_code(code)}, {name}. {seconds_words(seconds)}."


def spoken_step(point: Point, side: Side, seconds: float) -> str:
    return prompt(point.code, point.name, side.value, seconds)


def duration_words(seconds: float) -> str:
    """A length in words, rounded as people say it: "45 seconds", "10 minutes", "1 hour 5 minutes"."""
    if seconds < 90:
        whole = round(seconds)
        return f"{whole} second{'' if whole == 1 else 's'}"
    hours, minutes = divmod(round(seconds / 60), 60)
    words = [f"{hours} hour{'' if hours == 1 else 's'}"] if hours else []
    if minutes or not hours:
        words.append(f"{minutes} minute{'' if minutes == 1 else 's'}")
    return " ".join(words)


def clock_text(seconds: float) -> str:
    """A countdown as a clock shows it; 0.2 s left still shows 0:01, like every countdown."""
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class StepText(NamedTuple):
    """Everything the session panel shows about one step."""

    title: str
    instruction: str
    position: int  # 1-based
    total: int
    next: str
    caution: str  # the point's pregnancy caution while pregnancy is set, else ""


def describe_step(atlas: Atlas, steps: Sequence[SessionStep], index: int, *, pregnant: bool = False) -> StepText:
    """The words for step ``index`` of a session's ``steps``."""
    step = steps[index]
    point = atlas.point(step.point)
    following = steps[index + 1] if index + 1 < len(steps) else None
    after = next_text(atlas.point(following.point), following.side) if following else next_text(None, Side.MIDLINE)
    caution = ""
    if pregnant:
        caution = " ".join(c.text for c in point.cautions if c.kind == "pregnancy")
    return StepText(step_title(point, step.side), press_instruction(point), index + 1, len(steps), after, caution)
