"""``acupoint-gui points`` without ``--json``: the atlas as a table to read in a terminal."""

from __future__ import annotations

import sys


def print_points_table() -> int:
    from .model.catalog import load_catalog
    from .model.points_table import points_table
    from .model.problems import DataError

    try:
        catalog = load_catalog()
    except DataError as exc:
        print(f"acupoint-gui: {exc}", file=sys.stderr)
        return 1
    for line in points_table(catalog.atlas):
        print(line)
    return 0
