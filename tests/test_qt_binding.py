"""Guards against a broken Qt binding: PySide6 6.12.0 lost a reference to None on every void
call, which crashed the app ("deallocating None") on Python 3.11 after a few thousand repaints.

From Python 3.12 on, None is immortal: its reference count never changes, so the lost
references are harmless there and this check could not fail. It runs where it matters.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsScene
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing to lose")
def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    scene = QGraphicsScene()
    item = QGraphicsEllipseItem(0, 0, 5, 5)
    scene.addItem(item)
    before = sys.getrefcount(None)
    for _ in range(5000):
        item.update()
        item.setZValue(1.0)
    assert abs(sys.getrefcount(None) - before) < 100, "the Qt binding loses references to None (PySide6 6.12.0?)"
