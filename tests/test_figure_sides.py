"""Which of the person's sides is where on every figure: the words under the body figures, the
practice questions, the close-ups and the find-it guide, checked against where the markers are."""

from __future__ import annotations

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.figure_sides import SidesSeen, side_words_under, sides_seen
from acupoint_gui.model.find_it import FindIt
from acupoint_gui.model.points import Side


@pytest.fixture(scope="module")
def find_it(catalog: Catalog) -> FindIt:
    from acupoint_gui.model.find_it_loader import load_find_it

    return load_find_it(catalog.atlas)


def test_every_closeup_says_its_sides(find_it: FindIt) -> None:
    """One-sided close-ups (the hip and the ankle seen from the side, the sole, the hand, the top
    of the foot, the back of the knee) name the side shown; the others, both sides."""
    for name, figure in find_it.figures.items():
        if figure.mirrored:
            assert sides_seen(figure, Side.LEFT) == SidesSeen(only=Side.LEFT), name
            assert sides_seen(figure, Side.RIGHT) == SidesSeen(only=Side.RIGHT), name
            assert side_words_under(figure) is None, name
        else:
            seen = sides_seen(figure)
            assert {seen.viewer_left, seen.viewer_right} == {Side.LEFT, Side.RIGHT}, name
            assert seen.only is None


def test_the_words_agree_with_where_the_markers_are(catalog: Catalog, find_it: FindIt) -> None:
    """On a close-up of both sides (and the body's front and back), each point's left marker
    is on the half the words say is the person's left."""
    figures = {**catalog.figures, **find_it.figures}
    markers = [*catalog.markers, *find_it.markers]
    checked = 0
    for marker in markers:
        figure = figures[marker.view]
        seen = sides_seen(figure)
        if figure.mirrored or marker.side is Side.MIDLINE:
            continue
        on_viewers_left = marker.x < figure.midline_x
        assert (seen.viewer_left if on_viewers_left else seen.viewer_right) is marker.side, marker
        checked += 1
    assert checked > 20


def test_the_words_under_a_figure_of_both_sides() -> None:
    from acupoint_gui.model.geometry import Figure

    def figure(facing: str) -> Figure:
        return Figure("x", (0, 0, 10, 10), {}, (), facing=facing)

    assert side_words_under(figure("back")) == ("Left", "Right")
    assert side_words_under(figure("front")) == ("Right", "Left"), "facing the person, their right is on the left"
