"""The find-it guide's frames: what each step shows, to scale, animated by a clock, settled for Reduce motion."""

from __future__ import annotations

import math

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.find_it import FindIt
from acupoint_gui.model.guide_frames import ARROW_SECONDS, FADE_SECONDS, PULSE_SECONDS, guide_frame
from acupoint_gui.model.points import Side


@pytest.fixture(scope="module")
def find_it(catalog: Catalog) -> FindIt:
    from acupoint_gui.model.find_it_loader import load_find_it

    return load_find_it(catalog.atlas)


def test_every_guide_ends_on_its_point_in_every_step_settled(catalog: Catalog, find_it: FindIt) -> None:
    for point in catalog.atlas.points:
        guide = find_it.guide(point.code)
        for side in point.sides():
            frames = [guide_frame(find_it, point.code, side, s, reduce_motion=True) for s in range(len(guide.steps))]
            assert [f.show for f in frames] == [step.show for step in guide.steps]
            assert all(f.settled and f.steps == len(guide.steps) for f in frames)
            assert all(m.pulse == 0 for f in frames for m in f.marks), "Reduce motion: nothing pulses"
            assert all(a.progress == 1 for f in frames for a in f.arrows)
            last = frames[-1]
            assert last.point is not None and last.text == guide.steps[-1].text
            (marker,) = [m for m in find_it.markers_of(point.code) if m.view == guide.view and m.side is side]
            assert (last.point.x, last.point.y) == pytest.approx((marker.x, marker.y), abs=0.01)
            arrows = last.arrows
            if any(step.show == "measure" for step in guide.steps):
                assert math.dist(arrows[-1][2:4], (marker.x, marker.y)) < 1.0, "the measure's arrow ends on the point"


def test_fingers_are_drawn_to_the_closeups_scale(find_it: FindIt) -> None:
    """Two fingers (index and middle) are 1.5 cun together; four fingers 3 cun; a thumb 1."""
    for code, cun, number in (("BL23", 1.5, 2), ("BL52", 3.0, 4), ("CV6", 1.5, 2)):
        side = Side.MIDLINE if code == "CV6" else Side.RIGHT
        frame = guide_frame(find_it, code, side, 3 if code != "CV6" else 2, reduce_motion=True)
        (fingers,) = frame.fingers
        units = find_it.figures[frame.view].units_per_cun
        assert fingers.number == number
        assert fingers.width * fingers.number == pytest.approx(cun * units)
        assert math.dist(fingers.start, fingers.end) == pytest.approx(cun * units)


def test_arrows_point_the_way_the_words_say(find_it: FindIt) -> None:
    # the back close-up: the person's left is on the viewer's left, "out to the side" is away from the spine
    left = guide_frame(find_it, "BL23", Side.LEFT, 3, reduce_motion=True).arrows[-1]
    right = guide_frame(find_it, "BL23", Side.RIGHT, 3, reduce_motion=True).arrows[-1]
    assert left.x2 < left.x1 and right.x2 > right.x1 and left.y1 == left.y2
    down = guide_frame(find_it, "CV6", Side.MIDLINE, 2, reduce_motion=True).arrows[-1]
    assert down.y2 > down.y1 and down.x1 == down.x2, "below the navel"
    count_up = guide_frame(find_it, "BL23", Side.LEFT, 2, reduce_motion=True).arrows[-1]
    assert count_up.y2 < count_up.y1, "from L4 up to L2"
    slide = guide_frame(find_it, "BL62", Side.RIGHT, 2, reduce_motion=True).arrows[-1]
    assert slide.y2 > slide.y1 and abs(slide.x2 - slide.x1) < abs(slide.y2 - slide.y1) / 5, "straight down"


def test_no_arrow_runs_back_along_another(catalog: Catalog, find_it: FindIt) -> None:
    """BL28: in from the dimple to S2, then out again to the point: drawn together the two arrows
    looked like one pointing to the spine. Only the measure's is kept once it is shown."""
    for point in catalog.atlas.points:
        for side in point.sides():
            for step in range(len(find_it.guide(point.code).steps)):
                arrows = guide_frame(find_it, point.code, side, step, reduce_motion=True).arrows
                for a in arrows:
                    for b in arrows:
                        ab = (a.x2 - a.x1) * (b.x2 - b.x1) + (a.y2 - a.y1) * (b.y2 - b.y1)
                        joined = math.dist((a.x2, a.y2), (b.x1, b.y1)) < 1e-6
                        assert not (joined and ab < 0), (point.code, side, step + 1)
    last = guide_frame(find_it, "BL28", Side.RIGHT, 4, reduce_motion=True)
    (measure,) = last.arrows
    assert measure.x2 > measure.x1, "out to the side, away from the spine"


def test_a_step_animates_with_its_clock_and_then_settles(find_it: FindIt) -> None:
    start = guide_frame(find_it, "BL23", Side.LEFT, 3, 0.0)
    assert start.arrows[-1].progress == 0 and start.fingers[0].opacity == 0 and not start.settled
    assert start.arrows[0].progress == 1, "an earlier step's arrow is already drawn"
    later = guide_frame(find_it, "BL23", Side.LEFT, 3, ARROW_SECONDS + FADE_SECONDS)
    assert later.arrows[-1].progress == 1 and later.fingers[0].opacity == 1 and later.settled
    pulses = [guide_frame(find_it, "BL23", Side.LEFT, 1, t).marks[0].pulse for t in (0.0, PULSE_SECONDS / 2)]
    assert pulses[0] == pytest.approx(0) and pulses[1] == pytest.approx(1), "the landmark swells and ebbs"
    assert not guide_frame(find_it, "BL23", Side.LEFT, 1, 100.0).settled, "a pulse goes on while the step is shown"


def test_a_landmark_felt_with_both_hands_is_shown_on_both_sides(find_it: FindIt) -> None:
    frame = guide_frame(find_it, "BL23", Side.LEFT, 1, reduce_motion=True)
    crests = [m for m in frame.marks if m.name == "iliac-crest"]
    assert len(crests) == 2 and crests[0].y == crests[1].y
    one_sided = guide_frame(find_it, "BL62", Side.LEFT, 1, reduce_motion=True)
    assert one_sided.mirrored and len(one_sided.marks) == 1
