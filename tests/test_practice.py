"""Practice ▸ Find the point, without Qt: distances in cun on each close-up's own scale (mirrored
panels included), the wrong side recognised and named, the wording, rounds weighted toward the
points missed (the same for the same seed), and the answers kept in the history database."""

from __future__ import annotations

import math
import random
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.find_it import FindIt
from acupoint_gui.model.find_it_loader import load_find_it
from acupoint_gui.model.history import History
from acupoint_gui.model.points import Side
from acupoint_gui.model.practice import (
    Click,
    PracticePanel,
    Question,
    Score,
    ask_text,
    panel_caption,
    question_for,
    round_text,
    score,
    target,
)
from acupoint_gui.model.practice_log import next_round, point_records, progress, record_answer
from acupoint_gui.model.practice_rounds import MASTERED_WEIGHT, NEW_WEIGHT, make_round, weight


@pytest.fixture(scope="module")
def find_it(catalog: Catalog) -> FindIt:
    return load_find_it(catalog.atlas)


def answer(
    find_it: FindIt,
    catalog: Catalog,
    question: Question,
    panel: int,
    offset_cun: tuple[float, float],
    *,
    side: Side | None = None,
) -> Score:
    """Click ``offset_cun`` (x, y) away from the point on ``side`` (the asked one by default), in
    panel ``panel``."""
    figure = find_it.figures[question.view]
    x, y = target(find_it, question, side or question.side)
    dx_cun, dy_cun = offset_cun
    click = Click(panel, x + dx_cun * figure.units_per_cun, y + dy_cun * figure.units_per_cun)
    return score(find_it, catalog.atlas.point(question.code), question, click)


def panel_of(question: Question, side: Side | None) -> int:
    return next(i for i, p in enumerate(question.panels) if p.shows is side)


@pytest.mark.parametrize("dx", [0.0, 0.4, 0.8, 1.2, 2.5, 4.0])
def test_the_distance_is_in_cun_on_the_close_ups_own_scale(find_it: FindIt, catalog: Catalog, dx: float) -> None:
    for code in ("BL23", "SI11", "CV6"):  # low back, shoulder blades, belly: three scales
        side = Side.MIDLINE if code == "CV6" else Side.LEFT
        question = question_for(find_it, code, side)
        result = answer(find_it, catalog, question, 0, (dx * 0.6, dx * 0.8))  # a diagonal of dx cun
        assert result.distance_cun == pytest.approx(dx, abs=1e-6), code
        assert not result.wrong_side and result.clicked_side is side
        assert result.found == (dx <= 1.0)


def test_the_words_say_how_far_in_finger_widths(find_it: FindIt, catalog: Catalog) -> None:
    question = question_for(find_it, "BL52", Side.LEFT)
    texts = [answer(find_it, catalog, question, 0, (0, dy)).text for dy in (0.4, 1.0, 1.3, 2.0, 3.5)]
    assert texts == [
        "0.4 cun off: within a finger width. Found.",
        "1.0 cun off: within a finger width. Found.",
        "1.3 cun off: within two finger widths. Not yet: the guide shows how to find it.",
        "2.0 cun off: within four finger widths. Not yet: the guide shows how to find it.",
        "3.5 cun off: more than four finger widths away. Not yet: the guide shows how to find it.",
    ]
    assert (
        ask_text(catalog.atlas.point("BL52"), Side.LEFT) == "Click where BL52 (Will's Chamber) is, on your left side."
    )
    assert ask_text(catalog.atlas.point("CV6"), Side.MIDLINE) == "Click where CV6 (Sea of Energy) is."


def test_the_wrong_side_on_a_close_up_of_both_sides_is_named(find_it: FindIt, catalog: Catalog) -> None:
    """The low back seen from behind shows both sides: a click by the right-side point, when the
    left was asked, is the right side, however close to that point."""
    question = question_for(find_it, "BL52", Side.LEFT)
    assert question.panels == (PracticePanel("low-back", None, False),)
    result = answer(find_it, catalog, question, 0, (0.3, 0), side=Side.RIGHT)
    assert result.wrong_side and result.clicked_side is Side.RIGHT and not result.found
    assert result.distance_cun == pytest.approx(0.3)
    assert result.text == (
        "That was the right side. BL52 on your left side is where the guide shows; on the right side you were "
        "0.3 cun off."
    )
    # Far from both points, nearer the right one: not called the right side, just far off.
    far = answer(find_it, catalog, question, 0, (0.0, 2.5), side=Side.RIGHT)
    assert not far.wrong_side and far.clicked_side is Side.LEFT
    x_left, _ = target(find_it, question, Side.LEFT)
    assert far.distance_cun > 2.5 and x_left < target(find_it, question, Side.RIGHT)[0]


def test_a_one_sided_close_up_is_asked_on_both_sides_the_left_mirrored(find_it: FindIt, catalog: Catalog) -> None:
    for code, first in (("GB29", Side.RIGHT), ("BL40", Side.LEFT), ("BL60", Side.RIGHT), ("LI4", Side.LEFT)):
        question = question_for(find_it, code, Side.LEFT)
        assert {p.shows for p in question.panels} == {Side.LEFT, Side.RIGHT}, code
        assert question.panels[0].shows is first, f"{code}: as a person looks at it"
        assert all(p.mirrored == (p.shows is Side.LEFT) for p in question.panels)
    question = question_for(find_it, "GB29", Side.LEFT)
    assert [panel_caption(p) for p in question.panels] == ["Your right side", "Your left side"]


@pytest.mark.parametrize("code", ["GB29", "BL40", "BL60", "LI4", "LR3", "KI1"])
@pytest.mark.parametrize("asked", [Side.LEFT, Side.RIGHT])
def test_mirrored_views_score_the_same_distance_and_the_other_panel_is_the_wrong_side(
    find_it: FindIt, catalog: Catalog, code: str, asked: Side
) -> None:
    question = question_for(find_it, code, asked)
    other = Side.RIGHT if asked is Side.LEFT else Side.LEFT
    # 0.6 cun towards the figure's own right (x grows): in the mirrored panel that is the
    # other way on the body, but the same distance.
    here = answer(find_it, catalog, question, panel_of(question, asked), (0.6, 0.0))
    assert here.distance_cun == pytest.approx(0.6) and here.found and not here.wrong_side
    there = answer(find_it, catalog, question, panel_of(question, other), (0.0, 0.2), side=other)
    assert there.wrong_side and there.clicked_side is other and there.distance_cun == pytest.approx(0.2)
    assert there.text.startswith(f"That was the {other.value} side.")


def test_the_left_point_of_a_mirrored_close_up_is_the_mirror_of_the_right(find_it: FindIt) -> None:
    for code in ("GB29", "BL40", "KI1"):
        question = question_for(find_it, code, Side.LEFT)
        figure = find_it.figures[question.view]
        (lx, ly), (rx, ry) = target(find_it, question, Side.LEFT), target(find_it, question, Side.RIGHT)
        assert ly == ry and lx == pytest.approx(figure.mirror_x(rx), abs=0.02)


def test_a_round_sums_up() -> None:
    scores = [
        Score(0.4, Side.LEFT, False, True, ""),
        Score(1.6, Side.LEFT, False, False, ""),
        Score(0.2, Side.RIGHT, True, False, ""),
    ]
    assert round_text(scores) == "1 of 3 found, 0.7 cun off on average. 1 on the wrong side."
    assert round_text([]) == ""


def history_with(tmp_path: Path, answers: list[tuple[str, bool]]) -> History:
    moments = (datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(minutes=n) for n in range(10_000))
    history = History(tmp_path / "history.sqlite3", clock=lambda: next(moments))
    question = {code: Question(code, Side.LEFT, "v", ()) for code, _ in answers}
    for code, found in answers:
        record_answer(history, 1, question[code], Score(0.3 if found else 2.0, Side.LEFT, False, found, ""))
    return history


def test_rounds_are_weighted_toward_the_points_missed(tmp_path: Path, find_it: FindIt, catalog: Catalog) -> None:
    answers = [("BL23", True)] * 3 + [("BL40", False)] * 4 + [("CV6", True), ("CV6", False)]
    with history_with(tmp_path, answers) as history:
        records = point_records(history)
    assert records["BL23"].mastered and weight(records["BL23"]) == MASTERED_WEIGHT
    assert weight(records["BL40"]) == 5.0 and weight(records["CV6"]) == 3.0 and weight(None) == NEW_WEIGHT
    firsts: Counter[str] = Counter()
    for seed in range(2000):
        (question,) = make_round(catalog.atlas, find_it, records, 1, random.Random(seed))
        firsts[question.code] += 1
    # Missed every time (weight 5) > never practised, or missed half the time (3) > mastered (0.5).
    others = [count for code, count in firsts.items() if code not in ("BL40", "BL23")]
    assert firsts["BL40"] > max(others) and firsts["BL23"] < min(others) / 3
    assert firsts["BL40"] / 2000 == pytest.approx(5.0 / (5.0 + 0.5 + 3.0 * 13), rel=0.2)


def test_a_round_is_the_same_for_the_same_seed_and_asks_each_point_once(find_it: FindIt, catalog: Catalog) -> None:
    one = make_round(catalog.atlas, find_it, {}, 10, random.Random(7))
    again = make_round(catalog.atlas, find_it, {}, 10, random.Random(7))
    assert one == again and len(one) == 10
    assert len({q.code for q in one}) == 10
    assert all(q.side is (Side.MIDLINE if q.code == "CV6" else q.side) for q in one)
    assert {q.side for q in make_round(catalog.atlas, find_it, {}, 10, random.Random(8))} >= {Side.LEFT, Side.RIGHT}
    longer = make_round(catalog.atlas, find_it, {}, 20, random.Random(1))
    assert len(longer) == 20 and Counter(q.code for q in longer).most_common(1)[0][1] == 2
    assert "BL23" not in {
        q.code for q in make_round(catalog.atlas, find_it, {}, 10, random.Random(3), leave_out=["BL23"])
    }


def test_answers_are_kept_and_add_up_to_progress(tmp_path: Path) -> None:
    answers = [("BL23", True)] * 3 + [("BL40", False), ("BL40", True)]
    with history_with(tmp_path, answers) as history:
        assert next_round(history) == 2
        made = progress(history)
        rows = history.db.execute("SELECT point, side, distance_cun, found FROM practice ORDER BY id").fetchall()
    assert rows[0] == ("BL23", "left", 0.3, 1) and len(rows) == 5
    assert made.points_practised == 2 and made.points_mastered == ("BL23",) and made.answers == 5
    (day,) = made.days
    assert day.answers == 5 and day.found == 4
    assert day.average_cun == pytest.approx((0.3 * 4 + 2.0) / 5)


def test_a_history_from_before_practice_gets_its_table_and_keeps_its_sessions(tmp_path: Path) -> None:
    """A history written before the practice table: opened, it gains the table (its sessions
    untouched), and keeps schema version 1, so an older Acupoint still opens it."""
    path = tmp_path / "history.sqlite3"
    with History(path) as made:
        made.finish_session(made.begin_session("r", "R", 2, 5), True, 3, "kept")
        made.db.execute("DROP TABLE practice")  # as written by Acupoint before the practice table
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'practice'").fetchone()[0] == 0
    db.close()
    with History(path) as reopened:
        assert reopened.report is None
        assert [s.note for s in reopened.sessions()] == ["kept"]
        assert next_round(reopened) == 1
        record_answer(reopened, 1, Question("BL23", Side.LEFT, "low-back", ()), Score(0.5, Side.LEFT, False, True, ""))
        assert reopened.db.execute("PRAGMA user_version").fetchone()[0] == 1
    with History(path) as third:
        assert progress(third).answers == 1


def test_a_practice_table_not_ours_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with History(path) as made:
        made.db.execute("DROP TABLE practice")
        made.db.execute("CREATE TABLE practice (x TEXT)")
    with History(path) as reopened:
        assert reopened.report is not None and "practice table" in reopened.report.message
        assert math.isfinite(progress(reopened).answers)
