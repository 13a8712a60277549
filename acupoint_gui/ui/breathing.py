"""The breathing cue: a shape that grows on the in-breath and shrinks on the out-breath.

It only draws what it is given (:meth:`BreathingCue.show_breath`); the session decides the
timing. With reduced motion it shows the words and a plain bar instead of the animation.
While the session is paused it says so, rather than leave "Breathe in" standing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..model.breathing import BreathPhaseName, BreathState


class BreathingCue(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathingCue")
        self.setMinimumSize(QSize(160, 120))  # still a circle and its words on a short screen
        self.setMaximumHeight(260)  # leave room for the point details below
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing cue"))
        self.state: BreathState | None = None
        self.reduced_motion = False
        self.paused = False

    def sizeHint(self) -> QSize:
        return QSize(160, 160)  # the size it asks for; a short screen may squeeze it to the minimum

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self.update()

    def set_paused(self, paused: bool) -> None:
        if paused != self.paused:
            self.paused = paused
            self.setAccessibleDescription(self.words())
            self.update()

    def show_breath(self, state: BreathState | None) -> None:
        changed_phase = state is None or self.state is None or state.phase is not self.state.phase
        self.state = state
        if changed_phase:
            self.setAccessibleDescription(self.words())
        self.update()

    def words(self) -> str:
        if self.state is None:
            return ""
        return self.tr("Paused: breathe normally") if self.paused else self.state.phase.label

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        accent = QColor("#009E73")  # Okabe–Ito bluish green
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, min(22.0, rect.height() / 10)))
        font.setBold(True)
        if self.state is None:
            painter.end()
            return
        wide = QFontMetricsF(font, self).horizontalAdvance(self.words())
        if wide > rect.width() * 0.95 > 0:  # "Paused: breathe normally" in a narrow panel: smaller, not cut
            font.setPointSizeF(max(8.0, font.pointSizeF() * rect.width() * 0.95 / wide))
        if self.reduced_motion:
            # Words and a bar: the bar's length is the breath, without anything moving smoothly.
            bar = QRectF(rect.left(), rect.center().y() + 12, rect.width(), 18)
            painter.setPen(QPen(text_colour, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bar, 6, 6)
            filled = QRectF(bar)
            filled.setWidth(bar.width() * self.state.size)
            painter.setBrush(QBrush(accent))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(filled, 6, 6)
            painter.setPen(text_colour)
            painter.setFont(font)
            painter.drawText(
                QRectF(rect.left(), rect.top(), rect.width(), rect.height() / 2),
                Qt.AlignmentFlag.AlignCenter,
                self.words(),
            )
            painter.end()
            return
        side = min(rect.width(), rect.height() - 40)
        smallest, largest = side * 0.25, side * 0.5
        radius = smallest + (largest - smallest) * self.state.size
        centre = QPointF(rect.center().x(), rect.top() + side / 2 + 4)
        if self.paused:  # grey and still, so it does not read as an instruction to hold the breath
            accent = QColor(text_colour)
            accent.setAlphaF(0.45)
        fill = QColor(accent)
        fill.setAlphaF(0.35 if self.state.phase in (BreathPhaseName.INHALE, BreathPhaseName.HOLD_IN) else 0.25)
        painter.setBrush(QBrush(fill))
        painter.setPen(QPen(accent, 3))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(
            QPen(
                text_colour.lighter(140) if text_colour.lightness() < 128 else text_colour.darker(140),
                1,
                Qt.PenStyle.DashLine,
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)
        painter.setPen(text_colour)
        painter.setFont(font)
        painter.drawText(
            QRectF(rect.left(), centre.y() + largest + 2, rect.width(), 36), Qt.AlignmentFlag.AlignCenter, self.words()
        )
        painter.end()
