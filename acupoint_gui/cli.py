"""The ``acupoint-gui`` command: no arguments opens the window; subcommands work headless.

Headless subcommands never import Qt unless they draw something, so ``check-data`` and
``points --json`` work on a machine with no display and start quickly.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    from .arguments import ArgumentParser

    parser = ArgumentParser(
        prog="acupoint-gui",
        description="Guided self-acupressure for hip and low back pain. Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--points",
        dest="window_points",
        type=Path,
        metavar="FILE",
        help="use this points file instead of the bundled one (window only)",
    )
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Acupoint and its icon to your applications menu (for you only), then exit",
    )
    menu.add_argument(
        "--uninstall-desktop-entry", action="store_true", help="remove them from your applications menu, then exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check-data",
        help="check a points or routines file",
        description="Check a points file (or a routines file) and report every problem as FILE:LINE: field: message.",
    )
    check.add_argument("file", nargs="?", type=Path, help="the file to check (default: the bundled data)")
    check.add_argument(
        "--points", dest="against", type=Path, metavar="FILE", help="points file that a routines file refers to"
    )

    points = commands.add_parser(
        "points",
        help="print the point atlas",
        description="Print every point as a table (code, names, pinyin, characters, region), or all of it as JSON.",
    )
    points.add_argument("--json", action="store_true", help="every code, name, text and marker, as JSON")

    from .guide_command import add_guide_parser
    from .render_command import add_render_parser
    from .report_command import add_report_parser
    from .sheet_command import add_sheet_parser
    from .sound_check import add_check_sound_parser

    add_sheet_parser(commands)
    add_report_parser(commands)
    add_render_parser(commands)
    add_guide_parser(commands)
    add_check_sound_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:  # the common case, opening the window: no argument parsing, no YAML, quick start
        from .launch import launch

        return launch(None)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command and args.window_points is not None:
        parser.error(
            f"--points FILE before the command opens the window with another points file; the "
            f"{args.command!r} command does not use it (put it after the command where the command has one)"
        )
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        if args.command or args.window_points:
            parser.error("--install-desktop-entry and --uninstall-desktop-entry take no other arguments")
        from . import desktop_entry

        return desktop_entry.install_command() if args.install_desktop_entry else desktop_entry.uninstall_command()
    try:
        if args.command == "points" and not args.json:
            from .points_command import print_points_table

            return print_points_table()
        if args.command == "check-data":
            return check_data(args.file, args.against)
        if args.command == "points":
            return print_points()
        if args.command in ("render-map", "sheet", "report", "guide", "check-sound"):
            result: int = args.handler(args)
            return result
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    from .launch import launch

    return launch(args.window_points)


def _is_routines_file(path: Path) -> bool:
    try:
        with path.open("rb") as stream:  # the start only: the file may be huge, or /dev/zero
            head = stream.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    return any(line.startswith("routines:") for line in head.splitlines())


def check_data(file: Path | None, against: Path | None) -> int:
    from . import paths
    from .model.catalog import load_catalog
    from .model.find_it_loader import load_find_it
    from .model.loader import load_atlas
    from .model.problems import DataError
    from .model.routine_file import load_routines

    try:
        if file is not None and _is_routines_file(file):
            atlas = load_atlas(against or paths.points_file())
            routines = load_routines(file, atlas)
            print(f"{file}: OK, {len(routines)} routines")
            return 0
        catalog = load_catalog(file)
        find_it = load_find_it(catalog.atlas, file)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        if count > 1:  # one problem is its own line, enough said
            print(f"{count} problems found", file=sys.stderr)
        return 1
    atlas = catalog.atlas
    where = file or paths.points_file()
    print(
        f"{where}: OK, {len(atlas.points)} points, {len(catalog.markers)} markers, "
        f"{len(catalog.routines)} built-in routines, {len(atlas.sources)} sources, "
        f"{len(find_it.figures)} close-ups, {len(find_it.guides)} find-it guides"
    )
    return 0


def print_points() -> int:
    import json

    from .model.catalog import load_catalog
    from .model.export import catalog_to_json
    from .model.find_it_loader import load_find_it
    from .model.problems import DataError

    try:
        catalog = load_catalog()
        find_it = load_find_it(catalog.atlas)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    json.dump(catalog_to_json(catalog, find_it), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
