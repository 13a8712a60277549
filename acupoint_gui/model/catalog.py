"""Everything the app shows, loaded and checked together: atlas, figures, markers, routines."""

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from .. import paths
from .geometry import VIEW_ORDER, Figure, Marker
from .points import Atlas
from .problems import DataError, Problem
from .routines import Routine


class Catalog(NamedTuple):
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
    # Imported here: reading and checking YAML is only needed when there is no usable cache
    # (see catalog_cache) and for the command-line checks.
    from .geometry import all_markers, check_against_figures, load_figures
    from .loader import load_atlas
    from .routine_file import load_routines

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


def catalog_inputs(points_path: Path | None = None, routines_path: Path | None = None) -> list[Path]:
    """Every file :func:`load_catalog` reads: a cached catalog is valid while none of them changes."""
    figures = [paths.figure_file(view) for view in VIEW_ORDER]
    return [points_path or paths.points_file(), routines_path or paths.routines_file(), *figures]
