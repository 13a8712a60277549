"""The close-up of a practice question, without markers: a click (or the cross-hair, moved with
the arrow keys, and Enter) answers; then it shows the true place with the find-it guide's last
frame (the landmark, the measure, the point) and where the answer was.

It shows what it is told and says where the person answered, in the close-up's own units
(``answered``); the scoring is the model's (:mod:`acupoint_gui.model.practice`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..model.geometry import Figure
from ..model.guide_frames import GuideFrame
from ..model.practice import Click, PracticePanel
from ..printing.closeup_figure import Placement, draw_closeup, draw_guide_frame, fit
from .closeup_view import closeup_colours, recolouring
from .theme import Theme

GAP = 14  # between two panels
CAPTION = 1.6  # caption height, in lines
STEP_CUN = 0.1  # an arrow key moves the cross-hair this far (Shift: ten times as far)


class Answer(NamedTuple):
    """What the view shows once a question is answered."""

    click: Click
    panel: int  # where the guide's frame is drawn (the side asked for)
    frame: GuideFrame


class PracticeView(QWidget):
    answered = Signal(int, float, float)  # panel, x, y in the close-up's figure units

    def __init__(self, figures: Mapping[str, Figure], theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceView")
        self.figures = figures
        self.theme = theme
        self.colours = closeup_colours(theme)
        self.panels: tuple[PracticePanel, ...] = ()
        self.captions: tuple[str, ...] = ()
        self.side_words: tuple[str, str] | None = None
        self.answer: Answer | None = None
        self.cross: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 260)

    def sizeHint(self) -> QSize:
        return QSize(640, 440)

    # --- what is shown ------------------------------------------------------------------
    def ask(self, panels: Sequence[PracticePanel], captions: Sequence[str], side_words: tuple[str, str] | None) -> None:
        """A new question on these panels; the cross-hair starts in the middle of the first."""
        self.panels, self.captions, self.side_words = tuple(panels), tuple(captions), side_words
        self.answer = None
        self.cross = self.placements()[0].drawn.center() if self.panels else None
        self.update()

    def show_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.update()

    def is_answered(self) -> bool:
        return self.answer is not None

    # --- geometry -----------------------------------------------------------------------
    def _line(self) -> float:
        return float(self.fontMetrics().height())

    def panel_rects(self) -> list[QRectF]:
        if not self.panels:
            return []
        count = len(self.panels)
        caption = self._line() * CAPTION
        width = (self.width() - 12 - GAP * (count - 1)) / count
        return [QRectF(6 + i * (width + GAP), 6, width, self.height() - 12 - caption) for i in range(count)]

    def placements(self) -> list[Placement]:
        return [
            fit(self.figures[panel.view], rect) for panel, rect in zip(self.panels, self.panel_rects(), strict=True)
        ]

    def panel_at(self, pos: QPointF) -> int | None:
        for index, placement in enumerate(self.placements()):
            if placement.drawn.contains(pos):
                return index
        return None

    def to_figure(self, index: int, pos: QPointF) -> tuple[float, float]:
        placement = self.placements()[index]
        left, top, _, _ = placement.region
        return (
            left + (pos.x() - placement.drawn.left()) / placement.scale,
            top + (pos.y() - placement.drawn.top()) / placement.scale,
        )

    def screen_point(self, index: int, x: float, y: float) -> QPoint:
        """Where a figure point of panel ``index`` is on the screen (for the end-to-end test)."""
        return self.mapToGlobal(self.placements()[index].map(x, y).toPoint())

    def cun_pixels(self) -> float:
        """One cun on the screen, in pixels (every panel has the same scale)."""
        placements = self.placements()
        return placements[0].cun if placements else 0.0

    # --- drawing ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        placements = []
        for panel, rect in zip(self.panels, self.panel_rects(), strict=True):
            placements.append(
                draw_closeup(
                    painter, self.figures[panel.view], rect, mirrored=panel.mirrored, recolour=recolouring(self.theme)
                )
            )
        self._captions(painter, placements)
        if self.answer is not None:
            self._answer(painter, placements, self.answer)
        elif self.cross is not None and self.hasFocus():
            self._cross(painter, self.cross)
        painter.end()

    def _captions(self, painter: QPainter, placements: list[Placement]) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        bold = QFont(self.font())
        bold.setBold(True)
        for caption, placement in zip(self.captions, placements, strict=True):
            box = QRectF(placement.drawn.left(), placement.drawn.bottom() + 2, placement.drawn.width(), self._line())
            if caption:
                painter.setFont(bold)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), caption)
        if self.side_words is not None and placements:
            drawn = placements[0].drawn
            box = QRectF(drawn.left() + 4, drawn.bottom() + 2, drawn.width() - 8, self._line())
            painter.setFont(self.font())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), f"◂ {self.side_words[0]}")
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), f"{self.side_words[1]} ▸")

    def _cross(self, painter: QPainter, at: QPointF) -> None:
        arm = max(self._line(), 12.0)
        for colour, width in ((QColor("white"), 4.0), (self.colours.text, 1.6)):
            painter.setPen(QPen(colour, width))
            painter.drawLine(QPointF(at.x() - arm, at.y()), QPointF(at.x() + arm, at.y()))
            painter.drawLine(QPointF(at.x(), at.y() - arm), QPointF(at.x(), at.y() + arm))

    def _answer(self, painter: QPainter, placements: list[Placement], answer: Answer) -> None:
        target = placements[answer.panel]
        draw_guide_frame(
            painter,
            target,
            answer.frame,
            self.colours,
            label_px=max(self._line() * 0.85, 10.0),
            label_area=target.drawn,
        )
        click = placements[answer.click.panel].map(answer.click.x, answer.click.y)
        point = answer.frame.point
        if point is not None and answer.click.panel == answer.panel:
            dash = QPen(self.colours.text, 1.4, Qt.PenStyle.DashLine)
            painter.setPen(dash)
            painter.drawLine(click, target.map(point.x, point.y))
        arm = max(self._line() * 0.55, 7.0)
        for colour, width in ((QColor("white"), 5.0), (QColor("#111111"), 2.2)):  # an ×: where you answered
            painter.setPen(QPen(colour, width))
            painter.drawLine(QPointF(click.x() - arm, click.y() - arm), QPointF(click.x() + arm, click.y() + arm))
            painter.drawLine(QPointF(click.x() - arm, click.y() + arm), QPointF(click.x() + arm, click.y() - arm))

    # --- mouse and keyboard -------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.answer is None:
            self.cross = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.answer is None:
            self.cross = event.position()
            if self._answer_at(event.position()):
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def _answer_at(self, pos: QPointF) -> bool:
        index = self.panel_at(pos)
        if index is None:
            return False  # between the panels, or off the figure: nothing is answered
        x, y = self.to_figure(index, pos)
        self.answered.emit(index, x, y)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves and self.answer is None and self.cross is not None:
            step = max(self.cun_pixels() * STEP_CUN, 1.0)
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                step *= 10
            dx, dy = moves[Qt.Key(key)]
            x = min(max(self.cross.x() + dx * step, 0.0), float(self.width() - 1))
            y = min(max(self.cross.y() + dy * step, 0.0), float(self.height() - 1))
            self.cross = QPointF(x, y)
            self.update()
            event.accept()
            return
        answering = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.answer is None
        if answering and self.cross is not None and self._answer_at(self.cross):
            event.accept()
            return
        super().keyPressEvent(event)
