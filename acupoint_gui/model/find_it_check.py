"""The close-ups and guides checked against the figures, so words and drawing never disagree.

Every landmark a close-up rule or a guide step names must be on that close-up; every marker
must land on the body and inside the picture; no two markers on a close-up may overlap; a
guide's last measure must end where the point's marker is; and the landmarks shown with a point
on the body figures (``landmarks_used``) must be ones it is found from.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .closeups import marker_radius
from .find_it import PointGuide
from .geometry import Figure, GeometryError, Marker, place
from .points import Atlas, MarkerRule, Point, Side
from .problems import Problem

ENDS_WITHIN_CUN = 0.15
"""How far a guide's last measure may end from the point's marker (drawing precision)."""


def place_markers(atlas: Atlas, guides: Mapping[str, PointGuide], figures: Mapping[str, Figure]) -> tuple[Marker, ...]:
    markers: list[Marker] = []
    for point in atlas.points:
        guide = guides.get(point.code)
        if guide is None:
            continue
        for rule in guide.closeups:
            figure = figures[rule.view]
            for side in point.sides():
                try:
                    x, y = place(rule, figure, {}, side)
                except GeometryError:
                    continue  # reported by check_find_it
                markers.append(Marker(point.code, rule.view, side, round(x, 2), round(y, 2)))
    return tuple(markers)


def check_find_it(
    atlas: Atlas, guides: Mapping[str, PointGuide], figures: Mapping[str, Figure], filename: str
) -> list[Problem]:
    problems: list[Problem] = []
    index = {point.code: i for i, point in enumerate(atlas.points)}
    for code, guide in guides.items():
        if code not in index:
            continue  # an unknown code is the catalog's problem, reported there
        where = f"points[{index[code]}].find_it"
        point = atlas.points[index[code]]
        problems += _check_rules(point, guide, figures, filename, where)
        problems += _check_steps(point, guide, figures[guide.view], filename, where)
        problems += _check_shown_with(point, guide, filename, f"points[{index[code]}].landmarks_used")
    problems += _check_overlaps(atlas, guides, figures, filename, index)
    return list(dict.fromkeys(problems))


def _missing(figure: Figure, names: tuple[str, ...], point: Point) -> str | None:
    """The first landmark (as the figure would name it) that the figure lacks."""
    for name in names:
        for side in point.sides():
            try:
                place(MarkerRule(figure.view, name), figure, {}, side)
            except GeometryError:
                sided = name if figure.mirrored or side is Side.MIDLINE else f"{name}-{side.value}"
                return name if name in figure.landmarks or sided in figure.landmarks else sided
    return None


def _check_shown_with(point: Point, guide: PointGuide, filename: str, where: str) -> list[Problem]:
    """A landmark shown with the point on a body figure is one its guide or its markers find it
    from: a person looking for BL23 reads "L2" and "L4" beside it, not the shoulder blade that
    only sets the back's width in cun."""
    found_from = {name for step in guide.steps for name in step.landmarks_named()}
    found_from |= {name for rule in point.markers for name in (rule.origin, rule.toward) if name}
    return [
        Problem(
            filename,
            point.landmarks_used_line,
            where,
            f"{name!r} is shown with the point, but neither its guide nor its markers find it from there",
        )
        for name in point.landmarks_used
        if name not in found_from
    ]


def _check_rules(
    point: Point, guide: PointGuide, figures: Mapping[str, Figure], filename: str, where: str
) -> list[Problem]:
    problems: list[Problem] = []
    for r, rule in enumerate(guide.closeups):
        figure = figures[rule.view]
        path = f"{where}.closeups[{r}]"
        missing = _missing(figure, tuple(filter(None, (rule.origin, rule.toward))), point)
        if missing is not None:
            problems.append(Problem(filename, rule.line, path, f"the {rule.view} close-up has no landmark {missing!r}"))
            continue
        if rule.lateral_cun and figure.facing not in ("front", "back"):
            problems.append(
                Problem(filename, rule.line, path, f"the {rule.view} close-up has no midline to measure from")
            )
            continue
        for side in point.sides():
            x, y = place(rule, figure, {}, side)
            drawn_x = figure.mirror_x(x) if side is Side.LEFT and figure.mirrored else x
            if not figure.inside_box(x, y) or (figure.silhouette and not figure.contains(drawn_x, y)):
                message = f"the {side.value} marker falls outside the {rule.view} close-up's body"
                problems.append(Problem(filename, rule.line, path, message))
    return problems


def _check_steps(point: Point, guide: PointGuide, figure: Figure, filename: str, where: str) -> list[Problem]:
    problems: list[Problem] = []
    for s, step in enumerate(guide.steps):
        path = f"{where}.guide[{s}]"
        missing = _missing(figure, step.landmarks_named(), point)
        if missing is not None:
            problems.append(
                Problem(filename, step.line, path, f"the {figure.view} close-up has no landmark {missing!r}")
            )
        elif step.direction in ("lateral", "medial") and figure.facing not in ("front", "back"):
            problems.append(
                Problem(filename, step.line, path, f"the {figure.view} close-up has no midline: measure up or down")
            )
    shows = [step.show for step in guide.steps]
    if shows.count("point") != 1 or shows[-1] != "point":
        last = guide.steps[-1]
        problems.append(Problem(filename, last.line, f"{where}.guide", "the last step, and only it, shows the point"))
    if problems:
        return problems
    return _check_ending(point, guide, figure, filename, where)


def _check_ending(point: Point, guide: PointGuide, figure: Figure, filename: str, where: str) -> list[Problem]:
    """The guide's last measure (or, with none, its last landmark) must end on the point."""
    measures = [(s, step.as_rule(figure.view), step) for s, step in enumerate(guide.steps) if step.show == "measure"]
    felt = [
        (s, MarkerRule(figure.view, step.landmark), step)
        for s, step in enumerate(guide.steps)
        if step.show == "landmark" and step.landmark
    ]
    if not (measures or felt):
        return [Problem(filename, guide.line, f"{where}.guide", "no step shows a landmark or a measure")]
    s, rule, step = (measures or felt)[-1]
    assert rule is not None
    for side in point.sides():
        end = place(rule, figure, {}, side)
        target = place(guide.closeups[0], figure, {}, side)
        off = math.hypot(end[0] - target[0], end[1] - target[1]) / figure.units_per_cun
        if off > ENDS_WITHIN_CUN:
            what = "measure" if step.show == "measure" else "landmark"
            message = (
                f"the {what} ends {off:.1f} cun from the point's marker on the {figure.view} close-up"
                " (the words and the figure disagree)"
            )
            return [Problem(filename, step.line, f"{where}.guide[{s}]", message)]
    return []


def _check_overlaps(
    atlas: Atlas,
    guides: Mapping[str, PointGuide],
    figures: Mapping[str, Figure],
    filename: str,
    index: Mapping[str, int],
) -> list[Problem]:
    """No two markers on a close-up closer than their diameter: they grow with the figure, so
    they then overlap at no zoom."""
    problems: list[Problem] = []
    markers = place_markers(atlas, guides, figures)
    for i, a in enumerate(markers):
        figure = figures[a.view]
        diameter = 2 * marker_radius(figure)
        for b in markers[i + 1 :]:
            if b.view != a.view or a.code == b.code or (figure.mirrored and a.side is not b.side):
                continue  # a mirrored close-up shows one side at a time
            if math.hypot(a.x - b.x, a.y - b.y) < diameter:
                rule = next(r for r in guides[b.code].closeups if r.view == b.view)
                path = f"points[{index[b.code]}].find_it.closeups"
                message = f"on the {b.view} close-up, {b.code}'s marker overlaps {a.code}'s"
                problems.append(Problem(filename, rule.line, path, message))
    return problems
