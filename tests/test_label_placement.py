"""Landmark label placement, as plain geometry (no Qt)."""

from __future__ import annotations

from acupoint_gui.model.label_placement import GAP, LabelRequest, place_labels


def test_a_label_goes_on_its_preferred_side_when_there_is_room() -> None:
    right, left, above = place_labels(
        [
            LabelRequest((100, 100), (40, 10), "right"),
            LabelRequest((300, 100), (40, 10), "left"),
            LabelRequest((500, 100), (40, 10), "above"),
        ],
        [],
    )
    # float literals: with an int such as -5 in the tuple, mypy narrows the offset to a type no value
    # has and reports the next assert as unreachable
    assert right == (GAP, -5.0)
    assert left == (-40 - GAP, -5.0)
    assert above == (-20.0, -10 - GAP)


def test_a_label_moves_away_from_a_marker_on_its_preferred_side() -> None:
    (offset,) = place_labels([LabelRequest((100, 100), (40, 10), "right")], [(110, 90, 20, 20)])
    assert offset is not None
    x, y = 100 + offset[0], 100 + offset[1]
    assert not (x < 130 and x + 40 > 110 and y < 110 and y + 10 > 90)


def test_labels_never_overlap_each_other_and_the_first_asked_wins() -> None:
    first, second = place_labels(
        [LabelRequest((100, 100), (40, 10), "right"), LabelRequest((100, 100), (40, 10), "right")], []
    )
    assert first == (GAP, -5.0)
    assert second is not None and second != first


def test_a_label_with_no_room_is_left_out() -> None:
    wall = [(0.0, 0.0, 400.0, 400.0)]
    assert place_labels([LabelRequest((200, 200), (40, 10), "right")], wall) == [None]


def test_a_label_is_never_cut_off_by_the_edge() -> None:
    bounds = (0.0, 0.0, 200.0, 200.0)
    (offset,) = place_labels([LabelRequest((190, 100), (40, 10), "right")], [], bounds)
    assert offset is not None and 190 + offset[0] + 40 <= 200
    assert place_labels([LabelRequest((100, 100), (400, 10), "right")], [], bounds) == [None]


def test_a_label_keeps_to_its_side_further_out_before_it_crosses_over() -> None:
    """A label that strays across the midline reads as naming the other side's dot."""
    marker_close_by = (104.0, 88.0, 12.0, 24.0)  # blocks every place right next to the dot
    (offset,) = place_labels([LabelRequest((100, 100), (40, 10), "right")], [marker_close_by])
    assert offset is not None
    assert offset[0] > 0, "still on the right of its dot"
    assert offset[0] == 2.5 * GAP


def test_a_label_stays_in_its_own_figures_area_or_is_left_out() -> None:
    own_area = (80.0, -1e9, 200.0, 2e9)  # x from 80 to 280: the dot's figure and half the gap
    beside, cramped = place_labels(
        [
            LabelRequest((100, 100), (40, 10), "left", own_area),  # no room on the left: goes right
            LabelRequest((100, 300), (90, 10), "left", (95.0, -1e9, 40.0, 2e9)),  # no room anywhere
        ],
        [],
    )
    assert beside is not None and 100 + beside[0] >= 80
    assert cramped is None
