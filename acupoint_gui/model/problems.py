"""What is wrong with a data file: every problem with its file, line and field.

Kept apart from the YAML reader so that code which only reports or catches problems does not
import YAML (a normal start uses the cached catalog and never needs it).
"""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong with a data file, printed as ``FILE:LINE: field.path: message``."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        where = self.path or "(file)"
        return f"{self.file}:{self.line}: {where}: {self.message}"


class DataError(Exception):
    """A data file has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
