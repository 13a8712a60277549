"""How to find each point on your own body: its close-ups and its step-by-step guide.

Each point in ``points.yaml`` has a ``find_it`` entry (see ``docs/data-format.md``):

- ``closeups``: where the point sits on each close-up that shows it, as marker rules in the
  WHO's terms (landmark, a fraction of the way to another, an offset in cun), placed by the
  same :func:`~.geometry.place` as on the body figures;
- ``guide``: the ordered steps the close-up acts out (the first close-up listed): the posture,
  each landmark to feel, the measure in finger widths or along a line between landmarks, and
  the point. The words sit next to what the figure does, and :mod:`.find_it_check` makes sure
  the two agree (every landmark exists on the figure; the measure ends on the point).

Read lazily, apart from the catalog: a normal start never needs it before the first frame.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .geometry import Figure, Marker
from .points import MarkerRule

SHOWS = ("posture", "landmark", "measure", "point")
DIRECTIONS = ("lateral", "medial", "up", "down")
FINGER_CUN = (1.0, 1.5, 3.0)
"""The WHO finger measures a guide may use: a thumb, two fingers (index and middle), four fingers."""


class GuideStep(NamedTuple):
    """One step of a guide: its words, and what the figure shows while it is read."""

    show: str  # one of SHOWS
    text: str
    landmark: str | None = None  # "landmark": the one to feel (it pulses)
    start: str | None = None  # "landmark": counted from here; "measure": measured from here
    end: str | None = None  # "measure" along a line: towards this landmark
    fraction: float = 0.0  # ... this share of the way
    cun: float = 0.0  # "measure" in finger widths: this many cun
    direction: str = ""  # ... in this direction (one of DIRECTIONS)
    line: int = 0

    def as_rule(self, view: str) -> MarkerRule | None:
        """Where this step's measure ends, as a marker rule (``None`` for other steps): the same
        geometry as the point's own marker, so the two can be compared."""
        if self.show != "measure" or self.start is None:
            return None
        if self.end is not None:
            return MarkerRule(view, self.start, self.end, self.fraction)
        sign = -1.0 if self.direction in ("medial", "up") else 1.0
        if self.direction in ("lateral", "medial"):
            return MarkerRule(view, self.start, lateral_cun=sign * self.cun)
        return MarkerRule(view, self.start, down_cun=sign * self.cun)

    def landmarks_named(self) -> tuple[str, ...]:
        return tuple(name for name in (self.landmark, self.start, self.end) if name)


class PointGuide(NamedTuple):
    code: str
    closeups: tuple[MarkerRule, ...]  # at least one; the guide is acted out on the first
    steps: tuple[GuideStep, ...]
    line: int = 0

    @property
    def view(self) -> str:
        return self.closeups[0].view


class FindIt(NamedTuple):
    """Everything the close-ups and the guides need, checked."""

    figures: Mapping[str, Figure]
    markers: tuple[Marker, ...]
    guides: Mapping[str, PointGuide]

    def markers_on(self, view: str) -> tuple[Marker, ...]:
        return tuple(marker for marker in self.markers if marker.view == view)

    def markers_of(self, code: str) -> tuple[Marker, ...]:
        return tuple(marker for marker in self.markers if marker.code == code)

    def guide(self, code: str) -> PointGuide:
        return self.guides[code]

    def views_of(self, code: str) -> tuple[str, ...]:
        """The close-ups that show a point, the guide's first."""
        return tuple(rule.view for rule in self.guides[code].closeups) if code in self.guides else ()
