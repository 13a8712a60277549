#!/usr/bin/env python3
"""Generate Acupoint's body figures and close-ups (our own artwork) from a table of proportions.

    python tools/make_body_maps.py   # writes resources/body_maps/{front,back,side,sole}.svg
                                     # and resources/body_maps/closeups/*.svg

Proportions follow the segment lengths in shared ANATOMY.md (fractions of standing height H,
after Drillis & Contini). Every landmark is computed from the same numbers as the outline, so
the WHO proportional cun measured between landmarks stay consistent when a number changes.
Output is deterministic. Only SVG Tiny features are used, because Qt's renderer draws them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from body_proportions import (
    ANKLE,
    C7,
    FINGERTIP,
    FLOOR,
    HALF_OUTLINE,
    HIP_JOINT,
    INFERIOR_ANGLE,
    KNEE,
    L4,
    MID,
    NAVEL,
    NIPPLE,
    S2,
    SACRAL_HIATUS,
    SCAPULA_SPINE,
    SHOULDER,
    SIDE_ARM,
    SIDE_OUTLINE,
    SOLE_OUTLINE,
    TOES,
    WRIST,
    H,
    Point,
    back_landmarks,
    front_landmarks,
    mirrored,
    side_landmarks,
    sole_landmarks,
    y_at,
)
from figure_kit import FILL, OUTLINE, both_sides, ellipse, filled, line, sampled

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "body_maps"


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
    landmarks = front_landmarks()
    return svg((500, 1000), body, landmarks, silhouette)


def back() -> str:
    outline, silhouette = body_outline()
    c7, l4, s2, hiatus = C7, L4, S2, SACRAL_HIATUS
    spine_top, scap_spine, inferior_angle = y_at(SHOULDER) + 16, SCAPULA_SPINE, INFERIOR_ANGLE
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
    landmarks = back_landmarks()
    return svg((500, 1000), body, landmarks, silhouette)


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
    landmarks = side_landmarks()
    return svg((400, 1000), body, landmarks, sampled(SIDE_OUTLINE))


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
    landmarks = sole_landmarks()
    silhouette = sampled(SOLE_OUTLINE)
    return svg((300, 600), body, landmarks, silhouette)


def main() -> int:
    from closeup_kit import closeup_svg
    from closeups_limbs import ankle_outer, foot_top, hand, knee_back, sole_closeup
    from closeups_trunk import belly, hip, low_back, shoulder_blade

    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in (("front", front), ("back", back), ("side", side), ("sole", sole)):
        (OUT / f"{name}.svg").write_text(make(), encoding="utf-8")
        print(f"wrote {OUT / name}.svg")
    closeups = OUT / "closeups"
    closeups.mkdir(exist_ok=True)
    for make_closeup in (low_back, hip, knee_back, ankle_outer, hand, foot_top, sole_closeup, shoulder_blade, belly):
        closeup = make_closeup()
        (closeups / f"{closeup.name}.svg").write_text(closeup_svg(closeup), encoding="utf-8")
        print(f"wrote {closeups / closeup.name}.svg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
