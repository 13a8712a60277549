"""The main window: arranges the map, the docks and the menus. It holds no business rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from .actions import ActionId, create_actions
from .body_map import BodyMapWidget
from .detail_panel import DetailPanel
from .panel_scroll import PanelScroll
from .screen_fit import resize_to_fit
from .search_panel import SearchPanel

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


DOCK_SEPARATOR = 6  # the handle between two docks in a column, about


class MainWindow(QMainWindow):
    closing = Signal(object)  # the QCloseEvent (typed object: its class is made on first close)
    session_dock: QDockWidget  # added by the app layer, which owns the session

    def __init__(
        self, body_map: BodyMapWidget, search: SearchPanel, detail: DetailPanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Acupoint — self-acupressure for hip and low back pain")
        self.body_map = body_map
        self.search = search
        self.detail = detail
        self.setCentralWidget(body_map)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.search_dock = self.add_dock("searchDock", "Find a point", search, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.detail_dock = self.add_dock("detailDock", "Point details", detail, Qt.DockWidgetArea.RightDockWidgetArea)
        self.actions_by_id = create_actions(self)
        self._build_menus()
        resize_to_fit(self, 1280, 820)  # a saved size, when there is one, is restored over this

    def add_dock(
        self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea, *, scrolling: bool = False
    ) -> QDockWidget:
        """A dock holding ``widget``; with ``scrolling`` the widget scrolls when the dock is
        shorter than it, instead of making the window taller (see PanelScroll)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() needs every dock named
        dock.setWidget(PanelScroll(widget) if scrolling else widget)
        self.addDockWidget(area, dock)
        return dock

    def share_dock_height(self, dock: QDockWidget, other: QDockWidget, *, only_if_cramped: bool = False) -> None:
        """Give ``dock`` the height its contents ask for and ``other``, in the same column, the rest.

        With ``only_if_cramped``, only when a scrolling dock's panel has outgrown its room (a
        long name wrapped, a large font): otherwise the user's own split is left alone.
        """
        contents = dock.widget()
        if only_if_cramped and not (
            isinstance(contents, PanelScroll) and contents.height_wanted() > contents.viewport().height()
        ):
            return
        panel = contents.widget() if isinstance(contents, PanelScroll) else contents
        layout = panel.layout() if panel is not None else None
        if layout is not None:
            layout.activate()  # so the hint counts widgets that were just shown or hidden
        if isinstance(contents, PanelScroll):
            contents.updateGeometry()  # its hint is the panel's, which may have just changed
        wanted = dock.sizeHint().height()
        if isinstance(contents, PanelScroll) and self.isVisible():
            # The panel at its real width (wrapped text and button rows are taller in a narrow
            # panel than its hint says), plus the dock's title bar.
            wanted = contents.height_wanted() + dock.height() - contents.viewport().height()
        # Before the window is first shown the docks have no real height yet: share what the
        # window will have (QMainWindow scales these figures to the room it finds).
        if self.isVisible():
            total = dock.height() + other.height()
        else:
            bars = self.menuBar().sizeHint().height() + self.statusBar().sizeHint().height()
            total = self.height() - bars - DOCK_SEPARATOR
        self.resizeDocks([dock, other], [wanted, max(total - wanted, 1)], Qt.Orientation.Vertical)

    def bring_forward(self) -> None:
        """Show the window in front, also when it was minimised or hidden in the tray (a maximised
        window stays maximised)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def action(self, action_id: ActionId) -> QAction:
        return self.actions_by_id[action_id]

    def _build_menus(self) -> None:
        a = self.actions_by_id
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.setObjectName("fileMenu")
        for action_id in (ActionId.PRINT, ActionId.EXPORT_PDF):
            file_menu.addAction(a[action_id])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.IMPORT_ROUTINES])
        file_menu.addAction(a[ActionId.EXPORT_ROUTINES])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        view_menu = bar.addMenu("&View")
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(a[ActionId.FIND])
        view_menu.addAction(a[ActionId.HISTORY])
        view_menu.addSeparator()
        for action_id in (ActionId.VIEW_FRONT_BACK, ActionId.VIEW_SIDE, ActionId.VIEW_SOLE):
            view_menu.addAction(a[action_id])
        view_menu.addSeparator()
        for action_id in (
            ActionId.ZOOM_IN,
            ActionId.ZOOM_OUT,
            ActionId.ZOOM_FIT,
            ActionId.SHOW_LANDMARKS,
            ActionId.CLEAR_SELECTION,
        ):
            view_menu.addAction(a[action_id])
        view_menu.addSeparator()
        view_menu.addAction(self.search_dock.toggleViewAction())
        view_menu.addAction(self.detail_dock.toggleViewAction())
        self.view_menu = view_menu
        settings_menu = bar.addMenu("&Settings")
        settings_menu.setObjectName("settingsMenu")
        settings_menu.addAction(a[ActionId.PREGNANT])
        settings_menu.addAction(a[ActionId.REDUCED_MOTION])
        settings_menu.addAction(a[ActionId.BREATHING])
        settings_menu.addAction(a[ActionId.REMINDERS])
        self.settings_menu = settings_menu
        help_menu = bar.addMenu("&Help")
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(a[ActionId.SAFETY])
        help_menu.addAction(a[ActionId.FINGER_MEASURES])
        help_menu.addAction(a[ActionId.ABOUT])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit(event)
        if event.isAccepted():
            super().closeEvent(event)
