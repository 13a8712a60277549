"""Which points a practice round asks, weighted toward the ones a person misses. No Qt.

Every point with a find-it guide can be asked, on each of its sides. A point's weight grows with
its recent misses (too far, or on the wrong side) and is highest for one never practised; a
point mastered (found the last three times) is still asked, less often. The random source is
passed in, so a round is the same for the same seed (tests, and a person's "try the same
round again").
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from .find_it import FindIt
from .points import Atlas, Side
from .practice import Question, question_for
from .practice_log import PointRecord

ROUND_SIZES = (5, 10)
NEW_WEIGHT = 3.0  # never practised
MASTERED_WEIGHT = 0.5
MISS_WEIGHT = 4.0  # added for a point missed every time lately


def weight(record: PointRecord | None) -> float:
    """How likely a point is to be asked, relative to the others."""
    if record is None or record.answers == 0:
        return NEW_WEIGHT
    if record.mastered:
        return MASTERED_WEIGHT
    return 1.0 + MISS_WEIGHT * record.missed / record.answers


def practice_codes(atlas: Atlas, find_it: FindIt) -> list[str]:
    """The points that can be asked: those with a guide, in the atlas's order."""
    return [p.code for p in atlas.points if p.code in find_it.guides]


def make_round(
    atlas: Atlas,
    find_it: FindIt,
    records: Mapping[str, PointRecord],
    size: int,
    chooser: random.Random,
    *,
    leave_out: Sequence[str] = (),
) -> list[Question]:
    """``size`` questions, each a different point (as long as there are enough), weighted toward
    the ones missed; the side of a point on both sides is chosen at random."""
    codes = [code for code in practice_codes(atlas, find_it) if code not in leave_out]
    chosen: list[str] = []
    pool = list(codes)
    while len(chosen) < size and codes:
        if not pool:  # a round longer than the points there are: ask them again
            pool = list(codes)
        picked = chooser.choices(pool, weights=[weight(records.get(code)) for code in pool])[0]
        pool.remove(picked)
        chosen.append(picked)
    questions = []
    for code in chosen:
        point = atlas.point(code)
        side = chooser.choice((Side.LEFT, Side.RIGHT)) if point.is_bilateral else Side.MIDLINE
        questions.append(question_for(find_it, code, side))
    return questions
