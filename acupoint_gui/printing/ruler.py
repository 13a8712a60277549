"""A personal cun ruler at true size, on any paged device (a PDF, a printer).

The ruler is measured in millimetres from the device's resolution, so it prints at true size
when the page is printed at 100 % ("actual size"): a check line of exactly 50 mm lets the
person see that it did. Above it, the three finger measures are drawn at the person's own
size, with the same drawing as the find-it guide.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPageLayout, QPainter, QPen

from ..model.finger_widths import FINGER_MEASURES, PersonalMeasure, finger_name, measure_named, ruler_marks
from .finger_drawing import draw_fingers

RULER_COLOUR = QColor("#C0392B")  # the ruler's line and end marks (a test finds them by it)
CHECK_MM = 50.0


def ruler_length_cun(person: PersonalMeasure, width_mm: float) -> float:
    """The longest whole number of cun (at most 10) that fits across the page."""
    return float(max(1, min(10, int(width_mm // person.mm_per_cun))))


def render_ruler(device: QPagedPaintDevice, person: PersonalMeasure) -> int:
    """Draw the page on ``device``; return the number of pages (one)."""
    mm = device.logicalDpiX() / 25.4  # device units per millimetre
    width_mm = device.pageLayout().paintRect(QPageLayout.Unit.Millimeter).width()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start drawing on the printer or file")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title, body = QFont(), QFont()
        title.setPointSizeF(16)
        title.setBold(True)
        body.setPointSizeF(10)
        painter.setPen(QColor("#111111"))
        painter.setFont(title)
        painter.drawText(QPointF(0, 8 * mm), QCoreApplication.translate("Ruler", "Your own cun ruler"))
        painter.setFont(body)
        measure = measure_named(person.key)
        lines = (
            QCoreApplication.translate("Ruler", "Your measure: {measure} = {mm} mm, so one cun is {cun_mm} mm.").format(
                measure=finger_name(measure), mm=f"{person.millimetres:g}", cun_mm=f"{person.mm_per_cun:.1f}"
            ),
            QCoreApplication.translate(
                "Ruler",
                "Print at 100 % (actual size). The line below must measure exactly 50 mm; "
                "if not, the printer scaled it.",
            ),
        )
        for index, text in enumerate(lines):
            painter.drawText(QPointF(0, (16 + 6 * index) * mm), text)
        check_y = 34 * mm
        painter.setPen(QPen(QColor("#111111"), 0.3 * mm, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(0, check_y), QPointF(CHECK_MM * mm, check_y))
        painter.drawText(QPointF((CHECK_MM + 3) * mm, check_y + 1.5 * mm), "50 mm")
        top = 48 * mm
        x = 0.0
        for finger in FINGER_MEASURES:  # the three measures at the person's own size
            span = finger.cun * person.mm_per_cun * mm
            draw_fingers(
                painter,
                QPointF(x, top + 30 * mm),
                QPointF(x + span, top + 30 * mm),
                QPointF(0, -1),
                number=finger.fingers,
                length=40 * mm,
                line_width=0.3 * mm,
            )
            painter.setPen(QColor("#111111"))
            label = QCoreApplication.translate("Ruler", "{measure}: {cun} cun")
            painter.drawText(
                QPointF(x, top + 51 * mm), label.format(measure=finger_name(finger), cun=f"{finger.cun:g}")
            )
            x += span + 14 * mm
        _draw_ruler(painter, person, ruler_length_cun(person, width_mm), top + 72 * mm, mm)
    finally:
        painter.end()
    return 1


def _draw_ruler(painter: QPainter, person: PersonalMeasure, length_cun: float, y: float, mm: float) -> None:
    """The baseline and end marks in :data:`RULER_COLOUR`, half-cun ticks, whole cun labelled."""
    length = person.length_mm(length_cun) * mm
    pen = QPen(RULER_COLOUR, 0.4 * mm, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(0, y), QPointF(length, y))
    painter.setFont(QFont())
    for mark in ruler_marks(person, length_cun):
        x = mark.millimetres * mm
        tall = 6 * mm if mark.label else 3 * mm
        end = mark.cun in (0, length_cun)
        painter.setPen(pen if end else QPen(QColor("#111111"), 0.3 * mm, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        # end marks stay inside the ruler's length, so it measures what it says
        at = x + (0.2 * mm if mark.cun == 0 else -0.2 * mm if end else 0)
        painter.drawLine(QPointF(at, y), QPointF(at, y - tall))
        if mark.label:
            painter.setPen(QColor("#111111"))
            painter.drawText(
                QRectF(x - 6 * mm, y + 1 * mm, 12 * mm, 5 * mm), int(Qt.AlignmentFlag.AlignHCenter), mark.label
            )
    each = QCoreApplication.translate("Ruler", "cun ({mm} mm each)").format(mm=f"{person.mm_per_cun:.1f}")
    painter.drawText(QPointF(0, y + 11 * mm), each)
