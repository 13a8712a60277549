"""A data file's problems as sentences for a person, rather than ``FILE:LINE: path: message``.

``acupoint-gui check-data`` prints problems as :class:`~.problems.Problem` formats them, for
editors and scripts. A dialog (a shared routines file that cannot be imported, say) names the
file once and then says, line by line, what is wrong in words: "Line 7, routine 1, step 2: The
seconds per side must be between 5 and 300, not 0." YAML's own terse messages ("mapping
values are not allowed in this context") become what to look for. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .problems import Problem

# What each field is called in a sentence.
_FIELDS = {
    "schema": "the format version (schema)",
    "routines": "the list of routines",
    "id": "the id",
    "name": "the name",
    "source": "the source",
    "sources": "the sources",
    "description": "the description",
    "rounds": "the number of rounds",
    "target_minutes": "the target length in minutes",
    "steps": "the list of points (steps)",
    "point": "the point",
    "seconds_per_side": "the seconds per side",
    "instructions": "the instructions",
    "text": "the text",
}

# Items of a list, by the list's name.
_ITEMS = {"routines": "routine", "steps": "step", "instructions": "instruction", "sources": "source"}

# YAML's own messages (libyaml's and PyYAML's wording), and what a person should look for.
_YAML = (
    (
        r"mapping values are not allowed",
        "A colon (:) is out of place. If a name or a text contains “: ”, put it in quotes; "
        "otherwise check that this line is indented like the ones around it.",
    ),
    (r"found character '\\t'", "A tab is used to indent this line: YAML needs spaces."),
    (
        r"found character '(?P<char>.)' that cannot start",
        "A value cannot start with “{char}” unless it is in quotes.",
    ),
    (r"that cannot start any token", "A value starts with a character YAML does not allow: put it in quotes."),
    (
        r"expected '-' indicator|expected key|expected <block end>",
        "The indentation does not line up with the lines above.",
    ),
    (r"expected ',' or '}'", "A “{ … }” is not closed, or a comma is missing between its entries."),
    (r"expected ',' or '\]'", "A “[ … ]” list is not closed, or a comma is missing between its entries."),
    (r"could not find expected ':'", "A line has no colon: each field is written “field: value”."),
    (r"unexpected end of stream", "The file ends too early: a quotation mark or a bracket is not closed."),
    (
        r"undefined alias|anchors and aliases",
        "“&” and “*” (YAML anchors and aliases) are not allowed: write the value out.",
    ),
    (
        r"another document|incompatible YAML document",
        "The file holds more than one YAML document (a line “---”) or another YAML version: keep one.",
    ),
    (r"control characters|unacceptable character", "The file holds a control character that text cannot hold."),
)

_FILE = (
    (r"^file is empty", "The file is empty."),
    (r"^file is binary", "This is not a text file."),
    (r"^file is not UTF-8", "The text is not UTF-8: save the file as UTF-8 text."),
    (r"^file is too large \((?P<detail>.*)\)", "The file is too large ({detail})."),
    (r"^cannot be read: (?P<detail>.*)", "The file cannot be read: {detail}."),
)


def in_words(problem: Problem) -> str:
    """One problem as a sentence that starts with its line: "Line 6, routine 1, step 1: …"."""
    where = ", ".join([f"Line {problem.line}", *_positions(problem.path)])
    return f"{where}: {_sentence(problem)}"


def problems_in_words(problems: Sequence[Problem], shown: int = 15) -> list[str]:
    """The first ``shown`` problems in words, in the order of their lines, and how many more there are."""
    lines = [in_words(p) for p in sorted(problems, key=lambda p: p.line)[:shown]]
    if len(problems) > shown:
        more = len(problems) - shown
        lines.append(f"… and {more} more problem{'' if more == 1 else 's'}.")
    return lines


def _positions(path: str) -> list[str]:
    """``routines[0].steps[1].point`` → ``["routine 1", "step 2"]`` (the field is in the sentence)."""
    return [
        f"{_ITEMS.get(name, name.replace('_', ' '))} {int(index) + 1}"
        for name, index in re.findall(r"(\w+)\[(\d+)\]", path)
    ]


def _field(path: str) -> tuple[str, str]:
    """The field a path ends with, as its key and as words (``""`` for the file itself)."""
    last = path.rsplit(".", 1)[-1]
    match = re.fullmatch(r"(\w+)\[(\d+)\]", last)
    if match:  # an item of a list, already named among the positions: "this step"
        name = match.group(1)
        return name, f"this {_ITEMS.get(name, name.replace('_', ' '))}"
    return last, _FIELDS.get(last, f"“{last}”" if last else "")


def _sentence(problem: Problem) -> str:
    message = problem.message.split("\n", 1)[0].strip()
    key, field = _field(problem.path)
    if message.startswith("not valid YAML"):
        for pattern, words in _YAML:
            match = re.search(pattern, message)
            if match:
                return _fill(words, match)
        return "The file is not valid YAML here (" + message.removeprefix("not valid YAML: ") + ")."
    for pattern, words in _FILE:
        match = re.search(pattern, message)
        if match:
            return _fill(words, match)
    return _capital(_field_sentence(key, field, message))


def _field_sentence(key: str, field: str, message: str) -> str:
    if message == "missing":
        return f"{field} is missing."
    if message == "unknown field":
        return f"“{key}” is not a field Acupoint knows (is it misspelt?)."
    if key == "schema" and (match := re.fullmatch(r"must be between (\S+) and \1, not (\S+)", message)):
        return (
            f"This file is for another version of Acupoint (schema {match.group(2)}; this one reads {match.group(1)})."
        )
    if match := re.fullmatch(r"unknown point '(.*)'", message):
        return f"Acupoint has no point “{match.group(1)}”."
    if match := re.fullmatch(r"unknown source '(.*)'", message):
        return f"Acupoint has no source “{match.group(1)}”."
    if match := re.fullmatch(r"duplicate routine id '(.*)' \(first on line (\d+)\)", message):
        return f"Another routine has the id “{match.group(1)}” (on line {match.group(2)})."
    if match := re.fullmatch(r"duplicate key \(first given on line (\d+)\)", message):
        return f"“{key}” is given twice (first on line {match.group(1)})."
    if message == "map keys must be plain words":
        return "A field name must be a plain word."
    if message.startswith("YAML tag"):
        return "YAML tags (“!!…” or “!…”) are not allowed: write the value plainly."
    if match := re.fullmatch(r"must be a map of fields, not (.*)", message):
        return f"{field or 'The file'} must be a set of fields (such as “name: …”), not {match.group(1)}."
    if message == "must be lowercase letters, digits and hyphens":
        return f"{field} must be lowercase letters, digits and hyphens (such as “my-evening”)."
    return f"{field or 'The file'} {message}."


def _fill(words: str, match: re.Match[str]) -> str:
    """``words`` with each ``{name}`` replaced by what ``match`` found (other braces stay)."""
    for name, value in match.groupdict().items():
        words = words.replace("{" + name + "}", value)
    return words


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
