"""The words a session uses, in one place: on the panel, in the tray and spoken aloud. No Qt.

"Right side. Bladder 23, Kidney Shu. 30 seconds." is said, "BL23 · Kidney Shu — right side" is
shown and "BL23 Kidney Shu, right side" is the short form in the tray and under "Next:"; all
of them are made here, from the point and the step, so they can never disagree.

Pressing for someone else (:attr:`Presser.PARTNER`), the same steps are worded for the presser:
"your partner's left side", and where that is from where they stand. Left and right are always
the pressed person's own. Standing behind them (the back figure: how the presser sees a back
point) their left is on the presser's left; facing them (the front figure) it is on the
presser's right. The sentences are templates in :data:`PARTNER_WORDS`, filled with named
parts, so that a translation can reorder them.
"""

from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from .points import Atlas, Point, Side
from .routines import SessionStep


class Presser(StrEnum):
    """Who presses: the person on themselves, or someone pressing for them."""

    SELF = "self"
    PARTNER = "partner"


SIDE_NAMES = {Side.LEFT: "left", Side.RIGHT: "right"}
OTHER_SIDE = {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}
PARTNER_WORDS = {
    "side": "your partner's {side} side",
    # Where the partner's side is, from where the presser stands ("facing": the figure the point is on).
    "where-back": "Their own {side}: on your {side} as you stand behind them.",
    "where-front": "Their own {side}: on your {other} as you face them.",
    "where-other": "Their own {side}, as they feel it.",
    "spoken-back": "Your partner's {side} side, on your {side}.",
    "spoken-front": "Your partner's {side} side, on your {other}.",
    "spoken-other": "Your partner's {side} side.",
    "switch-back": "Switch to your partner's {side} side, on your {side} as you stand behind them.",
    "switch-front": "Switch to your partner's {side} side, on your {other} as you face them.",
    "switch-other": "Switch to your partner's {side} side.",
    "press": "{how}, {motion}. Ask your partner to breathe slowly.",
}
FACINGS = ("back", "front")
"""The figures that say where the presser stands: behind the person, or facing them."""


def presser_facing(point: Point) -> str:
    """How the presser sees the point: "back" (from behind), "front" (facing the person), or ""
    (a side or sole figure, which says nothing about where one stands)."""
    first = point.markers[0].view if point.markers else ""
    return first if first in FACINGS else ""


def _partner(key: str, side: Side) -> str:
    return PARTNER_WORDS[key].format(side=SIDE_NAMES[side], other=SIDE_NAMES[OTHER_SIDE[side]])


def where_words(point: Point, side: Side, presser: Presser = Presser.SELF) -> str:
    """For a presser, where the partner's side is from where they stand; "" otherwise (and on the midline)."""
    if presser is Presser.SELF or side is Side.MIDLINE:
        return ""
    return _partner(f"where-{presser_facing(point) or 'other'}", side)


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


def side_words(side: Side, presser: Presser = Presser.SELF) -> str:
    """``"left side"``, ``"right side"`` (``"your partner's left side"``), or nothing for a
    point on the midline."""
    if side is Side.MIDLINE:
        return ""
    return _partner("side", side) if presser is Presser.PARTNER else f"{SIDE_NAMES[side]} side"


def step_title(point: Point, side: Side, presser: Presser = Presser.SELF) -> str:
    """The step as the session panel heads it: ``"BL23 · Kidney Shu — right side"``."""
    where = side_words(side, presser)
    return f"{point.code} · {point.name}" + (f" — {where}" if where else "")


def step_label(point: Point, side: Side, presser: Presser = Presser.SELF) -> str:
    """The short form, in the tray and after "Next:": ``"BL23 Kidney Shu, right side"``."""
    where = side_words(side, presser)
    return f"{point.code} {point.name}" + (f", {where}" if where else "")


def press_instruction(point: Point, presser: Presser = Presser.SELF) -> str:
    """How to press, from the point's technique: ``"Press firmly, steady. Breathe slowly."``."""
    how = PRESS_WORDS.get(point.technique.pressure, "Press")
    if presser is Presser.PARTNER:
        return PARTNER_WORDS["press"].format(how=how, motion=point.technique.motion)
    return f"{how}, {point.technique.motion}. Breathe slowly."


def next_text(point: Point | None, side: Side, presser: Presser = Presser.SELF) -> str:
    """What comes after this step (``None``: nothing, the routine ends)."""
    return NOTHING_NEXT if point is None else f"Next: {step_label(point, side, presser)}"


def switch_text(to_side: Side, presser: Presser = Presser.SELF, point: Point | None = None) -> str:
    """Half-way through a point: ``"Switch to the right side."``; for a presser, with where that
    side is from where they stand (when the ``point`` is given)."""
    if presser is Presser.SELF or to_side is Side.MIDLINE:
        return f"Switch to the {to_side.value} side."
    return _partner(f"switch-{(presser_facing(point) if point else '') or 'other'}", to_side)


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


def spoken_step(point: Point, side: Side, seconds: float, presser: Presser = Presser.SELF) -> str:
    """What the voice says at a step; to a presser: ``"Your partner's left side, on your left.
    Bladder 23, Kidney Shu. 30 seconds."``."""
    if presser is Presser.SELF or side is Side.MIDLINE:
        return prompt(point.code, point.name, side.value, seconds)
    where = _partner(f"spoken-{presser_facing(point) or 'other'}", side)
    return f"{where} {prompt(point.code, point.name, '', seconds)}"


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
    where: str = ""  # for a presser: where the partner's side is from where they stand


def describe_step(
    atlas: Atlas, steps: Sequence[SessionStep], index: int, *, pregnant: bool = False, presser: Presser = Presser.SELF
) -> StepText:
    """The words for step ``index`` of a session's ``steps``."""
    step = steps[index]
    point = atlas.point(step.point)
    following = steps[index + 1] if index + 1 < len(steps) else None
    after = (
        next_text(atlas.point(following.point), following.side, presser) if following else next_text(None, Side.MIDLINE)
    )
    caution = ""
    if pregnant:
        caution = " ".join(c.text for c in point.cautions if c.kind == "pregnancy")
    return StepText(
        step_title(point, step.side, presser),
        press_instruction(point, presser),
        index + 1,
        len(steps),
        after,
        caution,
        where_words(point, step.side, presser),
    )
