"""The user's settings while the app runs: one copy, saved on every change, changes announced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..model.settings import Settings, SettingsStore


class SettingsKeeper(QObject):
    """Presenters read :attr:`current`, change it with :meth:`update` and follow :attr:`changed`.

    A change that cannot be written (disk full, folder gone) still takes effect for this run;
    :attr:`saveFailed` says why, once per reason, so the user is told and nothing crashes.
    """

    changed = Signal(Settings)
    saveFailed = Signal(str)

    def __init__(self, store: SettingsStore, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current = settings
        self._told = ""

    def update(self, **changes: Any) -> Settings:
        before = self.current
        try:
            self.current = self.store.update(**changes)
        except OSError as exc:
            self.current = self.current._replace(**changes)
            self.store.current = self.current
            reason = self.tr("Your settings could not be saved to %1: %2.").replace("%1", str(self.store.path))
            reason = reason.replace("%2", str(exc.strerror or exc))
            if reason != self._told:
                self._told = reason
                self.saveFailed.emit(reason)
        if self.current != before:
            self.changed.emit(self.current)
        return self.current
