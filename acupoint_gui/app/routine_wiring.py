"""The user's routines: edit, import and export (validated, with clear errors)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..model.problems import DataError
from ..model.routine_file import routines_to_yaml
from ..model.routine_store import unique_id
from ..model.storage import atomic_write_text
from ..ui.actions import ActionId

if TYPE_CHECKING:
    from .controller import AppController


class RoutineWiring(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        self.app = app
        app.session_dock.editRequested.connect(self.edit)
        app.window.actions_by_id[ActionId.IMPORT_ROUTINES].triggered.connect(self.import_routines)
        app.window.actions_by_id[ActionId.EXPORT_ROUTINES].triggered.connect(self.export_routines)

    def edit(self, routine_id: str) -> None:
        app = self.app
        from ..ui.routine_editor import RoutineEditor

        own = next((r for r in app.user_routines if r.id == routine_id), None)
        editor = RoutineEditor(app.catalog.atlas.points, own, app.window)
        if own is None and routine_id:
            # Editing a built-in routine makes your own copy of it.
            builtin = next((r for r in app.catalog.routines if r.id == routine_id), None)
            if builtin is not None:
                editor.start_from(builtin, f"{builtin.name} (my copy)")
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        taken = {r.id for r in app.all_routines()} - ({own.id} if own else set())
        new = editor.routine(own.id if own else unique_id(editor.name.text(), taken))
        routines = [new if r.id == new.id else r for r in app.user_routines]
        if own is None:
            routines.append(new)
        if app.save_user_routines(routines):
            app.refresh_routines(new.id)

    def import_routines(self) -> None:
        app = self.app
        name, _ = QFileDialog.getOpenFileName(
            app.window, "Import routines", str(Path.home()), "YAML files (*.yaml *.yml)"
        )
        if not name:
            return
        try:
            imported = app.routine_store.import_file(Path(name), app.user_routines)
        except DataError as exc:
            shown = "\n".join(str(p) for p in exc.problems[:15])
            more = f"\n… and {len(exc.problems) - 15} more." if len(exc.problems) > 15 else ""
            QMessageBox.warning(
                app.window, "Routines not imported", f"Nothing was imported. The file has problems:\n\n{shown}{more}"
            )
            return
        if app.save_user_routines([*app.user_routines, *imported]):
            app.refresh_routines(imported[0].id if imported else None)
            app.window.statusBar().showMessage(f"Imported {len(imported)} routine(s).", 6000)

    def export_routines(self) -> None:
        app = self.app
        if not app.user_routines:
            QMessageBox.information(
                app.window, "No routines of your own", "Make a routine first (Session ▸ Edit…), then export it."
            )
            return
        name, _ = QFileDialog.getSaveFileName(
            app.window, "Export my routines", str(Path.home() / "acupoint-routines.yaml"), "YAML files (*.yaml)"
        )
        if not name:
            return
        try:
            atomic_write_text(Path(name), routines_to_yaml(app.user_routines))
        except OSError as exc:
            QMessageBox.warning(app.window, "Routines not exported", f"Could not write {name}: {exc}")
