"""What to call the bony landmarks drawn on the figures: words a person feeling for them would use.

The figures name landmarks by their anatomical terms (``lateral-malleolus``); people pressing
points at home know the "outer ankle bone". The map shows the plain name and keeps the
anatomical term for the tooltip, where a practitioner can still find it.
"""

from __future__ import annotations

from .wording import QT_TRANSLATE_NOOP, Words


class LandmarkNames(Words):
    """The landmarks' names, beside their dots and in their tooltips."""


# base name (without -left / -right) → (plain name, anatomical term)
LANDMARK_NAMES: dict[str, tuple[str, str]] = {
    "ankle": (QT_TRANSLATE_NOOP("LandmarkNames", "ankle"), QT_TRANSLATE_NOOP("LandmarkNames", "ankle")),
    "asis": (
        QT_TRANSLATE_NOOP("LandmarkNames", "front hip bone point"),
        QT_TRANSLATE_NOOP("LandmarkNames", "anterior superior iliac spine"),
    ),
    "biceps-femoris-tendon": (
        QT_TRANSLATE_NOOP("LandmarkNames", "outer knee tendon"),
        QT_TRANSLATE_NOOP("LandmarkNames", "biceps femoris tendon"),
    ),
    "c7-spinous": (
        QT_TRANSLATE_NOOP("LandmarkNames", "C7, neck bump"),
        QT_TRANSLATE_NOOP("LandmarkNames", "spinous process of C7"),
    ),
    "calcaneal-tendon": (
        QT_TRANSLATE_NOOP("LandmarkNames", "Achilles tendon"),
        QT_TRANSLATE_NOOP("LandmarkNames", "calcaneal tendon"),
    ),
    "calcaneus": (QT_TRANSLATE_NOOP("LandmarkNames", "heel bone"), QT_TRANSLATE_NOOP("LandmarkNames", "calcaneus")),
    "gluteal-fold": (
        QT_TRANSLATE_NOOP("LandmarkNames", "buttock crease"),
        QT_TRANSLATE_NOOP("LandmarkNames", "gluteal fold"),
    ),
    "greater-trochanter": (
        QT_TRANSLATE_NOOP("LandmarkNames", "bony hip bump"),
        QT_TRANSLATE_NOOP("LandmarkNames", "greater trochanter"),
    ),
    "heel": (QT_TRANSLATE_NOOP("LandmarkNames", "heel"), QT_TRANSLATE_NOOP("LandmarkNames", "heel")),
    "iliac-crest": (
        QT_TRANSLATE_NOOP("LandmarkNames", "top of the hip bone"),
        QT_TRANSLATE_NOOP("LandmarkNames", "highest point of the iliac crest"),
    ),
    "l2-spinous": (
        QT_TRANSLATE_NOOP("LandmarkNames", "L2, elbow level"),
        QT_TRANSLATE_NOOP("LandmarkNames", "spinous process of L2"),
    ),
    "l4-spinous": (
        QT_TRANSLATE_NOOP("LandmarkNames", "L4, top of hip bones"),
        QT_TRANSLATE_NOOP("LandmarkNames", "spinous process of L4"),
    ),
    "l5-spinous": (
        QT_TRANSLATE_NOOP("LandmarkNames", "L5, just above the sacrum"),
        QT_TRANSLATE_NOOP("LandmarkNames", "spinous process of L5"),
    ),
    "lateral-malleolus": (
        QT_TRANSLATE_NOOP("LandmarkNames", "outer ankle bone"),
        QT_TRANSLATE_NOOP("LandmarkNames", "lateral malleolus"),
    ),
    "metatarsal-1-2-junction": (
        QT_TRANSLATE_NOOP("LandmarkNames", "big and 2nd toe bones meet"),
        QT_TRANSLATE_NOOP("LandmarkNames", "junction of the 1st and 2nd metatarsal bones"),
    ),
    "navel": (QT_TRANSLATE_NOOP("LandmarkNames", "navel"), QT_TRANSLATE_NOOP("LandmarkNames", "umbilicus")),
    "popliteal-crease": (
        QT_TRANSLATE_NOOP("LandmarkNames", "knee crease"),
        QT_TRANSLATE_NOOP("LandmarkNames", "popliteal crease"),
    ),
    "popliteal-crease-lateral": (
        QT_TRANSLATE_NOOP("LandmarkNames", "knee crease, outer end"),
        QT_TRANSLATE_NOOP("LandmarkNames", "lateral end of the popliteal crease"),
    ),
    "popliteal-crease-medial": (
        QT_TRANSLATE_NOOP("LandmarkNames", "knee crease, inner end"),
        QT_TRANSLATE_NOOP("LandmarkNames", "medial end of the popliteal crease"),
    ),
    "psis": (
        QT_TRANSLATE_NOOP("LandmarkNames", "dimple above the buttock"),
        QT_TRANSLATE_NOOP("LandmarkNames", "posterior superior iliac spine"),
    ),
    "pubic-symphysis": (
        QT_TRANSLATE_NOOP("LandmarkNames", "top of pubic bone"),
        QT_TRANSLATE_NOOP("LandmarkNames", "pubic symphysis"),
    ),
    "rib-12": (
        QT_TRANSLATE_NOOP("LandmarkNames", "tip of the lowest rib"),
        QT_TRANSLATE_NOOP("LandmarkNames", "tip of the 12th rib"),
    ),
    "s2-foramen": (
        QT_TRANSLATE_NOOP("LandmarkNames", "S2, pelvis dimples"),
        QT_TRANSLATE_NOOP("LandmarkNames", "second sacral foramen"),
    ),
    "sacral-hiatus": (
        QT_TRANSLATE_NOOP("LandmarkNames", "top of buttock cleft"),
        QT_TRANSLATE_NOOP("LandmarkNames", "sacral hiatus"),
    ),
    "scapula-inferior-angle": (
        QT_TRANSLATE_NOOP("LandmarkNames", "shoulder blade tip"),
        QT_TRANSLATE_NOOP("LandmarkNames", "inferior angle of the scapula"),
    ),
    "scapula-medial-border": (
        QT_TRANSLATE_NOOP("LandmarkNames", "shoulder blade inner edge"),
        QT_TRANSLATE_NOOP("LandmarkNames", "medial border of the scapula"),
    ),
    "scapula-spine-mid": (
        QT_TRANSLATE_NOOP("LandmarkNames", "shoulder blade ridge"),
        QT_TRANSLATE_NOOP("LandmarkNames", "middle of the spine of the scapula"),
    ),
    "second-metacarpal": (
        QT_TRANSLATE_NOOP("LandmarkNames", "index finger bone"),
        QT_TRANSLATE_NOOP("LandmarkNames", "second metacarpal bone"),
    ),
    "second-metacarpal-base": (
        QT_TRANSLATE_NOOP("LandmarkNames", "index finger bone, wrist end"),
        QT_TRANSLATE_NOOP("LandmarkNames", "base of the second metacarpal bone"),
    ),
    "second-metacarpal-head": (
        QT_TRANSLATE_NOOP("LandmarkNames", "index finger knuckle"),
        QT_TRANSLATE_NOOP("LandmarkNames", "head of the second metacarpal bone"),
    ),
    "semitendinosus-tendon": (
        QT_TRANSLATE_NOOP("LandmarkNames", "inner knee tendon"),
        QT_TRANSLATE_NOOP("LandmarkNames", "semitendinosus tendon"),
    ),
    "thumb-web": (
        QT_TRANSLATE_NOOP("LandmarkNames", "web of thumb and index finger"),
        QT_TRANSLATE_NOOP("LandmarkNames", "web between the thumb and the index finger"),
    ),
    "toe-web-1-2": (
        QT_TRANSLATE_NOOP("LandmarkNames", "web of big and 2nd toes"),
        QT_TRANSLATE_NOOP("LandmarkNames", "web between the 1st and 2nd toes"),
    ),
    "toe-web-2-3": (
        QT_TRANSLATE_NOOP("LandmarkNames", "web of 2nd and 3rd toes"),
        QT_TRANSLATE_NOOP("LandmarkNames", "web between the 2nd and 3rd toes"),
    ),
}


def base_name(name: str) -> str:
    """``"popliteal-crease-left"`` → ``"popliteal-crease"``: one name for both sides."""
    return name.removesuffix("-left").removesuffix("-right")


def plain_name(name: str) -> str:
    """The words shown beside the landmark's dot; an unnamed landmark reads as its words."""
    base = base_name(name)
    known = LANDMARK_NAMES.get(base)
    return LandmarkNames.tr(known[0]) if known else base.replace("-", " ")


def described(name: str) -> str:
    """The plain name with the anatomical term, for tooltips: "outer ankle bone (lateral malleolus)"."""
    base = base_name(name)
    known = LANDMARK_NAMES.get(base)
    if known is None:
        return plain_name(name)
    plain, term = LandmarkNames.tr(known[0]), LandmarkNames.tr(known[1])
    return plain if plain == term else LandmarkNames.tr("{plain} ({term})").format(plain=plain, term=term)
