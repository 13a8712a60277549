"""How a close-up is made: a region of a body figure magnified (one geometry), drawn in detail.

A close-up is drawn in the body figure's own coordinates and written through a :class:`Zoom`
(scale, and a half turn for the hand): a landmark the body figure has is therefore the same
point on both, and a marker placed by a WHO rule lands on the same spot. Each close-up states
its scale in cun (``data-units-per-cun``), which side it shows, and how it maps to its body
figure (``data-base-view``, ``data-transform``), so the app and the tests can check all that.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from body_proportions import Point
from figure_kit import CUE, FILL, OUTLINE, smooth_path


class Zoom(NamedTuple):
    """The window ``left, top, width, height`` of a body figure, magnified ``scale`` times
    (turned half round when ``turned``: the hand is shown fingers up)."""

    left: float
    top: float
    width: float
    height: float
    scale: float
    turned: bool = False

    def __call__(self, point: Point) -> Point:
        x, y = point[0] - self.left, point[1] - self.top
        if self.turned:
            x, y = self.width - x, self.height - y
        return (x * self.scale, y * self.scale)

    def all(self, points: Iterable[Point]) -> list[Point]:
        return [self(point) for point in points]

    @property
    def size(self) -> tuple[float, float]:
        return (self.width * self.scale, self.height * self.scale)

    def matrix(self) -> tuple[float, float, float, float, float, float]:
        """``a b c d e f`` as in SVG: X = a x + c y + e, Y = b x + d y + f."""
        s = -self.scale if self.turned else self.scale
        e, f = self((0.0, 0.0))
        return (s, 0.0, 0.0, s, e, f)


def _num(value: float) -> str:
    return f"{value:.1f}"


class Drawing:
    """SVG elements for one close-up, given in body-figure coordinates."""

    def __init__(self, zoom: Zoom, line_width: float = 2.4) -> None:
        self.zoom = zoom
        self.width = line_width
        self.elements: list[str] = []

    def outline(self, points: Sequence[Point], width: float | None = None) -> None:
        """A closed body outline in the fill and outline colours."""
        style = f'fill="{FILL}" stroke="{OUTLINE}" stroke-width="{width or self.width * 1.5:g}" stroke-linejoin="round"'
        self.elements.append(f'<path d="{smooth_path(self.zoom.all(points))}" {style}/>')

    def cue(self, points: Sequence[Point], *, width: float | None = None, dashed: bool = False) -> None:
        """A line a person can feel or see (a crease, a bone's edge, a tendon)."""
        dash = f' stroke-dasharray="{self.width * 3:g},{self.width * 3:g}"' if dashed else ""
        self.elements.append(
            f'<path d="{smooth_path(self.zoom.all(points), closed=False)}" fill="none" stroke="{CUE}"'
            f' stroke-width="{width or self.width:g}" stroke-linecap="round" stroke-linejoin="round"{dash}/>'
        )

    def shape(self, points: Sequence[Point], *, shade: float = 0.18, edge: bool = True) -> None:
        """A closed bone or muscle, lightly shaded in the cue colour (works in the dark theme too)."""
        stroke = f'stroke="{CUE}" stroke-width="{self.width:g}"' if edge else 'stroke="none"'
        self.elements.append(
            f'<path d="{smooth_path(self.zoom.all(points))}" fill="{CUE}" fill-opacity="{shade:g}" {stroke}'
            ' stroke-linejoin="round"/>'
        )

    def oval(self, centre: Point, rx: float, ry: float, *, shade: float = 0.0, angle: float = 0.0) -> None:
        """An oval in body units (a bony knob, the navel), turned ``angle`` degrees."""
        turn = math.radians(angle)
        points = [
            (
                centre[0] + rx * math.cos(t) * math.cos(turn) - ry * math.sin(t) * math.sin(turn),
                centre[1] + rx * math.cos(t) * math.sin(turn) + ry * math.sin(t) * math.cos(turn),
            )
            for t in (i * math.pi / 6 for i in range(12))
        ]
        if shade:
            self.shape(points, shade=shade)
        else:
            style = f'fill="none" stroke="{CUE}" stroke-width="{self.width:g}"'
            self.elements.append(f'<path d="{smooth_path(self.zoom.all(points))}" {style}/>')


class Closeup(NamedTuple):
    name: str
    title: str
    drawing: Drawing
    landmarks: dict[str, Point]  # body-figure coordinates
    silhouette: list[Point]  # body-figure coordinates
    units_per_cun: float  # in close-up units
    facing: str  # "back" or "front" (left and right as on the body figures), "side", "top", "sole" or "hand"
    mirrored_for_left: bool  # shows the person's right; the left is the mirror image
    base_view: str | None  # the body figure it magnifies, or None for a figure of its own


def closeup_svg(closeup: Closeup) -> str:
    zoom = closeup.drawing.zoom
    width, height = zoom.size
    marks = "\n".join(
        f'    <circle id="landmark-{name}" cx="{_num(x)}" cy="{_num(y)}" r="3"/>'
        for name, (x, y) in sorted((name, zoom(point)) for name, point in closeup.landmarks.items())
    )
    polygon = " ".join(f"{_num(x)},{_num(y)}" for x, y in zoom.all(closeup.silhouette))
    meta = (
        f' data-units-per-cun="{closeup.units_per_cun:.3f}" data-facing="{closeup.facing}"'
        f' data-mirrored-for-left="{"true" if closeup.mirrored_for_left else "false"}"'
    )
    if closeup.base_view is not None:
        matrix = " ".join(f"{value:g}" for value in zoom.matrix())
        meta += f' data-base-view="{closeup.base_view}" data-transform="{matrix}"'
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" viewBox="0 0 {width:g} {height:g}"'
        f' width="{width:g}" height="{height:g}"{meta}>\n'
        f"  <title>Acupoint close-up: {closeup.title} (made by tools/make_body_maps.py)</title>\n"
        '  <g id="figure">\n    ' + "\n    ".join(closeup.drawing.elements) + "\n  </g>\n"
        f'  <g id="landmarks" display="none">\n{marks}\n  </g>\n'
        f'  <polygon id="silhouette" display="none" points="{polygon}"/>\n'
        "</svg>\n"
    )
