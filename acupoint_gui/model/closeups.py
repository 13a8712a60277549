"""The regional close-ups: which there are, what they are called, and reading their figures.

A close-up (``resources/body_maps/closeups/NAME.svg``, made by ``tools/make_body_maps.py``)
is a region of a body figure magnified and drawn in detail, with the landmarks a person feels
there. It carries its own scale (``units_per_cun``), which side it shows, and how it maps to
the body figure it magnifies; :func:`~.geometry.read_figure` reads all of that. Nothing here
is needed before the window's first frame.
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from .geometry import Figure, read_figure

CLOSEUP_ORDER = (
    "low-back",
    "hip",
    "knee-back",
    "ankle-outer",
    "hand",
    "foot-top",
    "foot-sole",
    "shoulder-blade",
    "belly",
)

CLOSEUP_TITLES = {
    "low-back": "Low back",
    "hip": "Hip, from the side",
    "knee-back": "Back of the knee",
    "ankle-outer": "Outer ankle",
    "hand": "Back of the hand",
    "foot-top": "Top of the foot",
    "foot-sole": "Sole of the foot",
    "shoulder-blade": "Shoulder blades",
    "belly": "Lower belly",
}

MARKER_CUN = 0.3
"""A point marker on a close-up is this many cun across its radius: it grows with the figure,
so markers that do not overlap at one zoom overlap at none."""


def closeup_inputs(directory: Path | None = None) -> list[Path]:
    folder = directory or paths.closeups_dir()
    return [folder / f"{name}.svg" for name in CLOSEUP_ORDER]


def load_closeup_figures(directory: Path | None = None) -> dict[str, Figure]:
    """Every close-up figure, by name, in :data:`CLOSEUP_ORDER`."""
    return {path.stem: read_figure(path.stem, path.read_bytes()) for path in closeup_inputs(directory)}


def marker_radius(figure: Figure) -> float:
    """The radius of a point marker on this close-up, in its units."""
    return MARKER_CUN * figure.units_per_cun
