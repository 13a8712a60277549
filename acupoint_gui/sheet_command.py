"""``acupoint-gui sheet``: make a point sheet as PDF, or print it, with no display needed."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from .arguments import iso_date, page_size
from .model.problems import DataError


def add_sheet_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "sheet",
        help="make a printable point sheet (PDF or printer)",
        description="Make a point sheet for a routine or a list of points, as a PDF file or on a printer.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--routine", metavar="NAME", help="a built-in routine's id or name")
    which.add_argument("--points", metavar="CODES", help="comma-separated point codes, e.g. BL23,GB30,B54")
    add_output_arguments(parser)
    parser.add_argument("--large-print", action="store_true", help="bigger text for easier reading")
    parser.add_argument("--pregnant", action="store_true", help="mark points to avoid in pregnancy")
    parser.add_argument(
        "--date",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="date printed on the sheet (default: today)",
    )
    parser.add_argument(
        "--partner", action="store_true", help="word it for someone pressing the points for another person"
    )
    add_language_argument(parser, "sheet")
    add_handout_arguments(parser, "sheet")
    parser.set_defaults(handler=run_sheet)


def add_output_arguments(parser: Any) -> None:
    """--output FILE.pdf or --printer NAME (one of them), and --page-size: where a sheet or a
    report goes, on what paper."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--output", type=Path, metavar="FILE.pdf", help="write a PDF file")
    where.add_argument("--printer", metavar="NAME", help="send to this installed printer")
    parser.add_argument(
        "--page-size",
        type=page_size,
        default="auto",
        metavar="{A4,Letter,auto}",
        help="paper size (default: from your locale)",
    )


def add_language_argument(parser: Any, what: str) -> None:
    parser.add_argument(
        "--language",
        type=language_argument,
        default=None,
        metavar="{en,zh_CN}",
        help=f"the {what}'s language (default: your system's)",
    )


def language_argument(value: str) -> str:
    from .model.languages import LANGUAGES, language_named

    language = language_named(value)
    if language is None:
        raise argparse.ArgumentTypeError(f"Acupoint has no {value!r} translation (languages: {', '.join(LANGUAGES)})")
    return language


def add_handout_arguments(parser: Any, what: str) -> None:
    """--practitioner, --client and --note: printed on page 1 of a sheet (from a practitioner,
    for a client) or a report (about the client, for the practitioner)."""
    report = what == "report"
    parser.add_argument(
        "--practitioner",
        default="",
        metavar="TEXT",
        help="your practitioner's name (and contact line), on page 1"
        if report
        else "your name and contact line, on page 1",
    )
    parser.add_argument(
        "--client", default="", metavar="NAME", help="your name, on page 1" if report else "who it is for, on page 1"
    )
    parser.add_argument("--note", default="", metavar="TEXT", help="a short note, on page 1")


def _fail(message: str) -> int:
    print(f"acupoint-gui: {message}", file=sys.stderr)
    return 1


def run_sheet(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from .model.catalog import load_catalog
    from .model.handout import cleaned, handout_problem
    from .model.named_files import output_problem
    from .model.sheet_content import SheetError, sheet_for_points, sheet_for_routine, with_partner_wording

    handout = cleaned(args.practitioner, args.client, args.note)
    problem = handout_problem(handout)
    if problem is None and args.output is not None:
        problem = output_problem(args.output, ".pdf")
    if problem is not None:  # before any work: a wrong name or folder is said at once
        return _fail(problem)
    from .printing.sheet_job import start_language

    start_language(args.language)  # before the catalog and the sheet's words are made
    try:
        catalog = load_catalog()
    except DataError as exc:
        return _fail(str(exc))
    today = args.date or date.today()
    try:
        if args.routine is not None:
            routine = catalog.routine(args.routine)
            if routine is None:
                known = ", ".join(r.id for r in catalog.routines)
                return _fail(f"unknown routine {args.routine!r} (routines: {known})")
            content = sheet_for_routine(
                catalog, routine, today=today, large_print=args.large_print, pregnant=args.pregnant
            )
        else:
            codes = [code.strip() for code in args.points.split(",") if code.strip()]
            if not codes:
                return _fail("--points lists no point codes: give them with commas between, for example BL23,GB30")
            content = sheet_for_points(
                catalog, codes, today=today, large_print=args.large_print, pregnant=args.pregnant
            )
    except SheetError as exc:
        return _fail(str(exc))
    content = replace(content, handout=handout)
    if args.partner:
        content = with_partner_wording(content)

    from .printing.sheet_job import OutputError, print_sheet_to, write_sheet_pdf

    try:
        if args.output is not None:
            pages = write_sheet_pdf(args.output, catalog, content, args.page_size)
            print(f"wrote {args.output} ({pages} page{'s' if pages != 1 else ''})")
        else:
            pages = print_sheet_to(args.printer, catalog, content, args.page_size)
            print(f"sent {pages} page{'s' if pages != 1 else ''} to {args.printer}")
    except OutputError as exc:
        return _fail(str(exc))
    return 0
