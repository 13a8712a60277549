"""Start the application: Qt, data (with a clear dialog for bad data), settings, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..model.catalog import Catalog, load_catalog
from ..model.yaml_source import DataError
from .fonts import register_bundled_fonts

MAX_PROBLEMS_SHOWN = 20


def problems_text(error: DataError) -> str:
    lines = [str(problem) for problem in error.problems[:MAX_PROBLEMS_SHOWN]]
    if len(error.problems) > MAX_PROBLEMS_SHOWN:
        lines.append(f"… and {len(error.problems) - MAX_PROBLEMS_SHOWN} more.")
    return "\n".join(lines)


def load_catalog_with_fallback(points_path: Path | None) -> tuple[Catalog | None, str | None]:
    """The catalog, and a message for the user when their file was bad and the bundled one is used."""
    if points_path is not None:
        try:
            return load_catalog(points_path), None
        except DataError as exc:
            message = (
                f"The points file {points_path} has problems, so Acupoint is using its built-in data instead.\n\n"
                f"{problems_text(exc)}\n\nRun 'acupoint-gui check-data {points_path}' to see them all."
            )
            try:
                return load_catalog(), message
            except DataError as bundled:
                return None, f"{message}\n\nThe built-in data has problems too:\n{problems_text(bundled)}"
    try:
        return load_catalog(), None
    except DataError as exc:
        return None, f"Acupoint's built-in data has problems:\n\n{problems_text(exc)}"


class _ExitAfterFirstPaint(QObject):
    """``ACUPOINT_EXIT_AFTER_FIRST_PAINT=1``: quit as soon as the window has painted (benchmarks)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Acupoint")
    app.setOrganizationName("Acupoint")
    app.setApplicationDisplayName("Acupoint")
    # Hand the interpreter back to the event loop every millisecond (default 5 ms) so a busy
    # Python thread cannot delay the timer that ends a step.
    sys.setswitchinterval(0.001)
    register_bundled_fonts()
    return app


def run(points_path: Path | None = None) -> int:
    app = create_application()
    catalog, message = load_catalog_with_fallback(points_path)
    if catalog is None:
        QMessageBox.critical(None, "Acupoint cannot start", message or "Unknown problem with the data.")
        return 1
    from .controller import AppController
    from .probe import install_probe

    controller = AppController(catalog, ask_pain=True, defer_setup=True)
    window = controller.window
    if os.environ.get("ACUPOINT_EXIT_AFTER_FIRST_PAINT") == "1":
        watcher = _ExitAfterFirstPaint(window)
        window.installEventFilter(watcher)
    probe = install_probe(controller)  # end-to-end tests only
    window.show()
    if message:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, "Problem with the points file", message))
    QTimer.singleShot(0, controller.after_show)  # after the first paint
    code = app.exec()
    del probe
    return code
