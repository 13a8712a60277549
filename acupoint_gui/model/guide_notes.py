"""The line under a find-it guide step: the measure in the person's own millimetres, or, when
someone presses for another person, who the steps speak to and whose fingers measure.

The guides' words speak to the person who finds the point on their own body. Pressing for
someone else, the landmarks are felt on the partner's body, and a cun is the partner's own
measure (the WHO finger measures are the patient's own fingers), so the presser's measured
finger width must not be offered then.
"""

from __future__ import annotations

from .finger_widths import PersonalMeasure, measure_for_you
from .wording import QT_TRANSLATE_NOOP, Words


class GuideNotes(Words):
    """The line under a find-it guide step."""


FOR_A_PARTNER = QT_TRANSLATE_NOOP(
    "GuideNotes",
    "Pressing for someone else: these steps speak to your partner. Read each one to them, or follow it on their body.",
)
THEIR_FINGERS = QT_TRANSLATE_NOOP(
    "GuideNotes",
    "Measure with your partner's finger widths, not yours: a cun is their own measure. "
    "Compare your fingers with theirs.",
)


def guide_note(step: int, show: str, cun: float, person: PersonalMeasure | None, *, partner: bool) -> str:
    """The note for guide step ``step`` (0 is the first), whose kind is ``show`` ("posture",
    "landmark", "measure", "point") and whose measure is ``cun``; "" for none."""
    if partner:
        if step == 0:
            return GuideNotes.tr(FOR_A_PARTNER)
        return GuideNotes.tr(THEIR_FINGERS) if show == "measure" and cun else ""
    if show == "measure" and cun:
        return measure_for_you(cun, person)
    return ""
