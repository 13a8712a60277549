"""The routine chooser and the user's own routines: list, summary, add a point, edit, share.

The built-in routines are listed for the first frame; the user's own file (YAML, so not read
before the first frame) is read by :meth:`load_own`. Every change is saved before it is shown,
so what the chooser lists is what is on disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..model.problem_words import problems_in_words
from ..model.problems import DataError
from ..model.routine_library import PointNotAdded, RoutineLibrary
from ..model.routine_limits import name_problem
from ..model.routines import Routine
from ..model.settings import Settings
from ..model.storage import LoadReport, atomic_write_text, describe_write_error
from ..ui import file_dialogs, questions
from ..ui.session_panel import SessionPanel
from .settings_keeper import SettingsKeeper

if TYPE_CHECKING:  # the editor is loaded when it is first opened
    from ..ui.routine_editor import RoutineEditor

MAX_PROBLEMS_SHOWN = 15


class RoutinePresenter(QObject):
    notice = Signal(str)  # a passing word for the status bar
    warning = Signal(str, str)  # title, text: something the user must read
    information = Signal(str, str)  # title, text

    def __init__(
        self,
        panel: SessionPanel,
        library: RoutineLibrary,
        settings: SettingsKeeper,
        *,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.library = library
        self.settings = settings
        self.dialog_parent = dialog_parent
        self._pregnant = settings.current.pregnant
        self._alone = settings.current.alone_only and not settings.current.partner_mode
        panel.show_partner_choices(partner=settings.current.partner_mode, alone=settings.current.alone_only)
        panel.routineChosen.connect(self._describe)
        panel.partnerToggled.connect(lambda on: settings.update(partner_mode=on))
        panel.aloneToggled.connect(lambda on: settings.update(alone_only=on))
        panel.editRequested.connect(self.edit)
        panel.renameRequested.connect(self.rename)
        panel.deleteRequested.connect(self.delete)
        self.refresh(settings.current.last_routine)

    # --- the chooser --------------------------------------------------------------------
    def refresh(self, selected: str | None = None) -> None:
        self.panel.set_routines(self.library.entries(), selected or self.panel.routine_id())

    def _describe(self, routine_id: str) -> None:
        routine = self.library.find(routine_id)
        if routine is None:
            self.panel.show_summary(None)
            self.panel.set_start_allowed(False, self.tr("Choose a routine first."))
            return
        summary = self.library.summary(routine, pregnant=self._pregnant, alone=self._alone)
        self.panel.show_summary(summary)
        if summary.step_count:
            self.panel.set_start_allowed(True)
        elif self._alone and summary.left_out_alone:
            self.panel.set_start_allowed(
                False,
                self.tr(
                    "Nothing to press alone: a partner helps with every point of this routine. "
                    "Untick “Only points I can reach alone”, or choose another routine."
                ),
            )
        elif self._pregnant and routine.steps:
            self.panel.set_start_allowed(
                False,
                self.tr(
                    "Nothing to press: every point of this routine is traditionally avoided in pregnancy. "
                    "Choose another routine."
                ),
            )
        else:
            self.panel.set_start_allowed(False, self.tr("This routine has no points yet: add some with Edit…"))

    def apply_settings(self, settings: Settings) -> None:
        alone = settings.alone_only and not settings.partner_mode
        self.panel.show_partner_choices(partner=settings.partner_mode, alone=settings.alone_only)
        if settings.pregnant != self._pregnant or alone != self._alone:
            self._pregnant, self._alone = settings.pregnant, alone
            self._describe(self.panel.routine_id())

    # --- the user's own routines ------------------------------------------------------------
    def load_own(self) -> LoadReport | None:
        """Read the user's routines file (after the first frame); a damaged one is reported."""
        report = self.library.load_own()
        if self.library.own:  # the built-in ones are listed already
            self.refresh(self.settings.current.last_routine)
        return report

    def save_own(self, routines: tuple[Routine, ...] | list[Routine]) -> bool:
        """Write the user's routines, then adopt them; False (and the user told) when it failed."""
        try:
            self.library.save_own(routines)
        except OSError as exc:
            where = self.library.own_file() or Path("routines.yaml")
            self.warning.emit(self.tr("Routine not saved"), describe_write_error(where, exc))
            return False
        return True

    def add_point(self, code: str) -> None:
        """ "Add to routine" in the point details: to the chosen routine if it is yours, else to
        "My routine"; the status bar says which, or why not."""
        result = self.library.add_point(code, self.panel.routine_id(), pregnant=self._pregnant)
        if isinstance(result, PointNotAdded):
            self.warning.emit(self.tr("Point not added"), result.reason)
            return
        if self.save_own(result.routines):
            self.refresh(result.target.id)
            point = self.library.point(code)
            made = self.tr(" (a new routine)") if result.created else ""
            count = len(result.target.steps)
            self.notice.emit(
                self.tr("Added %1 to “%2”%3; it now has %4.")
                .replace("%1", f"{point.code} {point.name}")
                .replace("%2", result.target.name)
                .replace("%3", made)
                .replace("%4", f"{count} point{'s' if count != 1 else ''}")
            )

    def open_editor(self, routine_id: str) -> RoutineEditor:
        """The editor for ``routine_id`` (yours), a copy of it (built-in) or a new routine (""),
        reviewed by the library as it changes: Save is on only for what can be saved."""
        from ..ui.routine_editor import RoutineEditor

        own = self.library.own_routine(routine_id)
        editor = RoutineEditor(self.library.atlas.points, own, self.dialog_parent)
        if own is None and routine_id:
            # Editing a built-in routine makes your own copy of it.
            builtin = self.library.find(routine_id)
            if builtin is not None:
                editor.start_from(builtin, self.tr("%1 (my copy)").replace("%1", builtin.name))

        def review() -> None:
            editor.show_review(self.library.review(editor.draft(), pregnant=self._pregnant))

        editor.draftChanged.connect(review)
        review()
        return editor

    def edit(self, routine_id: str) -> None:
        editor = self.open_editor(routine_id)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        own = self.library.own_routine(routine_id)
        new = editor.routine(self.library.new_id(editor.routine_name(), own.id if own else None))
        if self.save_own(self.library.with_edited(new)):
            self.refresh(new.id)

    def rename(self, routine_id: str) -> None:
        """Rename one of your routines; its id stays, so its history still finds it."""
        own = self.library.own_routine(routine_id)
        if own is None:  # built-in routines are read-only: the menu does not offer this
            return
        name = questions.ask_routine_name(self.dialog_parent, own.name)
        if name is None or name.strip() == own.name:
            return
        problem = name_problem(name)
        if problem:
            self.warning.emit(self.tr("Routine not renamed"), problem)
            return
        if self.save_own(self.library.renamed(routine_id, name)):
            self.refresh(routine_id)
            self.notice.emit(self.tr("Renamed “%1” to “%2”.").replace("%1", own.name).replace("%2", name.strip()))

    def delete(self, routine_id: str) -> None:
        """Delete one of your routines, once the user confirmed it (Enter cancels)."""
        own = self.library.own_routine(routine_id)
        if own is None or not questions.confirm_delete_routine(self.dialog_parent, own.name):
            return
        if self.save_own(self.library.without(routine_id)):
            self.refresh("")
            self.notice.emit(self.tr("Deleted “%1”.").replace("%1", own.name))

    # --- sharing: File ▸ Import routines… / Export my routines… ---------------------------
    def import_routines(self) -> None:
        path = file_dialogs.ask_open_path(
            self.dialog_parent, self.tr("Import routines"), Path.home(), self.tr("YAML files (*.yaml *.yml)")
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        library = self.library
        try:
            imported = library.read_import(path)
        except DataError as exc:
            count = len(exc.problems)
            heading = (
                self.tr("Nothing was imported from “%1” (in %2): it has a problem.")
                if count == 1
                else self.tr("Nothing was imported from “%1” (in %2): it has %3 problems.")
            )
            shown = "\n\n".join(problems_in_words(exc.problems, MAX_PROBLEMS_SHOWN))
            self.warning.emit(
                self.tr("Routines not imported"),
                heading.replace("%1", path.name).replace("%2", str(path.parent)).replace("%3", str(count))
                + f"\n\n{shown}",
            )
            return
        if not imported:
            self.information.emit(
                self.tr("Routines not imported"),
                self.tr("“%1” holds no routines: nothing was imported.").replace("%1", path.name),
            )
            return
        if self.save_own((*library.own, *imported)):
            self.refresh(imported[0].id)
            names = ", ".join(f"“{r.name}”" for r in imported)
            self.notice.emit(self.tr("Imported %1 from %2.").replace("%1", names).replace("%2", path.name))

    def export_routines(self) -> None:
        if not self.library.own:
            self.information.emit(
                self.tr("No routines of your own"), self.tr("Make a routine first (Session ▸ Edit…), then export it.")
            )
            return
        path = file_dialogs.ask_save_path(
            self.dialog_parent,
            self.tr("Export my routines"),
            Path.home() / "acupoint-routines.yaml",
            self.tr("YAML files (*.yaml)"),
            ".yaml",
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        from ..model.routine_file import routines_to_yaml

        own = self.library.own
        try:
            atomic_write_text(path, routines_to_yaml(own))
        except OSError as exc:
            self.warning.emit(self.tr("Routines not exported"), describe_write_error(path, exc))
            return
        self.notice.emit(self.tr("Saved %1 routine(s) to %2.").replace("%1", str(len(own))).replace("%2", str(path)))
