"""Everything the app shows, loaded and checked together: atlas, figures, markers, routines."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from .geometry import Figure, Marker, all_markers, check_against_figures, load_figures
from .loader import load_atlas
from .points import Atlas
from .routine_file import load_routines
from .routines import Routine
from .yaml_source import DataError, Problem


@dataclass(frozen=True)
class Catalog:
    atlas: Atlas
    figures: Mapping[str, Figure]
    markers: tuple[Marker, ...]
    routines: tuple[Routine, ...]
    points_path: Path

    def markers_of(self, code: str) -> tuple[Marker, ...]:
        return tuple(marker for marker in self.markers if marker.code == code)

    def routine(self, key: str) -> Routine | None:
        """A routine by id or (case-insensitive) name."""
        for routine in self.routines:
            if routine.id == key or routine.name.casefold() == key.casefold():
                return routine
        return None


def load_catalog(points_path: Path | None = None, routines_path: Path | None = None) -> Catalog:
    """Load the points file (default: the bundled one), the figures and the built-in routines.

    Raises :class:`DataError` with every problem found in either file.
    """
    points_path = points_path or paths.points_file()
    atlas = load_atlas(points_path)
    figures = load_figures(paths.body_maps_dir())
    problems: list[Problem] = check_against_figures(atlas, figures, str(points_path))
    routines: tuple[Routine, ...] = ()
    try:
        routines = load_routines(routines_path or paths.routines_file(), atlas, builtin=True)
    except DataError as exc:
        problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    return Catalog(atlas, figures, tuple(all_markers(atlas, figures)), routines, points_path)
