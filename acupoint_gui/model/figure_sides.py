"""Which of the person's sides is where on a figure, for the words under it. No Qt.

Left and right are always the person's own. Seen from behind (the back, the low back, the
shoulder blades) their left is on the viewer's left; seen from the front (the belly) it is on
the viewer's right. A one-sided close-up (the hip, the back of the knee, the outer ankle, the
hand, the top of the foot, the sole) shows one side only, drawn for the right and mirrored for
the left: the words under it name that side. The body figures, the practice questions, the
close-ups and the find-it guide all say it from here, so they can never disagree.
"""

from __future__ import annotations

from typing import NamedTuple

from .geometry import Figure
from .points import Side
from .wording import QT_TRANSLATE_NOOP, Words

SIDE_WORDS = {
    Side.LEFT: QT_TRANSLATE_NOOP("FigureSides", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("FigureSides", "Right"),
}


class FigureSides(Words):
    """The words under a figure that say which side is which."""


class SidesSeen(NamedTuple):
    """On a figure of both sides, the person's side on the viewer's left and on the right; on
    a one-sided figure, the side it shows (``only``). All ``None``: nothing to say (no such
    figure today)."""

    viewer_left: Side | None = None
    viewer_right: Side | None = None
    only: Side | None = None


def sides_seen(figure: Figure, shown: Side = Side.RIGHT) -> SidesSeen:
    """Where the person's sides are on ``figure``; ``shown``: the side a one-sided figure is
    drawn for (the left is the right mirrored)."""
    if figure.mirrored:
        return SidesSeen(only=Side.LEFT if shown is Side.LEFT else Side.RIGHT)
    if figure.facing == "front":
        return SidesSeen(Side.RIGHT, Side.LEFT)
    if figure.facing == "back":
        return SidesSeen(Side.LEFT, Side.RIGHT)
    return SidesSeen()


def side_words_under(figure: Figure) -> tuple[str, str] | None:
    """Under a close-up of both sides: the person's own side on the viewer's left and right
    (seen from behind, their left is on the left), as on the body map. None for one side."""
    seen = sides_seen(figure)
    if seen.viewer_left is None or seen.viewer_right is None:
        return None
    return (FigureSides.tr(SIDE_WORDS[seen.viewer_left]), FigureSides.tr(SIDE_WORDS[seen.viewer_right]))
