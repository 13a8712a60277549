"""Practice ▸ Find the point, decided without Qt: what is asked, where the answer is, and how
far off a click was, in cun on the close-up's own scale, with the words for it.

A question names a point and a side ("Click where BL52 is, on your left side"). It is asked on
the point's close-up (the one its find-it guide acts out), without markers. A close-up of both
sides (the low back seen from behind, the shoulder blades) is one panel, and a click is taken
to be on the side whose point it is nearer to. A one-sided close-up (the hip, the back of the
knee, the ankle, the hand, the foot) is drawn for the right side and mirrored for the left, so
both are shown side by side, each panel for one side: a click in the other side's panel is the
wrong side. Distances are the same in a mirrored panel (a mirror keeps lengths), and markers of
the left side are already placed in the mirrored figure's frame (:func:`~.geometry.place`), so
a click is compared with the markers of its own panel's side, in figure units.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from .find_it import FindIt
from .geometry import Figure
from .points import Point, Side
from .wording import QT_TRANSLATE_NOOP, Words

FOUND_CUN = 1.0  # within a finger width (a thumb's width is 1 cun): pressed there, you are on it
WRONG_SIDE_REACH_CUN = 2.0  # nearer the other side's point, and this near it: that side was meant
BANDS = (
    # (at most this many cun, the words after "0.4 cun off: ")
    (FOUND_CUN, QT_TRANSLATE_NOOP("PracticeWords", "within a finger width")),
    (1.5, QT_TRANSLATE_NOOP("PracticeWords", "within two finger widths")),
    (3.0, QT_TRANSLATE_NOOP("PracticeWords", "within four finger widths")),
    (math.inf, QT_TRANSLATE_NOOP("PracticeWords", "more than four finger widths away")),
)
SIDE_NAMES = {
    Side.LEFT: QT_TRANSLATE_NOOP("PracticeWords", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("PracticeWords", "right"),
}
# The sentences, as templates with named parts, so a translation can reorder them.
WORDS = {
    "ask-side": QT_TRANSLATE_NOOP("PracticeWords", "Click where {code} ({name}) is, on your {side} side."),
    "ask-midline": QT_TRANSLATE_NOOP("PracticeWords", "Click where {code} ({name}) is."),
    "off": QT_TRANSLATE_NOOP("PracticeWords", "{cun} cun off: {band}."),
    "found": QT_TRANSLATE_NOOP("PracticeWords", "Found."),
    "not-yet": QT_TRANSLATE_NOOP("PracticeWords", "Not yet: the guide shows how to find it."),
    "wrong-side": QT_TRANSLATE_NOOP(
        "PracticeWords",
        "That was the {clicked} side. {code} on your {asked} side is where the guide shows; "
        "on the {clicked} side you were {cun} cun off.",
    ),
    "panel": QT_TRANSLATE_NOOP("PracticeWords", "Your {side} side"),
    "round": QT_TRANSLATE_NOOP("PracticeWords", "{found} of {asked} found, {cun} cun off on average."),
    "round-wrong": QT_TRANSLATE_NOOP("PracticeWords", " {count} on the wrong side."),
}


class PracticeWords(Words):
    """Practice's questions and verdicts."""


def _w(key: str) -> str:
    return PracticeWords.tr(WORDS[key])


def _side(side: Side) -> str:
    return PracticeWords.tr(SIDE_NAMES.get(side, ""))


class PracticePanel(NamedTuple):
    """One figure of a question: a close-up of both sides (``shows`` is ``None``), or of one
    side (drawn mirrored for the left)."""

    view: str
    shows: Side | None
    mirrored: bool


class Question(NamedTuple):
    code: str
    side: Side  # MIDLINE for a point on the midline
    view: str  # the close-up
    panels: tuple[PracticePanel, ...]

    @property
    def key(self) -> tuple[str, Side]:
        return (self.code, self.side)


class Click(NamedTuple):
    """Where a person answered: which panel, and where in it, in the close-up's figure units."""

    panel: int
    x: float
    y: float


class Score(NamedTuple):
    distance_cun: float  # from the point on the side clicked
    clicked_side: Side
    wrong_side: bool
    found: bool
    text: str


def panels_for(figure: Figure) -> tuple[PracticePanel, ...]:
    """The panels a close-up is asked on, left to right as a person looks at them."""
    if not figure.mirrored:
        return (PracticePanel(figure.view, None, False),)
    right = PracticePanel(figure.view, Side.RIGHT, False)
    left = PracticePanel(figure.view, Side.LEFT, True)
    # Seen from behind (the back of the knee), on the back of one's own hand or at one's own
    # soles, the left is on the left; seen from the front or the side, the right comes first.
    return (left, right) if figure.facing in ("back", "hand", "sole") else (right, left)


def question_for(find_it: FindIt, code: str, side: Side) -> Question:
    """The question for ``code`` on ``side``, on the close-up its guide acts out."""
    view = find_it.guide(code).view
    return Question(code, side, view, panels_for(find_it.figures[view]))


def ask_text(point: Point, side: Side) -> str:
    if side is Side.MIDLINE:
        return _w("ask-midline").format(code=point.code, name=point.name)
    return _w("ask-side").format(code=point.code, name=point.name, side=_side(side))


def panel_caption(panel: PracticePanel) -> str:
    """The words under a one-sided panel ("Your left side"); none for a figure of both sides."""
    return _w("panel").format(side=_side(panel.shows)) if panel.shows is not None else ""


def target(find_it: FindIt, question: Question, side: Side) -> tuple[float, float]:
    """Where the point is on ``side``, in the figure units of the close-up (the mirrored frame for
    the left side of a one-sided close-up)."""
    for marker in find_it.markers_of(question.code):
        if marker.view == question.view and marker.side is side:
            return (marker.x, marker.y)
    raise KeyError(f"{question.code} has no {side.value} marker on the {question.view} close-up")


def cun_between(figure: Figure, a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1]) / figure.units_per_cun


def band_words(distance_cun: float) -> str:
    return PracticeWords.tr(next(words for limit, words in BANDS if distance_cun <= limit + 1e-9))


def cun_text(distance_cun: float) -> str:
    """A distance as it is said: one decimal (``"0.4"``)."""
    return f"{distance_cun:.1f}"


def score(find_it: FindIt, point: Point, question: Question, answer: Click) -> Score:
    """How far the ``answer`` is from the point, in cun on the close-up's own scale, and whether
    it was on the side asked for."""
    figure = find_it.figures[question.view]
    shown = question.panels[answer.panel]
    click = (answer.x, answer.y)
    asked = question.side
    if asked is Side.MIDLINE:
        clicked, distance = Side.MIDLINE, cun_between(figure, click, target(find_it, question, Side.MIDLINE))
    elif shown.shows is not None:  # one side per panel: the panel says which side was clicked
        clicked = shown.shows
        distance = cun_between(figure, click, target(find_it, question, clicked))
    else:  # both sides on one figure: the side whose point is nearer, if clearly so
        other = Side.RIGHT if asked is Side.LEFT else Side.LEFT
        to_asked = cun_between(figure, click, target(find_it, question, asked))
        to_other = cun_between(figure, click, target(find_it, question, other))
        if to_other < to_asked and to_other <= WRONG_SIDE_REACH_CUN:
            clicked, distance = other, to_other
        else:
            clicked, distance = asked, to_asked
    wrong = clicked is not asked
    found = not wrong and distance <= FOUND_CUN + 1e-9
    return Score(distance, clicked, wrong, found, result_text(point, asked, clicked, distance))


def result_text(point: Point, asked: Side, clicked: Side, distance_cun: float) -> str:
    """``"0.4 cun off: within a finger width. Found."``, or ``"That was the right side. …"``."""
    cun = cun_text(distance_cun)
    if clicked is not asked:
        return _w("wrong-side").format(clicked=_side(clicked), asked=_side(asked), code=point.code, cun=cun)
    off = _w("off").format(cun=cun, band=band_words(distance_cun))
    verdict = _w("found") if distance_cun <= FOUND_CUN + 1e-9 else _w("not-yet")
    return PracticeWords.tr("{off} {verdict}").format(off=off, verdict=verdict)


def round_text(scores: list[Score]) -> str:
    """How a round went: ``"4 of 5 found, 0.6 cun off on average. 1 on the wrong side."``."""
    if not scores:
        return ""
    found = sum(s.found for s in scores)
    average = sum(s.distance_cun for s in scores) / len(scores)
    text = _w("round").format(found=found, asked=len(scores), cun=cun_text(average))
    wrong = sum(s.wrong_side for s in scores)
    return text + (_w("round-wrong").format(count=wrong) if wrong else "")
