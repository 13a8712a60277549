"""Help ▸ Your finger widths: the measure and the screen's calibration kept in the settings,
the personal cun ruler saved as a PDF (all or nothing, with the sheet's error sentences)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..model.finger_widths import PersonalMeasure
from ..ui import file_dialogs, messages
from .settings_keeper import SettingsKeeper

if TYPE_CHECKING:
    from ..ui.finger_width_dialog import FingerWidthDialog

# What the dialog starts from before the person has measured (ANATOMY.md: an adult's usual).
USUAL_MM = {"thumb": 20.0, "four-fingers": 72.0}


class FingerWidthPresenter(QObject):
    notice = Signal(str)

    def __init__(self, settings: SettingsKeeper, *, dialog_parent: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dialog_parent = dialog_parent
        self.dialog: FingerWidthDialog | None = None
        self.last_dir = Path.home()

    def make_dialog(self) -> FingerWidthDialog:
        """The dialog as the settings say (the person's measure, this screen's calibration)."""
        from ..ui.finger_width_dialog import FingerWidthDialog

        current = self.settings.current
        key = current.finger_measure
        dialog = FingerWidthDialog(
            key, current.finger_millimetres or USUAL_MM[key], current.card_pixels or None, self.dialog_parent
        )
        dialog.measureChanged.connect(self._measured)
        dialog.calibrationChanged.connect(lambda pixels: self.settings.update(card_pixels=pixels))
        dialog.printRequested.connect(lambda key, millimetres: self.save_ruler(PersonalMeasure(key, millimetres)))
        self.dialog = dialog
        return dialog

    def show_dialog(self) -> None:
        dialog = self.make_dialog()
        dialog.exec()
        self.dialog = None
        dialog.deleteLater()

    def _measured(self, key: str, millimetres: float) -> None:
        """Kept as soon as it is a width a person can have (a mistyped number is not kept)."""
        if PersonalMeasure(key, millimetres).problem() is None:
            self.settings.update(finger_measure=key, finger_millimetres=millimetres)

    def save_ruler(self, person: PersonalMeasure) -> None:
        parent = self.dialog or self.dialog_parent
        path = file_dialogs.ask_save_path(
            parent,
            self.tr("Save your cun ruler as PDF"),
            self.last_dir / self.tr("my-cun-ruler.pdf"),
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if path is not None:
            self.write_ruler(path, person)

    def write_ruler(self, path: Path, person: PersonalMeasure) -> bool:
        from ..printing.output import OutputError, page_size_for, write_ruler_pdf

        try:
            write_ruler_pdf(path, person, page_size_for(self.settings.current.page_size))
        except OutputError as exc:
            messages.warn(self.dialog or self.dialog_parent, self.tr("The ruler was not saved"), str(exc))
            return False
        self.last_dir = path.parent
        self.notice.emit(self.tr("Saved {0}: print it at 100 % (actual size) and check its 50 mm line.").format(path))
        return True
