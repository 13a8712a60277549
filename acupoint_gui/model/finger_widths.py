"""Finger measures (F-cun) and a person's own: from a measured width to a cun ruler at true size.

The WHO finger measures: the thumb's width at its joint is 1 cun, index and middle finger
together 1.5 cun, four fingers together at the middle joints 3 cun. A person measures one of
these with a ruler; that gives their cun in millimetres. To show it at true size on a screen,
the screen is calibrated once by holding a bank card (ISO/IEC 7810 ID-1, 85.60 mm wide) to it.
"""

from __future__ import annotations

from typing import NamedTuple

from .wording import QT_TRANSLATE_NOOP, Words

BANK_CARD_MM = 85.60
"""The width of a bank card (ISO/IEC 7810 ID-1), the same everywhere."""


class FingerMeasure(NamedTuple):
    key: str
    cun: float
    fingers: int  # side by side
    name: str  # as the guides say it
    description: str  # how to hold them


class FingerWords(Words):
    """The finger measures' names and descriptions, and what is said about a person's own."""


# The names and descriptions are translated where they are shown: finger_name(), finger_description().
FINGER_MEASURES = (
    FingerMeasure(
        "thumb",
        1.0,
        1,
        QT_TRANSLATE_NOOP("FingerWords", "a thumb"),
        QT_TRANSLATE_NOOP("FingerWords", "The width of your thumb at its joint"),
    ),
    FingerMeasure(
        "two-fingers",
        1.5,
        2,
        QT_TRANSLATE_NOOP("FingerWords", "two fingers"),
        QT_TRANSLATE_NOOP("FingerWords", "Index and middle finger together"),
    ),
    FingerMeasure(
        "four-fingers",
        3.0,
        4,
        QT_TRANSLATE_NOOP("FingerWords", "four fingers"),
        QT_TRANSLATE_NOOP("FingerWords", "Four fingers together, at the middle joints"),
    ),
)


def finger_name(measure: FingerMeasure) -> str:
    """``"two fingers"``, in the current language."""
    return FingerWords.tr(measure.name)


def finger_description(measure: FingerMeasure) -> str:
    """How to hold the fingers for ``measure``, in the current language."""
    return FingerWords.tr(measure.description)


# What an adult's measure usually is (ANATOMY.md: a thumb 18-23 mm, four fingers 65-80 mm),
# widened generously: outside these, the number was most likely mistyped.
PLAUSIBLE_MM = {"thumb": (12.0, 35.0), "two-fingers": (20.0, 55.0), "four-fingers": (45.0, 110.0)}


def finger_measure(cun: float) -> FingerMeasure:
    """The finger measure that is ``cun`` long (1, 1.5 or 3)."""
    for measure in FINGER_MEASURES:
        if abs(measure.cun - cun) < 1e-9:
            return measure
    raise ValueError(f"no finger measure is {cun:g} cun: use 1, 1.5 or 3")


def measure_named(key: str) -> FingerMeasure:
    for measure in FINGER_MEASURES:
        if measure.key == key:
            return measure
    raise ValueError(f"unknown finger measure {key!r}")


class PersonalMeasure(NamedTuple):
    """A person's own measure: ``millimetres`` across the finger measure ``key``."""

    key: str
    millimetres: float

    @property
    def mm_per_cun(self) -> float:
        return self.millimetres / measure_named(self.key).cun

    def problem(self) -> str | None:
        """Why the number cannot be right, in words for the person, or ``None``."""
        measure = measure_named(self.key)
        low, high = PLAUSIBLE_MM[self.key]
        if not low <= self.millimetres <= high:
            return FingerWords.tr(
                "{mm} mm is not a likely width for {measure}: most adults measure between {low} and {high} mm. "
                "Please measure again."
            ).format(mm=f"{self.millimetres:g}", measure=finger_name(measure), low=f"{low:g}", high=f"{high:g}")
        return None

    def length_mm(self, cun: float) -> float:
        return cun * self.mm_per_cun


class ScreenCalibration(NamedTuple):
    """How many pixels a bank card spans on this screen (the person matched it by eye)."""

    card_pixels: float

    @property
    def pixels_per_mm(self) -> float:
        return self.card_pixels / BANK_CARD_MM

    def pixels(self, millimetres: float) -> float:
        return millimetres * self.pixels_per_mm


class RulerMark(NamedTuple):
    cun: float
    millimetres: float
    label: str  # "" for a small tick


def ruler_marks(person: PersonalMeasure, length_cun: float = 6.0) -> list[RulerMark]:
    """Ticks every half cun along a personal cun ruler, labelled at each whole cun."""
    marks = []
    for half in range(int(length_cun * 2) + 1):
        cun = half / 2
        marks.append(RulerMark(cun, person.length_mm(cun), f"{cun:g}" if half % 2 == 0 else ""))
    return marks


def measure_for_you(cun: float, person: PersonalMeasure | None) -> str:
    """A guide's finger measure in the person's own millimetres (from *Help ▸ Your finger
    widths*), or "" when they have not measured, or their number cannot be right."""
    if person is None or person.millimetres <= 0 or person.problem() is not None:
        return ""
    fingers = finger_measure(cun).fingers
    millimetres = round(person.length_mm(cun) + 1e-9)  # 31.5 → 32, and 3.2 cm to match
    if fingers == 1:
        words = FingerWords.tr("Your thumb is about {cm} cm ({mm} mm) wide.")
    elif fingers == 2:
        words = FingerWords.tr("Your two fingers are about {cm} cm ({mm} mm) wide.")
    else:
        words = FingerWords.tr("Your four fingers are about {cm} cm ({mm} mm) wide.")
    return words.format(cm=f"{millimetres / 10:.1f}", mm=millimetres)
