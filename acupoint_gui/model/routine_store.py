"""The user's own routines: one YAML file in their data directory, written atomically.

A damaged file is moved aside (never deleted) and reported; the app starts with no user
routines rather than crashing.
"""

from __future__ import annotations

from pathlib import Path

from .points import Atlas
from .problem_words import problems_in_words
from .problems import DataError
from .routine_limits import EARLIER_LIMITS
from .routines import Routine, unique_id
from .storage import LoadReport, atomic_write_text, backup_corrupt


class RoutineStore:
    def __init__(self, path: Path, atlas: Atlas) -> None:
        self.path = path
        self.atlas = atlas

    def load(self) -> tuple[list[Routine], LoadReport | None]:
        if not self.path.exists():
            return [], None
        from .routine_file import load_routines  # YAML only when there is a file to read

        try:
            # What an earlier version saved is still yours: its wider bounds are read, not refused.
            return list(load_routines(self.path, self.atlas, limits=EARLIER_LIMITS)), None
        except DataError as exc:
            backup = backup_corrupt(self.path)
            message = f"Your routines file could not be read, so it was moved aside to {backup}.\n\n" + "\n".join(
                problems_in_words(exc.problems, 10)
            )
            return [], LoadReport(self.path, backup, message)

    def save(self, routines: list[Routine]) -> None:
        from .routine_file import routines_to_yaml

        atomic_write_text(self.path, routines_to_yaml(r._replace(builtin=False) for r in routines))

    def import_file(self, path: Path, existing: list[Routine]) -> list[Routine]:
        """Routines from an exported file, renamed where their id is taken; raises DataError."""
        from .routine_file import load_routines

        taken = {r.id for r in existing}
        result = []
        for routine in load_routines(path, self.atlas):
            new_id = unique_id(routine.id, taken)
            taken.add(new_id)
            result.append(routine._replace(id=new_id, builtin=False))
        return result
