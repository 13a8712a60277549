"""``acupoint-gui report``: the progress report for the next visit, as a PDF or on a printer,
made from the session history with no window.

Every mistake in the arguments (a date that is not one, a period that ends before it starts,
a file that cannot be written) is one line and a non-zero exit, before anything is read or
written. With no sessions in the period, it says so in a sentence, writes nothing and exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from .arguments import iso_date
from .sheet_command import add_handout_arguments, add_language_argument, add_output_arguments

HISTORY_NAME = "history.sqlite3"


def add_report_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "report",
        help="make a progress report from your session history (PDF or printer)",
        description=(
            "Make a one- or two-page progress report for your next visit: sessions per week, pain before and "
            "after, the routines used and your notes. By default it covers the last 8 weeks."
        ),
    )
    add_output_arguments(parser)
    parser.add_argument(
        "--from", dest="first", type=iso_date, metavar="YYYY-MM-DD", help="the first day (default: 8 weeks back)"
    )
    parser.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD", help="the last day (default: today)")
    add_language_argument(parser, "report")
    add_handout_arguments(parser, "report")
    parser.set_defaults(handler=run_report)


def _fail(message: str) -> int:
    print(f"acupoint-gui: {message}", file=sys.stderr)
    return 1


def history_file() -> Path:
    """Where the window keeps the history: ``$ACUPOINT_DATA_DIR``, else the app's data folder.
    Nothing is created: a report reads what is there."""
    override = os.environ.get("ACUPOINT_DATA_DIR")
    if override:
        return Path(override) / HISTORY_NAME
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # The same names as the window's, so the same folder (see app/application.py).
    QCoreApplication.setApplicationName("Acupoint")
    QCoreApplication.setOrganizationName("Acupoint")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".acupoint") / HISTORY_NAME


def run_report(args: argparse.Namespace) -> int:
    from .model.handout import cleaned, handout_problem
    from .model.named_files import output_problem
    from .model.progress_report import ReportError, default_period, empty_sentence
    from .printing.sheet_job import start_language

    start_language(args.language)  # before any words are made
    handout = cleaned(args.practitioner, args.client, args.note)
    problem = handout_problem(handout)
    if problem is not None:
        return _fail(problem)
    try:
        first, last = default_period(date.today(), args.first, args.last)
    except ReportError as exc:
        return _fail(str(exc))
    if args.output is not None:
        problem = output_problem(args.output, ".pdf")
    else:
        from .printing.sheet_job import printer_problem

        problem = printer_problem(args.printer)
    if problem is not None:  # before any work: a wrong name, folder or printer is said at once
        return _fail(problem)
    path = history_file()
    if not path.is_file():
        print(empty_sentence(first, last))
        return 0
    import sqlite3

    from .model.history import History
    from .model.progress_report import build_report
    from .model.storage import StorageError

    try:
        with History(path) as history:
            if history.report is not None:
                print(history.report.message, file=sys.stderr)
            content = build_report(
                history, first, last, made=date.today(), routine_points=_routine_points(path.parent), handout=handout
            )
    except (StorageError, sqlite3.Error, OSError) as exc:
        return _fail(f"the session history {path} could not be read: {exc}")
    if not content.sessions:
        print(empty_sentence(first, last))
        return 0
    from .printing.sheet_job import OutputError, print_report_to, write_report_to

    try:
        if args.output is not None:
            pages = write_report_to(args.output, content, args.page_size)
            print(f"wrote {args.output} ({pages} page{'s' if pages != 1 else ''}, {content.sessions} sessions)")
        else:
            pages = print_report_to(args.printer, content, args.page_size)
            print(f"sent {pages} page{'s' if pages != 1 else ''} to {args.printer}")
    except OutputError as exc:
        return _fail(str(exc))
    return 0


def _routine_points(data_dir: Path) -> Mapping[str, Sequence[str]]:
    """Each known routine's points, by id: the built-in ones and the person's own. A report is
    still made, with the routines' names only, when they cannot be read."""
    from .model.catalog import load_catalog
    from .model.problems import DataError
    from .model.routine_file import load_routines

    try:
        catalog = load_catalog()
    except (DataError, OSError):
        return {}
    routines = list(catalog.routines)
    own = data_dir / "routines.yaml"
    if own.is_file():
        with contextlib.suppress(DataError, OSError):
            routines += load_routines(own, catalog.atlas)
    return {routine.id: [step.point for step in routine.steps] for routine in routines}
