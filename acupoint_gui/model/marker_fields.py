"""Where a marker goes, as written in the data files: the fields a point's marker on a body
figure and its marker on a close-up share (a view, a landmark to start from, and the way from
there to the point in cun or as a fraction of the way toward another landmark)."""

from __future__ import annotations

from typing import NamedTuple

from .fields import Fields


class Placement(NamedTuple):
    view: str | None
    origin: str | None
    toward: str | None
    fraction: float
    lateral: float
    down: float


def read_placement(m: Fields, views: tuple[str, ...]) -> Placement | None:
    """The placement fields of one marker entry (the caller reads its own fields, then calls
    ``m.finish()``); None, with the problem reported, when a fraction has nowhere to go."""
    view = m.choice("view", views)
    origin = m.text("origin")
    toward = m.text("toward", required=False) or None
    fraction = m.number("fraction", 0.0, 1.0, required=False)
    lateral = m.number("lateral_cun", 0.0, 20.0, required=False)
    down = m.number("down_cun", -20.0, 20.0, required=False)
    if fraction and toward is None:
        m.error("fraction", "a fraction needs a 'toward' landmark")
        return None
    return Placement(view, origin, toward, float(fraction or 0.0), float(lateral or 0.0), float(down or 0.0))
