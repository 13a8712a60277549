"""Practice ▸ Find the point: a round of questions on the close-ups, and the progress so far.

The dialog shows what the app tells it (the question, the answer's words, the round's summary,
the progress) and says what the person did: start a round of 5 or 10, answer, go on, stop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..model.practice import PracticePanel
from ..model.practice_log import PracticeProgress
from .practice_progress import PracticeProgressView
from .practice_view import Answer, PracticeView
from .screen_fit import resize_to_fit


class PracticeDialog(QDialog):
    startRequested = Signal(int)  # how many questions
    answered = Signal(int, float, float)  # panel, x, y (figure units)
    nextRequested = Signal()
    stopRequested = Signal()

    PRACTICE_TAB, PROGRESS_TAB = 0, 1

    def __init__(self, view: PracticeView, sizes: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceDialog")
        self.setWindowTitle(self.tr("Practice: find the point"))
        self.view = view
        self.code, self.side = "", ""
        self.tabs = QTabWidget()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._start_page(sizes))
        self.pages.addWidget(self._question_page())
        self.progress = PracticeProgressView()
        self.tabs.addTab(self.pages, self.tr("Practice"))
        self.tabs.addTab(self.progress, self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        view.answered.connect(self.answered)
        resize_to_fit(self, 820, 680)

    def _start_page(self, sizes: Sequence[int]) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Acupoint names a point and a side, and you show where it is on the close-up: click it, or move "
                "the cross-hair with the arrow keys (Shift for bigger steps) and press Enter. Then you see where "
                "it is, the landmark it is found from and the measure, and how far off you were in cun: your "
                "own finger widths (a thumb is 1 cun). Points you miss come up more often."
            )
        )
        intro.setWordWrap(True)
        self.sizes = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Questions in a round:")))
        for size in sizes:
            choice = QRadioButton(str(size))
            choice.setObjectName(f"round{size}")
            self.sizes.addButton(choice, size)
            row.addWidget(choice)
            choice.setChecked(size == sizes[0])
        row.addStretch()
        self.start = QPushButton(self.tr("Start"))
        self.start.setObjectName("practiceStart")
        self.start.setDefault(True)
        self.start.clicked.connect(lambda: self.startRequested.emit(self.sizes.checkedId()))
        self.summary = QLabel()
        self.summary.setObjectName("practiceSummary")
        self.summary.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        big.setBold(True)
        self.summary.setFont(big)
        self.summary.hide()
        self.so_far = QLabel()
        self.so_far.setObjectName("practiceSoFar")
        self.so_far.setWordWrap(True)
        see = QPushButton(self.tr("See your progress"))
        see.setObjectName("practiceSeeProgress")
        see.setAutoDefault(False)
        see.clicked.connect(lambda: self.tabs.setCurrentIndex(self.PROGRESS_TAB))
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.so_far)
        layout.addWidget(see, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return page

    def _question_page(self) -> QWidget:
        page = QWidget()
        self.question = QLabel()
        self.question.setObjectName("practiceQuestion")
        self.question.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.question.setFont(big)
        self.position = QLabel()
        self.position.setObjectName("practicePosition")
        self.verdict = QLabel()
        self.verdict.setObjectName("practiceResult")
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.next = QPushButton(self.tr("Next question"))
        self.next.setObjectName("practiceNext")
        self.next.setEnabled(False)
        self.next.clicked.connect(self.nextRequested)
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setObjectName("practiceStop")
        self.stop.setAutoDefault(False)
        self.stop.clicked.connect(self.stopRequested)
        top = QHBoxLayout()
        top.addWidget(self.question, 1)
        top.addWidget(self.position, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verdict, 1)
        buttons.addWidget(self.stop, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.next, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        return page

    # --- what the app shows -------------------------------------------------------------
    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)

    def show_question(
        self,
        text: str,
        *,
        position: tuple[int, int],
        question: tuple[str, str],
        panels: Sequence[PracticePanel],
        captions: Sequence[str],
        side_words: tuple[str, str] | None,
    ) -> None:
        """``question``: the point's code and the side asked ("left", "right" or "midline")."""
        self.code, self.side = question
        self.tabs.setCurrentIndex(self.PRACTICE_TAB)
        self.pages.setCurrentIndex(1)
        self.question.setText(text)
        self.position.setText(
            self.tr("Question %1 of %2").replace("%1", str(position[0])).replace("%2", str(position[1]))
        )
        self.verdict.setText(self.tr("Click where it is, or use the arrow keys and Enter."))
        self.next.setEnabled(False)
        self.next.setDefault(False)
        last = position[0] == position[1]
        self.next.setText(self.tr("See how the round went") if last else self.tr("Next question"))
        self.view.ask(panels, captions, side_words)
        self.view.setAccessibleName(text)
        self.view.setFocus()

    def show_result(self, text: str, answer: Answer) -> None:
        self.verdict.setText(text)
        self.view.show_answer(answer)
        self.next.setEnabled(True)
        self.next.setDefault(True)
        self.next.setFocus()

    def show_summary(self, text: str) -> None:
        """The round is over (or stopped): its summary, and the choice of another."""
        self.pages.setCurrentIndex(0)
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.start.setText(self.tr("Another round") if text else self.tr("Start"))
        self.start.setFocus()

    def show_progress(self, progress: PracticeProgress, points: int) -> None:
        self.progress.show_progress(progress, points)
        self.so_far.setText(self.progress.summary.text())

    def probe_state(self) -> dict[str, Any]:
        """For the end-to-end test (app/probe.py): what is asked and said, and where each panel is
        on the screen (its figure's top-left corner, scale and region), to click at known offsets."""
        panels = []
        for panel, placement in zip(self.view.panels, self.view.placements(), strict=True):
            corner = self.view.mapToGlobal(placement.drawn.topLeft().toPoint())
            panels.append(
                {
                    "shows": panel.shows.value if panel.shows else None,
                    "left": corner.x(),
                    "top": corner.y(),
                    "scale": placement.scale,
                    "region": list(placement.region),
                }
            )
        return {
            "page": self.pages.currentIndex(),
            "question": self.question.text(),
            "code": self.code,
            "side": self.side,
            "position": self.position.text(),
            "result": self.verdict.text(),
            "summary": self.summary.text(),
            "answered": self.view.is_answered(),
            "panels": panels,
        }
