"""The command line's parser and argument types: a mistake in the arguments is one line on
standard error and exit status 2, never a usage block or a traceback."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import NoReturn

PAGE_SIZES = {"a4": "A4", "letter": "Letter", "auto": "auto"}
_INVALID_CHOICE = re.compile(r"argument (?P<name>\S+): invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)$")


class ArgumentParser(argparse.ArgumentParser):
    """``argparse`` with one-line errors; subcommand parsers are made of the same class."""

    def error(self, message: str) -> NoReturn:
        text = " ".join(message.split())
        choice = _INVALID_CHOICE.match(text)
        if choice:
            what = "command" if choice["name"] == "COMMAND" else choice["name"]
            choices = choice["choices"].replace("'", "")
            text = f"unknown {what} {choice['value']} (choose from {choices})"
        text = text.replace("unrecognized arguments:", "not understood:")
        self.exit(2, f"{self.prog}: {text}. See '{self.prog} --help'.\n")


def iso_date(text: str) -> date:
    """``--date``: a calendar date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: write it as YYYY-MM-DD, for example 2026-03-01"
        ) from None


def page_size(text: str) -> str:
    """``--page-size``: A4, Letter or auto, in any case."""
    try:
        return PAGE_SIZES[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a paper size Acupoint knows: use A4, Letter or auto"
        ) from None
