"""Run a start-up benchmark child and end the process the moment it reports its first frame.

    python bench/stop_at_first_frame.py -m acupoint_gui
    python bench/stop_at_first_frame.py path/to/script.py

Used by ``bench/run.py --instructions``: counting instructions with callgrind must stop at the
first frame, without the deferred setup and tear-down that follow it. The children report with
``print("first-frame ...")`` (``ACUPOINT_EXIT_AFTER_FIRST_PAINT=1`` for the app).
"""

from __future__ import annotations

import builtins
import os
import runpy
import sys
from typing import Any

_print = builtins.print


def _print_then_stop_at_first_frame(*args: Any, **kwargs: Any) -> None:
    _print(*args, **kwargs)
    if args and str(args[0]).startswith("first-frame"):
        sys.stdout.flush()
        os._exit(0)


def main() -> None:
    builtins.print = _print_then_stop_at_first_frame
    if sys.argv[1] == "-m":
        sys.argv = [sys.argv[2]]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[1:]
        runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    main()
