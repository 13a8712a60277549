"""Guards against a broken Qt binding: PySide6 6.12.0 lost a reference to None on every void
call, which crashed the app ("deallocating None") on Python 3.11 after a few thousand repaints."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsScene
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    scene = QGraphicsScene()
    item = QGraphicsEllipseItem(0, 0, 5, 5)
    scene.addItem(item)
    before = sys.getrefcount(None)
    for _ in range(5000):
        item.update()
        item.setZValue(1.0)
    assert abs(sys.getrefcount(None) - before) < 100
