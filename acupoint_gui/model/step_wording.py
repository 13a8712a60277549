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
from .wording import QT_TRANSLATE_NOOP, Words


class Presser(StrEnum):
    """Who presses: the person on themselves, or someone pressing for them."""

    SELF = "self"
    PARTNER = "partner"


class StepWords(Words):
    """The words of a session's steps, shown, spoken and in the tray."""


SIDE_NAMES = {Side.LEFT: QT_TRANSLATE_NOOP("StepWords", "left"), Side.RIGHT: QT_TRANSLATE_NOOP("StepWords", "right")}
OTHER_SIDE = {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}
PARTNER_WORDS = {
    "side": QT_TRANSLATE_NOOP("StepWords", "your partner's {side} side"),
    # Where the partner's side is, from where the presser stands ("facing": the figure the point is on).
    "where-back": QT_TRANSLATE_NOOP("StepWords", "Their own {side}: on your {side} as you stand behind them."),
    "where-front": QT_TRANSLATE_NOOP("StepWords", "Their own {side}: on your {other} as you face them."),
    "where-other": QT_TRANSLATE_NOOP("StepWords", "Their own {side}, as they feel it."),
    "spoken-back": QT_TRANSLATE_NOOP("StepWords", "Your partner's {side} side, on your {side}."),
    "spoken-front": QT_TRANSLATE_NOOP("StepWords", "Your partner's {side} side, on your {other}."),
    "spoken-other": QT_TRANSLATE_NOOP("StepWords", "Your partner's {side} side."),
    "switch-back": QT_TRANSLATE_NOOP(
        "StepWords", "Switch to your partner's {side} side, on your {side} as you stand behind them."
    ),
    "switch-front": QT_TRANSLATE_NOOP(
        "StepWords", "Switch to your partner's {side} side, on your {other} as you face them."
    ),
    "switch-other": QT_TRANSLATE_NOOP("StepWords", "Switch to your partner's {side} side."),
    "press": QT_TRANSLATE_NOOP("StepWords", "{how}, {motion}. Ask your partner to breathe slowly."),
}
FACINGS = ("back", "front")
"""The figures that say where the presser stands: behind the person, or facing them."""


def presser_facing(point: Point) -> str:
    """How the presser sees the point: "back" (from behind), "front" (facing the person), or ""
    (a side or sole figure, which says nothing about where one stands)."""
    first = point.markers[0].view if point.markers else ""
    return first if first in FACINGS else ""


def _partner(key: str, side: Side) -> str:
    return StepWords.tr(PARTNER_WORDS[key]).format(
        side=StepWords.tr(SIDE_NAMES[side]), other=StepWords.tr(SIDE_NAMES[OTHER_SIDE[side]])
    )


def where_words(point: Point, side: Side, presser: Presser = Presser.SELF) -> str:
    """For a presser, where the partner's side is from where they stand; "" otherwise (and on the midline)."""
    if presser is Presser.SELF or side is Side.MIDLINE:
        return ""
    return _partner(f"where-{presser_facing(point) or 'other'}", side)


PRESS_WORDS = {
    "gentle": QT_TRANSLATE_NOOP("StepWords", "Press gently"),
    "medium": QT_TRANSLATE_NOOP("StepWords", "Press with medium pressure"),
    "firm": QT_TRANSLATE_NOOP("StepWords", "Press firmly"),
}
MOTION_WORDS = {
    "steady": QT_TRANSLATE_NOOP("StepWords", "steady"),
    "circular": QT_TRANSLATE_NOOP("StepWords", "circular"),
    "steady or circular": QT_TRANSLATE_NOOP("StepWords", "steady or circular"),
}

CHANNEL_WORDS = {
    "BL": QT_TRANSLATE_NOOP("StepWords", "Bladder"),
    "GB": QT_TRANSLATE_NOOP("StepWords", "Gallbladder"),
    "CV": QT_TRANSLATE_NOOP("StepWords", "Conception Vessel"),
    "LI": QT_TRANSLATE_NOOP("StepWords", "Large Intestine"),
    "SI": QT_TRANSLATE_NOOP("StepWords", "Small Intestine"),
    "KI": QT_TRANSLATE_NOOP("StepWords", "Kidney"),
    "LR": QT_TRANSLATE_NOOP("StepWords", "Liver"),
}
# The channel as the data names it ("Bladder") in the words of a channel's full name.
CHANNEL_NAMES = {
    "Bladder": QT_TRANSLATE_NOOP("StepWords", "Bladder channel"),
    "Gallbladder": QT_TRANSLATE_NOOP("StepWords", "Gallbladder channel"),
    "Conception Vessel": QT_TRANSLATE_NOOP("StepWords", "Conception Vessel"),
    "Large Intestine": QT_TRANSLATE_NOOP("StepWords", "Large Intestine channel"),
    "Small Intestine": QT_TRANSLATE_NOOP("StepWords", "Small Intestine channel"),
    "Kidney": QT_TRANSLATE_NOOP("StepWords", "Kidney channel"),
    "Liver": QT_TRANSLATE_NOOP("StepWords", "Liver channel"),
}

FINISHED = QT_TRANSLATE_NOOP("StepWords", "Well done — the routine is complete.")
SPOKEN_FINISHED = QT_TRANSLATE_NOOP("StepWords", "Well done. The routine is complete.")
NOTHING_NEXT = QT_TRANSLATE_NOOP("StepWords", "Next: finished")


def motion_words(motion: str) -> str:
    """``"circular"`` in the current language."""
    return StepWords.tr(MOTION_WORDS[motion]) if motion in MOTION_WORDS else motion


def channel_words(channel: str) -> str:
    """The channel's name as the data gives it (``"Bladder"``), in the current language."""
    return StepWords.tr(CHANNEL_NAMES[channel]) if channel in CHANNEL_NAMES else channel


def side_words(side: Side, presser: Presser = Presser.SELF) -> str:
    """``"left side"``, ``"right side"`` (``"your partner's left side"``), or nothing for a
    point on the midline."""
    if side is Side.MIDLINE:
        return ""
    if presser is Presser.PARTNER:
        return _partner("side", side)
    return StepWords.tr("left side") if side is Side.LEFT else StepWords.tr("right side")


def step_title(point: Point, side: Side, presser: Presser = Presser.SELF) -> str:
    """The step as the session panel heads it: ``"BL23 · Kidney Shu — right side"``."""
    where = side_words(side, presser)
    if not where:
        return f"{point.code} · {point.name}"
    return StepWords.tr("{code} · {name} — {side}").format(code=point.code, name=point.name, side=where)


def step_label(point: Point, side: Side, presser: Presser = Presser.SELF) -> str:
    """The short form, in the tray and after "Next:": ``"BL23 Kidney Shu, right side"``."""
    where = side_words(side, presser)
    if not where:
        return f"{point.code} {point.name}"
    return StepWords.tr("{code} {name}, {side}").format(code=point.code, name=point.name, side=where)


def press_instruction(point: Point, presser: Presser = Presser.SELF) -> str:
    """How to press, from the point's technique: ``"Press firmly, steady. Breathe slowly."``."""
    how = StepWords.tr(PRESS_WORDS.get(point.technique.pressure, QT_TRANSLATE_NOOP("StepWords", "Press")))
    motion = motion_words(point.technique.motion)
    if presser is Presser.PARTNER:
        return StepWords.tr(PARTNER_WORDS["press"]).format(how=how, motion=motion)
    return StepWords.tr("{how}, {motion}. Breathe slowly.").format(how=how, motion=motion)


def next_text(point: Point | None, side: Side, presser: Presser = Presser.SELF) -> str:
    """What comes after this step (``None``: nothing, the routine ends)."""
    if point is None:
        return StepWords.tr(NOTHING_NEXT)
    return StepWords.tr("Next: {step}").format(step=step_label(point, side, presser))


def switch_text(to_side: Side, presser: Presser = Presser.SELF, point: Point | None = None) -> str:
    """Half-way through a point: ``"Switch to the right side."``; for a presser, with where that
    side is from where they stand (when the ``point`` is given)."""
    if presser is Presser.SELF or to_side is Side.MIDLINE:
        if to_side is Side.LEFT:
            return StepWords.tr("Switch to the left side.")
        return StepWords.tr("Switch to the right side.")
    return _partner(f"switch-{(presser_facing(point) if point else '') or 'other'}", to_side)


def finished_text(completed: int, total: int, finished: bool) -> str:
    """How a session ended, as the panel says it."""
    if finished:
        return StepWords.tr(FINISHED)
    return StepWords.tr("Session stopped after {completed} of %n step(s).", "", total).format(completed=completed)


def spoken_code(code: str) -> str:
    """``"BL23"`` → ``"Bladder 23"``."""
    letters = code.rstrip("0123456789")
    channel = StepWords.tr(CHANNEL_WORDS[letters]) if letters in CHANNEL_WORDS else letters
    return StepWords.tr("{channel} {number}").format(channel=channel, number=code[len(letters) :])


def seconds_words(seconds: float) -> str:
    """A step's length as it is said: ``"30 seconds"``, ``"one minute"``, ``"2 minutes"``."""
    whole = round(seconds)
    if whole % 60 == 0 and whole >= 60:
        minutes = whole // 60
        return StepWords.tr("one minute") if minutes == 1 else StepWords.tr("%n minute(s)", "", minutes)
    return StepWords.tr("%n second(s)", "", whole)


def prompt(code: str, name: str, side: str, seconds: float) -> str:
    """What the voice says at a step: ``"Right side. Bladder 23, Kidney Shu. 30 seconds."``."""
    said = StepWords.tr("{code}, {name}. {time}.").format(
        code=spoken_code(code), name=name, time=seconds_words(seconds)
    )
    if side == "left":
        return StepWords.tr("Left side. {step}").format(step=said)
    if side == "right":
        return StepWords.tr("Right side. {step}").format(step=said)
    return said


def spoken_step(point: Point, side: Side, seconds: float, presser: Presser = Presser.SELF) -> str:
    """What the voice says at a step; to a presser: ``"Your partner's left side, on your left.
    Bladder 23, Kidney Shu. 30 seconds."``."""
    if presser is Presser.SELF or side is Side.MIDLINE:
        return prompt(point.code, point.name, side.value, seconds)
    where = _partner(f"spoken-{presser_facing(point) or 'other'}", side)
    return StepWords.tr("{where} {step}").format(where=where, step=prompt(point.code, point.name, "", seconds))


def duration_words(seconds: float) -> str:
    """A length in words, rounded as people say it: "45 seconds", "10 minutes", "1 hour 5 minutes"."""
    if seconds < 90:
        return StepWords.tr("%n second(s)", "", round(seconds))
    hours, minutes = divmod(round(seconds / 60), 60)
    if not hours:
        return StepWords.tr("%n minute(s)", "", minutes)
    if not minutes:
        return StepWords.tr("%n hour(s)", "", hours)
    return StepWords.tr("{hours} {minutes}").format(
        hours=StepWords.tr("%n hour(s)", "", hours), minutes=StepWords.tr("%n minute(s)", "", minutes)
    )


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
