"""Every menu and toolbar action in one place, keyed by an enum, with standard shortcuts."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..model.wording import QT_TRANSLATE_NOOP


class ActionId(Enum):
    PRINT = auto()
    EXPORT_PDF = auto()
    PROGRESS_REPORT = auto()
    IMPORT_ROUTINES = auto()
    EXPORT_ROUTINES = auto()
    QUIT = auto()
    FIND = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_FIT = auto()
    SHOW_LANDMARKS = auto()
    VIEW_FRONT_BACK = auto()
    VIEW_SIDE = auto()
    VIEW_SOLE = auto()
    CLEAR_SELECTION = auto()
    PREGNANT = auto()
    REDUCED_MOTION = auto()
    BREATHING = auto()
    REMINDERS = auto()
    HISTORY = auto()
    PRACTICE_FIND = auto()
    PRACTICE_PROGRESS = auto()
    START_SESSION = auto()
    PARTNER_MODE = auto()
    PAUSE_SESSION = auto()
    PREVIOUS_STEP = auto()
    SKIP_STEP = auto()
    STOP_SESSION = auto()
    SAFETY = auto()
    FINGER_MEASURES = auto()
    ABOUT = auto()
    GUIDE_IN_SESSIONS = auto()
    FINGER_WIDTHS = auto()


# Shortcuts are kept as enums and strings: a QKeySequence needs the application to exist.
_SPECS: dict[ActionId, tuple[str, QKeySequence.StandardKey | str | None, bool]] = {
    ActionId.PRINT: (QT_TRANSLATE_NOOP("Actions", "&Print…"), QKeySequence.StandardKey.Print, False),
    ActionId.EXPORT_PDF: (QT_TRANSLATE_NOOP("Actions", "&Export sheet as PDF…"), "Ctrl+E", False),
    ActionId.PROGRESS_REPORT: (QT_TRANSLATE_NOOP("Actions", "Progress &report…"), None, False),
    ActionId.IMPORT_ROUTINES: (QT_TRANSLATE_NOOP("Actions", "&Import routines…"), None, False),
    ActionId.EXPORT_ROUTINES: (QT_TRANSLATE_NOOP("Actions", "E&xport my routines…"), None, False),
    ActionId.QUIT: (QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit, False),
    ActionId.FIND: (QT_TRANSLATE_NOOP("Actions", "&Find a point"), QKeySequence.StandardKey.Find, False),
    ActionId.ZOOM_IN: (QT_TRANSLATE_NOOP("Actions", "Zoom &in"), QKeySequence.StandardKey.ZoomIn, False),
    ActionId.ZOOM_OUT: (QT_TRANSLATE_NOOP("Actions", "Zoom &out"), QKeySequence.StandardKey.ZoomOut, False),
    ActionId.ZOOM_FIT: (QT_TRANSLATE_NOOP("Actions", "&Fit to window"), "Ctrl+0", False),
    ActionId.SHOW_LANDMARKS: (QT_TRANSLATE_NOOP("Actions", "Show &landmarks"), "Ctrl+L", True),
    ActionId.VIEW_FRONT_BACK: (QT_TRANSLATE_NOOP("Actions", "Front and &back"), "Ctrl+1", False),
    ActionId.VIEW_SIDE: (QT_TRANSLATE_NOOP("Actions", "&Side"), "Ctrl+2", False),
    ActionId.VIEW_SOLE: (QT_TRANSLATE_NOOP("Actions", "S&ole of the foot"), "Ctrl+3", False),
    ActionId.CLEAR_SELECTION: (QT_TRANSLATE_NOOP("Actions", "&Clear selection"), None, False),
    ActionId.PREGNANT: (QT_TRANSLATE_NOOP("Actions", "I am &pregnant"), None, True),
    ActionId.REDUCED_MOTION: (QT_TRANSLATE_NOOP("Actions", "&Reduce motion"), None, True),
    ActionId.BREATHING: (QT_TRANSLATE_NOOP("Actions", "&Breathing pattern…"), None, False),
    ActionId.REMINDERS: (QT_TRANSLATE_NOOP("Actions", "Daily &reminders…"), None, False),
    ActionId.HISTORY: (QT_TRANSLATE_NOOP("Actions", "Session &history and pain log…"), "Ctrl+H", False),
    ActionId.PRACTICE_FIND: (QT_TRANSLATE_NOOP("Actions", "&Find the point…"), "Ctrl+T", False),
    ActionId.PRACTICE_PROGRESS: (QT_TRANSLATE_NOOP("Actions", "My &progress…"), None, False),
    ActionId.START_SESSION: (QT_TRANSLATE_NOOP("Actions", "&Start the routine"), None, False),
    ActionId.PARTNER_MODE: (QT_TRANSLATE_NOOP("Actions", "I am pressing for &someone else"), None, True),
    ActionId.PAUSE_SESSION: (QT_TRANSLATE_NOOP("Actions", "&Pause or resume"), "Space", False),
    ActionId.PREVIOUS_STEP: (QT_TRANSLATE_NOOP("Actions", "P&revious step"), "Left", False),
    ActionId.SKIP_STEP: (QT_TRANSLATE_NOOP("Actions", "S&kip to the next step"), "Right", False),
    ActionId.STOP_SESSION: (QT_TRANSLATE_NOOP("Actions", "S&top the session"), "Esc", False),
    ActionId.SAFETY: (QT_TRANSLATE_NOOP("Actions", "&Safety and when to see a doctor"), "F1", False),
    ActionId.FINGER_MEASURES: (QT_TRANSLATE_NOOP("Actions", "&Measuring with your fingers"), None, False),
    ActionId.ABOUT: (QT_TRANSLATE_NOOP("Actions", "&About Acupoint"), None, False),
    ActionId.GUIDE_IN_SESSIONS: (QT_TRANSLATE_NOOP("Actions", "Show how to &find each point"), None, True),
    ActionId.FINGER_WIDTHS: (QT_TRANSLATE_NOOP("Actions", "Your finger &widths…"), None, False),
}


# Keys that belong to a running session (and to the map the rest of the time).
SESSION_KEYS = (ActionId.PAUSE_SESSION, ActionId.PREVIOUS_STEP, ActionId.SKIP_STEP, ActionId.STOP_SESSION)


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for action_id, (text, shortcut, checkable) in _SPECS.items():
        action = QAction(QCoreApplication.translate("Actions", text), parent)
        action.setObjectName(f"action{action_id.name.title().replace('_', '')}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        actions[action_id] = action
    return actions
