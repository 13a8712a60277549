"""Help ▸ Safety, Measuring with your fingers, About; and the safety notice on the first run."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..model.points import Atlas
from ..ui import messages
from .settings_keeper import SettingsKeeper


class HelpPresenter(QObject):
    def __init__(
        self, atlas: Atlas, settings: SettingsKeeper, dialog_parent: QWidget, *, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.settings = settings
        self.dialog_parent = dialog_parent

    def show_safety(self, *, first_run: bool = False) -> None:
        from ..ui.safety_dialog import SafetyDialog

        SafetyDialog(self.atlas.safety, self.dialog_parent, first_run=first_run).exec()
        if first_run:
            self.settings.update(safety_acknowledged=True)

    def show_safety_if_first_run(self) -> None:
        if not self.settings.current.safety_acknowledged:
            self.show_safety(first_run=True)

    def show_finger_measures(self) -> None:
        from ..ui.finger_measures import FingerMeasuresDialog

        FingerMeasuresDialog(self.dialog_parent).exec()

    def show_about(self) -> None:
        sources = "\n".join(f"• {s.title}" for s in self.atlas.sources)
        messages.about(
            self.dialog_parent,
            self.tr("About Acupoint"),
            self.tr("Acupoint guides self-acupressure for hip and low back pain.")
            + f"\n\n{self.atlas.safety.evidence}\n\n"
            + self.tr("The point descriptions come from:")
            + f"\n{sources}",
        )
