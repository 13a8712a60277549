"""Landmark label placement, as plain geometry (no Qt)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_a_free_mark_stays_and_a_crowded_one_moves_the_way_it_lies() -> None:
    from acupoint_gui.model.label_placement import spread_marks

    bl23, bl52, far = (100.0, 100.0), (108.0, 100.0), (300.0, 100.0)
    stay, moved, alone = spread_marks([bl23, bl52, far], 20.0)
    assert stay == bl23 and alone == far
    assert moved[0] >= bl23[0] + 20 - 1e-6 and abs(moved[1] - 100) < 1e-6, "further out on the same line"


def test_marks_on_the_very_same_spot_move_away_from_the_given_middle() -> None:
    from acupoint_gui.model.label_placement import spread_marks

    first, second = spread_marks([(50.0, 10.0), (50.0, 10.0)], 10.0, away_from=[(0.0, 10.0), (0.0, 10.0)])
    assert first == (50.0, 10.0) and second[0] > 50


def test_a_moved_mark_hides_no_other_marks_spot() -> None:
    from acupoint_gui.model.label_placement import spread_marks

    # the second is crowded by the first; straight out (to the right) lies the third's own spot
    spots = spread_marks([(0.0, 0.0), (5.0, 0.0), (25.0, 0.0)], 20.0)
    assert math.hypot(spots[1][0] - 25.0, spots[1][1]) >= 10.0


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0, 60), st.floats(0, 60)), min_size=1, max_size=14),
    st.floats(4, 25),
)
def test_spread_marks_never_overlap(centres: list[tuple[float, float]], spacing: float) -> None:
    from acupoint_gui.model.label_placement import spread_marks

    spots = spread_marks(centres, spacing)
    assert len(spots) == len(centres)
    for i, a in enumerate(spots):
        for b in spots[i + 1 :]:
            assert math.hypot(a[0] - b[0], a[1] - b[1]) >= spacing - 1e-6
        if a != centres[i]:
            for j, home in enumerate(centres):
                if j != i:
                    assert math.hypot(a[0] - home[0], a[1] - home[1]) >= spacing / 2 - 1e-6


def test_a_label_never_sits_nearer_another_dot_than_its_own() -> None:
    """ "BL23" above-left of its dot would sit right over BL52's: it goes above its own instead."""
    bl52, bl23 = (145.0, 82.0), (178.0, 82.0)
    obstacles = [(bl52[0] - 4, bl52[1] - 4, 8.0, 8.0), (bl23[0] - 4, bl23[1] - 4, 8.0, 8.0)]
    (offset,) = place_labels([LabelRequest(bl23, (25.0, 8.0), "left")], obstacles, gap=7.0, dots=[bl52, bl23])
    assert offset is not None
    box = (bl23[0] + offset[0], bl23[1] + offset[1], 25.0, 8.0)
    centre_x = box[0] + box[2] / 2
    assert abs(centre_x - bl23[0]) < abs(centre_x - bl52[0])
