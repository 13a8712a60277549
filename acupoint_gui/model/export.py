"""The catalog as plain JSON-ready data (``acupoint-gui points --json``)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from .catalog import Catalog
from .find_it import FindIt
from .geometry import Figure
from .records import record_fields


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    names = record_fields(value)
    if names:
        return {name: _plain(getattr(value, name)) for name in names if name != "line"}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _renamed(entry: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """The same keys as the data file (a guide step's ``from`` and ``to``)."""
    return {names.get(key, key): value for key, value in entry.items()}


def _view(figure: Figure) -> dict[str, Any]:
    view: dict[str, Any] = {
        "viewBox": list(figure.view_box),
        "mirrored_for_left": figure.mirrored,
        "landmarks": {name: [x, y] for name, (x, y) in sorted(figure.landmarks.items())},
    }
    if figure.units_per_cun:  # a close-up: its own scale, and the body figure it magnifies
        view |= {"closeup": True, "units_per_cun": round(figure.units_per_cun, 3), "facing": figure.facing}
        if figure.base_view:
            view |= {"base_view": figure.base_view, "transform": list(figure.transform)}
    return view


def catalog_to_json(catalog: Catalog, find_it: FindIt | None = None) -> dict[str, Any]:
    """Everything ``points --json`` prints; with ``find_it``, the close-ups are views like the
    body figures, and each point lists its markers on them, its close-up rules and its guide."""
    atlas = catalog.atlas
    points = []
    for point in atlas.points:
        entry = _plain(point)
        entry["rules"] = entry.pop("markers")
        markers = [*catalog.markers_of(point.code), *(find_it.markers_of(point.code) if find_it else ())]
        entry["markers"] = [{"view": m.view, "side": m.side.value, "x": m.x, "y": m.y} for m in markers]
        if find_it is not None and point.code in find_it.guides:
            guide = find_it.guide(point.code)
            entry["rules"] += _plain(guide.closeups)
            steps = [_renamed(step, {"start": "from", "end": "to"}) for step in _plain(guide.steps)]
            entry["guide"] = {"view": guide.view, "steps": steps}
        points.append(entry)
    figures = {**catalog.figures, **(find_it.figures if find_it else {})}
    views = {view: _view(figure) for view, figure in figures.items()}
    return {
        "sources": _plain(atlas.sources),
        "instructions": _plain(atlas.instructions),
        "safety": _plain(atlas.safety),
        "regions": list(atlas.regions),
        "cun_measures": _plain(atlas.cun_measures),
        "views": views,
        "points": points,
        "routines": _plain(catalog.routines),
    }
