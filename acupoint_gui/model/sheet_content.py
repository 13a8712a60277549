"""What goes on a printed point sheet, decided without Qt: title, points in press order,
instructions, safety and sources. The drawing is done by :mod:`acupoint_gui.printing.sheet`."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .catalog import Catalog
from .points import Point, Pregnancy
from .problems import DataError
from .routines import Routine, expand, total_seconds

if TYPE_CHECKING:  # the close-ups are read when a sheet is made, not when the app starts
    from .geometry import Figure
    from .guide_frames import GuideFrame


class SheetError(ValueError):
    """A sheet cannot be made (unknown point or routine); the message is for the user."""


@dataclass(frozen=True)
class Closeup:
    """A point's close-up on the sheet: the last step of its find-it guide, settled (the
    landmark it is found from, the measure, the point)."""

    figure: Figure
    frame: GuideFrame


@dataclass(frozen=True)
class SheetPoint:
    number: int
    point: Point
    seconds_per_side: int
    warn_pregnancy: bool
    closeup: Closeup | None = None


@dataclass(frozen=True)
class SheetContent:
    title: str
    subtitle: str
    date: date
    instructions: tuple[str, ...]
    points: tuple[SheetPoint, ...]
    views: tuple[str, ...]
    notice: str
    red_flags: tuple[str, ...]
    see_a_doctor: str
    sources: tuple[str, ...]
    large_print: bool = False


def _ordered_unique(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def sheet_for_points(
    catalog: Catalog, codes: list[str], *, today: date, large_print: bool = False, pregnant: bool = False
) -> SheetContent:
    points = []
    unknown = [code for code in codes if catalog.atlas.find(code) is None]
    if unknown:
        raise SheetError(f"unknown point{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}")
    if not codes:
        raise SheetError("no points chosen")
    for code in _ordered_unique([catalog.atlas.point(c).code for c in codes]):
        point = catalog.atlas.point(code)
        points.append((point, point.technique.seconds_per_side))
    return _content(catalog, "Selected points", "", points, today=today, large_print=large_print, pregnant=pregnant)


def sheet_for_routine(
    catalog: Catalog, routine: Routine, *, today: date, large_print: bool = False, pregnant: bool = False
) -> SheetContent:
    atlas = catalog.atlas
    seen: dict[str, int] = {}
    for step in routine.steps:
        seen.setdefault(step.point, step.seconds_per_side)
    points = [(atlas.point(code), seconds) for code, seconds in seen.items()]
    steps = expand(routine, lambda code: atlas.point(code).is_bilateral)
    one_round = expand(routine._replace(rounds=1, target_minutes=None), lambda code: atlas.point(code).is_bilateral)
    rounds = len(steps) // max(len(one_round), 1)
    minutes = total_seconds(steps) / 60
    # Say it as the table reads: the points listed once, then how often to go through them.
    through = {1: "once", 2: "twice"}.get(rounds, f"{rounds} times") + " through the list"
    subtitle = f"{len(points)} point{'s' if len(points) != 1 else ''}, {through}: about {minutes:.0f} minutes"
    if routine.source:
        with contextlib.suppress(KeyError):
            subtitle += f" · from “{atlas.source(routine.source).title}”"
    return _content(catalog, routine.name, subtitle, points, today=today, large_print=large_print, pregnant=pregnant)


def _content(
    catalog: Catalog,
    title: str,
    subtitle: str,
    points: list[tuple[Point, int]],
    *,
    today: date,
    large_print: bool,
    pregnant: bool,
) -> SheetContent:
    atlas = catalog.atlas
    ins = atlas.instructions
    low, high = ins.session_minutes
    instructions = (
        ins.pressure.text,
        f"About {ins.seconds_per_side} seconds on each side, unless the table says otherwise.",
        f"A session takes {low}–{high} minutes. {ins.times_per_day.text}",
        ins.breathing.text,
        ins.partner.text,
        *(claim.text for claim in ins.other),
    )
    closeups = _closeups(catalog, [point for point, _ in points])
    sheet_points = tuple(
        SheetPoint(
            n, point, seconds, pregnant and point.pregnancy is Pregnancy.CONTRAINDICATED, closeups.get(point.code)
        )
        for n, (point, seconds) in enumerate(points, start=1)
    )
    used_views = {rule.view for point, _ in points for rule in point.markers}
    views = tuple(v for v in ("front", "back", "side", "sole") if v in used_views or v in ("front", "back"))
    cited = {s for point, _ in points for s in point.sources}
    sources = tuple(s.title for s in atlas.sources if s.id in cited or s.kind == "standard")
    safety = atlas.safety
    return SheetContent(
        title=title,
        subtitle=subtitle,
        date=today,
        instructions=instructions,
        points=sheet_points,
        views=views,
        notice=safety.notice,
        red_flags=safety.red_flags,
        see_a_doctor=safety.see_a_doctor,
        sources=sources,
        large_print=large_print,
    )


def _closeups(catalog: Catalog, points: list[Point]) -> dict[str, Closeup]:
    """Each point's close-up for its row, on the side the articles press first. A sheet is
    still made, without them, if the close-ups cannot be read."""
    from .find_it_loader import load_find_it
    from .guide_frames import guide_frame

    try:
        find_it = load_find_it(catalog.atlas, catalog.points_path)
    except (DataError, OSError):
        return {}
    found: dict[str, Closeup] = {}
    for point in points:
        if point.code in find_it.guides:
            last = len(find_it.guide(point.code).steps) - 1
            frame = guide_frame(find_it, point.code, point.sides()[0], last, reduce_motion=True)
            found[point.code] = Closeup(find_it.figures[frame.view], frame)
    return found
