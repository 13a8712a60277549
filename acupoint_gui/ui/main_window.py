"""The main window: arranges the map, the docks and the menus. It holds no business rules."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QMainWindow, QWidget

from .actions import SESSION_KEYS, ActionId, create_actions
from .body_map import BodyMapWidget
from .detail_panel import DetailPanel
from .language_menu import LanguageMenu
from .panel_scroll import PanelScroll
from .screen_fit import resize_to_fit
from .search_panel import SearchPanel
from .session_panel import SessionPanel

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QResizeEvent

    from .closeup_pane import CloseupPane
    from .figure_area import FigureArea


DOCK_SEPARATOR = 6  # the handle between two docks in a column, about
MAP_SHARE = 0.5  # the figure's share of the window's width, at least


class MainWindow(QMainWindow):
    """The map in the middle; finding points on the left; the session above the point details on
    the right. ``closed`` is emitted once the window has agreed to close (its layout can be saved
    then); whether it may close at all is asked of the guard given to :meth:`set_close_guard`."""

    closed = Signal()

    def __init__(
        self,
        body_map: BodyMapWidget,
        search: SearchPanel,
        detail: DetailPanel,
        session: SessionPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # The window manager shows the application's display name after this ("… — Acupoint").
        self.setWindowTitle(self.tr("Self-acupressure for hip and low back pain"))
        self.body_map = body_map
        self.search = search
        self.detail = detail
        self.session = session
        self._close_guard: Callable[[], bool] | None = None
        self._finder_was_open = False
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(lambda: self.fit_session_panel(only_if_cramped=True))
        # The middle: the body map, and the close-ups beside it once one is shown (a FigureArea,
        # made then: the first frame needs no splitter). The central widget itself never
        # changes: replacing it later would make the docks take its room.
        self.middle = QWidget()
        self.middle.setObjectName("middle")
        middle = QHBoxLayout(self.middle)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(body_map)
        self.setCentralWidget(self.middle)
        self.figure_area: FigureArea | None = None
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.search_dock = self.add_dock(
            "searchDock", self.tr("Find a point"), search, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        # The session panel above the point details, in one column on the right.
        self.session_dock = self.add_dock(
            "sessionDock", self.tr("Session"), session, Qt.DockWidgetArea.RightDockWidgetArea, scrolling=True
        )
        self.detail_dock = self.add_dock(
            "detailDock", self.tr("Point details"), detail, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.actions_by_id = create_actions(self)
        self._build_menus()
        resize_to_fit(self, 1280, 820)  # a saved size, when there is one, is restored over this
        # The map keeps at least half of a small window; the docks take their full width on a large one.
        width = self.width()
        self.resizeDocks(
            [self.search_dock, self.detail_dock],
            [min(270, int(width * 0.2)), min(380, int(width * 0.3))],
            Qt.Orientation.Horizontal,
        )
        self._set_tab_order()
        self.set_session_keys_enabled(False)
        session.roomChanged.connect(lambda: self.fit_session_panel(only_if_cramped=True))

    def _set_tab_order(self) -> None:
        """Tab follows the window as it is read: search on the left, the map, then the right
        column from the top (session, then point details), instead of the order the widgets
        happened to be made in."""
        chain = [*self.search.tab_order(), self.body_map, *self.session.tab_order(), *self.detail.tab_order()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- what the app asks of the window ------------------------------------------------
    def show_notice(self, text: str, milliseconds: int = 8000) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(text, milliseconds)

    def notice(self) -> str:
        return self.statusBar().currentMessage()

    def show_search(self) -> None:
        """Bring the point finder into view with the keyboard in its search box."""
        self.search_dock.show()
        self.search.focus_search()

    def show_details(self) -> None:
        self.detail_dock.show()
        self.detail_dock.raise_()

    def fit_session_panel(self, *, only_if_cramped: bool = False) -> None:
        """The session panel as tall as its contents; the point details get the rest. With
        ``only_if_cramped``, only when the panel has outgrown its room (before the window is
        first shown there is no room yet, and no split of the user's to keep)."""
        if only_if_cramped and not self.isVisible():
            return  # start-up fits the panel once, just before the window is shown
        self.share_dock_height(self.session_dock, self.detail_dock, only_if_cramped=only_if_cramped)

    def set_session_keys_enabled(self, enabled: bool) -> None:
        """Space, ←, → and Esc control the session only while one runs; otherwise they are the map's."""
        for action_id in SESSION_KEYS:
            self.actions_by_id[action_id].setEnabled(enabled)

    def show_session_running(self, running: bool) -> None:
        """During a session the session keys work, and the point finder steps aside so the figure
        and the session panel have the room (on a small screen the figure would otherwise be a
        strip); afterwards the finder comes back if it was open."""
        self.set_session_keys_enabled(running)
        if running:
            self._finder_was_open = self.search_dock.isVisible()
            self.search_dock.hide()
        elif self._finder_was_open:
            self._finder_was_open = False
            self.search_dock.show()
        self.fit_session_panel()  # the panel grew or shrank: the point details get the rest

    def place_closeups(self, pane: CloseupPane) -> FigureArea:
        """The close-up pane goes beside the body map (made when a close-up is first wanted)."""
        from .figure_area import FigureArea

        if self.figure_area is None:
            self.figure_area = FigureArea(self.body_map, pane)
            layout = self.middle.layout()
            assert layout is not None
            layout.addWidget(self.figure_area)
            self.figure_area.show()  # with the body map in it (a widget moved is hidden until shown)
        return self.figure_area

    def set_close_guard(self, may_close: Callable[[], bool]) -> None:
        """``may_close()`` is asked when the user closes the window; False keeps it open (or hidden)."""
        self._close_guard = may_close

    def layout_state(self) -> tuple[bytes, bytes]:
        """The window's geometry and its docks' arrangement, to restore next time."""
        return bytes(self.saveGeometry().data()), bytes(self.saveState().data())

    def restore_layout_state(self, geometry: bytes, state: bytes) -> None:
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        if state:
            self.restoreState(QByteArray(state))

    def add_dock(
        self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea, *, scrolling: bool = False
    ) -> QDockWidget:
        """A dock holding ``widget``; with ``scrolling`` the widget scrolls when the dock is
        shorter than it, instead of making the window taller (see PanelScroll)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() needs every dock named
        dock.setWidget(PanelScroll(widget) if scrolling else widget)
        self.addDockWidget(area, dock, Qt.Orientation.Vertical)
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
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        for action_id in (ActionId.PRINT, ActionId.EXPORT_PDF, ActionId.PROGRESS_REPORT):
            file_menu.addAction(a[action_id])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.IMPORT_ROUTINES])
        file_menu.addAction(a[ActionId.EXPORT_ROUTINES])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        view_menu = bar.addMenu(self.tr("&View"))
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
        view_menu.addAction(self.session_dock.toggleViewAction())
        view_menu.addAction(self.detail_dock.toggleViewAction())
        session_menu = bar.addMenu(self.tr("S&ession"))
        session_menu.setObjectName("sessionMenu")
        session_menu.addAction(a[ActionId.START_SESSION])
        session_menu.addAction(a[ActionId.PARTNER_MODE])
        session_menu.addSeparator()
        for action_id in SESSION_KEYS:
            session_menu.addAction(a[action_id])
        practice_menu = bar.addMenu(self.tr("&Practice"))
        practice_menu.setObjectName("practiceMenu")
        practice_menu.addAction(a[ActionId.PRACTICE_FIND])
        practice_menu.addAction(a[ActionId.PRACTICE_PROGRESS])
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.setObjectName("settingsMenu")
        settings_menu.addAction(a[ActionId.PREGNANT])
        settings_menu.addAction(a[ActionId.REDUCED_MOTION])
        settings_menu.addAction(a[ActionId.BREATHING])
        settings_menu.addAction(a[ActionId.REMINDERS])
        settings_menu.addAction(a[ActionId.GUIDE_IN_SESSIONS])
        settings_menu.addSeparator()
        self.language_menu = LanguageMenu(self)
        settings_menu.addMenu(self.language_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(a[ActionId.SAFETY])
        help_menu.addAction(a[ActionId.FINGER_MEASURES])
        help_menu.addAction(a[ActionId.FINGER_WIDTHS])
        help_menu.addAction(a[ActionId.ABOUT])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self.keep_room_for_the_figure()
            # Text wraps anew once the docks have their new width: look again then.
            self._refit.start()

    def keep_room_for_the_figure(self) -> None:
        """The figure keeps at least half the window's width: when the window is made narrower,
        the side panels give up their width in proportion, rather than the map alone."""
        docks = [d for d in (self.search_dock, self.detail_dock) if d.isVisible() and not d.isFloating()]
        central = self.centralWidget()
        if not docks or central is None:
            return
        wanted = int(self.width() * MAP_SHARE)
        short = wanted - central.width()
        if short <= 0:
            return
        widths = [d.width() for d in docks]
        total = sum(widths)
        shrunk = [max(d.minimumSizeHint().width(), w - short * w // total) for d, w in zip(docks, widths, strict=True)]
        self.resizeDocks(docks, shrunk, Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_guard is not None and not self._close_guard():
            event.ignore()
            return
        self.closed.emit()
        super().closeEvent(event)
