"""Wires the widgets to the model: selection, search, settings, and the window's state."""

from __future__ import annotations

import base64
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from ..model.catalog import Catalog
from ..model.points import Pregnancy
from ..model.routine_store import RoutineStore, unique_id
from ..model.routines import DEFAULT_TARGET_MINUTES, Routine, RoutineStep
from ..model.search import PointSearch
from ..model.settings import Settings, SettingsStore
from ..model.storage import LoadReport
from ..ui.actions import ActionId
from ..ui.body_map import BodyMapWidget
from ..ui.detail_panel import DetailPanel
from ..ui.main_window import MainWindow
from ..ui.search_panel import SearchPanel
from ..ui.session_dock import SessionDock
from ..ui.theme import current_theme
from . import messages
from .session_controller import SessionController
from .session_wiring import SessionWiring
from .user_paths import user_data_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from .cue_wiring import CueWiring
    from .history_wiring import HistoryWiring
    from .print_wiring import PrintWiring
    from .routine_wiring import RoutineWiring
    from .tray_wiring import TrayWiring

MY_ROUTINE_NAME = "My routine"


class AppController(QObject):
    # Made by finish_setup(), right after the first paint when the app starts for real.
    print_wiring: PrintWiring
    cue_wiring: CueWiring
    history_wiring: HistoryWiring
    tray_wiring: TrayWiring
    routine_wiring: RoutineWiring

    def __init__(self, catalog: Catalog, *, ask_pain: bool = False, defer_setup: bool = False) -> None:
        super().__init__()
        self.catalog = catalog
        self.data_dir = user_data_dir()
        self.settings_store = SettingsStore(self.data_dir / "settings.json")
        self.settings, self.settings_report = self.settings_store.load()
        self.routine_store = RoutineStore(self.data_dir / "routines.yaml", catalog.atlas)
        # Read in finish_setup: the user's routines file needs YAML, which the first paint does not.
        self.user_routines: list[Routine] = []
        self.routines_report: LoadReport | None = None
        theme = current_theme()
        self.search = PointSearch(catalog.atlas)
        self.body_map = BodyMapWidget(catalog, theme)
        self.search_panel = SearchPanel(self.search, catalog.atlas.points)
        self.detail = DetailPanel(catalog.atlas, theme)
        self.window = MainWindow(self.body_map, self.search_panel, self.detail)
        self.session_dock = SessionDock()
        self.window.session_dock = self.window.add_dock(
            "sessionDock", "Session", self.session_dock, Qt.DockWidgetArea.RightDockWidgetArea, scrolling=True
        )
        self.window.splitDockWidget(self.window.session_dock, self.window.detail_dock, Qt.Orientation.Vertical)
        # The map keeps at least half of a small window; the docks take their full width on a large one.
        width = self.window.width()
        self.window.resizeDocks(
            [self.window.search_dock, self.window.detail_dock],
            [min(270, int(width * 0.2)), min(380, int(width * 0.3))],
            Qt.Orientation.Horizontal,
        )
        self.window.view_menu.addAction(self.window.session_dock.toggleViewAction())
        self.session = SessionController(catalog, parent=self)
        self.session_wiring = SessionWiring(self, self.session_dock, self.session)
        self._set_tab_order()
        self.ask_pain = ask_pain
        self.quitting = False
        self.setup_done = False
        self.shown = False
        self._wire()
        self.refresh_routines()
        # Before the first frame, so the window opens as it was left (size, docks, warnings on
        # the map), instead of opening one way and jumping to another a moment later.
        self._apply_settings(self.settings)
        self._restore_window()
        # The session panel is as tall as its contents (compact until a session starts), whatever
        # height it had when the window was last closed; the point details take the rest.
        self.window.share_dock_height(self.window.session_dock, self.window.detail_dock)
        if not defer_setup:
            self.finish_setup()

    def finish_setup(self) -> None:
        """What the first paint does not need: printing, sound, history, tray, routine files."""
        if self.setup_done:
            return
        from .cue_wiring import CueWiring
        from .fonts import register_bundled_fonts
        from .history_wiring import HistoryWiring
        from .print_wiring import PrintWiring
        from .routine_wiring import RoutineWiring
        from .tray_wiring import TrayWiring

        # Chinese names appear only in the detail panel and on sheets, never in the first frame.
        register_bundled_fonts()
        self.print_wiring = PrintWiring(self)
        self.cue_wiring = CueWiring(self)
        self.history_wiring = HistoryWiring(self, ask_pain=self.ask_pain)
        self.tray_wiring = TrayWiring(self)
        self.routine_wiring = RoutineWiring(self)
        self.user_routines, self.routines_report = self.routine_store.load()
        if self.user_routines:  # the built-in ones are listed already
            self.refresh_routines()
        self.setup_done = True

    # --- wiring -----------------------------------------------------------------------
    def _set_tab_order(self) -> None:
        """Tab follows the window as it is read: search on the left, the map, then the right
        column from the top (session, then point details), instead of the order the widgets
        happened to be made in."""
        search, session, detail = self.search_panel, self.session_dock, self.detail
        chain: list[QWidget] = [search.box, search.region, search.symptom, search.results, self.body_map]
        chain += [session.routine, session.edit_button, session.start_button, *session.controls()]
        chain += [session.sound, session.voice, session.volume, detail.browser, detail.add_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        a = self.window.actions_by_id
        self.body_map.pointActivated.connect(self.show_point)
        self.body_map.cleared.connect(self.clear_selection)
        self.search_panel.pointChosen.connect(lambda code: self.show_point(code, None))
        self.search_panel.filterChanged.connect(self.body_map.set_filter)
        a[ActionId.QUIT].triggered.connect(self.window.close)
        a[ActionId.FIND].triggered.connect(self._focus_search)
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self.body_map.current_view().zoom_in())
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self.body_map.current_view().zoom_out())
        a[ActionId.ZOOM_FIT].triggered.connect(lambda: self.body_map.current_view().fit())
        a[ActionId.VIEW_FRONT_BACK].triggered.connect(lambda: self.body_map.show_page("front-back"))
        a[ActionId.VIEW_SIDE].triggered.connect(lambda: self.body_map.show_page("side"))
        a[ActionId.VIEW_SOLE].triggered.connect(lambda: self.body_map.show_page("sole"))
        a[ActionId.SHOW_LANDMARKS].toggled.connect(self._set_show_landmarks)
        a[ActionId.CLEAR_SELECTION].triggered.connect(self.clear_selection)
        a[ActionId.PREGNANT].toggled.connect(self._set_pregnant)
        a[ActionId.REDUCED_MOTION].toggled.connect(lambda on: self.update_settings(reduced_motion=on))
        a[ActionId.BREATHING].triggered.connect(self.edit_breathing)
        a[ActionId.SAFETY].triggered.connect(lambda: self.show_safety(first_run=False))
        a[ActionId.FINGER_MEASURES].triggered.connect(self.show_finger_measures)
        a[ActionId.ABOUT].triggered.connect(self._about)
        self.window.closing.connect(self._on_close)
        self.detail.addToRoutineRequested.connect(self.add_to_routine)

    def after_show(self) -> None:
        """Once, when the window is first on screen: the deferred setup and any start-up messages."""
        if self.shown:
            return
        self.shown = True
        self.finish_setup()
        self.history_wiring.after_show()
        # text that wrapped at the panel's real width (a large font) may need more room
        self.window.share_dock_height(self.window.session_dock, self.window.detail_dock, only_if_cramped=True)
        if self.routines_report is not None:
            report = self.routines_report
            QTimer.singleShot(0, lambda: messages.warn(self.window, "Your routines file was damaged", report.message))
        if self.settings_report is not None:
            QTimer.singleShot(
                0,
                lambda: messages.warn(
                    self.window, "Settings were reset", self.settings_report.message if self.settings_report else ""
                ),
            )
        if not self.settings.safety_acknowledged:
            QTimer.singleShot(0, lambda: self.show_safety(first_run=True))

    # --- behaviour --------------------------------------------------------------------
    def show_point(self, code: str, side: str | None) -> None:
        point = self.catalog.atlas.find(code)
        if point is None:
            return
        self.body_map.select(point.code, side)
        self.body_map.emphasise_landmarks(point.landmarks_used)
        self.search_panel.show_selected(point.code)
        self.detail.show_point(point, side)
        self.window.detail_dock.show()
        self.window.detail_dock.raise_()

    def clear_selection(self) -> None:
        self.body_map.select(None)
        self.search_panel.show_selected(None)
        self.body_map.emphasise_landmarks(())
        self.detail.show_point(None)

    def _focus_search(self) -> None:
        self.window.search_dock.show()
        self.search_panel.box.setFocus()
        self.search_panel.box.selectAll()

    def contraindicated_codes(self) -> set[str]:
        return {p.code for p in self.catalog.atlas.points if p.pregnancy is Pregnancy.CONTRAINDICATED}

    def _set_pregnant(self, pregnant: bool) -> None:
        self.update_settings(pregnant=pregnant)
        self.body_map.set_warned(self.contraindicated_codes() if pregnant else set())
        self.search_panel.set_warned(self.contraindicated_codes() if pregnant else set())
        self.session_wiring.refresh_summary()
        self.detail.set_pregnant(pregnant)

    def _set_show_landmarks(self, visible: bool) -> None:
        self.body_map.show_landmarks(visible)
        self.update_settings(show_landmarks=visible)

    def show_safety(self, *, first_run: bool) -> None:
        from ..ui.safety_dialog import SafetyDialog

        dialog = SafetyDialog(self.catalog.atlas.safety, self.window, first_run=first_run)
        dialog.exec()
        if first_run:
            self.update_settings(safety_acknowledged=True)

    def show_finger_measures(self) -> None:
        from ..ui.finger_measures import FingerMeasuresDialog

        FingerMeasuresDialog(self.window).exec()

    def edit_breathing(self) -> None:
        from ..ui.breathing_dialog import BreathingDialog

        dialog = BreathingDialog(self.session_wiring.pattern(), self.window)
        if dialog.exec() == BreathingDialog.DialogCode.Accepted:
            p = dialog.pattern()
            self.update_settings(
                breathing_inhale=p.inhale,
                breathing_hold_in=p.hold_in,
                breathing_exhale=p.exhale,
                breathing_hold_out=p.hold_out,
            )

    def _about(self) -> None:
        sources = "\n".join(f"• {s.title}" for s in self.catalog.atlas.sources)
        messages.about(
            self.window,
            "About Acupoint",
            "Acupoint guides self-acupressure for hip and low back pain.\n\n"
            f"{self.catalog.atlas.safety.evidence}\n\nThe point descriptions come from:\n{sources}",
        )

    # --- routines ---------------------------------------------------------------------
    def all_routines(self) -> list[Routine]:
        return [*self.catalog.routines, *self.user_routines]

    def refresh_routines(self, selected: str | None = None) -> None:
        entries = [(r.id, r.name) for r in self.catalog.routines] + [
            (r.id, f"{r.name} (yours)") for r in self.user_routines
        ]
        self.session_dock.set_routines(entries, selected or self.settings.last_routine)

    def save_user_routines(self, routines: list[Routine]) -> bool:
        try:
            self.routine_store.save(routines)
        except OSError as exc:
            messages.warn(
                self.window, "Routine not saved", f"Could not save your routines to {self.routine_store.path}: {exc}"
            )
            return False
        self.user_routines = routines
        return True

    def add_to_routine(self, code: str) -> None:
        """Add a point to the routine chosen in the dock if it is yours, else to "My routine"."""
        point = self.catalog.atlas.point(code)
        chosen = next((r for r in self.user_routines if r.id == self.session_dock.routine_id()), None)
        if chosen is None:
            chosen = next((r for r in self.user_routines if r.name == MY_ROUTINE_NAME), None)
        step = RoutineStep(point.code, point.technique.seconds_per_side)
        if chosen is None:
            taken = {r.id for r in self.all_routines()}
            new = Routine(
                unique_id(MY_ROUTINE_NAME, taken),
                MY_ROUTINE_NAME,
                None,
                "Points you added from the map.",
                (step,),
                target_minutes=DEFAULT_TARGET_MINUTES,
            )
            routines = [*self.user_routines, new]
            target = new
        else:
            target = Routine(
                chosen.id,
                chosen.name,
                chosen.source,
                chosen.description,
                (*chosen.steps, step),
                chosen.rounds,
                chosen.target_minutes,
            )
            routines = [target if r.id == chosen.id else r for r in self.user_routines]
        if self.save_user_routines(routines):
            self.refresh_routines(target.id)
            self.window.statusBar().showMessage(f"Added {point.code} {point.name} to “{target.name}”.", 6000)

    # --- settings and window state ----------------------------------------------------
    def update_settings(self, **changes: object) -> None:
        try:
            self.settings = self.settings_store.update(**changes)
        except OSError as exc:
            messages.warn(self.window, "Settings not saved", f"Could not save settings: {exc}")

    def _apply_settings(self, settings: Settings) -> None:
        a = self.window.actions_by_id
        a[ActionId.PREGNANT].setChecked(settings.pregnant)
        a[ActionId.REDUCED_MOTION].setChecked(settings.reduced_motion)
        a[ActionId.SHOW_LANDMARKS].setChecked(settings.show_landmarks)
        self._set_pregnant(settings.pregnant)

    def _restore_window(self) -> None:
        try:
            if self.settings.window_geometry:
                self.window.restoreGeometry(QByteArray(base64.b64decode(self.settings.window_geometry)))
            if self.settings.window_state:
                self.window.restoreState(QByteArray(base64.b64decode(self.settings.window_state)))
        except ValueError:
            pass  # a damaged value: keep the default layout

    def save_window_state(self) -> None:
        geometry = base64.b64encode(bytes(self.window.saveGeometry().data())).decode("ascii")
        state = base64.b64encode(bytes(self.window.saveState().data())).decode("ascii")
        self.update_settings(window_geometry=geometry, window_state=state)

    def _on_close(self, event: QCloseEvent) -> None:
        if self.session.is_active() and not self.quitting and self.setup_done:
            choice = self.tray_wiring.ask_close()
            if choice == "cancel":
                event.ignore()
                return
            if choice == "tray":
                self.save_window_state()
                self.window.hide()
                event.ignore()
                return
            self.session.stop()
        self.save_window_state()
        event.accept()
