"""The point shown in the details is also highlighted in the search results."""

from __future__ import annotations

from PySide6.QtCore import Qt

from acupoint_gui.app.controller import AppController


def highlighted(app: AppController) -> str | None:
    item = app.search_panel.results.currentItem()
    return None if item is None or not item.isSelected() else str(item.data(Qt.ItemDataRole.UserRole))


def test_the_list_follows_the_point_shown(app: AppController) -> None:
    chosen: list[str] = []
    app.search_panel.pointChosen.connect(chosen.append)
    app.show_point("GB30", "left")  # as a click on the map does
    assert highlighted(app) == "GB30"
    app.show_point("B54", None)  # an old code: the list shows the WHO point
    assert highlighted(app) == "BL40"
    app.clear_selection()
    assert highlighted(app) is None
    assert chosen == [], "highlighting is not choosing: no signal goes back to the app"
