"""Open the window: check the system first, then hand over to the Qt app layer."""

from __future__ import annotations

import sys
from pathlib import Path

from .qt_check import problem_before_start


def launch(points_path: Path | None = None) -> int:
    if points_path is not None:  # a file that cannot even be opened is said here, not in a window
        from .model.named_files import input_problem

        if problem := input_problem(points_path):
            print(f"acupoint-gui: {problem}", file=sys.stderr)
            return 2
    problem = problem_before_start()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from .app.application import run

    return run(points_path)
