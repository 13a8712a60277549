"""What the close-up shows at each moment of a find-it guide, worked out without Qt.

:func:`guide_frame` turns a guide, a side, a step and the time since the step began into a
:class:`GuideFrame`: the landmarks (the step's own pulsing), the measure (fingers drawn to
scale, or the line between two landmarks divided into halves or thirds), the arrows (growing)
and the point. The window animates it with a clock; the PNGs, the sheet and Reduce motion use
the settled frame (``reduce_motion=True``: every step's state, nothing moving).
"""

from __future__ import annotations

import math
from typing import NamedTuple

from .closeups import marker_radius
from .find_it import FindIt, GuideStep
from .finger_widths import finger_measure, finger_name
from .geometry import Figure, place
from .landmark_names import plain_name
from .points import MarkerRule, Side
from .wording import Words

PULSE_SECONDS = 1.4  # one swell and ebb of a pulsing landmark
ARROW_SECONDS = 0.9  # an arrow grows from its start to its end
FADE_SECONDS = 0.4  # the fingers fade in
POP_SECONDS = 0.35  # the point appears
FINGER_LENGTH_CUN = 2.6  # how much of each finger is drawn (its width is what measures)


class GuideWords(Words):
    """The find-it guide's own words (its steps' texts are the data's)."""


class Mark(NamedTuple):
    """A landmark drawn on the close-up."""

    name: str
    x: float
    y: float
    label: str
    pulse: float  # 0 still, up to 1 at the height of a pulse
    current: bool  # the step's own landmark (the others are found already)


class Arrow(NamedTuple):
    x1: float
    y1: float
    x2: float
    y2: float
    progress: float  # how much of it is drawn, 0 to 1

    def tip(self) -> tuple[float, float]:
        return (self.x1 + (self.x2 - self.x1) * self.progress, self.y1 + (self.y2 - self.y1) * self.progress)


class Division(NamedTuple):
    """A line between two landmarks, with marks where it is divided (halves or thirds)."""

    x1: float
    y1: float
    x2: float
    y2: float
    ticks: tuple[float, ...]


class Fingers(NamedTuple):
    """A finger measure drawn to scale: ``count`` fingers side by side, each ``width`` across,
    their outer edges at ``start`` and ``end`` (figure units); ``number`` of them. The fingers lie across the
    measure, tips towards ``pointing`` (a unit vector)."""

    start: tuple[float, float]
    end: tuple[float, float]
    number: int
    width: float
    length: float
    pointing: tuple[float, float]
    name: str
    opacity: float


class PointMark(NamedTuple):
    x: float
    y: float
    radius: float  # figure units, already grown by ``pop``
    ring: float  # 0 to 1: a ring swelling around it, drawing the eye


class GuideFrame(NamedTuple):
    code: str
    view: str
    side: Side
    mirrored: bool  # draw the figure mirrored (the left side on a one-sided close-up)
    step: int  # 0-based
    steps: int
    show: str
    text: str
    marks: tuple[Mark, ...]
    divisions: tuple[Division, ...]
    fingers: tuple[Fingers, ...]
    arrows: tuple[Arrow, ...]
    point: PointMark | None
    settled: bool  # nothing will move any more: an animation can stop its clock

    @property
    def title(self) -> str:
        return GuideWords.tr("Step {step} of {steps}").format(step=self.step + 1, steps=self.steps)


def _pulse(seconds: float) -> float:
    return 0.5 - 0.5 * math.cos(2 * math.pi * seconds / PULSE_SECONDS)


def _ease(seconds: float, duration: float, delay: float = 0.0) -> float:
    """0 to 1 over ``duration`` after ``delay``, slow at both ends."""
    t = min(max((seconds - delay) / duration, 0.0), 1.0)
    return t * t * (3 - 2 * t)


def _ticks(fraction: float) -> tuple[float, ...]:
    for parts in (2, 3):
        if any(abs(fraction - k / parts) < 0.01 for k in range(1, parts)):
            return tuple(k / parts for k in range(1, parts))
    return ()


def guide_frame(
    find_it: FindIt, code: str, side: Side, step: int, seconds: float = 0.0, *, reduce_motion: bool = False
) -> GuideFrame:
    """The close-up of step ``step`` (0-based), ``seconds`` after it began, for one side."""
    guide = find_it.guide(code)
    figure = find_it.figures[guide.view]
    step = min(max(step, 0), len(guide.steps) - 1)

    def at(name: str, where: Side = side) -> tuple[float, float]:
        return place(MarkerRule(figure.view, name), figure, {}, where)

    marks: dict[str, Mark] = {}
    divisions: list[Division] = []
    fingers: list[Fingers] = []
    arrows: list[Arrow] = []
    point = None
    moving = False
    for index, current in enumerate(guide.steps[: step + 1]):
        now = index == step
        t = seconds if now and not reduce_motion else 1e9  # earlier steps are complete
        for name in current.landmarks_named():
            own = now and name == current.landmark and current.show == "landmark"
            pulse = _pulse(seconds) if own and not reduce_motion else 0.0
            for where in _sides_shown(figure, name, side):  # both hip bones' tops: L4 lies between
                x, y = at(name, where)
                key = name if where is side else f"{name}-{where.value}"
                marks[key] = Mark(name, x, y, plain_name(name), pulse, own)
            moving |= own and not reduce_motion
        if current.show == "landmark" and current.start and current.landmark:
            (x1, y1), (x2, y2) = at(current.start), at(current.landmark)
            arrows.append(Arrow(x1, y1, x2, y2, _ease(t, ARROW_SECONDS)))
        elif current.show == "measure":
            end = place(_rule(current, figure), figure, {}, side)
            start = at(current.start or "")
            if current.end is not None:
                far = at(current.end)
                divisions.append(Division(*start, *far, _ticks(current.fraction)))
            else:
                fingers.append(_fingers(current, figure, start, end, _ease(t, FADE_SECONDS)))
            arrows = [arrow for arrow in arrows if not _runs_back_along(arrow, start, end)]
            arrows.append(Arrow(*start, *end, _ease(t, ARROW_SECONDS, delay=FADE_SECONDS / 2)))
        elif current.show == "point":
            x, y = place(guide.closeups[0], figure, {}, side)
            radius = marker_radius(figure) * (0.3 + 0.7 * _ease(t, POP_SECONDS))
            point = PointMark(x, y, radius, _pulse(seconds) if now and not reduce_motion else 0.0)
            moving |= now and not reduce_motion
        moving |= now and not reduce_motion and seconds < ARROW_SECONDS + FADE_SECONDS
    current = guide.steps[step]
    return GuideFrame(
        code,
        figure.view,
        side,
        figure.mirrored and side is Side.LEFT,
        step,
        len(guide.steps),
        current.show,
        current.text,
        tuple(marks.values()),
        tuple(divisions),
        tuple(fingers),
        tuple(arrows),
        point,
        not moving,
    )


def _runs_back_along(arrow: Arrow, start: tuple[float, float], end: tuple[float, float]) -> bool:
    """Whether a measure from ``start`` to ``end`` goes back along an earlier arrow that ended at
    ``start`` (BL28: from the dimple in to S2, then out again to the point). Drawn together, the
    two read as one arrow pointing the wrong way, so the earlier one is left out."""
    if math.dist((arrow.x2, arrow.y2), start) > 1e-6:
        return False
    ax, ay = arrow.x2 - arrow.x1, arrow.y2 - arrow.y1
    mx, my = end[0] - start[0], end[1] - start[1]
    lengths = math.hypot(ax, ay) * math.hypot(mx, my)
    return lengths > 0 and (ax * mx + ay * my) / lengths < -0.9


def _sides_shown(figure: Figure, name: str, side: Side) -> tuple[Side, ...]:
    """The point's own side; on a figure of both sides, a landmark felt on both (the hip bones'
    tops, the dimples over the pelvis) is shown on both, as a person feels it with both hands."""
    both = not figure.mirrored and f"{name}-left" in figure.landmarks and f"{name}-right" in figure.landmarks
    if both and side is not Side.MIDLINE:
        return (side, Side.RIGHT if side is Side.LEFT else Side.LEFT)
    return (side,)


def _rule(step: GuideStep, figure: Figure) -> MarkerRule:
    rule = step.as_rule(figure.view)
    assert rule is not None  # a measure step always has one (checked when the data is loaded)
    return rule


def _fingers(
    step: GuideStep, figure: Figure, start: tuple[float, float], end: tuple[float, float], opacity: float
) -> Fingers:
    """The fingers for a measure in cun, to the close-up's scale, laid across the measure."""
    measure = finger_measure(step.cun)
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    # Fingertips point away from the figure's feet for a measure across the body (upwards on
    # the back), and outwards (to the side the measure goes) for a measure down the body.
    across = (0.0, -1.0) if abs(dx) >= abs(dy) else ((1.0, 0.0) if figure.view_box[2] / 2 > start[0] else (-1.0, 0.0))
    return Fingers(
        start,
        end,
        measure.fingers,
        length / measure.fingers,
        FINGER_LENGTH_CUN * figure.units_per_cun,
        across,
        finger_name(measure),
        opacity,
    )


def frame_region(
    frame: GuideFrame, figure: Figure, *, margin_cun: float = 1.4, aspect: float = 4 / 3
) -> tuple[float, float, float, float]:
    """The part of the close-up a small picture needs (the landmarks, the measure and the
    point, with room around them), as ``(left, top, width, height)`` in figure units, widened
    to ``aspect`` (width / height) and kept inside the figure."""
    xs = [m.x for m in frame.marks] + [c for a in frame.arrows for c in (a.x1, a.x2)]
    ys = [m.y for m in frame.marks] + [c for a in frame.arrows for c in (a.y1, a.y2)]
    for fingers in frame.fingers:  # their tips reach out across the measure
        for x, y in (fingers.start, fingers.end):
            xs += [x, x + fingers.pointing[0] * fingers.length * 0.65]
            ys += [y, y + fingers.pointing[1] * fingers.length * 0.65]
    if frame.point is not None:
        xs.append(frame.point.x)
        ys.append(frame.point.y)
    left, top, width, height = figure.view_box
    if not xs:
        return (left, top, width, height)
    margin = margin_cun * figure.units_per_cun
    x0, x1, y0, y1 = min(xs) - margin, max(xs) + margin, min(ys) - margin, max(ys) + margin
    w, h = x1 - x0, y1 - y0
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    w, h = min(w, width), min(h, height)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    x = min(max(cx - w / 2, left), left + width - w)
    y = min(max(cy - h / 2, top), top + height - h)
    return (x, y, w, h)


def found_from(find_it: FindIt, code: str, side: Side) -> tuple[Mark, ...]:
    """The landmarks a point is found from, as its guide's last step leaves them (still, named):
    what the close-up shows beside the point when it is opened from the point's details."""
    guide = find_it.guide(code)
    return guide_frame(find_it, code, side, len(guide.steps) - 1, reduce_motion=True).marks


def found_from_words(marks: tuple[Mark, ...]) -> str:
    """ "Found from: top of the hip bone; L2, elbow level.", each landmark named once."""
    names = list(dict.fromkeys(mark.label for mark in marks))
    if not names:
        return ""
    return GuideWords.tr("Found from: {landmarks}.").format(landmarks=GuideWords.tr("; ").join(names))
