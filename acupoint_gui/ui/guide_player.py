"""The find-it guide, played on the point's close-up: ← / → step through it.

Each step's landmark pulses, its measure grows (fingers to scale, an arrow), then the point
appears. The animation is driven by a timer reading an injectable clock, so tests move time
by hand; with Reduce motion the steps are shown without animation (the timer never runs).
The widget shows and reports (``stepChanged``, with the words, for the voice to read); it
decides nothing else.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHideEvent,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..model.find_it import FindIt
from ..model.geometry import Figure
from ..model.guide_frames import GuideFrame, guide_frame
from ..model.points import Point, Side
from ..printing.closeup_figure import Placement, draw_closeup, draw_guide_frame, fit
from ..printing.side_captions import SideCaptions, caption_boxes, caption_height, draw_side_captions
from .closeup_view import closeup_colours, recolouring
from .theme import Theme

WORD_LINES = 3  # the step's words always have room for this many lines (more if a step needs it)
FRAME_MS = 33  # about 30 frames a second: smooth enough for a pulse, light on the processor
GUIDE_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Escape)


class Backdrop:
    """The close-up drawn once at the size shown, then copied under every frame: only the
    guide's marks are drawn each frame (the figure's vectors would take longer than a frame)."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] | None = None
        self.image = QImage()

    def draw(self, painter: QPainter, figure: Figure, rect: QRectF, *, mirrored: bool, theme: Theme) -> Placement:
        target = rect.adjusted(6, 6, -6, -6)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (figure.view, mirrored, rect.width(), rect.height(), theme.figure_fill, ratio)
        if key != self.key:
            self.image = QImage(
                int(rect.width() * ratio), int(rect.height() * ratio), QImage.Format.Format_ARGB32_Premultiplied
            )
            self.image.setDevicePixelRatio(ratio)
            self.image.fill(QPalette().color(QPalette.ColorRole.Base))
            backdrop = QPainter(self.image)
            backdrop.setRenderHint(QPainter.RenderHint.Antialiasing)
            backdrop.translate(-rect.topLeft())
            draw_closeup(backdrop, figure, target, mirrored=mirrored, recolour=recolouring(theme))
            backdrop.end()
            self.key = key
        painter.drawImage(rect.topLeft(), self.image)
        return fit(figure, target)


class GuideCanvas(QWidget):
    """Paints one frame of the guide on its close-up."""

    def __init__(self, find_it: FindIt, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideCanvas")
        self.find_it = find_it
        self.theme = theme
        self.frame: GuideFrame | None = None
        self.side_captions = SideCaptions()  # which side is which, under the figure
        self.backdrop = Backdrop()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(460, 400)

    def figure_rect(self) -> QRectF:
        """Where the close-up is drawn: the canvas less the line of side words under it."""
        below = caption_height(self.side_captions, QFontMetricsF(self.font()))
        return QRectF(self.rect()).adjusted(0, 0, 0, -below)

    def placement(self) -> Placement | None:
        """Where the close-up is drawn (as :func:`paint_frame` fits it), ``None`` before a frame."""
        if self.frame is None:
            return None
        return fit(self.find_it.figures[self.frame.view], self.figure_rect().adjusted(6, 6, -6, -6))

    def side_caption_boxes(self) -> list[tuple[str, QRectF]]:
        """Where the side words are drawn, each with its box (for painting and for tests)."""
        placement = self.placement()
        if placement is None:
            return []
        return caption_boxes(self.side_captions, placement.drawn, QFontMetricsF(self.font()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.figure_rect()
        if rect.height() < self.height():  # the words' line, under the backdrop's picture
            painter.fillRect(self.rect(), QPalette().color(QPalette.ColorRole.Base))
        paint_frame(painter, rect, self.find_it, self.frame, self.theme, backdrop=self.backdrop)
        draw_side_captions(painter, self.side_caption_boxes(), self.font(), self.theme.text)
        painter.end()


def paint_frame(
    painter: QPainter, rect: QRectF, find_it: FindIt, frame: GuideFrame | None, theme: Theme, *, backdrop: Backdrop
) -> None:
    """One frame of a guide, fitted into ``rect`` (the window's drawing, and the benchmark's)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if frame is None:
        painter.fillRect(rect, QPalette().color(QPalette.ColorRole.Base))
        return
    placement = backdrop.draw(painter, find_it.figures[frame.view], rect, mirrored=frame.mirrored, theme=theme)
    label_px = max(11.0, min(rect.width(), rect.height()) / 38)
    target = rect.adjusted(6, 6, -6, -6)
    draw_guide_frame(painter, placement, frame, closeup_colours(theme), label_px=label_px, label_area=target)


class GuidePlayer(QWidget):
    stepChanged = Signal(int, str)  # 0-based step, its words (for the voice)
    reduceMotionChanged = Signal(bool)
    leaveRequested = Signal()  # Esc: the person is done with the guide

    def __init__(
        self,
        find_it: FindIt,
        point: Point,
        side: str,
        theme: Theme,
        *,
        clock: Callable[[], float] = time.monotonic,
        reduce_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidePlayer")
        self.find_it, self.point, self.clock = find_it, point, clock
        self.side = Side(side) if point.is_bilateral and side in ("left", "right") else point.sides()[0]
        self.steps = len(find_it.guide(point.code).steps)
        self.step = 0
        self._started = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self.canvas = GuideCanvas(find_it, theme)
        self.heading = QLabel()
        self.heading.setObjectName("guideHeading")
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.words = QLabel()
        self.words.setObjectName("guideWords")
        self.words.setWordWrap(True)
        larger = QFont(self.words.font())  # the step's words are what the person reads: larger
        larger.setPointSizeF(larger.pointSizeF() * 1.15)
        self.words.setFont(larger)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._texts = [step.text for step in find_it.guide(point.code).steps]
        self.note = QLabel()  # the measure in the person's own finger widths, when they have measured
        self.note.setObjectName("guideNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.back = QPushButton(self.tr("← Back"))
        self.back.setObjectName("guideBack")
        self.next = QPushButton(self.tr("Next →"))
        self.next.setObjectName("guideNext")
        self.back.clicked.connect(self.previous_step)
        self.next.clicked.connect(self.next_step)
        self.reduce_motion = QCheckBox(self.tr("Reduce motion"))
        self.reduce_motion.setObjectName("guideReduceMotion")
        self.reduce_motion.setToolTip(self.tr("Show each step as a still picture, without pulsing or moving"))
        self.reduce_motion.setChecked(reduce_motion)
        self.reduce_motion.toggled.connect(self._reduce_motion_toggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.reduce_motion)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        layout = self._column = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.words)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for child in (self.back, self.next, self.reduce_motion):
            child.installEventFilter(self)
        self.go(0)

    @property
    def frame(self) -> GuideFrame | None:
        return self.canvas.frame

    @property
    def reduced(self) -> bool:
        return self.reduce_motion.isChecked()

    # --- stepping -----------------------------------------------------------------------
    def go(self, step: int) -> None:
        """Show step ``step`` (0-based) from its beginning."""
        self.step = min(max(step, 0), self.steps - 1)
        self._started = self.clock()
        self.back.setEnabled(self.step > 0)
        self.next.setEnabled(self.step < self.steps - 1)
        self.tick()
        frame = self.frame
        assert frame is not None
        title = self.tr("Find {0}: step {1} of {2}").format(self.point.code, self.step + 1, self.steps)
        self.heading.setText(title)
        self.words.setText(frame.text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(frame.text)
        self.stepChanged.emit(self.step, frame.text)

    def next_step(self) -> None:
        if self.step < self.steps - 1:
            self.go(self.step + 1)

    def previous_step(self) -> None:
        if self.step > 0:
            self.go(self.step - 1)

    def tick(self) -> None:
        """Draw the frame for now; keep the timer running only while something moves."""
        frame = guide_frame(
            self.find_it,
            self.point.code,
            self.side,
            self.step,
            self.clock() - self._started,
            reduce_motion=self.reduced,
        )
        self.canvas.frame = frame
        self.canvas.update()
        moving = not frame.settled and self.isVisible()
        if moving and not self.timer.isActive():
            self.timer.start()
        elif not moving and self.timer.isActive():
            self.timer.stop()

    def set_side_captions(self, captions: SideCaptions) -> None:
        """The words under the close-up saying which side is which ("◂ Left", "Right ▸")."""
        self.canvas.side_captions = captions
        self.canvas.update()

    def set_note(self, text: str) -> None:
        """A line under the step's words (the measure in the person's own finger widths). Once
        shown, its line stays (empty on the other steps), so the figure does not jump."""
        self.note.setText(text)
        if text:
            policy = self.note.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.note.setSizePolicy(policy)
        self.note.setVisible(bool(text))

    def _keep_room_for_words(self) -> None:
        """The words get the height of the longest step's (at least :data:`WORD_LINES` lines) at
        the width they have, so the figure keeps its size from step to step."""
        metrics = QFontMetricsF(self.words.font())
        # The words span the player's width, less the layout's margins and their own.
        outer, inner = self._column.contentsMargins(), self.words.contentsMargins()
        width = max(self.width() - outer.left() - outer.right() - inner.left() - inner.right(), 1)
        wrap = int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            (metrics.boundingRect(QRectF(0, 0, width, 1e6), wrap, text).height() for text in self._texts),
            default=0.0,
        )
        margins = self.words.contentsMargins()
        needed = math.ceil(max(tallest, metrics.lineSpacing() * WORD_LINES)) + margins.top() + margins.bottom()
        if self.words.minimumHeight() != needed:
            self.words.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_room_for_words()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._keep_room_for_words()
        super().changeEvent(event)

    def set_reduce_motion(self, on: bool) -> None:
        self.reduce_motion.setChecked(on)

    def _reduce_motion_toggled(self, on: bool) -> None:
        self.tick()
        self.reduceMotionChanged.emit(on)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()  # the animation runs only while the guide is on screen

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def event(self, event: QEvent) -> bool:
        # While the guide has the keyboard, ← → and Esc are its own, also during a session
        # (where they are otherwise the session's previous, skip and stop).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in GUIDE_KEYS:
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The guide's buttons keep ← → and Esc for the guide (a button would move the focus)."""
        if isinstance(event, QKeyEvent) and event.key() in GUIDE_KEYS:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Right:
            self.next_step()
        elif event.key() == Qt.Key.Key_Left:
            self.previous_step()
        elif event.key() == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
