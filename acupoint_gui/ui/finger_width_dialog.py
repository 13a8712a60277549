"""Help ▸ Your finger widths: measure one width, calibrate the screen with a bank card, and see
your own cun ruler at true size.

The dialog shows and reports: the measure (``measureChanged``), the screen's calibration
(``calibrationChanged``) and a wish to print the ruler (``printRequested``); the app saves the
settings and writes the PDF. The ruler uses the same finger drawing as the find-it guide.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..model.finger_widths import (
    BANK_CARD_MM,
    FINGER_MEASURES,
    PersonalMeasure,
    ScreenCalibration,
    finger_description,
    ruler_marks,
)
from ..printing.finger_drawing import draw_fingers

CARD_HEIGHT_MM = 53.98
MEASURED = ("thumb", "four-fingers")  # what a person measures with a ruler (ANATOMY.md)


def default_card_pixels(widget: QWidget) -> float:
    """A bank card's width on this screen as the system reports its resolution (a first guess)."""
    return BANK_CARD_MM / 25.4 * widget.logicalDpiX()


class CardOutline(QWidget):
    """A bank card's outline at the calibrated size: hold a real card to it and match the width."""

    def __init__(self, card_pixels: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardOutline")
        self.card_pixels = card_pixels
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def set_card_pixels(self, pixels: float) -> None:
        self.card_pixels = pixels
        self._fit()
        self.update()

    def _fit(self) -> None:
        self.setMinimumSize(
            QSize(int(self.card_pixels) + 12, int(self.card_pixels * CARD_HEIGHT_MM / BANK_CARD_MM) + 12)
        )

    def card_rect(self) -> QRectF:
        return QRectF(6, 6, self.card_pixels, self.card_pixels * CARD_HEIGHT_MM / BANK_CARD_MM)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(text, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        card = self.card_rect()
        painter.drawRoundedRect(card, card.height() * 0.06, card.height() * 0.06)
        painter.drawText(
            card, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.tr("Hold a bank card here")
        )
        painter.end()


class PersonalRuler(QWidget):
    """The person's three finger measures and a cun ruler, at true size on this screen."""

    def __init__(self, person: PersonalMeasure, screen: ScreenCalibration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personalRuler")
        self.person, self.calibration = person, screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(int(screen.pixels(62)))

    def set_measure(self, person: PersonalMeasure, screen: ScreenCalibration) -> None:
        self.person, self.calibration = person, screen
        self.setMinimumHeight(int(screen.pixels(62)))
        self.update()

    def length_cun(self) -> float:
        """Whole cun that fit across the widget, at most 8."""
        return float(max(1, min(8, int((self.width() - 16) // max(self.cun_pixels(), 1)))))

    def cun_pixels(self) -> float:
        return self.calibration.pixels(self.person.mm_per_cun)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        mm = self.calibration.pixels_per_mm
        x, base = 8.0, mm * 32
        for finger in FINGER_MEASURES:
            span = self.calibration.pixels(finger.cun * self.person.mm_per_cun)
            draw_fingers(
                painter,
                QPointF(x, base),
                QPointF(x + span, base),
                QPointF(0, -1),
                number=finger.fingers,
                length=mm * 34,
            )
            painter.setPen(text)
            painter.drawText(QPointF(x, base + mm * 16), self.tr("%1 cun").replace("%1", f"{finger.cun:g}"))
            x += span + mm * 8
        y = mm * 56
        painter.setPen(QPen(text, 2))
        length = self.length_cun()
        painter.drawLine(QPointF(8, y), QPointF(8 + self.calibration.pixels(self.person.length_mm(length)), y))
        small = QFont(self.font())
        painter.setFont(small)
        for mark in ruler_marks(self.person, length):
            at = 8 + self.calibration.pixels(mark.millimetres)
            painter.drawLine(QPointF(at, y), QPointF(at, y - (mm * 4 if mark.label else mm * 2)))
            if mark.label:
                painter.drawText(QRectF(at - 20, y + 2, 40, 18), int(Qt.AlignmentFlag.AlignHCenter), mark.label)
        painter.end()


class FingerWidthDialog(QDialog):
    measureChanged = Signal(str, float)  # which measure ("thumb" or "four-fingers"), millimetres
    calibrationChanged = Signal(float)  # a bank card's width on screen, in pixels
    printRequested = Signal(str, float)  # print the ruler for this measure

    def __init__(
        self,
        key: str = "thumb",
        millimetres: float = 20.0,
        card_pixels: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fingerWidthDialog")
        self.setWindowTitle(self.tr("Your finger widths"))
        card_pixels = card_pixels or default_card_pixels(self)
        intro = QLabel(
            self.tr(
                "Point directions measure in your own finger widths (cun). Measure one width with a ruler, "
                "and Acupoint shows your own cun ruler at true size."
            )
        )
        intro.setWordWrap(True)
        self.which = QComboBox()
        self.which.setObjectName("measureWhich")
        for measure in FINGER_MEASURES:
            if measure.key in MEASURED:
                self.which.addItem(finger_description(measure), measure.key)
        self.which.setCurrentIndex(max(0, self.which.findData(key)))
        self.millimetres = QDoubleSpinBox()
        self.millimetres.setObjectName("measureMillimetres")
        self.millimetres.setRange(5.0, 150.0)
        self.millimetres.setDecimals(1)
        self.millimetres.setSuffix(self.tr(" mm"))
        self.millimetres.setValue(millimetres)
        self.problem = QLabel()
        self.problem.setObjectName("measureProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("I measured:"), self.which)
        form.addRow(self.tr("Its width:"), self.millimetres)
        self.card = CardOutline(card_pixels)
        self.smaller = QPushButton(self.tr("Smaller"))
        self.larger = QPushButton(self.tr("Larger"))
        self.smaller.setObjectName("cardSmaller")
        self.larger.setObjectName("cardLarger")
        self.smaller.setAutoRepeat(True)
        self.larger.setAutoRepeat(True)
        self.smaller.clicked.connect(lambda: self.set_card_pixels(self.card.card_pixels - 1))
        self.larger.clicked.connect(lambda: self.set_card_pixels(self.card.card_pixels + 1))
        calibrate = QHBoxLayout()
        calibrate.addWidget(
            QLabel(self.tr("Hold a bank card to the screen and make the outline as wide as the card:")), 1
        )
        calibrate.addWidget(self.smaller)
        calibrate.addWidget(self.larger)
        self.ruler = PersonalRuler(self.person(), ScreenCalibration(card_pixels))
        self.print_button = QPushButton(self.tr("Print the ruler…"))
        self.print_button.setObjectName("printRuler")
        self.print_button.setToolTip(self.tr("Print at 100 % (actual size): the page has a 50 mm line to check it"))
        self.print_button.clicked.connect(lambda: self.printRequested.emit(*self.person()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(calibrate)
        layout.addWidget(self.card)
        layout.addWidget(QLabel(self.tr("Your cun, at true size:")))
        layout.addWidget(self.ruler)
        layout.addWidget(buttons)
        self.which.currentIndexChanged.connect(self._measure_edited)
        self.millimetres.valueChanged.connect(self._measure_edited)
        self._show_problem()

    def person(self) -> PersonalMeasure:
        return PersonalMeasure(str(self.which.currentData()), self.millimetres.value())

    def set_card_pixels(self, pixels: float) -> None:
        pixels = min(max(pixels, 80.0), 2000.0)
        self.card.set_card_pixels(pixels)
        self.ruler.set_measure(self.person(), ScreenCalibration(pixels))
        self.calibrationChanged.emit(pixels)

    def _measure_edited(self) -> None:
        person = self.person()
        self.ruler.set_measure(person, ScreenCalibration(self.card.card_pixels))
        self._show_problem()
        self.measureChanged.emit(*person)

    def _show_problem(self) -> None:
        problem = self.person().problem()
        self.problem.setText(self.tr(problem) if problem else "")
        self.problem.setVisible(problem is not None)
        self.print_button.setEnabled(problem is None)
        colour = QColor("#a33a00")
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.problem.setPalette(palette)
