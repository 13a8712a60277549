"""Help: how to measure with your own fingers, the proportional "cun" the point directions use.

The measures are the WHO standard's finger measures. They are taken with the fingers of the
person being pressed, because cun are proportional to that person's body.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..model.wording import QT_TRANSLATE_NOOP
from ..printing.finger_drawing import draw_fingers
from .screen_fit import resize_to_fit

# (what to put side by side, how many fingers, how many cun)
MEASURES: tuple[tuple[str, int, float], ...] = (
    (QT_TRANSLATE_NOOP("FingerWidths", "The width of your thumb at its joint"), 1, 1.0),
    (QT_TRANSLATE_NOOP("FingerWidths", "Index and middle finger together (\u201ctwo fingers\u201d)"), 2, 1.5),
    (
        QT_TRANSLATE_NOOP(
            "FingerWidths", "Four fingers together, at the middle joints (\u201ca hand\u2019s width\u201d)"
        ),
        4,
        3.0,
    ),
)

FINGER_LENGTH = 60  # px: long enough to read as fingers beside the widest (four-finger) measure

INTRO = QT_TRANSLATE_NOOP(
    "FingerMeasuresDialog",
    "The directions for finding a point measure in finger widths, also called cun. Use the "
    "fingers of the person being pressed, not the helper's: the measures grow with the body, so "
    "they fit people of any size.",
)


class FingerWidths(QWidget):
    """The three measures drawn to scale: fingers side by side over a bar as long as the measure."""

    TEXT_LINES = 3  # a description wraps to at most this many lines beside its drawing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerWidths")
        self._fit_to_font()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Finger measures"))
        self.setAccessibleDescription(
            self.tr("; ").join(f"{self.tr(text)}: {self.cun_words(cun)}" for text, _, cun in MEASURES)
        )

    def cun_words(self, cun: float) -> str:
        return self.tr("%1 cun").replace("%1", f"{cun:g}")

    def row_height(self) -> int:
        """Room for the drawing, or for the "n cun" line and the wrapped description at this font."""
        return max(FINGER_LENGTH + 30, (1 + self.TEXT_LINES) * self.fontMetrics().lineSpacing() + 12)

    def _fit_to_font(self) -> None:
        self.setMinimumSize(QSize(460, self.row_height() * len(MEASURES) + 8))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a larger system font: taller rows
            self._fit_to_font()
        super().changeEvent(event)

    def cun_width(self) -> float:
        """Pixels for one cun: the widest measure (3 cun) takes a third of the width."""
        return self.width() / 3 / 3.0

    def bar_widths(self) -> list[float]:
        return [cun * self.cun_width() for _, _, cun in MEASURES]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        label_font = QFont(self.font())
        label_font.setBold(True)
        for row, ((text, fingers, cun), width) in enumerate(zip(MEASURES, self.bar_widths(), strict=True)):
            top = 4 + row * self.row_height()
            # the same hand drawing as the find-it guide's measures, tips up, from the row's top
            at = top + FINGER_LENGTH * 0.65
            draw_fingers(
                painter, QPointF(8, at), QPointF(8 + width, at), QPointF(0, -1), number=fingers, length=FINGER_LENGTH
            )
            painter.setPen(QPen(text_colour, 2))
            bar_y = top + FINGER_LENGTH + 10
            painter.drawLine(QPointF(8, bar_y), QPointF(8 + width, bar_y))
            for x in (8, 8 + width):  # end marks, like a ruler's
                painter.drawLine(QPointF(x, bar_y - 5), QPointF(x, bar_y + 5))
            left = self.width() / 3 + 24
            painter.setFont(label_font)
            line = self.fontMetrics().lineSpacing() + 4
            painter.drawText(
                QRectF(left, top, self.width() - left - 8, line), int(Qt.AlignmentFlag.AlignLeft), self.cun_words(cun)
            )
            painter.setFont(self.font())
            painter.drawText(
                QRectF(left, top + line, self.width() - left - 8, self.row_height() - line - 4),
                int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                self.tr(text),
            )
        painter.end()


class FingerMeasuresDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerMeasuresDialog")
        self.setWindowTitle(self.tr("Measuring with your fingers"))
        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        self.drawing = FingerWidths()
        note = QLabel(
            self.tr(
                "Larger distances are measured between bony landmarks you can feel (for example "
                "16 cun from the knee crease to the ankle bone); the point's directions say how."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.drawing)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # Opens tall enough for the wrapped text at its real width, at any font size.
        width = max(self.sizeHint().width(), 60 * self.fontMetrics().averageCharWidth())
        resize_to_fit(self, width, layout.totalHeightForWidth(width))
