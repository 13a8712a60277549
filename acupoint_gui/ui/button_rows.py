"""A row of buttons that becomes rows of two when its panel is narrow.

The session controls (Previous, Pause, Skip, Stop) in one row would make the session panel at
least as wide as all four labels, and wider still with large system fonts: on a small screen
that width is taken from the body map. In rows of two, the panel can be half as narrow.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

NARROW_COLUMNS = 2


class ButtonRows(QLayout):
    """Equal-width buttons: all in one row when they fit at their preferred width, otherwise
    ``NARROW_COLUMNS`` to a row. Hidden buttons take no place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # --- QLayout's item bookkeeping ---------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes ------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _extra(self) -> tuple[int, int]:
        margins = self.contentsMargins()
        return margins.left() + margins.right(), margins.top() + margins.bottom()

    def _gap(self) -> int:
        return max(self.spacing(), 0)

    def _one_row_width(self) -> int:
        shown = self._shown()
        widest = max((item.sizeHint().width() for item in shown), default=0)
        return len(shown) * widest + self._gap() * max(len(shown) - 1, 0) + self._extra()[0]

    def _columns(self, width: int) -> int:
        shown = len(self._shown())
        return shown if width >= self._one_row_width() else min(NARROW_COLUMNS, shown)

    def _rows_height(self, rows: int) -> int:
        row = max((item.sizeHint().height() for item in self._shown()), default=0)
        return rows * row + self._gap() * max(rows - 1, 0) + self._extra()[1]

    def sizeHint(self) -> QSize:
        return QSize(self._one_row_width(), self._rows_height(1 if self._shown() else 0))

    def minimumSize(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        columns = min(NARROW_COLUMNS, len(shown))
        widest = max(item.minimumSize().width() for item in shown)
        width = columns * widest + self._gap() * (columns - 1) + self._extra()[0]
        return QSize(width, self._rows_height(math.ceil(len(shown) / columns)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = len(self._shown())
        if not shown:
            return 0
        return self._rows_height(math.ceil(shown / self._columns(width)))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        shown = self._shown()
        if not shown:
            return
        area = self.contentsRect()
        columns = self._columns(rect.width())
        gap = self._gap()
        width = (area.width() - gap * (columns - 1)) / columns
        height = max(item.sizeHint().height() for item in shown)
        for index, item in enumerate(shown):
            row, column = divmod(index, columns)
            left = area.x() + round(column * (width + gap))
            right = area.x() + round(column * (width + gap) + width)
            item.setGeometry(QRect(left, area.y() + row * (height + gap), right - left, height))
