"""Marker positions: computed from landmarks and cun, mirrored, inside the body, on the right side."""

from __future__ import annotations

import math

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.geometry import MIRRORED_VIEWS, Marker
from acupoint_gui.model.points import Side


def marker(catalog: Catalog, code: str, view: str, side: Side) -> Marker:
    found = [m for m in catalog.markers if m.code == code and m.view == view and m.side is side]
    assert len(found) == 1, (code, view, side)
    return found[0]


def cun(catalog: Catalog, name: str, side: Side = Side.LEFT) -> float:
    from acupoint_gui.model.geometry import cun_length

    measure = next(m for m in catalog.atlas.cun_measures if m.name == name)
    return cun_length(catalog.figures[measure.view], measure, side)


def test_required_landmarks_exist(catalog: Catalog) -> None:
    required = {
        "front": {"navel", "pubic-symphysis", "asis-left", "asis-right", "ankle-left", "ankle-right"},
        "back": {"l2-spinous", "s2-foramen", "sacral-hiatus"}
        | {
            f"{name}-{side}"
            for side in ("left", "right")
            for name in (
                "scapula-medial-border",
                "scapula-spine-mid",
                "scapula-inferior-angle",
                "greater-trochanter",
                "popliteal-crease",
                "lateral-malleolus",
                "calcaneal-tendon",
            )
        },
        "side": {"asis", "greater-trochanter", "lateral-malleolus", "calcaneus"},
        "sole": {"toe-web-2-3", "heel"},
    }
    for view, names in required.items():
        assert names <= set(catalog.figures[view].landmarks), (view, names - set(catalog.figures[view].landmarks))


def test_every_point_has_markers_on_each_side(catalog: Catalog) -> None:
    for point in catalog.atlas.points:
        markers = catalog.markers_of(point.code)
        views = {rule.view for rule in point.markers}
        for view in views:
            sides = {m.side for m in markers if m.view == view}
            assert sides == set(point.sides()), (point.code, view, sides)


def test_bilateral_markers_mirror_about_the_midline(catalog: Catalog) -> None:
    for point in catalog.atlas.points:
        if not point.is_bilateral:
            continue
        for rule in point.markers:
            figure = catalog.figures[rule.view]
            left = marker(catalog, point.code, rule.view, Side.LEFT)
            right = marker(catalog, point.code, rule.view, Side.RIGHT)
            assert left.y == pytest.approx(right.y, abs=0.5), point.code
            assert left.x + right.x == pytest.approx(2 * figure.midline_x, abs=0.5), point.code


def test_left_and_right_follow_the_persons_sides(catalog: Catalog) -> None:
    # Back view: the person's left is on the viewer's left; front view: on the viewer's right.
    back_left = marker(catalog, "BL23", "back", Side.LEFT)
    back_right = marker(catalog, "BL23", "back", Side.RIGHT)
    assert back_left.x < back_right.x
    front_left = marker(catalog, "GB29", "front", Side.LEFT)
    front_right = marker(catalog, "GB29", "front", Side.RIGHT)
    assert front_left.x > front_right.x


def test_midline_points_sit_on_the_midline(catalog: Catalog) -> None:
    for point in catalog.atlas.points:
        if point.is_bilateral:
            continue
        for m in catalog.markers_of(point.code):
            if m.view not in MIRRORED_VIEWS:
                assert m.x == pytest.approx(catalog.figures[m.view].midline_x, abs=0.5), point.code


def test_every_marker_lies_inside_the_body_outline(catalog: Catalog) -> None:
    for m in catalog.markers:
        figure = catalog.figures[m.view]
        x = figure.mirror_x(m.x) if m.view in MIRRORED_VIEWS and m.side is Side.LEFT else m.x
        assert figure.contains(x, m.y), (m.code, m.view, m.side)


def test_positions_follow_the_cun_rules(catalog: Catalog) -> None:
    back = catalog.figures["back"].landmarks
    width = cun(catalog, "back-width")
    l2x, l2y = back["l2-spinous"]
    bl23 = marker(catalog, "BL23", "back", Side.RIGHT)
    bl52 = marker(catalog, "BL52", "back", Side.RIGHT)
    assert bl23.y == pytest.approx(l2y) and bl52.y == pytest.approx(l2y)
    assert (bl23.x - l2x) / width == pytest.approx(1.5, abs=0.01)
    assert (bl52.x - l2x) / width == pytest.approx(3.0, abs=0.01)
    s2x, s2y = back["s2-foramen"]
    bl28 = marker(catalog, "BL28", "back", Side.LEFT)
    bl53 = marker(catalog, "BL53", "back", Side.LEFT)
    assert (s2x - bl28.x) / width == pytest.approx(1.5, abs=0.01)
    assert (s2x - bl53.x) / width == pytest.approx(3.0, abs=0.01)
    assert bl28.y == pytest.approx(s2y) and bl53.y == pytest.approx(s2y)
    # BL40 at the middle of the knee crease; GB30 one third from the trochanter to the sacral hiatus
    assert (
        marker(catalog, "BL40", "back", Side.LEFT).x,
        marker(catalog, "BL40", "back", Side.LEFT).y,
    ) == pytest.approx(back["popliteal-crease-left"], abs=0.01)
    tx, ty = back["greater-trochanter-right"]
    hx, hy = back["sacral-hiatus"]
    gb30 = marker(catalog, "GB30", "back", Side.RIGHT)
    assert math.hypot(gb30.x - tx, gb30.y - ty) / math.hypot(hx - tx, hy - ty) == pytest.approx(1 / 3, abs=0.01)
    # CV6: 1.5 cun below the navel, where 5 cun is navel to pubic symphysis
    front = catalog.figures["front"].landmarks
    cv6 = marker(catalog, "CV6", "front", Side.MIDLINE)
    assert (cv6.y - front["navel"][1]) / cun(catalog, "abdomen", Side.MIDLINE) == pytest.approx(1.5, abs=0.01)
    # SI11: one third of the way from the middle of the scapular spine to the inferior angle
    sx, sy = back["scapula-spine-mid-left"]
    ix, iy = back["scapula-inferior-angle-left"]
    si11 = marker(catalog, "SI11", "back", Side.LEFT)
    assert (si11.x, si11.y) == pytest.approx((sx + (ix - sx) / 3, sy + (iy - sy) / 3), abs=0.1)


def test_figure_proportions_match_the_who_measures(catalog: Catalog) -> None:
    # 6 cun between the shoulder blades and 16 cun knee crease to ankle bone must describe
    # the same body: the ratio between the two cun lengths stays within anatomical sense.
    ratio = cun(catalog, "back-leg") / cun(catalog, "back-width")
    assert 0.6 < ratio < 1.6, ratio


def test_the_bundled_data_fit_the_figures(catalog: Catalog) -> None:
    from acupoint_gui.model.geometry import check_against_figures

    assert check_against_figures(catalog.atlas, catalog.figures, "points.yaml") == []


def test_figure_problems_name_the_point_the_field_and_the_line(catalog: Catalog) -> None:
    """A misspelt landmark, and a marker pushed off the body, are each reported at their own line."""
    from acupoint_gui.model.geometry import check_against_figures

    atlas = catalog.atlas
    index = next(i for i, p in enumerate(atlas.points) if p.code == "BL23")
    bl23 = atlas.points[index]
    rule = bl23.markers[0]._replace(lateral_cun=40.0)  # far outside the back
    broken = bl23._replace(landmarks_used=("l2-spinous", "l2-spinus"), markers=(rule,))
    points = (*atlas.points[:index], broken, *atlas.points[index + 1 :])
    problems = [str(p) for p in check_against_figures(atlas._replace(points=points), catalog.figures, "points.yaml")]
    assert bl23.landmarks_used_line not in (0, rule.line)
    assert problems == [
        f"points.yaml:{bl23.landmarks_used_line}: points[{index}].landmarks_used:"
        " the back figure has no landmark 'l2-spinus'",
        f"points.yaml:{rule.line}: points[{index}].markers[0]: the left marker falls outside the back figure",
        f"points.yaml:{rule.line}: points[{index}].markers[0]: the right marker falls outside the back figure",
    ]


def test_every_landmark_on_the_figures_has_a_plain_name(catalog: Catalog) -> None:
    from acupoint_gui.model.closeups import load_closeup_figures
    from acupoint_gui.model.landmark_names import LANDMARK_NAMES, base_name, described, plain_name

    figures = [*catalog.figures.values(), *load_closeup_figures().values()]
    drawn = {base_name(name) for figure in figures for name in figure.landmarks}
    assert drawn == set(LANDMARK_NAMES)
    assert plain_name("lateral-malleolus-left") == "outer ankle bone"
    assert described("lateral-malleolus-right") == "outer ankle bone (lateral malleolus)"
    assert described("heel") == "heel"  # no term repeated in brackets
    assert plain_name("new-bump-left") == "new bump"  # a landmark added to a figure still reads as words
