"""Where each point sits on each figure, computed the WHO's way: landmarks plus cun.

The figures in ``resources/body_maps/`` carry their landmarks as hidden SVG circles
(``id="landmark-NAME"``). A point's marker rule (from the data) names a landmark, an optional
second one and a fraction of the way towards it, and offsets in proportional cun. Nothing here
imports Qt: the SVG is read with the standard library.
"""

import math
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from .points import Atlas, CunMeasure, MarkerRule, Point, Side
from .problems import Problem

VIEW_ORDER = ("front", "back", "side", "sole")
MIRRORED_VIEWS = frozenset({"side", "sole"})
"""These figures show the person's right side; the left side is the same figure mirrored."""

_SVG = "{http://www.w3.org/2000/svg}"


class Figure(NamedTuple):
    view: str
    view_box: tuple[float, float, float, float]
    landmarks: Mapping[str, tuple[float, float]]
    silhouette: tuple[tuple[float, float], ...]
    units_per_cun: float = 0.0
    """A close-up's own scale: one cun in figure units (the body figures measure cun between
    landmarks instead, see ``cun_measures`` in the data)."""
    mirrored: bool = False
    """It shows the person's right side; the left side is the same figure mirrored."""
    facing: str = ""
    """How it is seen: "front" or "back" (both sides, left and right as the person's), or
    "side", "top" or "sole" (one side only)."""
    base_view: str = ""
    """For a close-up: the body figure it magnifies (empty for a figure of its own)."""
    transform: tuple[float, ...] = ()
    """For a close-up: ``a b c d e f`` taking the base figure's coordinates to its own
    (x' = a x + c y + e, y' = b x + d y + f)."""

    @property
    def midline_x(self) -> float:
        x, _, width, _ = self.view_box
        return x + width / 2

    def mirror_x(self, x: float) -> float:
        left, _, width, _ = self.view_box
        return 2 * left + width - x

    def from_base(self, x: float, y: float) -> tuple[float, float]:
        """A point of the base figure in this close-up's coordinates."""
        a, b, c, d, e, f = self.transform
        return (a * x + c * y + e, b * x + d * y + f)

    def inside_box(self, x: float, y: float) -> bool:
        left, top, width, height = self.view_box
        return left <= x <= left + width and top <= y <= top + height

    def contains(self, x: float, y: float) -> bool:
        """Whether (x, y) lies inside the body's outline (even-odd ray casting)."""
        inside = False
        pts = self.silhouette
        j = len(pts) - 1
        for i in range(len(pts)):
            xi, yi = pts[i]
            xj, yj = pts[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside


class Marker(NamedTuple):
    """One clickable position of a point on a figure, for one side of the body."""

    code: str
    view: str
    side: Side
    x: float
    y: float


class GeometryError(Exception):
    pass


def read_figure(view: str, svg: bytes | str) -> Figure:
    """Parse a figure's viewBox, landmarks and silhouette from SVG text."""
    import xml.etree.ElementTree as ET  # only when the catalog is built, not on a cached start

    root = ET.fromstring(svg)
    try:
        box = tuple(float(v) for v in root.attrib["viewBox"].replace(",", " ").split())
    except (KeyError, ValueError) as exc:
        raise GeometryError(f"{view}.svg: missing or bad viewBox") from exc
    if len(box) != 4:
        raise GeometryError(f"{view}.svg: viewBox needs four numbers")
    landmarks: dict[str, tuple[float, float]] = {}
    silhouette: tuple[tuple[float, float], ...] = ()
    attrib = root.attrib
    try:
        units_per_cun = float(attrib.get("data-units-per-cun", "0"))
        transform = tuple(float(v) for v in attrib.get("data-transform", "").split())
    except ValueError as exc:
        raise GeometryError(f"{view}.svg: bad data-units-per-cun or data-transform") from exc
    if transform and len(transform) != 6:
        raise GeometryError(f"{view}.svg: data-transform needs six numbers")
    for element in root.iter():
        ident = element.attrib.get("id", "")
        if ident.startswith("landmark-"):
            landmarks[ident.removeprefix("landmark-")] = (float(element.attrib["cx"]), float(element.attrib["cy"]))
        elif ident == "silhouette" and element.tag in (f"{_SVG}polygon", "polygon"):
            numbers = [float(v) for v in element.attrib["points"].replace(",", " ").split()]
            silhouette = tuple(zip(numbers[0::2], numbers[1::2], strict=True))
    mirrored = attrib.get("data-mirrored-for-left", "true" if view in MIRRORED_VIEWS else "false") == "true"
    return Figure(
        view,
        (box[0], box[1], box[2], box[3]),
        landmarks,
        silhouette,
        units_per_cun=units_per_cun,
        mirrored=mirrored,
        facing=attrib.get("data-facing", view),
        base_view=attrib.get("data-base-view", ""),
        transform=transform,
    )


def load_figures(directory: Path) -> dict[str, Figure]:
    return {view: read_figure(view, (directory / f"{view}.svg").read_bytes()) for view in VIEW_ORDER}


def _landmark_name(figure: Figure, name: str, side: Side) -> str:
    if side is not Side.MIDLINE and not figure.mirrored:
        sided = f"{name}-{side.value}"
        if sided in figure.landmarks:
            return sided
    return name


def _lookup(figure: Figure, name: str, side: Side) -> tuple[float, float]:
    resolved = _landmark_name(figure, name, side)
    try:
        return figure.landmarks[resolved]
    except KeyError:
        raise GeometryError(f"the {figure.view} figure has no landmark {resolved!r}") from None


def cun_length(figure: Figure, measure: CunMeasure, side: Side) -> float:
    """The length of one cun on this figure, in its user units."""
    x1, y1 = _lookup(figure, measure.start, side)
    x2, y2 = _lookup(figure, measure.end, side)
    return math.hypot(x2 - x1, y2 - y1) / measure.cun


def lateral_sign(facing: str, side: Side) -> float:
    """+1 when 'away from the midline' on this side is towards larger x; 0 where a figure
    shows no midline (a side view, the sole)."""
    if side is Side.MIDLINE:
        return 0.0
    if facing == "back":  # the person's left is on the viewer's left
        return -1.0 if side is Side.LEFT else 1.0
    if facing == "front":  # the person's left is on the viewer's right
        return 1.0 if side is Side.LEFT else -1.0
    return 0.0


def place(rule: MarkerRule, figure: Figure, measures: Mapping[str, CunMeasure], side: Side) -> tuple[float, float]:
    """The position of a marker rule on a figure for one side, in figure units.

    On a figure that shows the right side only (``mirrored``), the left side is placed as the
    right and then mirrored. Offsets in cun use the rule's ``scale`` (a measure between two
    landmarks), or a close-up's own ``units_per_cun``.
    """
    drawn = Side.RIGHT if figure.mirrored and side is Side.LEFT else side
    x, y = _lookup(figure, rule.origin, drawn)
    if rule.toward is not None:
        tx, ty = _lookup(figure, rule.toward, drawn)
        x += (tx - x) * rule.fraction
        y += (ty - y) * rule.fraction
    cun = cun_length(figure, measures[rule.scale], drawn) if rule.scale is not None else figure.units_per_cun
    x += lateral_sign(figure.facing, drawn) * rule.lateral_cun * cun
    y += rule.down_cun * cun
    if side is Side.LEFT and figure.mirrored:
        x = figure.mirror_x(x)
    return (x, y)


def markers_for(point: Point, figures: Mapping[str, Figure], measures: Mapping[str, CunMeasure]) -> list[Marker]:
    markers: list[Marker] = []
    for rule in point.markers:
        figure = figures[rule.view]
        for side in point.sides():
            x, y = place(rule, figure, measures, side)
            markers.append(Marker(point.code, rule.view, side, round(x, 2), round(y, 2)))
    return markers


def all_markers(atlas: Atlas, figures: Mapping[str, Figure]) -> list[Marker]:
    measures = {m.name: m for m in atlas.cun_measures}
    return [marker for point in atlas.points for marker in markers_for(point, figures, measures)]


def check_against_figures(atlas: Atlas, figures: Mapping[str, Figure], filename: str) -> list[Problem]:
    """Every landmark a rule or measure names must exist on its figure, and every marker
    must land inside the body outline."""
    problems: list[Problem] = []
    for index, measure in enumerate(atlas.cun_measures):
        figure = figures[measure.view]
        for side in (Side.LEFT, Side.RIGHT):
            for name in (measure.start, measure.end):
                if _landmark_name(figure, name, side) not in figure.landmarks:
                    problems.append(
                        Problem(
                            filename,
                            measure.line,
                            f"cun_measures[{index}]",
                            f"the {measure.view} figure has no landmark {name!r}",
                        )
                    )
    if problems:
        return _unique(problems)
    measures = {m.name: m for m in atlas.cun_measures}
    for p_index, point in enumerate(atlas.points):
        shown_on = [figures[view] for view in dict.fromkeys(rule.view for rule in point.markers)]
        for name in point.landmarks_used:
            if not any(_landmark_name(figure, name, side) in figure.landmarks for figure in shown_on for side in Side):
                views = " or ".join(figure.view for figure in shown_on) or "any"
                line = point.landmarks_used_line
                problems.append(
                    Problem(
                        filename,
                        line,
                        f"points[{p_index}].landmarks_used",
                        f"the {views} figure has no landmark {name!r}",
                    )
                )
        for r_index, rule in enumerate(point.markers):
            path = f"points[{p_index}].markers[{r_index}]"
            figure = figures[rule.view]
            scale_measure = measures.get(rule.scale) if rule.scale else None
            if scale_measure is not None and scale_measure.view != rule.view:
                problems.append(
                    Problem(
                        filename,
                        rule.line,
                        f"{path}.scale",
                        f"{rule.scale!r} is measured on the {scale_measure.view} figure, not {rule.view}",
                    )
                )
                continue
            missing = [
                _landmark_name(figure, name, side)
                for name in filter(None, (rule.origin, rule.toward))
                for side in point.sides()
                if _landmark_name(figure, name, side) not in figure.landmarks
            ]
            if missing:
                problems.append(
                    Problem(filename, rule.line, path, f"the {rule.view} figure has no landmark {missing[0]!r}")
                )
                continue
            for side in point.sides():
                x, y = place(rule, figure, measures, side)
                if side is Side.LEFT and figure.mirrored:
                    x = figure.mirror_x(x)  # the outline is drawn for the right side
                if figure.silhouette and not figure.contains(x, y):
                    problems.append(
                        Problem(
                            filename, rule.line, path, f"the {side.value} marker falls outside the {rule.view} figure"
                        )
                    )
    return _unique(problems)


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))
