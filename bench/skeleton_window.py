"""A reference for the start-up benchmark: Acupoint's first-frame widget tree with no app code.

The same kinds of Qt widgets as the real window (tabbed map with two SVG figures and 36
markers, three docks with a list, combo boxes, buttons and a hidden text browser, four menus
of actions), but no data, model, settings or logic. It shows how much of the start-up time is
PySide6 itself creating the classes and enums that such a window needs. It reports its first
frame exactly as the app does with ``ACUPOINT_EXIT_AFTER_FIRST_PAINT=1``.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGraphicsEllipseItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSlider,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

FIGURES = Path(__file__).resolve().parent.parent / "resources" / "body_maps"


def build_map(renderers: list[QSvgRenderer]) -> QTabWidget:
    scene = QGraphicsScene()
    x = 0.0
    for view in ("front", "back"):
        renderer = QSvgRenderer(QByteArray((FIGURES / f"{view}.svg").read_bytes()))
        renderers.append(renderer)
        figure = QGraphicsSvgItem()
        figure.setSharedRenderer(renderer)
        figure.setPos(x, 0)
        scene.addItem(figure)
        for i in range(18):
            marker = QGraphicsEllipseItem(-7, -7, 14, 14)
            marker.setPos(x + 100 + i * 5, 200 + i * 20)
            scene.addItem(marker)
        caption = QGraphicsSimpleTextItem(view.title())
        font = QFont()
        font.setBold(True)
        caption.setFont(font)
        caption.setPos(x, 900)
        scene.addItem(caption)
        x += 500
    view_widget = QGraphicsView(scene)
    view_widget.setViewport(QWidget())
    view_widget.setRenderHints(QPainter.RenderHint.Antialiasing)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    tabs.addTab(view_widget, "Front and back")
    tabs.addTab(QWidget(), "Side")
    tabs.addTab(QWidget(), "Sole of the foot")
    return tabs


def build_docks(window: QMainWindow) -> None:
    search = QWidget()
    search_layout = QVBoxLayout(search)
    search_layout.addWidget(QLineEdit())
    regions = QComboBox()
    regions.addItems(["All regions", "Low back", "Hip"])
    search_layout.addWidget(regions)
    points = QListWidget()
    points.addItems([f"BL{i} Point name {i}" for i in range(15)])
    search_layout.addWidget(points)

    detail = QWidget()
    detail_layout = QVBoxLayout(detail)
    placeholder = QLabel("Click a point on the body, or search for one.")
    placeholder.setWordWrap(True)
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    detail_layout.addWidget(placeholder)
    browser = QTextBrowser()
    browser.hide()
    detail_layout.addWidget(browser)
    detail_layout.addWidget(QPushButton("Add to routine"))

    session = QWidget()
    session_layout = QVBoxLayout(session)
    routines = QComboBox()
    routines.addItems(["Routine one", "Routine two"])
    session_layout.addWidget(routines)
    session_layout.addWidget(QLabel("00:00"))
    session_layout.addWidget(QProgressBar())
    buttons = QHBoxLayout()
    for text in ("Start", "Pause", "Skip", "Stop"):
        buttons.addWidget(QPushButton(text))
    session_layout.addLayout(buttons)
    session_layout.addWidget(QCheckBox("Reduced motion"))
    session_layout.addWidget(QSlider(Qt.Orientation.Horizontal))

    for title, widget, area in (
        ("Find a point", search, Qt.DockWidgetArea.LeftDockWidgetArea),
        ("Session", session, Qt.DockWidgetArea.RightDockWidgetArea),
        ("Point details", detail, Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        dock = QDockWidget(title, window)
        dock.setWidget(widget)
        window.addDockWidget(area, dock)


def build_menus(window: QMainWindow) -> None:
    bar = window.menuBar()
    for title in ("&File", "&View", "&Settings", "&Help"):
        menu = bar.addMenu(title)
        for i in range(6):
            action = QAction(f"Action {i}", window)
            action.setShortcut(QKeySequence(f"Ctrl+{i}"))
            menu.addAction(action)


class FirstFrame(QObject):
    seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    now = time.monotonic()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first-frame {now:.6f} {peak}", flush=True)
    QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    renderers: list[QSvgRenderer] = []  # a shared renderer must outlive its items
    window = QMainWindow()
    window.resize(1280, 820)
    window.setCentralWidget(build_map(renderers))
    build_docks(window)
    build_menus(window)
    watcher = FirstFrame()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
