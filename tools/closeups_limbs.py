"""Close-ups of the limbs: the back of the knee, the outer ankle, the back of the hand, the top
of the foot and the sole. Each shows the person's right side; the left is its mirror image.

Coordinates are the body figure's (see closeup_kit), except for the top of the foot, which no
body figure shows from above: it is drawn at its own scale from the foot's proportions.
"""

from __future__ import annotations

import math

from body_proportions import (
    HALF_OUTLINE,
    KNEE,
    MID,
    SIDE_OUTLINE,
    SOLE_OUTLINE,
    TOES,
    WRIST,
    H,
    Point,
    back_landmarks,
    back_leg_cun,
    forearm_cun,
    mirrored,
    side_landmarks,
    side_leg_cun,
    sole_landmarks,
    y_at,
)
from closeup_kit import Closeup, Drawing, Zoom
from figure_kit import sampled

KNEE_Y = y_at(KNEE)


def right(dx: float, y: float) -> Point:
    """A point on the person's right on the back figure (the right is on the viewer's right)."""
    return (MID + dx, y)


def band(draw: Drawing, centre: list[Point], half_width: float) -> None:
    """A tendon: a narrow shaded band along a line."""
    left = [(x - half_width, y) for x, y in centre]
    right_edge = [(x + half_width, y) for x, y in reversed(centre)]
    draw.shape([*left, *right_edge], shade=0.3)


def knee_back() -> Closeup:
    """The back of the right knee: the crease between the hamstring tendons (WHO: BL40 at its
    middle, BL39 at its outer end just inside the biceps femoris tendon)."""
    zoom = Zoom(MID + 8, 650, 74, 92, 7.0)
    draw = Drawing(zoom)
    draw.outline(mirrored(HALF_OUTLINE))
    # the hamstring tendons, diverging to either end of the crease, and the calf muscle's two heads
    for path in ([(55, 650), (63, 676), (67, KNEE_Y), (68, 714)], [(35, 650), (27, 676), (24.5, KNEE_Y), (22, 714)]):
        band(draw, [right(dx, y) for dx, y in path], 2.2)
    draw.cue([right(30, 708), right(36, 728), right(44, 742)])
    draw.cue([right(60, 708), right(54, 728), right(46, 742)])
    back = back_landmarks()
    crease = [back["popliteal-crease-right"], back["popliteal-crease-lateral-right"]]
    medial = (2 * crease[0][0] - crease[1][0], KNEE_Y)
    draw.cue(
        [(medial[0] - 1.5, KNEE_Y - 0.6), medial, crease[0], crease[1], (crease[1][0] + 1.5, KNEE_Y - 0.6)],
        width=draw.width * 1.6,
    )
    landmarks: dict[str, Point] = {
        "popliteal-crease": crease[0],
        "popliteal-crease-lateral": crease[1],
        "popliteal-crease-medial": medial,
        "biceps-femoris-tendon": right(67, KNEE_Y),
        "semitendinosus-tendon": right(24.5, KNEE_Y),
    }
    return Closeup(
        "knee-back",
        "the back of the knee",
        draw,
        landmarks,
        sampled(mirrored(HALF_OUTLINE)),
        units_per_cun=zoom.scale * back_leg_cun(),
        facing="back",
        mirrored_for_left=True,
        base_view="back",
    )


def ankle_outer() -> Closeup:
    """The right ankle from the outside: the outer ankle bone, the heel bone below it and the
    Achilles tendon behind it (WHO: BL60 between the ankle bone's prominence and the tendon,
    BL62 in the hollow below the ankle bone, above the heel bone)."""
    zoom = Zoom(140, 862, 128, 100, 5.0)
    draw = Drawing(zoom)
    draw.outline(SIDE_OUTLINE)
    side = side_landmarks()
    malleolus = side["lateral-malleolus"]
    # the heel bone, the base of the fifth toe bone, and the Achilles tendon down to the heel
    draw.shape(
        [(162, 940), (176, 934), (196, 938), (212, 946), (214, 955), (190, 958), (166, 956), (160, 948)], shade=0.16
    )
    draw.oval((226, 950), 5.0, 3.5, shade=0.2)
    draw.shape(
        [(171, 862), (179, 862), (178, 900), (176, 926), (172, 940), (165, 942), (167, 920), (170, 890)], shade=0.22
    )
    draw.oval(malleolus, 6.0, 8.0, shade=0.3)
    draw.cue([(236, 944), (250, 947), (262, 950)], width=draw.width * 0.8)  # the side of the foot
    landmarks = {name: side[name] for name in ("lateral-malleolus", "calcaneus", "calcaneal-tendon")}
    return Closeup(
        "ankle-outer",
        "the outer ankle",
        draw,
        landmarks,
        sampled(SIDE_OUTLINE),
        units_per_cun=zoom.scale * side_leg_cun(),
        facing="side",
        mirrored_for_left=True,
        base_view="side",
    )


WRIST_Y = y_at(WRIST)
MC2_BASE, MC2_HEAD = WRIST_Y + 16, WRIST_Y + 52  # the index finger's hand bone (second metacarpal)
MC2_RADIAL = 143.0  # its thumb-side border, dx: the body figure's second-metacarpal landmark lies on it


def rounded(x: float, top: float, bottom: float, half_width: float) -> list[Point]:
    """A finger from its base ``top`` to its tip ``bottom``, as an outline (dx, y)."""
    r = half_width
    tip = [(x - r * math.cos(a), bottom - r + r * math.sin(a)) for a in (math.radians(d) for d in range(0, 181, 45))]
    return [(x - r, top), (x - r, bottom - 1.8 * r), *tip, (x + r, bottom - 1.8 * r), (x + r, top)]


def hand() -> Closeup:
    """The back of the right hand, fingers up, thumb on the left (the left hand is its mirror
    image). It is the body figure's hanging hand turned half round: WHO's LI4 lies beside the
    middle of the second metacarpal, on the thumb side, where the body figure has it too."""
    zoom = Zoom(MID + 102, 498, 70, 120, 6.0, turned=True)
    draw = Drawing(zoom, line_width=2.2)
    # fingers (index to little), then the thumb, then the back of the hand over their bases
    for dx, top, tip, half in (
        (140.5, 560, 602, 4.4),
        (132, 561, 611, 4.6),
        (123.5, 560, 604, 4.3),
        (117.5, 555, 592, 3.8),
    ):
        draw.outline([right(x, y) for x, y in rounded(dx, top, tip, half)], width=draw.width * 1.3)
    thumb = [(147, 524), (155, 536), (161, 550), (165, 561), (162, 566), (157, 562), (152, 552), (146, 540)]
    draw.outline([right(dx, y) for dx, y in thumb], width=draw.width * 1.3)
    palm = [(115, 470), (148, 470), (148.5, 500), (149, 514), (150, 530), (147, 548), (145, 566), (136, 569)]
    palm += [(126, 567), (117, 562), (113.5, 540), (114, 514), (114.5, 500)]
    draw.outline([right(dx, y) for dx, y in palm], width=draw.width * 1.3)
    # the web muscle between thumb and index bone, bulging when they are pressed together
    web = ((145.5, 528), (149, 540), (150.5, 552), (147, 557), (144.5, 545))
    draw.shape([right(dx, y) for dx, y in web], shade=0.14)
    # the index finger's hand bone, drawn in full; the others as the tendons over them
    mc2 = [(MC2_RADIAL, MC2_BASE), (MC2_RADIAL, MC2_HEAD), (MC2_RADIAL - 5, MC2_HEAD), (MC2_RADIAL - 5, MC2_BASE)]
    draw.shape([right(dx, y) for dx, y in mc2], shade=0.3)
    for dx in (132, 124, 117):
        draw.cue([right(dx + 2, WRIST_Y + 14), right(dx, WRIST_Y + 50)], width=draw.width * 0.8)
    draw.cue([right(116, WRIST_Y), right(148, WRIST_Y)], dashed=True)  # the wrist crease's level
    landmarks: dict[str, Point] = {
        "second-metacarpal-base": right(MC2_RADIAL, MC2_BASE),
        "second-metacarpal-head": right(MC2_RADIAL, MC2_HEAD),
        "thumb-web": right(151, 557),
    }
    silhouette = (
        [right(dx, y) for dx, y in palm[:6]] + [right(dx, y) for dx, y in thumb] + [right(dx, y) for dx, y in palm[6:]]
    )
    return Closeup(
        "hand",
        "the back of the hand",
        draw,
        landmarks,
        silhouette,
        units_per_cun=zoom.scale * forearm_cun(),
        facing="hand",
        mirrored_for_left=True,
        base_view="back",
    )


FOOT_SCALE = 4.0  # close-up units per body-figure unit on the top of the foot (1 cm = 21.6 units)


def foot_top() -> Closeup:
    """The top of the right foot, toes up, big toe on the left: what a person sees looking down
    at it (the left foot is its mirror image). No body figure shows the foot from above, so it
    is drawn from the foot's proportions (length 0.152 H) at its own scale: the first and second
    metatarsals meet at their bases about 5.5 cm behind the web between the big and second toe."""
    zoom = Zoom(0, 0, 420, 640, 1.0)
    draw = Drawing(zoom)
    outline = [(118, 120), (110, 190), (120, 300), (136, 420), (148, 530), (166, 592), (205, 608), (246, 592)]
    outline += [
        (262, 520),
        (270, 420),
        (283, 310),
        (297, 232),
        (298, 182),
        (272, 152),
        (240, 132),
        (200, 122),
        (158, 114),
    ]
    toes = [(150, 84, 31, 48), (207, 78, 16, 36), (240, 93, 15, 31), (266, 114, 13, 26), (289, 142, 12, 22)]
    for x, y, rx, ry in toes:
        draw.outline(oval_points(x, y, rx, ry), width=draw.width * 1.3)
    draw.outline(outline)
    web, junction = (182.0, 132.0), (191.0, 252.0)
    # the first and second metatarsals: the groove between them narrows back to where their bases meet
    first = [(140, 178), (166, 172), (173, 204), (184, 234), (191, 252), (192, 288), (180, 300), (160, 292)]
    draw.shape([*first, (146, 240), (138, 202)], shade=0.2)
    second = [(198, 166), (214, 166), (212, 222), (206, 290), (196, 298), (192, 288), (191, 252), (193, 212)]
    draw.shape(second, shade=0.2)
    for top, bottom in (((238, 180), (220, 300)), ((264, 198), (238, 306)), ((289, 224), (258, 318))):
        draw.cue([top, bottom])
    landmarks: dict[str, Point] = {"toe-web-1-2": web, "metatarsal-1-2-junction": junction}
    return Closeup(
        "foot-top",
        "the top of the foot",
        draw,
        landmarks,
        sampled(outline),
        units_per_cun=FOOT_SCALE * side_leg_cun(),
        facing="top",
        mirrored_for_left=True,
        base_view=None,
    )


def oval_points(x: float, y: float, rx: float, ry: float) -> list[Point]:
    return [(x + rx * math.cos(a), y + ry * math.sin(a)) for a in (i * math.pi / 6 for i in range(12))]


def sole_closeup() -> Closeup:
    """The sole of the right foot, toes up (the body figure's sole, magnified a little): the web
    between the second and third toes and the back of the heel; with the toes curled, a hollow
    forms a third of the way from one to the other (WHO: KI1)."""
    zoom = Zoom(40, 36, 220, 550, 1.1)
    draw = Drawing(zoom, line_width=2.0)
    draw.outline(SOLE_OUTLINE)
    for x, y, rx, ry in TOES:
        draw.outline(oval_points(x, y, rx, ry), width=draw.width * 1.3)
    for x, y, rx, ry in TOES:  # the toe creases
        draw.cue([(x - rx * 0.6, y + ry * 0.55), (x + rx * 0.6, y + ry * 0.55)], width=draw.width * 0.8)
    draw.cue([(76, 170), (140, 150), (222, 172)])  # the ball of the foot
    draw.shape([(120, 236), (150, 226), (184, 238), (182, 286), (150, 298), (122, 286)], shade=0.08, edge=False)
    draw.cue([(92, 300), (104, 380), (104, 450)], dashed=True)  # the inner arch
    draw.oval((150, 500), 42, 50)  # the heel pad
    return Closeup(
        "foot-sole",
        "the sole of the foot",
        draw,
        sole_landmarks(),
        sampled(SOLE_OUTLINE),
        units_per_cun=zoom.scale * sole_units_per_cun(),
        facing="sole",
        mirrored_for_left=True,
        base_view="sole",
    )


def sole_units_per_cun() -> float:
    """One cun on the body's sole figure: the foot (0.152 H, ANATOMY.md) is drawn from its toe
    tips to its heel, so its scale follows from the leg's cun on the side figure."""
    toe_tip = min(y - ry for _, y, _, ry in TOES)
    heel = max(y for _, y in SOLE_OUTLINE)
    return side_leg_cun() * (heel - toe_tip) / (0.152 * H)
