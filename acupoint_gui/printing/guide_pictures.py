"""A find-it guide step as a picture: the close-up in the step's state, with its words.

Used by ``acupoint-gui guide CODE --output DIR`` (one PNG per step, for checking by eye and
for the README) and by anything else that wants a guide step on paper.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter

from ..model.figure_sides import sides_seen
from ..model.find_it import FindIt
from ..model.guide_frames import GuideFrame
from ..model.points import Point
from .closeup_figure import draw_closeup, draw_guide_frame
from .side_captions import caption_boxes, caption_height, draw_side_captions, side_captions

WRAP = int(Qt.TextFlag.TextWordWrap)


def step_heading(point: Point, frame: GuideFrame) -> str:
    side = "" if frame.side.value == "midline" else f" — {frame.side.value} side"
    return f"{point.code} · {point.name}{side} · {frame.title}"


def draw_step(
    painter: QPainter, device: QPaintDevice, rect: QRectF, *, find_it: FindIt, point: Point, frame: GuideFrame
) -> None:
    """The heading, the close-up and the step's words, laid out in ``rect``."""
    pad = rect.width() * 0.03
    heading_font, text_font = QFont(), QFont()
    heading_font.setPixelSize(max(int(rect.width() / 40), 12))
    heading_font.setBold(True)
    text_font.setPixelSize(max(int(rect.width() / 36), 12))
    inner = rect.adjusted(pad, pad, -pad, -pad)
    heading = step_heading(point, frame)
    heading_h = QFontMetricsF(heading_font, device).boundingRect(inner, WRAP, heading).height()
    text_h = QFontMetricsF(text_font, device).boundingRect(inner, WRAP, frame.text).height()
    painter.setPen(QColor("#111111"))
    painter.setFont(heading_font)
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), heading_h + 2), WRAP, heading)
    figure = find_it.figures[frame.view]
    words = side_captions(sides_seen(figure, frame.side))  # which side is which, under the figure
    caption_font = QFont(text_font)
    caption_font.setPixelSize(max(int(rect.width() / 48), 11))
    caption_metrics = QFontMetricsF(caption_font, device)
    figure_rect = QRectF(
        inner.left(),
        inner.top() + heading_h + pad,
        inner.width(),
        inner.height() - heading_h - text_h - 2 * pad - caption_height(words, caption_metrics),
    )
    placement = draw_closeup(painter, figure, figure_rect, mirrored=frame.mirrored)
    draw_guide_frame(painter, placement, frame, label_px=max(rect.width() / 62, 11), label_area=figure_rect)
    boxes = caption_boxes(words, placement.drawn, caption_metrics)
    draw_side_captions(painter, boxes, caption_font, QColor("#333333"))
    painter.setFont(text_font)
    painter.setPen(QColor("#111111"))
    painter.drawText(QRectF(inner.left(), inner.bottom() - text_h, inner.width(), text_h + 2), WRAP, frame.text)


def step_image(find_it: FindIt, point: Point, frame: GuideFrame, width: int = 900, height: int = 900) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_step(painter, image, QRectF(0, 0, width, height), find_it=find_it, point=point, frame=frame)
    painter.end()
    return image
