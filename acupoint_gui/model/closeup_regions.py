"""Which close-up magnifies the part of a body figure in view: zooming in on the map offers it.

Each close-up is a magnified window on one body figure (``Figure.base_view``, mapped by
``Figure.transform``), so its region on that figure is known exactly. When the map is zoomed
in so far that a close-up's region fills a good part of what is in view, and the middle of the
view lies inside it, the map offers that close-up. It never switches by itself: a zoom that
turned into another picture would take the view away from the hand that is zooming.

Coordinates are the body figure's as drawn on the map: on a panel showing the left side of a
one-sided figure (the side and sole views) they are mirrored, as its markers' are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .geometry import Figure

OFFER_SHARE = 0.25
"""A close-up is offered when its region fills at least this share of what is in view."""

Rect = tuple[float, float, float, float]  # left, top, width, height


class Region(NamedTuple):
    closeup: str
    side: str  # "left" or "right" on a one-sided close-up; "" when it shows both sides
    rect: Rect

    @property
    def area(self) -> float:
        return self.rect[2] * self.rect[3]

    def contains(self, x: float, y: float) -> bool:
        left, top, width, height = self.rect
        return left <= x <= left + width and top <= y <= top + height


def _on_base(closeup: Figure) -> Rect:
    """The close-up's whole view box, in the coordinates of the figure it magnifies."""
    a, b, c, d, e, f = closeup.transform
    det = a * d - b * c
    left, top, width, height = closeup.view_box
    xs, ys = [], []
    for x, y in ((left, top), (left + width, top), (left, top + height), (left + width, top + height)):
        xs.append((d * (x - e) - c * (y - f)) / det)
        ys.append((-b * (x - e) + a * (y - f)) / det)
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _mirrored(rect: Rect, base: Figure) -> Rect:
    left, top, width, height = rect
    return (base.mirror_x(left + width), top, width, height)


def closeup_regions(closeups: Mapping[str, Figure], base: Figure, shows: str) -> list[Region]:
    """The regions of ``base`` that close-ups magnify, on a panel showing ``shows`` ("both",
    "right", or "left": the right-side figure mirrored)."""
    regions = []
    for name, figure in closeups.items():
        if figure.base_view != base.view or len(figure.transform) != 6:
            continue
        rect = _on_base(figure)
        if shows == "both":
            if figure.mirrored:  # the file shows the person's right side; the left is its mirror image
                regions += [Region(name, "right", rect), Region(name, "left", _mirrored(rect, base))]
            else:
                regions.append(Region(name, "", rect))
        else:
            shown = rect if shows == "right" else _mirrored(rect, base)
            regions.append(Region(name, shows if figure.mirrored else "", shown))
    return regions


def closeup_in_view(regions: list[Region], visible: Rect) -> Region | None:
    """The close-up to offer for what is in view, or ``None``: the smallest region that holds
    the middle of the view and fills at least :data:`OFFER_SHARE` of it."""
    left, top, width, height = visible
    if width <= 0 or height <= 0:
        return None
    cx, cy = left + width / 2, top + height / 2
    best = None
    for region in regions:
        if not region.contains(cx, cy):
            continue
        rl, rt, rw, rh = region.rect
        overlap_w = min(left + width, rl + rw) - max(left, rl)
        overlap_h = min(top + height, rt + rh) - max(top, rt)
        if overlap_w <= 0 or overlap_h <= 0 or overlap_w * overlap_h < OFFER_SHARE * width * height:
            continue
        if best is None or region.area < best.area:
            best = region
    return best
