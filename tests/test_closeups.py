"""The regional close-ups: one geometry with the body figures, WHO positions in cun, markers apart."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.closeups import CLOSEUP_ORDER, marker_radius
from acupoint_gui.model.find_it import FindIt
from acupoint_gui.model.geometry import Figure, Marker, cun_length
from acupoint_gui.model.points import Side

from .test_sheet import all_codes, make, pdf_text


@pytest.fixture(scope="module")
def find_it(catalog: Catalog) -> FindIt:
    from acupoint_gui.model.find_it_loader import load_find_it

    return load_find_it(catalog.atlas)


def on(find_it: FindIt, code: str, view: str, side: Side = Side.RIGHT) -> Marker:
    (found,) = [m for m in find_it.markers if m.code == code and m.view == view and m.side is side]
    return found


def landmark(figure: Figure, name: str) -> tuple[float, float]:
    return figure.landmarks[name]


def test_every_region_has_a_closeup_with_its_own_scale(find_it: FindIt) -> None:
    assert tuple(find_it.figures) == CLOSEUP_ORDER
    for name, figure in find_it.figures.items():
        assert figure.units_per_cun > 10, name
        assert min(figure.view_box[2:]) >= 200 and max(figure.view_box[2:]) >= 500, name
        assert figure.facing in ("back", "front", "side", "top", "sole", "hand"), name
        assert len(figure.silhouette) > 20, name
    required = {
        "low-back": {"l2-spinous", "l4-spinous", "l5-spinous", "s2-foramen", "sacral-hiatus"}
        | {f"{name}-{side}" for name in ("iliac-crest", "psis", "rib-12") for side in ("left", "right")},
        "hip": {"asis", "greater-trochanter", "sacral-hiatus"},
        "knee-back": {"popliteal-crease-medial", "popliteal-crease-lateral", "biceps-femoris-tendon"}
        | {"semitendinosus-tendon"},
        "ankle-outer": {"lateral-malleolus", "calcaneal-tendon", "calcaneus"},
        "hand": {"second-metacarpal-base", "second-metacarpal-head", "thumb-web"},
        "foot-top": {"metatarsal-1-2-junction", "toe-web-1-2"},
        "shoulder-blade": {f"scapula-{n}-left" for n in ("spine-mid", "inferior-angle", "medial-border")},
        "belly": {"navel", "pubic-symphysis"},
    }
    for name, names in required.items():
        assert names <= set(find_it.figures[name].landmarks), (name, names - set(find_it.figures[name].landmarks))


def test_a_closeup_is_its_body_figure_magnified(catalog: Catalog, find_it: FindIt) -> None:
    """One geometry: every landmark a close-up shares with its body figure, and every marker of
    a point shown on both, is the body figure's own position taken through the close-up's
    transform (not a second, hand-placed copy)."""
    compared = 0
    for figure in find_it.figures.values():
        if not figure.base_view:
            continue
        base = catalog.figures[figure.base_view]
        for name, (x, y) in figure.landmarks.items():
            source = base.landmarks.get(name) or (base.landmarks.get(f"{name}-right") if figure.mirrored else None)
            if source is not None:
                assert math.dist(figure.from_base(*source), (x, y)) < 0.25, (figure.view, name)
                compared += 1
        for marker in find_it.markers_on(figure.view):
            if figure.mirrored and marker.side is not Side.RIGHT:
                continue  # the left side is the mirror image of the right
            for body in catalog.markers_of(marker.code):
                if body.view == figure.base_view and body.side is marker.side:
                    assert math.dist(figure.from_base(body.x, body.y), (marker.x, marker.y)) < 0.25, marker
                    compared += 1
    assert compared >= 40


@pytest.mark.parametrize(
    ("closeup", "measure"),
    [
        ("low-back", "back-width"),
        ("shoulder-blade", "back-width"),
        ("knee-back", "back-leg"),
        ("ankle-outer", "side-leg"),
        ("belly", "abdomen"),
    ],
)
def test_a_closeups_cun_is_the_body_figures_cun_magnified(
    catalog: Catalog, find_it: FindIt, closeup: str, measure: str
) -> None:
    figure = find_it.figures[closeup]
    spec = next(m for m in catalog.atlas.cun_measures if m.name == measure)
    body_cun = cun_length(catalog.figures[spec.view], spec, Side.RIGHT)
    a, b, _, _, _, _ = figure.transform
    assert figure.units_per_cun == pytest.approx(math.hypot(a, b) * body_cun, rel=1e-3)


def test_every_point_is_on_a_closeup_on_each_side(catalog: Catalog, find_it: FindIt) -> None:
    for point in catalog.atlas.points:
        views = find_it.views_of(point.code)
        assert views, point.code
        for view in views:
            sides = {m.side for m in find_it.markers_of(point.code) if m.view == view}
            assert sides == set(point.sides()), (point.code, view)


def test_no_two_markers_on_a_closeup_are_closer_than_their_diameter(find_it: FindIt) -> None:
    """Markers are sized in cun, so they grow with the figure: apart at one zoom, apart at all."""
    for view, figure in find_it.figures.items():
        diameter = 2 * marker_radius(figure)
        markers = find_it.markers_on(view)
        for i, a in enumerate(markers):
            for b in markers[i + 1 :]:
                if figure.mirrored and a.side is not b.side:
                    continue  # one side is shown at a time
                assert math.dist((a.x, a.y), (b.x, b.y)) >= diameter, (view, a, b)


def test_every_closeup_marker_is_on_the_body_in_the_picture(find_it: FindIt) -> None:
    for marker in find_it.markers:
        figure = find_it.figures[marker.view]
        x = figure.mirror_x(marker.x) if figure.mirrored and marker.side is Side.LEFT else marker.x
        assert figure.inside_box(x, marker.y) and figure.contains(x, marker.y), marker


def test_landmarks_follow_the_who_levels(find_it: FindIt) -> None:
    low_back = find_it.figures["low-back"]
    l4, s2 = landmark(low_back, "l4-spinous"), landmark(low_back, "s2-foramen")
    for side in ("left", "right"):
        assert landmark(low_back, f"iliac-crest-{side}")[1] == pytest.approx(l4[1]), "L4 on the crests' line"
        assert landmark(low_back, f"psis-{side}")[1] == pytest.approx(s2[1]), "S2 on the dimples' line"
    spinous = [landmark(low_back, f"l{n}-spinous")[1] for n in (2, 4, 5)]
    assert spinous == sorted(spinous) and spinous[2] < s2[1] < landmark(low_back, "sacral-hiatus")[1]
    vertebra = (spinous[1] - spinous[0]) / 2 / low_back.units_per_cun
    assert 1.0 < vertebra < 1.35, "lumbar bumps about 3-3.5 cm apart (1 back cun is about 2.8 cm)"


def test_points_sit_where_the_who_puts_them(find_it: FindIt) -> None:
    back = find_it.figures["low-back"]
    cun = back.units_per_cun
    l2x, _ = landmark(back, "l2-spinous")
    assert (on(find_it, "BL23", "low-back").x - l2x) / cun == pytest.approx(1.5, abs=0.01)
    assert (l2x - on(find_it, "BL52", "low-back", Side.LEFT).x) / cun == pytest.approx(3.0, abs=0.01)
    assert on(find_it, "BL28", "low-back").y == pytest.approx(landmark(back, "s2-foramen")[1], abs=0.01)
    belly = find_it.figures["belly"]
    navel = landmark(belly, "navel")
    assert (on(find_it, "CV6", "belly", Side.MIDLINE).y - navel[1]) / belly.units_per_cun == pytest.approx(1.5)
    knee = find_it.figures["knee-back"]
    ends = [landmark(knee, f"popliteal-crease-{end}") for end in ("medial", "lateral")]
    bl40 = on(find_it, "BL40", "knee-back")
    assert (bl40.x, bl40.y) == pytest.approx(((ends[0][0] + ends[1][0]) / 2, ends[0][1]), abs=0.01)
    bl39 = on(find_it, "BL39", "knee-back")
    tendon = landmark(knee, "biceps-femoris-tendon")
    assert bl40.x < bl39.x < tendon[0], "BL39 just inside the biceps tendon, on the crease"
    ankle = find_it.figures["ankle-outer"]
    mx, my = landmark(ankle, "lateral-malleolus")
    bl62, bl60 = on(find_it, "BL62", "ankle-outer"), on(find_it, "BL60", "ankle-outer")
    assert abs(bl62.x - mx) / ankle.units_per_cun < 0.2 and bl62.y > my, "BL62 directly below the ankle bone"
    assert bl60.y == pytest.approx(my) and landmark(ankle, "calcaneal-tendon")[0] < bl60.x < mx
    foot = find_it.figures["foot-top"]
    junction, web = landmark(foot, "metatarsal-1-2-junction"), landmark(foot, "toe-web-1-2")
    lr3 = on(find_it, "LR3", "foot-top")
    assert web[1] < lr3.y < junction[1], "LR3 in the hollow just in front of where the bones meet"
    assert (junction[1] - lr3.y) / foot.units_per_cun < 0.6


def test_the_bundled_figures_are_what_the_tool_makes() -> None:
    """No hand edits: tools/make_body_maps.py makes every body figure and close-up as bundled."""
    import sys

    from acupoint_gui import paths

    from .conftest import ROOT

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import closeup_kit
        import closeups_limbs
        import closeups_trunk
        import make_body_maps
    finally:
        sys.path.remove(str(ROOT / "tools"))
    for view in ("front", "back", "side", "sole"):
        assert getattr(make_body_maps, view)() == paths.figure_file(view).read_text(encoding="utf-8"), view
    makers = [closeups_trunk.low_back, closeups_trunk.hip, closeups_trunk.shoulder_blade, closeups_trunk.belly]
    makers += [closeups_limbs.knee_back, closeups_limbs.ankle_outer, closeups_limbs.hand, closeups_limbs.foot_top]
    makers.append(closeups_limbs.sole_closeup)
    made = {closeup.name: closeup_kit.closeup_svg(closeup) for closeup in (make() for make in makers)}
    assert set(made) == set(CLOSEUP_ORDER)
    for name, svg in made.items():
        assert svg == paths.closeup_file(name).read_text(encoding="utf-8"), name


def test_each_row_has_its_closeup_with_the_point_and_its_landmark(tmp_path: Path) -> None:
    """A handout shows how to find each point: the close-up around it, the landmark it is found
    from (named) and the measure, as the last step of its find-it guide."""
    from datetime import date

    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.model.sheet_content import sheet_for_points

    catalog = load_catalog()
    content = sheet_for_points(catalog, all_codes(), today=date(2026, 1, 5))
    for sheet_point in content.points:
        closeup = sheet_point.closeup
        assert closeup is not None, sheet_point.point.code
        assert closeup.frame.show == "point" and closeup.frame.point is not None
        assert closeup.frame.marks, f"{sheet_point.point.code}: the landmark it is found from"
    text = " ".join(pdf_text(make(tmp_path, "closeups", "--points", "BL23,BL62")).split())
    assert "L2, elbow level" in text and "outer ankle bone" in text
