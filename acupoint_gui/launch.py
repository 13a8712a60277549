"""Open the window: check the system first, then hand over to the Qt app layer."""

from __future__ import annotations

import sys
from pathlib import Path

from .qt_check import problem_before_start


def launch(points_path: Path | None = None) -> int:
    problem = problem_before_start()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from .app.application import run

    return run(points_path)
