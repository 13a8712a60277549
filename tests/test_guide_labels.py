"""The landmarks' names on a guide's close-up never cover what the step draws: the fingers of a
measure, the point, or a landmark's dot. Every point's guide, every step, both sides, at the
sizes the window, the guide's PNGs and the sheet draw it."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.find_it import FindIt
from acupoint_gui.model.guide_frames import frame_region, guide_frame
from acupoint_gui.model.label_placement import meets_polygon

# (where the figure is drawn, the names' pixel size, crop to the step's part as the sheet does)
SIZES = {
    "window": (QRectF(6, 6, 548, 420), 11.0, False),
    "png": (QRectF(27, 60, 846, 690), 14.5, False),
    "sheet": (QRectF(0, 0, 500, 333), 6.2 * 300 / 72, True),
}


@pytest.fixture(scope="module")
def find_it(catalog: Catalog) -> FindIt:
    from acupoint_gui.model.find_it_loader import load_find_it

    return load_find_it(catalog.atlas)


def touches_circle(box: QRectF, centre: QPointF, radius: float) -> bool:
    dx = max(box.left() - centre.x(), 0.0, centre.x() - box.right())
    dy = max(box.top() - centre.y(), 0.0, centre.y() - box.bottom())
    return math.hypot(dx, dy) < radius


@pytest.mark.parametrize("size", SIZES)
def test_no_landmark_name_covers_the_fingers_the_point_or_a_dot(
    qapp: QApplication, catalog: Catalog, find_it: FindIt, size: str
) -> None:
    from acupoint_gui.printing.closeup_figure import (
        finger_outlines,
        fit,
        label_font,
        landmark_dot,
        landmark_labels,
    )

    target, label_px, crop = SIZES[size]
    metrics = QFontMetricsF(label_font(label_px))
    frames = fingers_seen = named = 0
    for point in catalog.atlas.points:
        guide = find_it.guide(point.code)
        figure = find_it.figures[guide.view]
        for side in point.sides():
            for step in range(len(guide.steps)):
                frame = guide_frame(find_it, point.code, side, step, reduce_motion=True)
                region = frame_region(frame, figure, aspect=target.width() / target.height()) if crop else None
                placement = fit(figure, target, region)
                labels = landmark_labels(placement, frame, metrics, area=target)
                outlines = finger_outlines(placement, frame)
                dot = landmark_dot(placement)
                where = f"{point.code} {side.value} step {step + 1}"
                for mark, box in labels:
                    rect = (box.x(), box.y(), box.width(), box.height())
                    assert not any(meets_polygon(rect, o) for o in outlines), f"{where}: {mark.label!r} on the fingers"
                    for other in frame.marks:
                        centre = placement.map(other.x, other.y)
                        assert not touches_circle(box, centre, dot), f"{where}: {mark.label!r} on a dot"
                    if frame.point is not None:
                        centre = placement.map(frame.point.x, frame.point.y)
                        radius = frame.point.radius * placement.scale
                        assert not touches_circle(box, centre, radius), f"{where}: {mark.label!r} on the point"
                    assert target.contains(box), f"{where}: {mark.label!r} cut off"
                frames += 1
                fingers_seen += bool(outlines)
                named += len(labels)
    assert frames > 60 and fingers_seen > 10 and named > 60, (frames, fingers_seen, named)


def test_a_box_and_a_slanted_shape_meet_only_where_they_overlap() -> None:
    diamond = [(10.0, 0.0), (20.0, 10.0), (10.0, 20.0), (0.0, 10.0)]
    assert meets_polygon((8, 8, 4, 4), diamond), "inside"
    assert not meets_polygon((0, 0, 4, 4), diamond), "in the corner its bounding box has and it does not"
    assert meets_polygon((15, 0, 10, 8), diamond), "across an edge"
    assert not meets_polygon((30, 0, 5, 5), diamond)
    assert not meets_polygon((0, 0, 4, 4), [])
