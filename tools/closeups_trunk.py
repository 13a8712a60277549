"""Close-ups of the trunk: the low back, the hip, the shoulder blades and the belly.

Each is a window on a body figure (see closeup_kit), drawn with what a person feels there.
Coordinates are the body figure's; ``dx`` is a distance from the midline.
"""

from __future__ import annotations

from collections.abc import Sequence

from body_proportions import (
    ASIS_Y,
    C7,
    HALF_OUTLINE,
    HIP_JOINT,
    INFERIOR_ANGLE,
    L2,
    L4,
    MID,
    NAVEL_Y,
    PUBIC_Y,
    S2,
    SACRAL_HIATUS,
    SCAPULA_SPINE,
    SIDE_OUTLINE,
    VERTEBRA,
    Point,
    abdomen_cun,
    back_landmarks,
    back_width_cun,
    front_landmarks,
    mirrored,
    side_landmarks,
    sided,
    thigh_cun,
    y_at,
)
from closeup_kit import Closeup, Drawing, Zoom
from figure_kit import sampled


def both(
    draw: Drawing,
    offsets: Sequence[Point],
    kind: str = "cue",
    *,
    width: float | None = None,
    dashed: bool = False,
    shade: float = 0.18,
    edge: bool = True,
) -> None:
    """Draw a shape given as (dx, y) on the person's right, and its mirror image on the left."""
    for sign in (1, -1):
        points = [(MID + sign * dx, y) for dx, y in offsets]
        if kind == "shape":
            draw.shape(points, shade=shade, edge=edge)
        else:
            draw.cue(points, width=width, dashed=dashed)


def spinous_processes(draw: Drawing, first: float, count: int, spacing: float = VERTEBRA) -> None:
    """The row of bony bumps down the middle of the back, one vertebra apart."""
    for index in range(count):
        draw.oval((MID, first + index * spacing), 3.6, 4.4, shade=0.45)


def low_back() -> Closeup:
    """The back from the lowest ribs to below the sacrum (WHO: L4 on the line joining the tops
    of the iliac crests, S2 on the line joining the posterior superior iliac spines)."""
    zoom = Zoom(150, 338, 200, 180, 3.0)
    draw = Drawing(zoom)
    draw.outline(mirrored(HALF_OUTLINE))
    l5, rib_tip = L4 + VERTEBRA, L2 + VERTEBRA / 2
    # the ilium below each crest, lightly shaded, and the crest itself (its top level with L4)
    crest = [(26, S2 - 2), (36, L4 + 16), (47, L4 + 3), (60, L4), (72, L4 + 3), (83, L4 + 11)]
    both(draw, [*crest, (84, L4 + 26), (60, S2 - 2), (36, S2 + 2)], "shape", shade=0.09, edge=False)
    both(draw, crest, width=draw.width * 1.8)
    # the two lowest ribs, coming out from under the long back muscle; their tips are felt at the side
    both(draw, [(38, 344), (56, 354), (72, 371)], width=draw.width * 2.2)
    both(draw, [(38, 362), (52, 373), (62, rib_tip)], width=draw.width * 2.2)
    # the long muscles beside the spine (erector spinae): outer edge 3 cun out at L2, ending on the sacrum
    muscle = [(5, 330), (44, 330), (46, L2), (45, L2 + 18), (40, L4 + 6), (30, S2 - 8), (16, S2 - 13), (5, S2 - 14)]
    both(draw, muscle, "shape", shade=0.12)
    # the sacrum, its foramina and the crest down its middle
    sacrum = [(-25, S2 - 15), (-21, S2 + 6), (-13, S2 + 26), (-5, SACRAL_HIATUS + 2), (0, SACRAL_HIATUS + 5)]
    sacrum += [(-x, y) for x, y in reversed(sacrum[:-1])] + [(0, S2 - 13)]
    draw.shape([(MID + dx, y) for dx, y in sacrum], shade=0.22)
    for level, (dx, dy) in enumerate(((9.0, -9.0), (8.5, 0.0), (7.5, 9.0), (6.0, 18.0))):
        for sign in (1, -1):
            draw.oval((MID + sign * dx, S2 + dy), 1.8, 2.3, shade=0.5 if level == 1 else 0.3)
    draw.cue([(MID, S2 - 12), (MID, SACRAL_HIATUS - 4)], dashed=True)
    # the dimples over the posterior superior iliac spines, level with S2
    for sign in (1, -1):
        draw.oval((MID + sign * 27, S2), 3.6, 3.6, shade=0.35)
    # the buttocks: the top of the big buttock muscle, the cleft, and the bony hip bump
    both(draw, [(22, S2 + 22), (52, S2 + 14), (80, y_at(HIP_JOINT) - 4)], dashed=True)
    draw.cue([(MID, SACRAL_HIATUS + 4), (MID, 520)])
    for sign in (1, -1):
        draw.oval((MID + sign * 86, y_at(HIP_JOINT)), 6.5, 9.0, shade=0.25)
    spinous_processes(draw, L2 - 2 * VERTEBRA, 6)  # T12 to L5
    body = back_landmarks()
    landmarks: dict[str, Point] = {
        name: body[name] for name in ("l2-spinous", "l4-spinous", "s2-foramen", "sacral-hiatus")
    }
    landmarks["l5-spinous"] = (MID, l5)
    landmarks |= {name: body[name] for name in ("greater-trochanter-left", "greater-trochanter-right")}
    landmarks |= sided("iliac-crest", 60, L4, person_left_on_viewer_left=True)
    landmarks |= sided("psis", 27, S2, person_left_on_viewer_left=True)
    landmarks |= sided("rib-12", 62, rib_tip, person_left_on_viewer_left=True)
    return Closeup(
        "low-back",
        "the low back",
        draw,
        landmarks,
        sampled(mirrored(HALF_OUTLINE)),
        units_per_cun=zoom.scale * back_width_cun(),
        facing="back",
        mirrored_for_left=False,
        base_view="back",
    )


def shoulder_blade() -> Closeup:
    """The upper back with both shoulder blades (SI11 is found from the blade's spine and tip)."""
    zoom = Zoom(130, 186, 240, 140, 2.6)
    draw = Drawing(zoom)
    draw.outline(mirrored(HALF_OUTLINE))
    for sign in (1, -1):
        blade = [
            (46, SCAPULA_SPINE - 14),
            (47, SCAPULA_SPINE + 8),
            (50, SCAPULA_SPINE + 40),
            (62, INFERIOR_ANGLE),
            (78, INFERIOR_ANGLE - 24),
            (92, y_at(0.818) + 50),
            (100, y_at(0.818) + 22),
            (84, SCAPULA_SPINE - 16),
        ]
        draw.shape([(MID + sign * dx, y) for dx, y in blade], shade=0.16)
        spine = [(46, SCAPULA_SPINE + 8), (80, SCAPULA_SPINE), (112, y_at(0.818) + 10)]
        draw.cue([(MID + sign * dx, y) for dx, y in spine], width=draw.width * 2.4)
    # C7 to T7: T3 is level with the inner end of the blade's spine, T7 with its lower tip
    spinous_processes(draw, C7, 8, (INFERIOR_ANGLE - C7) / 7)
    body = back_landmarks()
    names = ("scapula-spine-mid", "scapula-inferior-angle", "scapula-medial-border")
    landmarks = {f"{name}-{side}": body[f"{name}-{side}"] for name in names for side in ("left", "right")}
    landmarks["c7-spinous"] = body["c7-spinous"]
    return Closeup(
        "shoulder-blade",
        "the shoulder blades",
        draw,
        landmarks,
        sampled(mirrored(HALF_OUTLINE)),
        units_per_cun=zoom.scale * back_width_cun(),
        facing="back",
        mirrored_for_left=False,
        base_view="back",
    )


def hip() -> Closeup:
    """The right hip and buttock from the side (the left is its mirror image): the front hip
    bone point (ASIS), the bony hip bump (greater trochanter) and, at the back, the lower end
    of the sacrum (sacral hiatus), seen through the buttock."""
    zoom = Zoom(128, 402, 148, 132, 4.0)
    draw = Drawing(zoom)
    draw.outline(SIDE_OUTLINE)
    asis, trochanter = side_landmarks()["asis"], side_landmarks()["greater-trochanter"]
    hiatus = (158.0, SACRAL_HIATUS)
    crest = [asis, (232, 428), (220, 419), (205, L4), (190, 419), (177, 430), (169, S2 - 4)]
    draw.shape([*crest, (178, S2 + 10), (200, 448), (224, 450)], shade=0.09, edge=False)
    draw.cue(crest, width=draw.width * 1.8)
    draw.oval(asis, 4.0, 4.0, shade=0.35)
    # the sacrum lies behind the buttock here: its outline is drawn as a hidden line
    draw.cue([(169, S2 - 4), (163, 466), hiatus, (160, 500)], dashed=True)
    # the big buttock muscle's front edge and the buttock crease
    draw.cue([(196, 446), (184, 470), (176, 502), (172, 530)], dashed=True)
    draw.cue([(152, 522), (166, 530), (178, 534)])
    # the thigh bone: its knob at the side of the hip, and its shaft going down
    draw.oval(trochanter, 8.0, 10.0, shade=0.25)
    draw.cue([(203, 482), (206, 540)])
    draw.cue([(193, 482), (192, 540)])
    landmarks: dict[str, Point] = {"asis": asis, "greater-trochanter": trochanter, "sacral-hiatus": hiatus}
    landmarks["iliac-crest"] = (205.0, L4)
    return Closeup(
        "hip",
        "the hip, from the side",
        draw,
        landmarks,
        sampled(SIDE_OUTLINE),
        units_per_cun=zoom.scale * thigh_cun(),
        facing="side",
        mirrored_for_left=True,
        base_view="side",
    )


def belly() -> Closeup:
    """The lower belly from the front: the navel, the top of the pubic bone and the front hip bone points."""
    zoom = Zoom(150, 362, 200, 156, 3.0)
    draw = Drawing(zoom)
    draw.outline(mirrored(HALF_OUTLINE))
    front = front_landmarks()
    # the straight belly muscles either side of the midline, and the midline itself
    both(draw, [(27, 364), (31, NAVEL_Y), (25, PUBIC_Y - 22), (10, PUBIC_Y - 4)], width=draw.width * 0.8)
    draw.cue([(MID, 366), (MID, NAVEL_Y - 6)], dashed=True)
    draw.cue([(MID, NAVEL_Y + 6), (MID, PUBIC_Y - 6)], dashed=True)
    draw.oval((MID, NAVEL_Y), 4.0, 5.0, shade=0.3)
    # the hip bones: crest, front point (ASIS), and the groin creases running down to the pubic bone
    both(draw, [(70, 404), (62, 420), (55, ASIS_Y)], width=draw.width * 1.8)
    for sign in (1, -1):
        draw.oval((MID + sign * 55, ASIS_Y), 4.0, 4.0, shade=0.35)
    both(draw, [(52, ASIS_Y + 8), (34, 478), (14, PUBIC_Y + 4)])
    draw.shape(
        [
            (MID - 16, PUBIC_Y - 2),
            (MID, PUBIC_Y - 4),
            (MID + 16, PUBIC_Y - 2),
            (MID + 14, PUBIC_Y + 6),
            (MID, PUBIC_Y + 5),
            (MID - 14, PUBIC_Y + 6),
        ],
        shade=0.28,
    )
    landmarks = {name: front[name] for name in ("navel", "pubic-symphysis", "asis-left", "asis-right")}
    return Closeup(
        "belly",
        "the lower belly",
        draw,
        landmarks,
        sampled(mirrored(HALF_OUTLINE)),
        units_per_cun=zoom.scale * abdomen_cun(),
        facing="front",
        mirrored_for_left=False,
        base_view="front",
    )
