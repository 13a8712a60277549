"""What goes on a printed point sheet, decided without Qt: title, points in press order,
instructions, safety and sources. The drawing is done by :mod:`acupoint_gui.printing.sheet`."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from .catalog import Catalog
from .handout import NO_HANDOUT, Handout
from .points import Atlas, Claim, Point
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
    notes: tuple[int, ...] = ()  # the numbers of this point's notes
    closeup: Closeup | None = None


@dataclass(frozen=True)
class SheetNote:
    """A footnote: where the sources disagree about a point, or how an article's point was matched.

    The same words for several points (a timing disagreement, say) are one note for all of them.
    """

    number: int
    codes: tuple[str, ...]
    text: str


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
    red_flags_source: str = ""
    instructions_heading: str = "How to do it"
    notes: tuple[SheetNote, ...] = ()
    handout: Handout = NO_HANDOUT  # a practitioner's name, the client's and a note, on page 1
    partner: bool = False  # worded for someone pressing for the person (see with_partner_wording)


PARTNER_SHEET_LINE = (
    "Pressing for someone else: left and right are always your partner's own. Standing behind them, "
    "their left is on your left; facing them, it is on your right. The directions are written for them: "
    "read them out, or find the landmarks on them."
)


def with_partner_wording(content: SheetContent) -> SheetContent:
    """The sheet worded for a presser: which side is which from where they stand, first among
    the instructions, and the figures' sides called theirs."""
    return replace(content, partner=True, instructions=(PARTNER_SHEET_LINE, *content.instructions))


def _ordered_unique(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def sheet_for_points(
    catalog: Catalog, codes: list[str], *, today: date, large_print: bool = False, pregnant: bool = False
) -> SheetContent:
    points = []
    unknown = [code for code in codes if catalog.atlas.find(code) is None]
    if unknown:
        listed = ", ".join(unknown)
        raise SheetError(
            f"unknown point{'s' if len(unknown) > 1 else ''}: {listed} (codes look like BL23, GB30 or B54)"
        )
    if not codes:
        raise SheetError("no points chosen")
    for code in _ordered_unique([catalog.atlas.point(c).code for c in codes]):
        point = catalog.atlas.point(code)
        points.append((point, point.technique.seconds_per_side))
    heading, how_to = _general_how_to(catalog.atlas)
    return _content(
        catalog,
        "Selected points",
        "",
        points,
        (heading, how_to),
        today=today,
        large_print=large_print,
        pregnant=pregnant,
    )


def sheet_for_routine(
    catalog: Catalog, routine: Routine, *, today: date, large_print: bool = False, pregnant: bool = False
) -> SheetContent:
    atlas = catalog.atlas
    seen: dict[str, int] = {}
    for step in routine.steps:
        seen.setdefault(step.point, step.seconds_per_side)
    points = [(atlas.point(code), seconds) for code, seconds in seen.items()]
    # The time is that of what is pressed: in pregnancy, without the points left out.
    leave_out = atlas.pregnancy_leave_out() if pregnant else frozenset()
    left_out = [code for code in seen if code in leave_out]
    steps = expand(routine, lambda code: atlas.point(code).is_bilateral, exclude=leave_out)
    one_round = expand(
        routine._replace(rounds=1, target_minutes=None), lambda code: atlas.point(code).is_bilateral, exclude=leave_out
    )
    rounds = len(steps) // max(len(one_round), 1)
    minutes = total_seconds(steps) / 60
    # Say it as the table reads: the points listed once, then how often to go through them.
    through = _times(rounds) + " through the list"
    count = f"{len(points)} point{'s' if len(points) != 1 else ''}"
    if left_out:
        count += f" ({len(left_out)} left out in pregnancy)"
    subtitle = f"{count}, {through}: about {minutes:.0f} minutes" if steps else f"{count}: none to press"
    title = ""
    if routine.source:
        with contextlib.suppress(KeyError):
            title = atlas.source(routine.source).title
            subtitle += f" · from “{title}”"
    kept = {code: seconds for code, seconds in seen.items() if code not in leave_out}
    how_to = [_timing_line(atlas, kept, rounds, minutes, bool(left_out))] if steps else []
    if routine.instructions:
        how_to += [_credited(atlas, claim, routine.source) for claim in routine.instructions]
        heading = f"How to do it, from “{title}”" if title else "How to do it"
    else:
        heading, general = _general_how_to(atlas, with_time=False)
        how_to += general
    return _content(
        catalog,
        routine.name,
        subtitle,
        points,
        (heading, tuple(how_to)),
        today=today,
        large_print=large_print,
        pregnant=pregnant,
    )


def _times(rounds: int) -> str:
    return {1: "once", 2: "twice"}.get(rounds, f"{rounds} times")


def press_length_words(seconds: int) -> str:
    """``30`` → ``"30 seconds"``, ``90`` → ``"1½ minutes"``, ``120`` → ``"2 minutes"``."""
    if seconds < 60 or seconds % 30:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    whole, half = divmod(seconds, 60)
    number = f"{whole}{'½' if half else ''}"
    return f"{number} minute{'' if number == '1' else 's'}"


def _timing_line(atlas: Atlas, kept: dict[str, int], rounds: int, minutes: float, pregnant: bool) -> str:
    """How long to press, and how long the whole goes on: the routine's own numbers."""
    times = sorted(set(kept.values()))
    if len(times) == 1:
        press = f"Press {press_length_words(times[0])} on each side of each point"
    else:
        press = (
            f"Press {press_length_words(times[0])} to {press_length_words(times[-1])} on each side, as the table says"
        )
    midline = [code for code in kept if not atlas.point(code).is_bilateral]
    if midline:
        press += f" (once for {', '.join(midline)}, on the midline)"
    whole = f"going through the list {_times(rounds)} takes about {minutes:.0f} minutes"
    if pregnant:
        whole += ", without the grey points"
    return f"{press}; {whole}."


def _credited(atlas: Atlas, claim: Claim, main: str | None) -> str:
    """The claim's text, naming its source when that is not the one the heading names."""
    if not claim.sources:
        return _before_full_stop(claim.text, " (Acupoint's choice)")
    if main in claim.sources:
        return claim.text
    titles = []
    for source_id in claim.sources:
        with contextlib.suppress(KeyError):
            titles.append(f"“{atlas.source(source_id).title}”")
    return _before_full_stop(claim.text, f" (from {' and '.join(titles)})")


def _before_full_stop(text: str, addition: str) -> str:
    return f"{text[:-1]}{addition}." if text.endswith(".") else f"{text}{addition}"


def _general_how_to(atlas: Atlas, *, with_time: bool = True) -> tuple[str, tuple[str, ...]]:
    """The general practice, credited to the article it is mostly taken from."""
    ins = atlas.instructions
    main = ins.pressure.sources[0] if ins.pressure.sources else None
    low, high = ins.session_minutes
    lines = [_credited(atlas, ins.pressure, main)]
    if with_time:
        lines += [
            f"About {ins.seconds_per_side} seconds on each side, unless the table says otherwise.",
            f"A session takes {low}–{high} minutes. {ins.times_per_day.text}",
        ]
    lines += [_credited(atlas, claim, main) for claim in (ins.breathing, ins.partner, *ins.other)]
    heading = "How to do it"
    if main is not None:
        with contextlib.suppress(KeyError):
            heading = f"How to do it, from “{atlas.source(main).title}”"
    return heading, tuple(lines)


def _content(
    catalog: Catalog,
    title: str,
    subtitle: str,
    points: list[tuple[Point, int]],
    how_to: tuple[str, tuple[str, ...]],
    *,
    today: date,
    large_print: bool,
    pregnant: bool,
) -> SheetContent:
    atlas = catalog.atlas
    instructions_heading, instructions = how_to
    leave_out = atlas.pregnancy_leave_out() if pregnant else frozenset()
    notes = _notes([point for point, _ in points])
    closeups = _closeups(catalog, [point for point, _ in points])
    sheet_points = tuple(
        SheetPoint(
            n,
            point,
            seconds,
            point.code in leave_out,
            notes=tuple(note.number for note in notes if point.code in note.codes),
            closeup=closeups.get(point.code),
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
        instructions_heading=instructions_heading,
        notes=notes,
        points=sheet_points,
        views=views,
        notice=safety.notice,
        red_flags=safety.red_flags,
        see_a_doctor=safety.see_a_doctor,
        sources=sources,
        large_print=large_print,
        red_flags_source=safety.red_flags_source,
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


def _notes(points: list[Point]) -> tuple[SheetNote, ...]:
    """Every disagreement and mapping note of these points, numbered in table order."""
    codes_of: dict[str, list[str]] = {}
    for point in points:
        texts = [claim.text for claim in point.disagreements]
        if point.mapping_note:
            texts.append(point.mapping_note)
        for text in texts:
            codes_of.setdefault(text, []).append(point.code)
    return tuple(SheetNote(n, tuple(codes), text) for n, (text, codes) in enumerate(codes_of.items(), start=1))
