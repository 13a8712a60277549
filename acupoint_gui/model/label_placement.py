"""Where labels go beside their dots: never over a point marker, a dot or another label.

Plain geometry, no Qt, in whatever units the caller draws in: the map view passes screen
pixels at its current zoom (landmark labels), the printed sheet page units (the numbered
badges of points that lie too close together). Each label tries a few places around its dot,
its preferred side first; a label with no free place is left out, as maps do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

Rect = tuple[float, float, float, float]
"""``(left, top, width, height)`` in screen pixels."""

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


def _inside(box: Rect, bounds: Rect | None) -> bool:
    if bounds is None:
        return True
    return (
        box[0] >= bounds[0]
        and box[1] >= bounds[1]
        and box[0] + box[2] <= bounds[0] + bounds[2]
        and box[1] + box[3] <= bounds[1] + bounds[3]
    )


def place_labels(
    requests: Sequence[LabelRequest], obstacles: Sequence[Rect], bounds: Rect | None = None, *, gap: float = GAP
) -> list[tuple[float, float] | None]:
    """The top-left offset (from its anchor) of each label, or ``None`` where none fits.

    Earlier requests are placed first, so put the ones that matter most (a landmark used by the
    chosen point) at the front. With ``bounds`` (the visible area), a label is never cut off.
    """
    placed: list[Rect] = []
    result: list[tuple[float, float] | None] = []
    for request in requests:
        x, y = request.anchor
        w, h = request.size
        reach = w + h + 3 * gap
        near = [o for o in (*obstacles, *placed) if overlaps(o, (x - reach, y - reach, 2 * reach, 2 * reach))]
        chosen = None
        for dx, dy in _candidates(request, gap):
            box = (x + dx, y + dy, w, h)
            if _inside(box, bounds) and _inside(box, request.area) and not any(overlaps(box, o) for o in near):
                chosen = (dx, dy)
                placed.append(box)
                break
        result.append(chosen)
    return result
