"""The words under a close-up that say which side is which: "◂ Left" and "Right ▸" under a
figure of both sides, "Your left side" under a one-sided one ("Their left" … for someone
pressing for another person), as the body map and the practice view say it.

Where each side is comes from the model (:func:`~acupoint_gui.model.figure_sides.sides_seen`);
here it becomes words and is laid out under the drawn figure, on any QPainter: the close-up
and the guide in the window, and the close-ups in the sheet's table.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from ..model.figure_sides import SidesSeen
from ..model.points import Side

GAP = 0.15  # between the figure's bottom edge and the words, in lines
INSET = 0.3  # the left and right words stay this far inside the figure's edges, in lines


class SideCaptions(NamedTuple):
    """The words under a figure: at its left and right edges, or one in the middle."""

    left: str = ""
    right: str = ""
    middle: str = ""

    @property
    def empty(self) -> bool:
        return not (self.left or self.right or self.middle)


NO_CAPTIONS = SideCaptions()


def side_captions(seen: SidesSeen, *, partner: bool = False) -> SideCaptions:
    """The words for ``seen``; ``partner``: for someone pressing another person's points,
    whose sides are "their left" and "their right"."""
    if partner:
        names = {
            Side.LEFT: QCoreApplication.translate("SideCaptions", "Their left"),
            Side.RIGHT: QCoreApplication.translate("SideCaptions", "Their right"),
        }
        one = {
            Side.LEFT: QCoreApplication.translate("SideCaptions", "Their left side"),
            Side.RIGHT: QCoreApplication.translate("SideCaptions", "Their right side"),
        }
    else:
        names = {
            Side.LEFT: QCoreApplication.translate("SideCaptions", "Left"),
            Side.RIGHT: QCoreApplication.translate("SideCaptions", "Right"),
        }
        one = {
            Side.LEFT: QCoreApplication.translate("SideCaptions", "Your left side"),
            Side.RIGHT: QCoreApplication.translate("SideCaptions", "Your right side"),
        }
    if seen.only is not None and seen.only in one:
        return SideCaptions(middle=one[seen.only])
    if seen.viewer_left in names and seen.viewer_right in names:
        assert seen.viewer_left is not None and seen.viewer_right is not None
        return SideCaptions(left=f"◂ {names[seen.viewer_left]}", right=f"{names[seen.viewer_right]} ▸")
    return SideCaptions()


def caption_height(captions: SideCaptions, metrics: QFontMetricsF) -> float:
    """The room the words need under the figure (none when there are none)."""
    return 0.0 if captions.empty else metrics.height() * (1 + GAP)


def caption_boxes(captions: SideCaptions, drawn: QRectF, metrics: QFontMetricsF) -> list[tuple[str, QRectF]]:
    """Each word's box, just under the drawn figure: the left word at its left edge, the right
    at its right edge, a middle one centred. Words that would run into each other (a figure
    drawn very narrow) are left out rather than overlap."""
    height = metrics.height()
    top, inset = drawn.bottom() + height * GAP, height * INSET
    boxes: list[tuple[str, QRectF]] = []
    if captions.middle:
        width = metrics.horizontalAdvance(captions.middle) + 2
        box = QRectF(drawn.center().x() - width / 2, top, width, height)
        return [(captions.middle, box)] if width <= drawn.width() else []
    if captions.left and captions.right:
        left_w = metrics.horizontalAdvance(captions.left) + 2
        right_w = metrics.horizontalAdvance(captions.right) + 2
        if left_w + right_w + 3 * inset > drawn.width():
            return []
        boxes.append((captions.left, QRectF(drawn.left() + inset, top, left_w, height)))
        boxes.append((captions.right, QRectF(drawn.right() - inset - right_w, top, right_w, height)))
    return boxes


def draw_side_captions(painter: QPainter, boxes: list[tuple[str, QRectF]], font: QFont, colour: QColor) -> None:
    """Paint the words where :func:`caption_boxes` put them."""
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    for text, box in boxes:
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
