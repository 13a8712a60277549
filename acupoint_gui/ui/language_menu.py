"""Settings ▸ Language: the system's language, or one Acupoint speaks; it applies at the next start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..model.languages import LANGUAGES


class LanguageMenu(QMenu):
    """Emits :attr:`chosen` with ``""`` (the system's language) or a language such as ``zh_CN``."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self._group = QActionGroup(self)
        self._actions: dict[str, QAction] = {}
        for setting, label in (("", self.tr("The system's language")), *LANGUAGES.items()):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setData(setting)
            self._group.addAction(action)
            self.addAction(action)
            self._actions[setting] = action
            action.triggered.connect(lambda _checked=False, value=setting: self.chosen.emit(value))
        self.addSeparator()
        note = self.addAction(self.tr("Applies when Acupoint next starts"))
        note.setEnabled(False)

    def set_current(self, setting: str) -> None:
        """Tick the saved choice (without emitting)."""
        action = self._actions.get(setting, self._actions[""])
        action.setChecked(True)
