"""Acupoint's body proportions: heights, outlines and landmarks, shared by every figure.

The body figures (tools/make_body_maps.py) and the close-ups (tools/closeups_*.py) are drawn
from these numbers, so a landmark such as L2 or the outer ankle bone is the same point on
both, and a close-up is the body figure seen through a magnifying glass (one geometry).
Proportions follow the segment lengths in shared ANATOMY.md (fractions of standing height H,
after Drillis & Contini).
"""

from __future__ import annotations

from collections.abc import Sequence

Point = tuple[float, float]

TOP, FLOOR = 40.0, 960.0
H = FLOOR - TOP
MID = 250.0


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


def sided(name: str, dx: float, y: float, *, person_left_on_viewer_left: bool) -> dict[str, Point]:
    """A landmark on both sides; ``dx`` is its distance from the midline."""
    left_x = MID - dx if person_left_on_viewer_left else MID + dx
    right_x = MID + dx if person_left_on_viewer_left else MID - dx
    return {f"{name}-left": (left_x, y), f"{name}-right": (right_x, y)}


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


# --- landmarks -------------------------------------------------------------------------
# Spine levels on the back figure (y): the lumbar spinous processes are one VERTEBRA apart.
C7 = y_at(SHOULDER) - 8
L2 = y_at(ELBOW)
L4 = y_at(ELBOW) + 36
VERTEBRA = (L4 - L2) / 2  # about 3.3 cm: ANATOMY.md's 3–3.5 cm
S2 = y_at(ELBOW) + 70
SACRAL_HIATUS = y_at(HIP_JOINT) + 16
SCAPULA_SPINE = y_at(SHOULDER) + 24
INFERIOR_ANGLE = y_at(NIPPLE) + 6
NAVEL_Y = y_at(NAVEL)
PUBIC_Y = y_at(NAVEL) + 0.10 * H
ASIS_Y = y_at(NAVEL) + 32
MALLEOLUS_Y = y_at(ANKLE) - 6

# Offsets from the midline (dx) on the front and back figures.
BACK_SIDED: tuple[tuple[str, float, float], ...] = (
    ("scapula-medial-border", 46, SCAPULA_SPINE + 8),
    ("scapula-spine-mid", 80, SCAPULA_SPINE),
    ("scapula-inferior-angle", 62, INFERIOR_ANGLE),
    ("greater-trochanter", 86, y_at(HIP_JOINT)),
    ("gluteal-fold", 45, y_at(HIP_JOINT) + 70),
    ("popliteal-crease", 45, y_at(KNEE)),
    ("popliteal-crease-lateral", 62, y_at(KNEE)),
    ("lateral-malleolus", 51, MALLEOLUS_Y),
    ("calcaneal-tendon", 40, MALLEOLUS_Y),
    ("second-metacarpal", 143, y_at(WRIST) + 34),
)


def front_landmarks() -> dict[str, Point]:
    landmarks: dict[str, Point] = {"navel": (MID, NAVEL_Y), "pubic-symphysis": (MID, PUBIC_Y)}
    landmarks |= sided("asis", 55, ASIS_Y, person_left_on_viewer_left=False)
    landmarks |= sided("greater-trochanter", 88, y_at(HIP_JOINT), person_left_on_viewer_left=False)
    landmarks |= sided("ankle", 40, y_at(ANKLE) - 6, person_left_on_viewer_left=False)
    landmarks |= sided("metatarsal-1-2-junction", 34, FLOOR - 20, person_left_on_viewer_left=False)
    return landmarks


def back_landmarks() -> dict[str, Point]:
    landmarks: dict[str, Point] = {
        "c7-spinous": (MID, C7),
        "l2-spinous": (MID, L2),
        "l4-spinous": (MID, L4),
        "s2-foramen": (MID, S2),
        "sacral-hiatus": (MID, SACRAL_HIATUS),
    }
    for name, dx, y in BACK_SIDED:
        landmarks |= sided(name, dx, y, person_left_on_viewer_left=True)
    return landmarks


def side_landmarks() -> dict[str, Point]:
    """The right side seen from the right (anterior to the viewer's right)."""
    return {
        "asis": (238, ASIS_Y),
        "greater-trochanter": (198, y_at(HIP_JOINT)),
        "popliteal-crease": (178, y_at(KNEE)),
        "lateral-malleolus": (190, MALLEOLUS_Y),
        "calcaneus": (188, FLOOR - 14),
        "calcaneal-tendon": (174, MALLEOLUS_Y),
    }


def sole_landmarks() -> dict[str, Point]:
    return {"toe-web-2-3": (157, 112), "heel": (150, 560)}


# --- proportional cun (B-cun) on the body figures, in figure units ------------------------
def _distance(a: Point, b: Point) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


def back_width_cun() -> float:
    """Between the medial borders of the shoulder blades: 6 cun (the points file's back-width)."""
    back = back_landmarks()
    return _distance(back["scapula-medial-border-left"], back["scapula-medial-border-right"]) / 6


def back_leg_cun() -> float:
    """Knee crease to the prominence of the outer ankle bone: 16 cun (back-leg)."""
    back = back_landmarks()
    return _distance(back["popliteal-crease-right"], back["lateral-malleolus-right"]) / 16


def side_leg_cun() -> float:
    """The same 16 cun on the side figure (side-leg)."""
    side = side_landmarks()
    return _distance(side["popliteal-crease"], side["lateral-malleolus"]) / 16


def thigh_cun() -> float:
    """Greater trochanter to the knee crease: 19 cun, on the side figure."""
    side = side_landmarks()
    return _distance(side["greater-trochanter"], side["popliteal-crease"]) / 19


def abdomen_cun() -> float:
    """Centre of the navel to the top of the pubic symphysis: 5 cun (abdomen)."""
    return (PUBIC_Y - NAVEL_Y) / 5


def forearm_cun() -> float:
    """Elbow crease to wrist crease: 12 cun (the forearm is 0.146 H, ANATOMY.md)."""
    return 0.146 * H / 12
