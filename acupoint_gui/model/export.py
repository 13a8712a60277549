"""The catalog as plain JSON-ready data (``acupoint-gui points --json``)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from .catalog import Catalog
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


def catalog_to_json(catalog: Catalog) -> dict[str, Any]:
    atlas = catalog.atlas
    points = []
    for point in atlas.points:
        entry = _plain(point)
        entry["rules"] = entry.pop("markers")
        entry["markers"] = [
            {"view": m.view, "side": m.side.value, "x": m.x, "y": m.y} for m in catalog.markers_of(point.code)
        ]
        points.append(entry)
    views = {
        view: {
            "viewBox": list(figure.view_box),
            "mirrored_for_left": view in ("side", "sole"),
            "landmarks": {name: [x, y] for name, (x, y) in sorted(figure.landmarks.items())},
        }
        for view, figure in catalog.figures.items()
    }
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
