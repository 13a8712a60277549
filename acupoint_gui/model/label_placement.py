"""Where labels go beside their dots: never over a point marker, a dot or another label.

Plain geometry, no Qt, in whatever units the caller draws in: the map view passes screen
pixels at its current zoom (landmark labels), the printed sheet page units (the numbered
badges of points that lie too close together). Each label tries a few places around its dot,
its preferred side first; a label with no free place is left out, as maps do. Point marks that
would overlap at the drawn size are spread apart (:func:`spread_marks`), each with a leader line
back to its own spot.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

Rect = tuple[float, float, float, float]
"""``(left, top, width, height)`` in screen pixels."""
Polygon = Sequence[tuple[float, float]]
"""A convex shape's corners in order (fingers drawn across a measure, at any angle)."""

GAP = 7.0  # between a dot's centre and its label, in screen pixels (the default)


class LabelRequest(NamedTuple):
    anchor: tuple[float, float]  # the landmark dot's centre
    size: tuple[float, float]  # the label's width and height
    prefer: str  # "right", "left" or "above"
    area: Rect | None = None  # where the label must stay (its own figure's part of the map)


def _candidates(request: LabelRequest, gap: float) -> list[tuple[float, float]]:
    """Top-left offsets from the anchor, best first. A label stays on its preferred side if it
    can (close to the dot, then a little further), because a label that strays across the
    midline reads as the other side's; then above or below; the far side last."""
    near, far = _places(request, gap), _places(request, 2.5 * gap)
    order = {
        "left": ("left", "neutral", "right"),
        "right": ("right", "neutral", "left"),
        "above": ("neutral", "right", "left"),
    }[request.prefer if request.prefer in ("left", "above") else "right"]
    return [place for group in order for ring in (near, far) for place in ring[group]]


def _places(request: LabelRequest, gap: float) -> dict[str, list[tuple[float, float]]]:
    w, h = request.size
    return {
        "right": [(gap, -h / 2), (gap, -h - gap / 2), (gap, gap / 2)],  # beside, up, down
        "left": [(-w - gap, -h / 2), (-w - gap, -h - gap / 2), (-w - gap, gap / 2)],
        "neutral": [(-w / 2, -h - gap), (-w / 2, gap)],  # above, below
    }


def overlaps(a: Rect, b: Rect) -> bool:
    """Whether two rectangles share any area (touching edges do not count)."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def meets_polygon(box: Rect, polygon: Polygon) -> bool:
    """Whether a rectangle and a convex polygon share any area (separating axis test: they do
    unless a line along one of their edges has each wholly on its own side)."""
    if not polygon:
        return False
    corners = [
        (box[0], box[1]),
        (box[0] + box[2], box[1]),
        (box[0] + box[2], box[1] + box[3]),
        (box[0], box[1] + box[3]),
    ]
    edges = [(1.0, 0.0), (0.0, 1.0)]
    edges += [(b[0] - a[0], b[1] - a[1]) for a, b in zip(polygon, [*polygon[1:], *polygon[:1]], strict=True)]
    for ex, ey in edges:
        if ex == 0 and ey == 0:
            continue  # two corners in one place: no edge
        nx, ny = -ey, ex
        mine = [nx * x + ny * y for x, y in corners]
        theirs = [nx * x + ny * y for x, y in polygon]
        if max(mine) <= min(theirs) or max(theirs) <= min(mine):
            return False
    return True


def _inside(box: Rect, bounds: Rect | None) -> bool:
    if bounds is None:
        return True
    return (
        box[0] >= bounds[0]
        and box[1] >= bounds[1]
        and box[0] + box[2] <= bounds[0] + bounds[2]
        and box[1] + box[3] <= bounds[1] + bounds[3]
    )


def _distance(box: Rect, point: tuple[float, float]) -> float:
    """From a point to the nearest edge of a box (0 inside it)."""
    dx = max(box[0] - point[0], 0.0, point[0] - box[0] - box[2])
    dy = max(box[1] - point[1], 0.0, point[1] - box[1] - box[3])
    return math.hypot(dx, dy)


def place_labels(
    requests: Sequence[LabelRequest],
    obstacles: Sequence[Rect],
    bounds: Rect | None = None,
    *,
    gap: float = GAP,
    dots: Sequence[tuple[float, float]] = (),
    shapes: Sequence[Polygon] = (),
) -> list[tuple[float, float] | None]:
    """The top-left offset (from its anchor) of each label, or ``None`` where none fits.

    Earlier requests are placed first, so put the ones that matter most (a landmark used by the
    chosen point) at the front. With ``bounds`` (the visible area), a label is never cut off.
    With ``dots`` (every labelled dot's centre), a label never sits nearer another dot than its
    own, where it would seem to name the other one. ``shapes`` are convex obstacles at any
    angle (drawn fingers), which a label never overlaps either.
    """
    placed: list[Rect] = []
    result: list[tuple[float, float] | None] = []
    for request in requests:
        x, y = request.anchor
        w, h = request.size
        reach = w + h + 3 * gap
        near = [o for o in (*obstacles, *placed) if overlaps(o, (x - reach, y - reach, 2 * reach, 2 * reach))]
        rivals = [d for d in dots if abs(d[0] - x) < reach and abs(d[1] - y) < reach and d != request.anchor]
        chosen = None
        for dx, dy in _candidates(request, gap):
            box = (x + dx, y + dy, w, h)
            own = _distance(box, request.anchor)
            if (
                _inside(box, bounds)
                and _inside(box, request.area)
                and not any(overlaps(box, o) for o in near)
                and not any(meets_polygon(box, shape) for shape in shapes)
                and all(_distance(box, rival) >= own for rival in rivals)
            ):
                chosen = (dx, dy)
                placed.append(box)
                break
        result.append(chosen)
    return result


def spread_marks(
    centres: Sequence[tuple[float, float]], spacing: float, *, away_from: Sequence[tuple[float, float]] = ()
) -> list[tuple[float, float]]:
    """Where to draw each mark so that no two are closer than ``spacing`` (centre to centre).

    Marks are placed in the order given: a mark stays on its own spot when that is free; a
    crowded one goes to the nearest free spot on rings around it, first in the direction it
    already lies from the marks it crowds (so BL52 moves further out from BL23, not across
    it), then turning a little further each way. A moved mark also keeps half the spacing
    clear of every other mark's own spot, so it never hides where another point is.
    ``away_from`` gives, per mark, a point to move away from when it sits exactly on another
    (the figure's middle, say). The caller draws a leader line from each moved mark back to
    its spot.
    """
    placed: list[tuple[float, float]] = []
    for index, (x, y) in enumerate(centres):
        crowd = [p for p in placed if math.hypot(p[0] - x, p[1] - y) < spacing - 1e-9]
        if not crowd:
            placed.append((x, y))
            continue
        cx, cy = sum(p[0] for p in crowd) / len(crowd), sum(p[1] for p in crowd) / len(crowd)
        dx, dy = x - cx, y - cy
        if math.hypot(dx, dy) < 1e-6:
            ax, ay = away_from[index] if index < len(away_from) else (x - 1.0, y)
            dx, dy = x - ax, y - ay
            if math.hypot(dx, dy) < 1e-6:
                dx, dy = 1.0, 0.0
        others = [c for other, c in enumerate(centres) if other != index]
        placed.append(_free_spot((x, y), math.atan2(dy, dx), placed, others, spacing))
    return placed


_TURNS = tuple(sign * step * math.pi / 12 for step in range(13) for sign in ((1,) if step in (0, 12) else (1, -1)))
"""0, then ±15°, ±30° … up to 180°: the directions tried on each ring, closest to the wanted one first."""


def _free_spot(
    home: tuple[float, float],
    heading: float,
    placed: Sequence[tuple[float, float]],
    other_homes: Sequence[tuple[float, float]],
    spacing: float,
) -> tuple[float, float]:
    """The first spot, on rings of growing radius around ``home``, at least ``spacing`` from every
    placed mark and half that from every other mark's own spot. A ring beyond all of them is
    always free, so this ends."""
    x, y = home
    farthest = max((math.hypot(p[0] - x, p[1] - y) for p in (*placed, *other_homes)), default=0.0)
    ring = spacing
    while True:
        for turn in _TURNS:
            spot = (x + ring * math.cos(heading + turn), y + ring * math.sin(heading + turn))
            if all(math.hypot(p[0] - spot[0], p[1] - spot[1]) >= spacing - 1e-9 for p in placed) and all(
                math.hypot(p[0] - spot[0], p[1] - spot[1]) >= spacing / 2 for p in other_homes
            ):
                return spot
        if ring > farthest + spacing:  # never reached: the ring's first spot was free
            return spot
        ring += spacing / 2
