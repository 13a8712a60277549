"""Acupoint put together: the widgets, the model and one presenter per feature, in one place.

Start-up happens in two steps, so the window is on screen as soon as possible:

* :func:`build_first_frame` makes what the first frame shows: the window with the map, the
  point finder, the point details and the session panel (its routine list), with the user's
  settings applied and the window laid out as it was left.
* :func:`add_features` adds everything else once that frame is painted: sessions, sound,
  the pain log, printing, the tray, reminders, help, and the user's own routines file.

:func:`build_app` does both at once (tests and tools). Presenters are handed only what they
use; they talk to each other through the signals connected here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ..model.catalog import Catalog
from ..model.languages import LANGUAGES
from ..model.routine_library import RoutineLibrary
from ..model.routine_store import RoutineStore
from ..model.search import PointSearch
from ..model.settings import SettingsStore
from ..ui import messages
from ..ui.actions import ActionId
from ..ui.body_map import BodyMapWidget
from ..ui.detail_panel import DetailPanel
from ..ui.main_window import MainWindow
from ..ui.search_panel import SearchPanel
from ..ui.session_panel import SessionPanel
from ..ui.theme import current_theme
from .parts import Acupoint, Features, FirstFrame
from .routine_presenter import RoutinePresenter
from .selection_presenter import SelectionPresenter
from .settings_keeper import SettingsKeeper
from .window_layout import restore_layout, save_layout

if TYPE_CHECKING:  # made after the first frame, and imported then
    from .tray_presenter import TrayPresenter


def build_first_frame(catalog: Catalog, data_dir: Path) -> FirstFrame:
    settings_store = SettingsStore(data_dir / "settings.json")
    loaded, settings_report = settings_store.load()
    settings = SettingsKeeper(settings_store, loaded)
    library = RoutineLibrary(
        catalog.atlas, catalog.routines, store=RoutineStore(data_dir / "routines.yaml", catalog.atlas)
    )
    theme = current_theme()
    body_map = BodyMapWidget(catalog, theme)
    search = SearchPanel(PointSearch(catalog.atlas), catalog.atlas.points)
    details = DetailPanel(catalog.atlas, theme)
    session_panel = SessionPanel()
    window = MainWindow(body_map, search, details, session_panel)
    settings.setParent(window)
    selection = SelectionPresenter(
        catalog.atlas, body_map, search, details, library.avoided_in_pregnancy(), parent=window
    )
    routines = RoutinePresenter(session_panel, library, settings, dialog_parent=window, parent=window)
    selection.pointShown.connect(lambda _code: window.show_details())
    routines.notice.connect(window.show_notice)
    routines.warning.connect(lambda title, text: messages.warn(window, title, text))
    routines.information.connect(lambda title, text: messages.inform(window, title, text))
    settings.changed.connect(selection.apply_settings)
    settings.changed.connect(routines.apply_settings)
    settings.saveFailed.connect(
        lambda text: messages.warn(window, QCoreApplication.translate("Startup", "Settings not saved"), text)
    )
    details.addToRoutineRequested.connect(routines.add_point)

    a = window.actions_by_id
    a[ActionId.QUIT].triggered.connect(window.close)
    a[ActionId.FIND].triggered.connect(window.show_search)
    a[ActionId.ZOOM_IN].triggered.connect(lambda: body_map.current_view().zoom_in())
    a[ActionId.ZOOM_OUT].triggered.connect(lambda: body_map.current_view().zoom_out())
    a[ActionId.ZOOM_FIT].triggered.connect(lambda: body_map.current_view().fit())
    a[ActionId.VIEW_FRONT_BACK].triggered.connect(lambda: body_map.show_page("front-back"))
    a[ActionId.VIEW_SIDE].triggered.connect(lambda: body_map.show_page("side"))
    a[ActionId.VIEW_SOLE].triggered.connect(lambda: body_map.show_page("sole"))
    a[ActionId.CLEAR_SELECTION].triggered.connect(selection.clear)
    a[ActionId.IMPORT_ROUTINES].triggered.connect(routines.import_routines)
    a[ActionId.EXPORT_ROUTINES].triggered.connect(routines.export_routines)
    # The window opens as it was left (size, docks, warnings on the map), rather than open one
    # way and jump to another a moment later.
    current = settings.current
    a[ActionId.PREGNANT].setChecked(current.pregnant)
    a[ActionId.REDUCED_MOTION].setChecked(current.reduced_motion)
    a[ActionId.SHOW_LANDMARKS].setChecked(current.show_landmarks)
    body_map.show_landmarks(current.show_landmarks)
    selection.apply_settings(current)
    a[ActionId.PREGNANT].toggled.connect(lambda on: settings.update(pregnant=on))
    a[ActionId.REDUCED_MOTION].toggled.connect(lambda on: settings.update(reduced_motion=on))
    a[ActionId.SHOW_LANDMARKS].toggled.connect(body_map.show_landmarks)
    a[ActionId.SHOW_LANDMARKS].toggled.connect(lambda on: settings.update(show_landmarks=on))
    window.language_menu.set_current(current.language)
    window.language_menu.chosen.connect(lambda language: _language_chosen(window, settings, language))
    # Session ▸ I am pressing for someone else, and the session panel's box: one setting.
    a[ActionId.PARTNER_MODE].setChecked(current.partner_mode)
    a[ActionId.PARTNER_MODE].toggled.connect(lambda on: settings.update(partner_mode=on))
    settings.changed.connect(lambda changed: a[ActionId.PARTNER_MODE].setChecked(changed.partner_mode))
    restore_layout(window, current)
    # The session panel is as tall as its contents (compact until a session starts), whatever
    # height it had when the window was last closed; the point details take the rest.
    window.fit_session_panel()
    window.closed.connect(lambda: save_layout(window, settings))
    return FirstFrame(
        catalog,
        window,
        body_map,
        search,
        details,
        session_panel,
        settings,
        settings_report,
        library,
        selection,
        routines,
    )


def add_features(
    first: FirstFrame,
    catalog: Catalog,
    data_dir: Path,
    cache_dir: Path,
    *,
    ask_pain: bool = True,
) -> Features:
    from ..printing.fonts import register_bundled_fonts
    from ..ui.tray import SessionTray
    from .cue_presenter import CuePresenter
    from .find_it_wiring import add_find_it
    from .help_presenter import HelpPresenter
    from .history_presenter import HistoryPresenter
    from .partner_presenter import PartnerPresenter
    from .practice_presenter import PracticePresenter
    from .print_presenter import PrintPresenter
    from .reminders_presenter import RemindersPresenter
    from .report_presenter import ReportPresenter
    from .session_presenter import SessionPresenter
    from .session_runner import SessionRunner
    from .sound import CuePlayer
    from .tray_presenter import TrayPresenter

    # Chinese names appear only in the point details and on sheets, never in the first frame.
    register_bundled_fonts()
    window, settings, library, panel = first.window, first.settings, first.library, first.session_panel
    parent: QObject = window
    runner = SessionRunner(parent=parent)
    sessions = SessionPresenter(panel, runner, library, settings, dialog_parent=window, parent=parent)
    cues = CuePresenter(CuePlayer(cache_dir, parent), runner, panel, settings, catalog.atlas, parent=parent)
    history = HistoryPresenter(data_dir / "history.sqlite3", runner, window, ask_pain=ask_pain, parent=parent)
    printing = PrintPresenter(catalog, library, first.details, panel, settings, dialog_parent=window, parent=parent)
    tray = TrayPresenter(SessionTray(parent), runner, window, catalog.atlas, parent=parent)
    reminders = RemindersPresenter(settings, runner, window, parent=parent)
    help_ = HelpPresenter(catalog.atlas, settings, window, parent=parent)
    find_it = add_find_it(first, catalog, runner, say=cues.player.say, parent=parent)  # close-ups, guides
    report = ReportPresenter(
        lambda: history.history,
        library,
        page_size=lambda: settings.current.page_size,
        dialog_parent=window,
        parent=parent,
    )

    for presenter in (cues, history, printing, report):
        presenter.notice.connect(window.show_notice)
    for presenter in (history, printing, report):
        presenter.warning.connect(lambda title, text: messages.warn(window, title, text))
    report.information.connect(lambda title, text: messages.inform(window, title, text))
    practice = PracticePresenter(catalog, lambda: history.history, dialog_parent=window, parent=parent)
    practice.notice.connect(window.show_notice)
    practice.warning.connect(lambda title, text: messages.warn(window, title, text))
    partner = PartnerPresenter(panel, catalog, settings, parent=parent)
    sessions.stepShown.connect(partner.show_step)
    settings.changed.connect(partner.apply_settings)
    tray.set_presser(sessions.presser())
    settings.changed.connect(lambda _changed: tray.set_presser(sessions.presser()))
    sessions.starting.connect(history.begin)
    sessions.stepShown.connect(first.selection.follow_step)
    sessions.activeChanged.connect(_session_active_changed(first))
    reminders.remind.connect(lambda text: _remind(tray, window, text))

    a = window.actions_by_id
    a[ActionId.START_SESSION].triggered.connect(lambda: sessions.start(panel.routine_id()))
    a[ActionId.PAUSE_SESSION].triggered.connect(runner.toggle_pause)
    a[ActionId.PREVIOUS_STEP].triggered.connect(runner.previous)
    a[ActionId.SKIP_STEP].triggered.connect(runner.skip)
    a[ActionId.STOP_SESSION].triggered.connect(runner.stop)
    a[ActionId.BREATHING].triggered.connect(sessions.edit_breathing)
    a[ActionId.PRINT].triggered.connect(printing.print_preview)
    a[ActionId.EXPORT_PDF].triggered.connect(printing.export_pdf)
    a[ActionId.PROGRESS_REPORT].triggered.connect(report.show_dialog)
    a[ActionId.HISTORY].triggered.connect(history.show_history)
    a[ActionId.PRACTICE_FIND].triggered.connect(practice.show_practice)
    a[ActionId.PRACTICE_PROGRESS].triggered.connect(practice.show_progress)
    a[ActionId.REMINDERS].triggered.connect(reminders.edit)
    a[ActionId.SAFETY].triggered.connect(help_.show_safety)
    a[ActionId.FINGER_MEASURES].triggered.connect(help_.show_finger_measures)
    a[ActionId.ABOUT].triggered.connect(help_.show_about)
    routines_report = first.routines.load_own()
    return Features(runner, sessions, cues, history, printing, tray, reminders, help_, routines_report, find_it)


def _language_chosen(window: MainWindow, settings: SettingsKeeper, language: str) -> None:
    """Settings ▸ Language: saved now, used from the next start (the words of every open window,
    the catalog and the sheets are made in one language, once)."""
    if language == settings.current.language:
        return
    settings.update(language=language)
    name = LANGUAGES.get(language) or QCoreApplication.translate("Startup", "the system's language")
    messages.inform(
        window,
        QCoreApplication.translate("Startup", "Language"),
        QCoreApplication.translate("Startup", "Acupoint will be in {language} the next time it starts.").format(
            language=name
        ),
    )


def _remind(tray: TrayPresenter, window: MainWindow, text: str) -> None:
    """A tray message when there is a tray; otherwise the status bar, where the window is."""
    if not tray.notify(text):
        window.show_notice(text, 10 * 60 * 1000)


def _session_active_changed(first: FirstFrame) -> Callable[[bool], None]:
    def changed(active: bool) -> None:
        first.window.show_session_running(active)
        first.body_map.set_session_active(active)
        if not active:
            first.selection.session_ended()

    return changed


def tell_startup_problems(first: FirstFrame, features: Features) -> None:
    """Once the window is on screen: what was damaged and moved aside, then the first-run notice."""
    from datetime import date

    from .find_it_wiring import note_first_use

    window = first.window
    if features.routines_report is not None:
        messages.warn(
            window,
            QCoreApplication.translate("Startup", "Your routines file was damaged"),
            features.routines_report.message,
        )
    if first.settings_report is not None:
        messages.warn(
            window, QCoreApplication.translate("Startup", "Settings were reset"), first.settings_report.message
        )
    features.history.tell_problems()
    features.cues.check_devices()
    features.help.show_safety_if_first_run()
    note_first_use(first.settings, date.today())  # a session offers the find-it guide for a week


def build_app(catalog: Catalog, data_dir: Path, cache_dir: Path, *, ask_pain: bool = False) -> Acupoint:
    """The whole app at once, without showing the window (tests and tools)."""
    first = build_first_frame(catalog, data_dir)
    return Acupoint(first, add_features(first, catalog, data_dir, cache_dir, ask_pain=ask_pain))
