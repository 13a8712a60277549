"""Practice ▸ Find the point and Practice ▸ My progress: a round of questions, each answer
scored (in the model) and kept in the history database, and the progress view.

The close-ups and guides are read when practice first opens, never before the window's first
frame. The random source is handed in (``chooser``), so a round can be made the same again.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..model.catalog import Catalog
from ..model.history import History
from ..ui.theme import current_theme

T = TypeVar("T")

if TYPE_CHECKING:
    from ..model.find_it import FindIt
    from ..model.practice import Question, Score
    from ..model.practice_log import PointRecord
    from ..ui.practice_dialog import PracticeDialog


class PracticePresenter(QObject):
    notice = Signal(str)
    warning = Signal(str, str)  # title, text

    def __init__(
        self,
        catalog: Catalog,
        history: Callable[[], History | None],
        *,
        dialog_parent: QWidget,
        chooser: random.Random | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``history()`` is the open session history (``None``: practice still works, unrecorded)."""
        super().__init__(parent)
        self.catalog = catalog
        self.history = history
        self.dialog_parent = dialog_parent
        self.chooser = chooser or random.Random()
        self.find_it: FindIt | None = None
        self.dialog: PracticeDialog | None = None
        self.questions: list[Question] = []
        self.scores: list[Score] = []
        self.index = 0
        self.round = 0
        self._told = False

    # --- opening ------------------------------------------------------------------------
    def show_practice(self) -> None:
        self._open(tab=0)

    def show_progress(self) -> None:
        self._open(tab=1)

    def _open(self, tab: int) -> None:
        dialog = self._dialog()
        if dialog is None:
            return
        self.refresh_progress()
        dialog.show_tab(tab)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _dialog(self) -> PracticeDialog | None:
        if self.dialog is not None:
            return self.dialog
        from ..model.find_it_loader import load_find_it
        from ..model.practice_rounds import ROUND_SIZES
        from ..model.problems import DataError
        from ..ui.practice_dialog import PracticeDialog
        from ..ui.practice_view import PracticeView

        try:
            self.find_it = load_find_it(self.catalog.atlas, self.catalog.points_path)
        except (DataError, OSError) as exc:
            self.warning.emit(
                self.tr("Practice is not available"),
                self.tr("The close-ups could not be read: %1").replace("%1", str(exc)),
            )
            return None
        view = PracticeView(self.find_it.figures, current_theme())
        dialog = PracticeDialog(view, ROUND_SIZES, self.dialog_parent)
        dialog.startRequested.connect(self.start)
        dialog.answered.connect(self.answer)
        dialog.nextRequested.connect(self.next_question)
        dialog.stopRequested.connect(self.stop)
        self.dialog = dialog
        return dialog

    # --- a round ------------------------------------------------------------------------
    def start(self, size: int) -> None:
        from ..model.practice_log import next_round, point_records
        from ..model.practice_rounds import make_round

        if self.dialog is None or self.find_it is None:
            return
        history = self.history()
        empty: dict[str, PointRecord] = {}
        records = self._safely(point_records, empty) if history is not None else empty
        self.round = self._safely(next_round, 0) if history is not None else 0
        self.questions = make_round(self.catalog.atlas, self.find_it, records, size, self.chooser)
        self.scores = []
        self.index = 0
        self._ask()

    def _ask(self) -> None:
        from ..model.figure_sides import side_words_under
        from ..model.practice import ask_text, panel_caption

        assert self.dialog is not None and self.find_it is not None
        question = self.questions[self.index]
        point = self.catalog.atlas.point(question.code)
        figure = self.find_it.figures[question.view]
        words = side_words_under(figure)
        self.dialog.show_question(
            ask_text(point, question.side),
            position=(self.index + 1, len(self.questions)),
            question=(question.code, question.side.value),
            panels=question.panels,
            captions=[panel_caption(panel) for panel in question.panels],
            side_words=(self.tr(words[0]), self.tr(words[1])) if words else None,
        )

    def answer(self, panel: int, x: float, y: float) -> None:
        """The person answered: score it, keep it, show the true place and the words."""
        from ..model.guide_frames import guide_frame
        from ..model.practice import Click, score
        from ..model.practice_log import record_answer
        from ..ui.practice_view import Answer

        if self.dialog is None or self.find_it is None or self.index >= len(self.questions):
            return
        question = self.questions[self.index]
        if len(self.scores) > self.index:
            return  # already answered
        point = self.catalog.atlas.point(question.code)
        click = Click(panel, x, y)
        result = score(self.find_it, point, question, click)
        self.scores.append(result)
        if self.history() is not None and self.round:
            self._safely(lambda h: record_answer(h, self.round, question, result), None)
        last = len(self.find_it.guide(question.code).steps) - 1
        frame = guide_frame(self.find_it, question.code, question.side, last, reduce_motion=True)
        # The guide is drawn where the point is asked for: the panel of that side, or the one panel.
        shown = next((i for i, p in enumerate(question.panels) if p.shows in (None, question.side)), 0)
        self.dialog.show_result(result.text, Answer(click, shown, frame))

    def next_question(self) -> None:
        if self.dialog is None:
            return
        self.index += 1
        if self.index < len(self.questions):
            self._ask()
        else:
            self._finish()

    def stop(self) -> None:
        self._finish()

    def _finish(self) -> None:
        from ..model.practice import round_text

        if self.dialog is None:
            return
        self.questions = self.questions[: len(self.scores)]
        self.dialog.show_summary(round_text(self.scores))
        self.refresh_progress()

    def refresh_progress(self) -> None:
        from ..model.practice_log import PracticeProgress, progress
        from ..model.practice_rounds import practice_codes

        if self.dialog is None or self.find_it is None:
            return
        made = self._safely(progress, None) if self.history() is not None else None
        empty = PracticeProgress(0, (), 0, (), ())
        self.dialog.show_progress(made or empty, len(practice_codes(self.catalog.atlas, self.find_it)))

    # --- the history ----------------------------------------------------------------------
    def _safely(self, action: Callable[[History], T], fallback: T) -> T:
        """Read or write the practice log; a failure is told once (practice goes on unrecorded)."""
        history = self.history()
        if history is None:
            return fallback
        try:
            return action(history)
        except (sqlite3.Error, OSError) as exc:
            if not self._told:
                self._told = True
                self.notice.emit(
                    self.tr("Practice answers could not be saved to the history (%1).").replace("%1", str(exc))
                )
            return fallback
