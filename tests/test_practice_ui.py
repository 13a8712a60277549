"""Practice ▸ Find the point in the window (offscreen): a click on the close-up at a known offset
is scored and said, the arrow keys and Enter answer too, the answers are kept, the progress
view counts them, and a round is the same for the same seed."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.app.practice_presenter import PracticePresenter
from acupoint_gui.model.practice import target
from acupoint_gui.ui.actions import ActionId


@pytest.fixture
def practice(app: Acupoint, qtbot: QtBot) -> PracticePresenter:
    presenter = app.window.findChild(PracticePresenter)
    assert presenter is not None
    presenter.chooser = random.Random(11)
    app.window.actions_by_id[ActionId.PRACTICE_FIND].trigger()
    assert presenter.dialog is not None
    qtbot.addWidget(presenter.dialog)
    presenter.dialog.resize(820, 680)
    return presenter


def click_at(qtbot: QtBot, practice: PracticePresenter, dx_cun: float, dy_cun: float) -> None:
    """Click the view ``dx_cun``, ``dy_cun`` from the point asked for."""
    assert practice.dialog is not None and practice.find_it is not None
    question = practice.questions[practice.index]
    view = practice.dialog.view
    panel = next(i for i, p in enumerate(question.panels) if p.shows in (None, question.side))
    cun = practice.find_it.figures[question.view].units_per_cun
    x, y = target(practice.find_it, question, question.side)
    where = view.placements()[panel].map(x + dx_cun * cun, y + dy_cun * cun)
    QTest.mouseClick(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(round(where.x()), round(where.y()))
    )


def test_a_round_from_the_menu_scores_and_keeps_each_answer(
    app: Acupoint, qtbot: QtBot, practice: PracticePresenter
) -> None:
    dialog = practice.dialog
    assert dialog is not None
    assert dialog.tabs.currentIndex() == 0 and dialog.pages.currentIndex() == 0
    dialog.start.click()
    assert len(practice.questions) == 5 and dialog.pages.currentIndex() == 1
    first = practice.questions[0]
    assert dialog.question.text().startswith(f"Click where {first.code} (")
    assert dialog.position.text() == "Question 1 of 5"
    click_at(qtbot, practice, 0.0, 0.4)
    assert dialog.verdict.text() == "0.4 cun off: within a finger width. Found."
    assert dialog.view.is_answered() and dialog.next.isEnabled()
    click_at(qtbot, practice, 0.0, 3.0)  # a second click on an answered question changes nothing
    assert dialog.verdict.text() == "0.4 cun off: within a finger width. Found."
    dialog.next.click()
    click_at(qtbot, practice, 1.2, 0.0)
    assert dialog.verdict.text().startswith("1.2 cun off: within two finger widths. Not yet")
    dialog.stop.click()
    assert dialog.pages.currentIndex() == 0
    assert dialog.summary.text() == "1 of 2 found, 0.8 cun off on average."
    history = app.features.history.history
    assert history is not None
    rows = history.db.execute("SELECT point, round, found, distance_cun FROM practice ORDER BY id").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (practice.questions[0].code, 1, 1),
        (practice.questions[1].code, 1, 0),
    ]
    assert rows[0][3] == pytest.approx(0.4, abs=0.03)
    assert "2 answers in all." in dialog.progress.summary.text()
    assert dialog.progress.table.rowCount() == 2


def test_the_arrow_keys_move_the_cross_hair_and_enter_answers(qtbot: QtBot, practice: PracticePresenter) -> None:
    dialog = practice.dialog
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.start.click()
    view = dialog.view
    view.setFocus()
    assert view.cross is not None
    before = view.cross
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    step = view.cun_pixels() * 0.1
    assert view.cross.x() == pytest.approx(before.x() + step) and view.cross.y() == pytest.approx(
        before.y() + step * 10
    )
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.is_answered() and " cun off" in dialog.verdict.text()


def test_the_same_seed_asks_the_same_round(app: Acupoint, practice: PracticePresenter) -> None:
    practice.chooser = random.Random(5)
    practice.start(10)
    asked = [(q.code, q.side) for q in practice.questions]
    practice.chooser = random.Random(5)
    practice.start(10)
    assert [(q.code, q.side) for q in practice.questions] == asked and len(asked) == 10


def test_practice_goes_on_without_a_history(app: Acupoint, qtbot: QtBot, practice: PracticePresenter) -> None:
    practice.history = lambda: None
    assert practice.dialog is not None
    practice.start(5)
    click_at(qtbot, practice, 0.0, 0.0)
    assert practice.dialog.verdict.text() == "0.0 cun off: within a finger width. Found."
    practice.stop()
    assert practice.dialog.summary.text() == "1 of 1 found, 0.0 cun off on average."


def test_my_progress_opens_the_progress_tab(app: Acupoint, practice: PracticePresenter) -> None:
    app.window.actions_by_id[ActionId.PRACTICE_PROGRESS].trigger()
    assert practice.dialog is not None
    assert practice.dialog.tabs.currentIndex() == 1
    assert practice.dialog.progress.summary.text().startswith("Points mastered (found the last three times): 0 of 15.")
