"""Routines as YAML: the built-in ``data/routines.yaml``, and files people export and import.

Read with the same safe loader and the same ``FILE:LINE: field.path: message`` problems as the
point atlas; every point a routine names must exist in the atlas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from .fields import Fields, Problems
from .loader import SCHEMA_VERSION, read_claims, read_tree
from .points import Atlas
from .problems import DataError
from .routine_limits import LIMITS, MAX_NAME, MAX_STEPS, RoutineLimits
from .routines import Routine, RoutineStep
from .yaml_source import YNode

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def load_routines(
    path: Path | str,
    atlas: Atlas,
    *,
    builtin: bool = False,
    data: bytes | None = None,
    limits: RoutineLimits = LIMITS,
) -> tuple[Routine, ...]:
    """Load and check a routines file; raise :class:`DataError` listing every problem.

    Times and counts are held to ``limits``: the editor's own bounds, unless the caller reads
    a file an earlier version saved (the user's own, with ``EARLIER_LIMITS``).
    """
    tree, filename = read_tree(path, data)
    problems = Problems(filename)
    routines = read_routines(tree, problems, atlas, builtin=builtin, limits=limits)
    if problems.items:
        raise DataError(problems.items)
    return routines


def read_routines(
    tree: YNode, problems: Problems, atlas: Atlas, *, builtin: bool, limits: RoutineLimits = LIMITS
) -> tuple[Routine, ...]:
    top = Fields.of(tree, "", problems)
    if top is None:
        return ()
    top.integer("schema", SCHEMA_VERSION, SCHEMA_VERSION)
    source_ids = {s.id for s in atlas.sources}
    routines: list[Routine] = []
    seen: dict[str, int] = {}
    for path, node in top.items("routines"):
        f = Fields.of(node, path, problems)
        if f is None:
            continue
        routine = _read_routine(f, atlas, source_ids, builtin, limits)
        if routine is None:
            continue
        if routine.id in seen:
            f.error("id", f"duplicate routine id {routine.id!r} (first on line {seen[routine.id]})")
            continue
        seen[routine.id] = f.line_of("id")
        routines.append(routine)
    top.finish()
    return tuple(routines)


def _read_routine(
    f: Fields, atlas: Atlas, source_ids: set[str], builtin: bool, limits: RoutineLimits
) -> Routine | None:
    routine_id = f.text("id", max_len=60)
    if routine_id is not None and not _ID.match(routine_id):
        f.error("id", "must be lowercase letters, digits and hyphens")
        routine_id = None
    name = f.text("name", max_len=MAX_NAME)
    source = f.text("source", required=False) or None
    if source is not None and source not in source_ids:
        f.error("source", f"unknown source {source!r}")
        source = None
    description = f.text("description", required=False, max_len=2000) or ""
    rounds = f.integer("rounds", *limits.rounds, required=False)
    target = f.number("target_minutes", *limits.target_minutes, required=False)
    instructions = read_claims(f, "instructions", source_ids, required=False, sources_required=False)
    steps: list[RoutineStep] = []
    ok = True
    for path, node in f.items("steps", allow_empty=False):
        s = Fields.of(node, path, f.problems)
        if s is None:
            ok = False
            continue
        code = s.text("point")
        seconds = s.integer("seconds_per_side", *limits.seconds_per_side)
        s.finish()
        point = atlas.find(code) if code else None
        if code is not None and point is None:
            s.error("point", f"unknown point {code!r}")
        if point is None or seconds is None:
            ok = False
            continue
        steps.append(RoutineStep(point.code, seconds))
    if len(steps) > MAX_STEPS:
        f.error("steps", f"has {len(steps)} steps; at most {MAX_STEPS}")
        ok = False
    f.finish()
    if routine_id is None or name is None or not ok or not steps:
        return None
    return Routine(
        id=routine_id,
        name=name,
        source=source,
        description=description,
        steps=tuple(steps),
        rounds=rounds or 1,
        target_minutes=target,
        builtin=builtin,
        instructions=instructions,
    )


def routines_to_yaml(routines: Iterable[Routine]) -> str:
    """YAML text for routines, in the same format the loader reads."""
    entries = []
    for routine in routines:
        entry: dict[str, object] = {"id": routine.id, "name": routine.name}
        if routine.source:
            entry["source"] = routine.source
        if routine.description:
            entry["description"] = routine.description
        entry["rounds"] = routine.rounds
        entry["target_minutes"] = routine.target_minutes
        entry["steps"] = [{"point": s.point, "seconds_per_side": s.seconds_per_side} for s in routine.steps]
        if routine.instructions:
            entry["instructions"] = [{"text": c.text, "sources": list(c.sources)} for c in routine.instructions]
        entries.append(entry)
    return yaml.safe_dump(
        {"schema": SCHEMA_VERSION, "routines": entries}, allow_unicode=True, sort_keys=False, width=100
    )
