"""The user's own routines: one YAML file in their data directory, written atomically.

A damaged file is moved aside (never deleted) and reported; the app starts with no user
routines rather than crashing.
"""

from __future__ import annotations

from pathlib import Path

from .points import Atlas
from .problems import DataError
from .routines import Routine
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
            return list(load_routines(self.path, self.atlas)), None
        except DataError as exc:
            backup = backup_corrupt(self.path)
            message = f"Your routines file could not be read, so it was moved aside to {backup}.\n\n" + "\n".join(
                str(p) for p in exc.problems[:10]
            )
            return [], LoadReport(self.path, backup, message)

    def save(self, routines: list[Routine]) -> None:
        from .routine_file import routines_to_yaml

        atomic_write_text(self.path, routines_to_yaml(r._replace(builtin=False) for r in routines))

    def import_file(self, path: Path, existing: list[Routine]) -> list[Routine]:
        """Routines from an exported file, renamed where their id is taken; raises DataError."""
        from .routine_file import load_routines

        imported = list(load_routines(path, self.atlas))
        taken = {r.id for r in existing}
        result = []
        for routine in imported:
            new_id = routine.id
            counter = 2
            while new_id in taken:
                new_id = f"{routine.id}-{counter}"
                counter += 1
            taken.add(new_id)
            result.append(routine._replace(id=new_id, builtin=False))
        return result


def unique_id(name: str, taken: set[str]) -> str:
    from .routine_file import slug

    base = slug(name)
    candidate, counter = base, 2
    while candidate in taken:
        candidate = f"{base}-{counter}"
        counter += 1
    return candidate
