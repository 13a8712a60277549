"""What to call the bony landmarks drawn on the figures: words a person feeling for them would use.

The figures name landmarks by their anatomical terms (``lateral-malleolus``); people pressing
points at home know the "outer ankle bone". The map shows the plain name and keeps the
anatomical term for the tooltip, where a practitioner can still find it.
"""

from __future__ import annotations

# base name (without -left / -right) → (plain name, anatomical term)
LANDMARK_NAMES: dict[str, tuple[str, str]] = {
    "ankle": ("ankle", "ankle"),
    "asis": ("front hip bone point", "anterior superior iliac spine"),
    "biceps-femoris-tendon": ("outer knee tendon", "biceps femoris tendon"),
    "c7-spinous": ("C7, neck bump", "spinous process of C7"),
    "calcaneal-tendon": ("Achilles tendon", "calcaneal tendon"),
    "calcaneus": ("heel bone", "calcaneus"),
    "gluteal-fold": ("buttock crease", "gluteal fold"),
    "greater-trochanter": ("bony hip bump", "greater trochanter"),
    "heel": ("heel", "heel"),
    "iliac-crest": ("top of the hip bone", "highest point of the iliac crest"),
    "l2-spinous": ("L2, elbow level", "spinous process of L2"),
    "l4-spinous": ("L4, top of hip bones", "spinous process of L4"),
    "l5-spinous": ("L5, just above the sacrum", "spinous process of L5"),
    "lateral-malleolus": ("outer ankle bone", "lateral malleolus"),
    "metatarsal-1-2-junction": ("big and 2nd toe bones meet", "junction of the 1st and 2nd metatarsal bones"),
    "navel": ("navel", "umbilicus"),
    "popliteal-crease": ("knee crease", "popliteal crease"),
    "popliteal-crease-lateral": ("knee crease, outer end", "lateral end of the popliteal crease"),
    "popliteal-crease-medial": ("knee crease, inner end", "medial end of the popliteal crease"),
    "psis": ("dimple above the buttock", "posterior superior iliac spine"),
    "pubic-symphysis": ("top of pubic bone", "pubic symphysis"),
    "rib-12": ("tip of the lowest rib", "tip of the 12th rib"),
    "s2-foramen": ("S2, pelvis dimples", "second sacral foramen"),
    "sacral-hiatus": ("top of buttock cleft", "sacral hiatus"),
    "scapula-inferior-angle": ("shoulder blade tip", "inferior angle of the scapula"),
    "scapula-medial-border": ("shoulder blade inner edge", "medial border of the scapula"),
    "scapula-spine-mid": ("shoulder blade ridge", "middle of the spine of the scapula"),
    "second-metacarpal": ("index finger bone", "second metacarpal bone"),
    "second-metacarpal-base": ("index finger bone, wrist end", "base of the second metacarpal bone"),
    "second-metacarpal-head": ("index finger knuckle", "head of the second metacarpal bone"),
    "semitendinosus-tendon": ("inner knee tendon", "semitendinosus tendon"),
    "thumb-web": ("web of thumb and index finger", "web between the thumb and the index finger"),
    "toe-web-1-2": ("web of big and 2nd toes", "web between the 1st and 2nd toes"),
    "toe-web-2-3": ("web of 2nd and 3rd toes", "web between the 2nd and 3rd toes"),
}


def base_name(name: str) -> str:
    """``"popliteal-crease-left"`` → ``"popliteal-crease"``: one name for both sides."""
    return name.removesuffix("-left").removesuffix("-right")


def plain_name(name: str) -> str:
    """The words shown beside the landmark's dot; an unnamed landmark reads as its words."""
    base = base_name(name)
    known = LANDMARK_NAMES.get(base)
    return known[0] if known else base.replace("-", " ")


def described(name: str) -> str:
    """The plain name with the anatomical term, for tooltips: "outer ankle bone (lateral malleolus)"."""
    base = base_name(name)
    known = LANDMARK_NAMES.get(base)
    if known is None:
        return plain_name(name)
    plain, term = known
    return plain if plain == term else f"{plain} ({term})"
