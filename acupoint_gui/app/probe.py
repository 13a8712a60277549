"""A window-state probe for end-to-end tests (``ACUPOINT_E2E_PROBE=FILE``), off by default.

The end-to-end tests drive the real window with xdotool, as a person would; to know where to
click and what happened, they read this JSON file, rewritten a few times a second with the
on-screen positions of markers and buttons and what the window shows.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from ..model.storage import atomic_write_text

if TYPE_CHECKING:
    from .parts import Acupoint


class StateProbe(QObject):
    def __init__(self, app: Acupoint, path: Path) -> None:
        super().__init__(app.window)
        self.app = app
        self.path = path
        self.timer = QTimer(self)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.write)
        self.timer.start()

    def snapshot(self) -> dict[str, Any]:
        app = self.app
        first = app.first
        view = first.body_map.current_view()
        markers = []
        for marker in view.figure_scene.markers:
            local = view.mapFromScene(marker.scenePos())
            if view.viewport().rect().contains(local):
                point = view.viewport().mapToGlobal(local)
                markers.append(
                    {
                        "code": marker.point.code,
                        "side": marker.marker.side.value,
                        "x": point.x(),
                        "y": point.y(),
                        "view": marker.marker.view,
                    }
                )
        buttons = []
        for top in QApplication.topLevelWidgets():
            if not top.isVisible():
                continue
            for widget in [*top.findChildren(QAbstractButton), *top.findChildren(QLineEdit)]:
                if widget.isVisible() and widget.isEnabled():
                    centre = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
                    label = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
                    buttons.append(
                        {
                            "name": widget.objectName(),
                            "text": label,
                            "tip": widget.toolTip(),
                            "window": top.objectName(),
                            "x": centre.x(),
                            "y": centre.y(),
                        }
                    )
        shown = first.details.shown_point()
        closeups = app.features.find_it.closeups
        pane = closeups.pane if closeups.shown() else None
        # A window may say more about itself (the practice dialog: the question, the answer's
        # words, where its figures are on the screen).
        states = {}
        for top in QApplication.topLevelWidgets():
            state = getattr(top, "probe_state", None)
            if top.isVisible() and callable(state):
                states[top.objectName()] = state()
        return {
            "pid": os.getpid(),
            "page": view.figure_scene.page,
            "detail": shown.code if shown else None,
            "detail_side": first.details.shown_side(),
            "search": first.search.query(),
            "session": app.runner.state.value,
            "countdown": first.session_panel.countdown_text(),
            "tray": app.features.tray.tray.status_text(),
            "current": sorted(f"{m.point.code}:{m.marker.side.value}" for m in first.body_map.markers() if m.current),
            "markers": markers,
            "closeup": pane.shown_view() if pane is not None else "",
            "guide_step": pane.guide_step() if pane is not None else -1,
            "guide_words": pane.guide_words() if pane is not None else "",
            "widgets": buttons,
            "windows": [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()],
            "states": states,
        }

    def write(self) -> None:
        try:
            atomic_write_text(self.path, json.dumps(self.snapshot()))
        except OSError:
            self.timer.stop()


def install_probe(app: Acupoint) -> StateProbe | None:
    target = os.environ.get("ACUPOINT_E2E_PROBE")
    return StateProbe(app, Path(target)) if target else None
