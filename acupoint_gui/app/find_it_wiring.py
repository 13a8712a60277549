"""Find it on your own body, put together (issue 15): the close-ups and the guide in the
window, during sessions, and Help ▸ Your finger widths.

:func:`add_find_it` is called by :func:`~.startup.add_features`, after the first frame: it
makes the three presenters and connects their signals and menu actions. Nothing here reads
the close-ups or the guides; the presenters do, when first asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from ..model.catalog import Catalog
from ..model.guide_offer import guide_offered
from ..ui.actions import ActionId
from ..ui.theme import current_theme
from .closeup_presenter import CloseupPresenter
from .finger_width_presenter import FingerWidthPresenter
from .parts import FindItPresenters, FirstFrame
from .session_closeup_presenter import SessionCloseupPresenter
from .session_runner import SessionRunner
from .settings_keeper import SettingsKeeper


def add_find_it(
    first: FirstFrame,
    catalog: Catalog,
    runner: SessionRunner,
    *,
    say: Callable[[str], None],
    today: Callable[[], date] = date.today,
    parent: QObject,
) -> FindItPresenters:
    window, settings = first.window, first.settings
    closeups = CloseupPresenter(
        catalog.atlas,
        catalog.points_path,
        catalog.figures,
        first.details,
        first.body_map,
        settings=settings,
        place=window.place_closeups,
        theme=current_theme(),
        say=say,
        parent=parent,
    )
    sessions = SessionCloseupPresenter(closeups, runner, settings, catalog.atlas, say=say, today=today, parent=parent)
    finger_widths = FingerWidthPresenter(settings, dialog_parent=window, parent=parent)
    for presenter in (closeups, finger_widths):
        presenter.notice.connect(window.show_notice)
    closeups.pointChosen.connect(first.selection.show_point)
    first.selection.pointShown.connect(closeups.follow_point)
    settings.changed.connect(closeups.apply_settings)

    a = window.actions_by_id
    a[ActionId.FINGER_WIDTHS].triggered.connect(finger_widths.show_dialog)
    # The guide's own Reduce motion box changes the setting: the menu follows.
    settings.changed.connect(lambda s: a[ActionId.REDUCED_MOTION].setChecked(s.reduced_motion))
    offer = a[ActionId.GUIDE_IN_SESSIONS]
    offer.setToolTip(
        QCoreApplication.translate(
            "FindItWiring", "In a session, show how to find each point before you first press it (the timer waits)"
        )
    )
    offer.setChecked(guide_offered(settings.current, today()))
    settings.changed.connect(lambda s: offer.setChecked(guide_offered(s, today())))
    # triggered, not toggled: only the person's own click turns "auto" into "on" or "off".
    offer.triggered.connect(lambda on: settings.update(guide_in_sessions="on" if on else "off"))
    return FindItPresenters(closeups, sessions, finger_widths)


def note_first_use(settings: SettingsKeeper, today: date) -> None:
    """The day the window first opened: the guide is offered in sessions for a week after it."""
    if not settings.current.first_used:
        settings.update(first_used=today.isoformat())
