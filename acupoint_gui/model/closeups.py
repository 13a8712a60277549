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
from .wording import QT_TRANSLATE_NOOP, Words

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
    "low-back": QT_TRANSLATE_NOOP("CloseupWords", "Low back"),
    "hip": QT_TRANSLATE_NOOP("CloseupWords", "Hip, from the side"),
    "knee-back": QT_TRANSLATE_NOOP("CloseupWords", "Back of the knee"),
    "ankle-outer": QT_TRANSLATE_NOOP("CloseupWords", "Outer ankle"),
    "hand": QT_TRANSLATE_NOOP("CloseupWords", "Back of the hand"),
    "foot-top": QT_TRANSLATE_NOOP("CloseupWords", "Top of the foot"),
    "foot-sole": QT_TRANSLATE_NOOP("CloseupWords", "Sole of the foot"),
    "shoulder-blade": QT_TRANSLATE_NOOP("CloseupWords", "Shoulder blades"),
    "belly": QT_TRANSLATE_NOOP("CloseupWords", "Lower belly"),
}


class CloseupWords(Words):
    """The close-ups' titles."""


def closeup_title(view: str) -> str:
    """The close-up's title in the current language: ``"Low back"``."""
    return CloseupWords.tr(CLOSEUP_TITLES[view]) if view in CLOSEUP_TITLES else view


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
