#!/usr/bin/env python3
"""Generate Acupoint's body figures (our own artwork) from a small table of proportions.

    python tools/make_body_maps.py          # writes resources/body_maps/{front,back,side,sole}.svg

Proportions follow the segment lengths in shared ANATOMY.md (fractions of standing height H,
after Drillis & Contini). Every landmark is computed from the same numbers as the outline, so
the WHO proportional cun measured between landmarks stay consistent when a number changes.
Output is deterministic. Only SVG Tiny features are used, because Qt's renderer draws them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "body_maps"

FILL, OUTLINE, CUE = "#f3ede6", "#4a4540", "#a39a90"
TOP, FLOOR = 40.0, 960.0
H = FLOOR - TOP
MID = 250.0

Point = tuple[float, float]


def y_at(height_fraction: float) -> float:
    """The y coordinate of a height above the floor given as a fraction of H."""
    return FLOOR - height_fraction * H


# Heights (fraction of H above the floor), from ANATOMY.md.
CHIN, SHOULDER, NIPPLE, ELBOW, NAVEL = 0.870, 0.818, 0.720, 0.630, 0.600
HIP_JOINT, WRIST, FINGERTIP, KNEE, ANKLE = 0.530, 0.485, 0.377, 0.285, 0.039

# The right half of the front/back outline as (offset from the midline, y), top to bottom,
# running outside the arm and then back up its inside, then down the leg and up the inner leg.
HALF_OUTLINE: list[Point] = [
    (0, TOP),
    (30, TOP + 6),
    (46, TOP + 40),
    (45, TOP + 80),
    (36, y_at(CHIN) - 8),
    (26, y_at(CHIN) + 14),
    (28, y_at(SHOULDER) - 20),
    (70, y_at(SHOULDER) - 6),
    (112, y_at(SHOULDER) + 2),
    (126, y_at(SHOULDER) + 24),
    (130, y_at(NIPPLE) - 10),
    (135, y_at(ELBOW)),
    (141, y_at(ELBOW) + 60),
    (146, y_at(WRIST)),
    (152, y_at(WRIST) + 16),  # base of the thumb
    (163, y_at(WRIST) + 36),
    (164, y_at(WRIST) + 50),  # thumb tip
    (154, y_at(WRIST) + 48),
    (152, y_at(WRIST) + 70),
    (148, y_at(FINGERTIP) - 8),
    (138, y_at(FINGERTIP)),  # fingertips
    (124, y_at(FINGERTIP) - 10),
    (118, y_at(WRIST) + 40),
    (116, y_at(WRIST)),
    (108, y_at(ELBOW) + 50),
    (104, y_at(ELBOW)),
    (99, y_at(NIPPLE) + 10),
    (94, y_at(SHOULDER) + 58),  # armpit
    (88, y_at(NIPPLE)),
    (74, y_at(ELBOW) - 8),  # waist
    (78, y_at(NAVEL) + 8),
    (92, y_at(HIP_JOINT) - 10),
    (96, y_at(HIP_JOINT) + 22),
    (90, 585),  # middle of the thigh
    (77, 665),
    (72, y_at(KNEE)),
    (73, 752),  # calf
    (64, 840),
    (55, y_at(ANKLE) - 8),
    (58, FLOOR - 20),
    (70, FLOOR - 6),
    (66, FLOOR),
    (30, FLOOR),
    (22, FLOOR - 10),
    (25, y_at(ANKLE) - 6),
    (22, 850),
    (17, 760),
    (19, y_at(KNEE)),
    (13, 620),
    (6, 545),
    (0, 530),
]


def mirrored(points: Sequence[Point]) -> list[Point]:
    """A closed outline of the whole body: the right half, then the left half reversed."""
    right = [(MID + dx, y) for dx, y in points]
    left = [(MID - dx, y) for dx, y in reversed(points[1:-1])]
    return right + left


def smooth_path(points: Sequence[Point], closed: bool = True) -> str:
    """A Catmull-Rom spline through the points, written as cubic Béziers."""
    n = len(points)
    parts = [f"M{points[0][0]:.1f},{points[0][1]:.1f}"]
    count = n if closed else n - 1
    for i in range(count):
        p0 = points[(i - 1) % n] if closed or i > 0 else points[i]
        p1, p2 = points[i], points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        parts.append(f"C{c1[0]:.1f},{c1[1]:.1f} {c2[0]:.1f},{c2[1]:.1f} {p2[0]:.1f},{p2[1]:.1f}")
    return " ".join(parts) + (" Z" if closed else "")


def sampled(points: Sequence[Point], steps: int = 6) -> list[Point]:
    """The same spline flattened to a polygon (for point-in-outline checks)."""
    n = len(points)
    out: list[Point] = []
    for i in range(n):
        p0, p1, p2, p3 = points[(i - 1) % n], points[i], points[(i + 1) % n], points[(i + 2) % n]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    return out


def line(points: Sequence[Point], dashed: bool = False, width: float = 1.2) -> str:
    dash = ' stroke-dasharray="3,4"' if dashed else ""
    return (
        f'<path d="{smooth_path(points, closed=False)}" fill="none" stroke="{CUE}" stroke-width="{width}"'
        f' stroke-linecap="round"{dash}/>'
    )


def ellipse(cx: float, cy: float, rx: float, ry: float) -> str:
    shape = f'cx="{cx:.1f}" cy="{cy:.1f}" rx="{rx:.1f}" ry="{ry:.1f}"'
    return f'<ellipse {shape} fill="none" stroke="{CUE}" stroke-width="1.2"/>'


def both_sides(draw: str, offsets: Sequence[Point]) -> list[str]:
    """A cue drawn on each side: ``draw`` is 'line' points given as offsets from the midline."""
    right = [(MID + dx, y) for dx, y in offsets]
    left = [(MID - dx, y) for dx, y in offsets]
    return [line(right, dashed=draw == "dashed"), line(left, dashed=draw == "dashed")]


def svg(
    view_box: tuple[float, float], body: list[str], landmarks: dict[str, Point], silhouette: Sequence[Point]
) -> str:
    width, height = view_box
    marks = "\n".join(
        f'    <circle id="landmark-{name}" cx="{x:.1f}" cy="{y:.1f}" r="3"/>'
        for name, (x, y) in sorted(landmarks.items())
    )
    polygon = " ".join(f"{x:.1f},{y:.1f}" for x, y in silhouette)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" viewBox="0 0 {width:g} {height:g}"'
        f' width="{width:g}" height="{height:g}">\n'
        "  <title>Acupoint body figure (made by tools/make_body_maps.py)</title>\n"
        '  <g id="figure">\n    ' + "\n    ".join(body) + "\n  </g>\n"
        f'  <g id="landmarks" display="none">\n{marks}\n  </g>\n'
        f'  <polygon id="silhouette" display="none" points="{polygon}"/>\n'
        "</svg>\n"
    )


def sided(name: str, dx: float, y: float, *, person_left_on_viewer_left: bool) -> dict[str, Point]:
    """A landmark on both sides; ``dx`` is its distance from the midline."""
    left_x = MID - dx if person_left_on_viewer_left else MID + dx
    right_x = MID + dx if person_left_on_viewer_left else MID - dx
    return {f"{name}-left": (left_x, y), f"{name}-right": (right_x, y)}


def filled(points: Sequence[Point], width: float = 2.2) -> str:
    """A closed smooth shape in the body's fill and outline colours."""
    style = f'fill="{FILL}" stroke="{OUTLINE}" stroke-width="{width}" stroke-linejoin="round"'
    return f'<path d="{smooth_path(points)}" {style}/>'


def body_outline() -> tuple[str, list[Point]]:
    outline = mirrored(HALF_OUTLINE)
    return filled(outline), sampled(outline)


def front() -> str:
    outline, silhouette = body_outline()
    navel_y, pubic_y = y_at(NAVEL), y_at(NAVEL) + 0.10 * H
    body = [outline]
    body += both_sides(
        "line", [(8, y_at(SHOULDER) + 4), (50, y_at(SHOULDER) - 2), (95, y_at(SHOULDER) + 4)]
    )  # collarbones
    body += both_sides("line", [(14, y_at(NIPPLE) + 40), (44, y_at(NIPPLE) + 52), (70, y_at(NIPPLE) + 40)])  # ribs
    body += both_sides("line", [(50, y_at(NAVEL) - 22), (56, navel_y + 32), (44, navel_y + 58)])  # hip bone hint
    body += both_sides("line", [(20, pubic_y - 4), (60, y_at(HIP_JOINT) + 40)])  # groin crease
    body.append(ellipse(MID, navel_y, 4, 5))
    for dx in (45, -45):
        body.append(ellipse(MID + dx, y_at(KNEE) - 6, 12, 15))  # knee caps
        body.append(ellipse(MID + dx * 0.84, y_at(ANKLE) - 8, 4, 5))  # ankle bones
    for side in (1, -1):
        for toe in range(5):
            x = MID + side * (30 + toe * 8)
            body.append(line([(x, FLOOR - 10), (x + side * 1, FLOOR - 1)], width=1.0))
    landmarks: dict[str, Point] = {"navel": (MID, navel_y), "pubic-symphysis": (MID, pubic_y)}
    landmarks |= sided("asis", 55, navel_y + 32, person_left_on_viewer_left=False)
    landmarks |= sided("greater-trochanter", 88, y_at(HIP_JOINT), person_left_on_viewer_left=False)
    landmarks |= sided("ankle", 40, y_at(ANKLE) - 6, person_left_on_viewer_left=False)
    landmarks |= sided("metatarsal-1-2-junction", 34, FLOOR - 20, person_left_on_viewer_left=False)
    return svg((500, 1000), body, landmarks, silhouette)


def back() -> str:
    outline, silhouette = body_outline()
    c7, l2, l4, s2, hiatus = y_at(SHOULDER) - 8, y_at(ELBOW), y_at(ELBOW) + 36, y_at(ELBOW) + 70, y_at(HIP_JOINT) + 16
    spine_top, scap_spine, inferior_angle = y_at(SHOULDER) + 16, y_at(SHOULDER) + 24, y_at(NIPPLE) + 6
    body = [outline, line([(MID, c7), (MID, s2 - 10)], dashed=True)]
    # the sacrum as a downward triangle, the buttock cleft and the gluteal folds
    body.append(line([(MID - 24, s2 - 12), (MID, hiatus + 4), (MID + 24, s2 - 12)]))
    body.append(line([(MID, hiatus + 8), (MID, y_at(HIP_JOINT) + 58)]))
    body += both_sides("line", [(8, y_at(HIP_JOINT) + 62), (45, y_at(HIP_JOINT) + 70), (80, y_at(HIP_JOINT) + 56)])
    body += both_sides("line", [(16, s2 - 30), (60, l4 - 10), (84, l4 + 6)])  # iliac crest hint
    for dx in (46, -46):
        sign = 1 if dx > 0 else -1
        # shoulder blade: medial border, inferior angle, lateral border, and its spine
        body.append(
            line(
                [
                    (MID + dx, spine_top - 6),
                    (MID + dx + sign * 2, scap_spine + 30),
                    (MID + sign * 62, inferior_angle),
                    (MID + sign * 92, y_at(SHOULDER) + 50),
                    (MID + sign * 100, y_at(SHOULDER) + 22),
                ]
            )
        )
        body.append(
            line([(MID + dx, scap_spine + 8), (MID + sign * 80, scap_spine), (MID + sign * 112, y_at(SHOULDER) + 10)])
        )
        body.append(line([(MID + sign * 30, y_at(KNEE)), (MID + sign * 62, y_at(KNEE) + 2)]))  # knee crease
        body.append(
            line([(MID + sign * 40, y_at(ANKLE) - 90), (MID + sign * 40, y_at(ANKLE) - 4)], width=1.0)
        )  # tendon
        body.append(ellipse(MID + sign * 51, y_at(ANKLE) - 6, 4, 5))  # outer ankle bone
        body.append(line([(MID + sign * 134, y_at(WRIST) + 4), (MID + sign * 132, y_at(FINGERTIP) - 14)], width=1.0))
    landmarks: dict[str, Point] = {
        "c7-spinous": (MID, c7),
        "l2-spinous": (MID, l2),
        "l4-spinous": (MID, l4),
        "s2-foramen": (MID, s2),
        "sacral-hiatus": (MID, hiatus),
    }
    for name, dx, y in (
        ("scapula-medial-border", 46, scap_spine + 8),
        ("scapula-spine-mid", 80, scap_spine),
        ("scapula-inferior-angle", 62, inferior_angle),
        ("greater-trochanter", 86, y_at(HIP_JOINT)),
        ("gluteal-fold", 45, y_at(HIP_JOINT) + 70),
        ("popliteal-crease", 45, y_at(KNEE)),
        ("popliteal-crease-lateral", 62, y_at(KNEE)),
        ("lateral-malleolus", 51, y_at(ANKLE) - 6),
        ("calcaneal-tendon", 40, y_at(ANKLE) - 6),
        ("second-metacarpal", 143, y_at(WRIST) + 34),
    ):
        landmarks |= sided(name, dx, y, person_left_on_viewer_left=True)
    return svg((500, 1000), body, landmarks, silhouette)


# The right side seen from the right: anterior to the viewer's right. (x, y) absolute.
SIDE_OUTLINE: list[Point] = [
    (196, TOP),
    (228, TOP + 12),
    (246, TOP + 48),
    (252, TOP + 72),
    (246, TOP + 86),
    (242, y_at(CHIN) - 10),
    (226, y_at(CHIN)),
    (222, y_at(SHOULDER) - 10),
    (236, y_at(SHOULDER) + 20),
    (250, y_at(NIPPLE)),
    (240, y_at(ELBOW) - 10),
    (250, y_at(NAVEL)),
    (252, y_at(HIP_JOINT) - 36),
    (244, y_at(HIP_JOINT) + 20),
    (238, 558),
    (226, 670),
    (224, y_at(KNEE) + 16),
    (218, 800),
    (210, y_at(ANKLE) - 10),
    (226, FLOOR - 22),
    (284, FLOOR - 8),
    (290, FLOOR - 2),
    (268, FLOOR),
    (166, FLOOR),
    (160, FLOOR - 16),
    (168, y_at(ANKLE) - 8),
    (170, 850),
    (160, 770),
    (170, y_at(KNEE)),
    (172, 600),
    (158, 520),
    (150, 470),
    (162, 414),
    (170, 370),
    (160, 300),
    (164, 217),
    (178, 190),
    (176, 150),
    (164, 110),
    (166, 64),
]

# The arm bends at the elbow and the hand rests on the belly, so the whole hip and buttock
# (GB29, GB30) stay in view; a hanging arm would cover them.
SIDE_ARM: list[Point] = [
    (186, y_at(SHOULDER) + 2),
    (214, y_at(SHOULDER) + 6),
    (222, y_at(SHOULDER) + 40),
    (216, y_at(ELBOW) - 16),
    (236, y_at(ELBOW) - 2),  # top of the forearm
    (250, y_at(ELBOW) + 6),  # wrist
    (262, y_at(ELBOW) + 10),
    (272, y_at(ELBOW) + 20),  # fingertips, on the belly
    (266, y_at(ELBOW) + 30),
    (248, y_at(ELBOW) + 28),
    (230, y_at(ELBOW) + 24),  # under the forearm
    (210, y_at(ELBOW) + 22),
    (192, y_at(ELBOW) + 12),  # point of the elbow
    (184, y_at(SHOULDER) + 60),
]


def side() -> str:
    outline = filled(SIDE_OUTLINE)
    arm = filled(SIDE_ARM, 2.0)
    knee, ankle = y_at(KNEE), y_at(ANKLE)
    body = [
        outline,
        arm,
        line([(236, y_at(NAVEL) + 20), (240, y_at(NAVEL) + 36), (232, y_at(NAVEL) + 46)]),  # front of the hip bone
        ellipse(198, y_at(HIP_JOINT), 7, 9),  # knob of the thigh bone
        ellipse(214, knee - 6, 9, 13),  # knee cap from the side
        line([(170, knee), (184, knee + 2)]),  # knee crease
        ellipse(190, ankle - 6, 6, 7),  # outer ankle bone
        line([(176, ankle - 90), (172, ankle - 4)], width=1.0),  # Achilles tendon
        line([(206, FLOOR - 12), (270, FLOOR - 10)], width=1.0),  # side of the foot
    ]
    landmarks: dict[str, Point] = {
        "asis": (238, y_at(NAVEL) + 32),
        "greater-trochanter": (198, y_at(HIP_JOINT)),
        "popliteal-crease": (178, knee),
        "lateral-malleolus": (190, ankle - 6),
        "calcaneus": (188, FLOOR - 14),
        "calcaneal-tendon": (174, ankle - 6),
    }
    return svg((400, 1000), body, landmarks, sampled(SIDE_OUTLINE))


# The sole of the right foot from below, toes up, big toe on the viewer's left.
SOLE_OUTLINE: list[Point] = [
    (86, 120),
    (70, 150),
    (62, 210),
    (70, 290),
    (88, 380),
    (90, 460),
    (100, 540),
    (150, 572),
    (200, 546),
    (206, 470),
    (200, 380),
    (212, 280),
    (226, 200),
    (232, 150),
    (222, 126),
    (196, 110),
    (166, 96),
    (130, 100),
]
TOES: list[tuple[float, float, float, float]] = [  # centre x, centre y, rx, ry: big toe first
    (98, 92, 26, 34),
    (142, 76, 14, 22),
    (172, 84, 13, 19),
    (198, 100, 12, 17),
    (220, 122, 11, 14),
]


def sole() -> str:
    outline = filled(SOLE_OUTLINE)
    toes = [
        f'<ellipse cx="{x:g}" cy="{y:g}" rx="{rx:g}" ry="{ry:g}" fill="{FILL}" stroke="{OUTLINE}" stroke-width="2.0"/>'
        for x, y, rx, ry in TOES
    ]
    body = [
        outline,
        *toes,
        line([(76, 170), (140, 150), (222, 172)]),  # ball of the foot
        ellipse(150, 500, 42, 50),  # heel pad
    ]
    landmarks: dict[str, Point] = {"toe-web-2-3": (157, 112), "heel": (150, 560)}
    silhouette = sampled(SOLE_OUTLINE)
    return svg((300, 600), body, landmarks, silhouette)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in (("front", front), ("back", back), ("side", side), ("sole", sole)):
        (OUT / f"{name}.svg").write_text(make(), encoding="utf-8")
        print(f"wrote {OUT / name}.svg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
