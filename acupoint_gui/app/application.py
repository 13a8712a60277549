"""Start the application: Qt, data (with a clear dialog for bad data), settings, the window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ..model.catalog import Catalog
from ..model.catalog_cache import cache_name, load_catalog_cached
from ..model.problems import DataError
from ..model.wording import current_language
from ..ui import messages
from ..ui.app_icon import apply_app_icon

MAX_PROBLEMS_SHOWN = 20
AFTER_SHOW_FALLBACK_MS = 1500


def problems_text(error: DataError) -> str:
    lines = [str(problem) for problem in error.problems[:MAX_PROBLEMS_SHOWN]]
    if len(error.problems) > MAX_PROBLEMS_SHOWN:
        more = len(error.problems) - MAX_PROBLEMS_SHOWN
        lines.append(QCoreApplication.translate("Application", "… and %n more.", "", more))
    return "\n".join(lines)


def cached_catalog(points_path: Path | None = None) -> Catalog:
    """The checked catalog, from the cache in the user's cache folder when it is current."""
    from .user_folders import user_cache_dir

    return load_catalog_cached(user_cache_dir() / cache_name(current_language()), points_path)


def load_catalog_with_fallback(points_path: Path | None) -> tuple[Catalog | None, str | None]:
    """The catalog, and a message for the user when their file was bad and the bundled one is used."""
    if points_path is not None:
        try:
            return cached_catalog(points_path), None
        except DataError as exc:
            message = QCoreApplication.translate(
                "Application",
                "The points file {path} has problems, so Acupoint is using its built-in data instead.\n\n"
                "{problems}\n\nRun 'acupoint-gui check-data {path}' to see them all.",
            ).format(path=points_path, problems=problems_text(exc))
            try:
                return cached_catalog(), message
            except DataError as bundled:
                too = QCoreApplication.translate("Application", "The built-in data has problems too:")
                return None, f"{message}\n\n{too}\n{problems_text(bundled)}"
    try:
        return cached_catalog(), None
    except DataError as exc:
        heading = QCoreApplication.translate("Application", "Acupoint's built-in data has problems:")
        return None, f"{heading}\n\n{problems_text(exc)}"


class FirstFrameWatcher(QObject):
    """Emits :attr:`painted` once, when the window's first frame has been painted in full, and
    :attr:`ready` once: then, or for a window that will not paint (started minimised, or not
    shown), after ``fallback_ms`` — so what waits for the first frame is never left undone.

    A window on screen always paints, however slow the machine: the fallback never fires for
    it, so the deferred features cannot start before, and delay, its first frame.

    The window's own paint event comes first in a frame; the zero-timer fires once the event
    loop is back, so every child (map, docks) has been painted by then.
    """

    painted = Signal()
    ready = Signal()

    def __init__(self, window: QWidget, fallback_ms: int = AFTER_SHOW_FALLBACK_MS) -> None:
        super().__init__(window)
        self._window = window
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(fallback_ms)
        self._fallback.timeout.connect(self._give_up_waiting)
        self._fallback.start()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.painted.emit()
        if self._fallback.isActive():
            self._fallback.stop()
            self.ready.emit()

    def _give_up_waiting(self) -> None:
        if self._window.isVisible() and not self._window.isMinimized():
            self._fallback.start()  # it is on screen: its first frame is coming
            return
        self._window.removeEventFilter(self)
        self.ready.emit()


def start_in_language(data_dir: Path) -> str:
    """Qt, Qt's dialogs and the model in the language chosen in Settings ▸ Language, else the
    system's; before any widget or the catalog is made. The bundled CJK font too when the words
    are Chinese: the first frame shows them (in English it waits until after that frame)."""
    from ..language_setup import install_language, language_for
    from ..model.settings import SettingsStore

    settings, _report = SettingsStore(data_dir / "settings.json").load()  # the report is told later
    language = install_language(language_for(settings.language))
    if language.startswith("zh"):
        from ..printing.fonts import register_bundled_fonts

        register_bundled_fonts()
    return language


def _report_first_frame() -> None:
    """``ACUPOINT_EXIT_AFTER_FIRST_PAINT=1`` (benchmarks): say when the first frame was done, then quit.

    The time is ``time.monotonic()``, the clock a parent process shares, so the benchmark measures
    start to first frame without the interpreter's tear-down; then the peak memory so far, in KiB.
    """
    now = time.monotonic()
    try:
        import resource

        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:  # not on Windows
        peak_kib = 0
    print(f"first-frame {now:.6f} {peak_kib}", flush=True)
    QTimer.singleShot(0, QApplication.quit)


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Acupoint")
    app.setOrganizationName("Acupoint")
    app.setApplicationDisplayName("Acupoint")
    apply_app_icon(app)
    # A busy Python thread beside the event loop must hand the interpreter back quickly, or the
    # timer that ends a step waits for it: 0.2 ms (default 5 ms; at 1 ms a step still ended up to
    # 12 ms late under load). Without such a thread this costs nothing.
    sys.setswitchinterval(0.0002)
    return app


def run(points_path: Path | None = None) -> int:
    app = create_application()
    from .error_report import ErrorReporter
    from .single_instance import SingleInstance
    from .user_folders import DataFolderError, user_cache_dir, user_data_dir

    try:
        data_dir = user_data_dir()
    except DataFolderError as exc:
        print(exc, file=sys.stderr)
        from ..language_setup import install_language, language_for

        install_language(language_for(""))  # the system's: the chosen one is in the folder that failed
        title = QCoreApplication.translate("Application", "Acupoint cannot save your data")
        messages.critical(None, title, exc.words())
        return 1
    ErrorReporter(data_dir).install()
    start_in_language(data_dir)
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        instance.ask_the_running_copy_to_show()
        print("Acupoint is already open: its window has been brought forward.")
        return 0
    catalog, message = load_catalog_with_fallback(points_path)
    if catalog is None:
        messages.critical(
            None,
            QCoreApplication.translate("Application", "Acupoint cannot start"),
            message or QCoreApplication.translate("Application", "Unknown problem with the data."),
        )
        return 1
    from .startup import build_first_frame

    first = build_first_frame(catalog, data_dir)
    window = first.window
    first_frame = FirstFrameWatcher(window)
    if os.environ.get("ACUPOINT_EXIT_AFTER_FIRST_PAINT") == "1":
        first_frame.painted.connect(_report_first_frame)
    instance.showRequested.connect(window.bring_forward)
    probe: list[object] = []

    def finish_starting() -> None:
        """Printing, sound, history, the tray and messages wait until the window is on screen."""
        from .parts import Acupoint
        from .probe import install_probe
        from .startup import add_features, tell_startup_problems

        features = add_features(first, catalog, data_dir, user_cache_dir(), ask_pain=True)
        instance.listen()
        window.fit_session_panel(only_if_cramped=True)  # text wrapped at the panel's real width
        # The keyboard works at once (Ctrl+P, Ctrl+F, typing a search), without a first click.
        window.activateWindow()
        first.search.focus_search()
        probe.append(install_probe(Acupoint(first, features)))  # end-to-end tests only
        if message:
            title = QCoreApplication.translate("Application", "Problem with the points file")
            QTimer.singleShot(0, lambda: messages.warn(window, title, message))
        QTimer.singleShot(0, lambda: tell_startup_problems(first, features))

    first_frame.ready.connect(finish_starting, Qt.ConnectionType.QueuedConnection)
    window.show()
    code = app.exec()
    probe.clear()
    instance.release()
    return code
