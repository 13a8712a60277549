"""What start-up made, as named records: for start-up itself, tests and tools.

No presenter is handed these; each gets only the pieces it uses (see :mod:`.startup`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..model.catalog import Catalog
from ..model.routine_library import RoutineLibrary
from ..model.settings import Settings
from ..model.storage import LoadReport
from ..ui.body_map import BodyMapWidget
from ..ui.detail_panel import DetailPanel
from ..ui.main_window import MainWindow
from ..ui.search_panel import SearchPanel
from ..ui.session_panel import SessionPanel
from .routine_presenter import RoutinePresenter
from .selection_presenter import SelectionPresenter
from .settings_keeper import SettingsKeeper

if TYPE_CHECKING:  # made after the first frame, and imported then
    from .closeup_presenter import CloseupPresenter
    from .cue_presenter import CuePresenter
    from .finger_width_presenter import FingerWidthPresenter
    from .help_presenter import HelpPresenter
    from .history_presenter import HistoryPresenter
    from .print_presenter import PrintPresenter
    from .reminders_presenter import RemindersPresenter
    from .session_closeup_presenter import SessionCloseupPresenter
    from .session_presenter import SessionPresenter
    from .session_runner import SessionRunner
    from .tray_presenter import TrayPresenter


class FindItPresenters(NamedTuple):
    """Find it on your own body (issue 15), made after the first frame by ``add_find_it``."""

    closeups: CloseupPresenter
    sessions: SessionCloseupPresenter
    finger_widths: FingerWidthPresenter


class FirstFrame(NamedTuple):
    catalog: Catalog
    window: MainWindow
    body_map: BodyMapWidget
    search: SearchPanel
    details: DetailPanel
    session_panel: SessionPanel
    settings: SettingsKeeper
    settings_report: LoadReport | None
    library: RoutineLibrary
    selection: SelectionPresenter
    routines: RoutinePresenter


class Features(NamedTuple):
    runner: SessionRunner
    sessions: SessionPresenter
    cues: CuePresenter
    history: HistoryPresenter
    printing: PrintPresenter
    tray: TrayPresenter
    reminders: RemindersPresenter
    help: HelpPresenter
    routines_report: LoadReport | None
    find_it: FindItPresenters  # close-ups, the guide, finger widths (issue 15)


class Acupoint(NamedTuple):
    """The whole app, for tests and tools; no presenter is handed this."""

    first: FirstFrame
    features: Features

    @property
    def window(self) -> MainWindow:
        return self.first.window

    @property
    def catalog(self) -> Catalog:
        return self.first.catalog

    @property
    def runner(self) -> SessionRunner:
        return self.features.runner

    @property
    def settings(self) -> Settings:
        return self.first.settings.current
