"""The point shown in the details is also highlighted in the search results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupoint_gui.app.parts import Acupoint
from acupoint_gui.model.points import Side


def highlighted(app: Acupoint) -> str | None:
    item = app.first.search.results.currentItem()
    return None if item is None or not item.isSelected() else str(item.data(Qt.ItemDataRole.UserRole))


def test_the_list_follows_the_point_shown(app: Acupoint) -> None:
    chosen: list[str] = []
    app.first.search.pointChosen.connect(chosen.append)
    app.first.selection.show_point("GB30", Side.LEFT)  # as a click on the map does
    assert highlighted(app) == "GB30"
    app.first.selection.show_point("B54", None)  # an old code: the list shows the WHO point
    assert highlighted(app) == "BL40"
    app.first.selection.clear()
    assert highlighted(app) is None
    assert chosen == [], "highlighting is not choosing: no signal goes back to the app"


def test_a_narrow_list_wraps_long_names_instead_of_cutting_them(qtbot: QtBot, app: Acupoint) -> None:
    """The longest names ("BL39  Outside of the Crook") must be readable in a narrow dock."""
    panel, window = app.first.search, app.window
    window.resize(942, 706)
    window.show()
    qtbot.waitExposed(window)
    window.resizeDocks([window.search_dock], [180], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.width() <= 190)
    results = panel.results
    line = results.fontMetrics().lineSpacing()
    wide = []
    for row in range(results.count()):
        item = results.item(row)
        code_and_name = item.text().split("\n")[0]
        if results.fontMetrics().horizontalAdvance(code_and_name) > results.viewport().width():
            wide.append(code_and_name)
            assert results.visualItemRect(item).height() >= 3 * line - 2, f"{code_and_name!r} is cut, not wrapped"
    assert any("Outside of the Crook" in name for name in wide), wide
