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
from .wording import QT_TRANSLATE_NOOP, Words, fill


class ProblemWords(Words):
    """A data file's problems in a person's words (the dialog for a routines file)."""


# What each field is called in a sentence.
_FIELDS = {
    "schema": QT_TRANSLATE_NOOP("ProblemWords", "the format version (schema)"),
    "routines": QT_TRANSLATE_NOOP("ProblemWords", "the list of routines"),
    "id": QT_TRANSLATE_NOOP("ProblemWords", "the id"),
    "name": QT_TRANSLATE_NOOP("ProblemWords", "the name"),
    "source": QT_TRANSLATE_NOOP("ProblemWords", "the source"),
    "sources": QT_TRANSLATE_NOOP("ProblemWords", "the sources"),
    "description": QT_TRANSLATE_NOOP("ProblemWords", "the description"),
    "rounds": QT_TRANSLATE_NOOP("ProblemWords", "the number of rounds"),
    "target_minutes": QT_TRANSLATE_NOOP("ProblemWords", "the target length in minutes"),
    "steps": QT_TRANSLATE_NOOP("ProblemWords", "the list of points (steps)"),
    "point": QT_TRANSLATE_NOOP("ProblemWords", "the point"),
    "seconds_per_side": QT_TRANSLATE_NOOP("ProblemWords", "the seconds per side"),
    "instructions": QT_TRANSLATE_NOOP("ProblemWords", "the instructions"),
    "text": QT_TRANSLATE_NOOP("ProblemWords", "the text"),
}

# Items of a list, by the list's name: numbered ("routine 1") and pointed at ("this step"), as a sentence says them.
_NUMBERED = {
    "routines": QT_TRANSLATE_NOOP("ProblemWords", "routine %1"),
    "steps": QT_TRANSLATE_NOOP("ProblemWords", "step %1"),
    "instructions": QT_TRANSLATE_NOOP("ProblemWords", "instruction %1"),
    "sources": QT_TRANSLATE_NOOP("ProblemWords", "source %1"),
}
_THIS = {
    "routines": QT_TRANSLATE_NOOP("ProblemWords", "this routine"),
    "steps": QT_TRANSLATE_NOOP("ProblemWords", "this step"),
    "instructions": QT_TRANSLATE_NOOP("ProblemWords", "this instruction"),
    "sources": QT_TRANSLATE_NOOP("ProblemWords", "this source"),
}

# YAML's own messages (libyaml's and PyYAML's wording), and what a person should look for.
_YAML = (
    (
        r"mapping values are not allowed",
        QT_TRANSLATE_NOOP(
            "ProblemWords",
            "A colon (:) is out of place. If a name or a text contains “: ”, put it in quotes; "
            "otherwise check that this line is indented like the ones around it.",
        ),
    ),
    (
        r"found character '\\t'",
        QT_TRANSLATE_NOOP("ProblemWords", "A tab is used to indent this line: YAML needs spaces."),
    ),
    (
        r"found character '(?P<char>.)' that cannot start",
        QT_TRANSLATE_NOOP("ProblemWords", "A value cannot start with “{char}” unless it is in quotes."),
    ),
    (
        r"that cannot start any token",
        QT_TRANSLATE_NOOP("ProblemWords", "A value starts with a character YAML does not allow: put it in quotes."),
    ),
    (
        r"expected '-' indicator|expected key|expected <block end>",
        QT_TRANSLATE_NOOP("ProblemWords", "The indentation does not line up with the lines above."),
    ),
    (
        r"expected ',' or '}'",
        QT_TRANSLATE_NOOP("ProblemWords", "A “{ … }” is not closed, or a comma is missing between its entries."),
    ),
    (
        r"expected ',' or '\]'",
        QT_TRANSLATE_NOOP("ProblemWords", "A “[ … ]” list is not closed, or a comma is missing between its entries."),
    ),
    (
        r"could not find expected ':'",
        QT_TRANSLATE_NOOP("ProblemWords", "A line has no colon: each field is written “field: value”."),
    ),
    (
        r"unexpected end of stream",
        QT_TRANSLATE_NOOP("ProblemWords", "The file ends too early: a quotation mark or a bracket is not closed."),
    ),
    (
        r"undefined alias|anchors and aliases",
        QT_TRANSLATE_NOOP(
            "ProblemWords", "“&” and “*” (YAML anchors and aliases) are not allowed: write the value out."
        ),
    ),
    (
        r"another document|incompatible YAML document",
        QT_TRANSLATE_NOOP(
            "ProblemWords",
            "The file holds more than one YAML document (a line “---”) or another YAML version: keep one.",
        ),
    ),
    (
        r"control characters|unacceptable character",
        QT_TRANSLATE_NOOP("ProblemWords", "The file holds a control character that text cannot hold."),
    ),
)

_FILE = (
    (r"^file is empty", QT_TRANSLATE_NOOP("ProblemWords", "The file is empty.")),
    (r"^file is binary", QT_TRANSLATE_NOOP("ProblemWords", "This is not a text file.")),
    (r"^file is not UTF-8", QT_TRANSLATE_NOOP("ProblemWords", "The text is not UTF-8: save the file as UTF-8 text.")),
    (r"^file is too large \((?P<detail>.*)\)", QT_TRANSLATE_NOOP("ProblemWords", "The file is too large ({detail}).")),
    (r"^cannot be read: (?P<detail>.*)", QT_TRANSLATE_NOOP("ProblemWords", "The file cannot be read: {detail}.")),
)


def in_words(problem: Problem) -> str:
    """One problem as a sentence that starts with its line: "Line 6, routine 1, step 1: …"."""
    places = [fill(ProblemWords.tr("Line %1"), problem.line), *_positions(problem.path)]
    where = ProblemWords.tr(", ", "between the places of a problem: line, routine, step").join(places)
    return fill(ProblemWords.tr("%1: %2", "a problem's place, then the problem"), where, _sentence(problem))


def problems_in_words(problems: Sequence[Problem], shown: int = 15) -> list[str]:
    """The first ``shown`` problems in words, in the order of their lines, and how many more there are."""
    lines = [in_words(p) for p in sorted(problems, key=lambda p: p.line)[:shown]]
    if len(problems) > shown:
        more = len(problems) - shown
        lines.append(ProblemWords.tr("… and %n more problem(s).", "", more))
    return lines


def _positions(path: str) -> list[str]:
    """``routines[0].steps[1].point`` → ``["routine 1", "step 2"]`` (the field is in the sentence)."""
    return [
        fill(ProblemWords.tr(_NUMBERED[name]), int(index) + 1)
        if name in _NUMBERED
        else f"{name.replace('_', ' ')} {int(index) + 1}"
        for name, index in re.findall(r"(\w+)\[(\d+)\]", path)
    ]


def _field(path: str) -> tuple[str, str]:
    """The field a path ends with, as its key and as words (``""`` for the file itself)."""
    last = path.rsplit(".", 1)[-1]
    match = re.fullmatch(r"(\w+)\[(\d+)\]", last)
    if match:  # an item of a list, already named among the positions: "this step"
        name = match.group(1)
        return name, ProblemWords.tr(_THIS[name]) if name in _THIS else f"this {name.replace('_', ' ')}"
    known = _FIELDS.get(last)
    return last, ProblemWords.tr(known) if known else (f"“{last}”" if last else "")


def _sentence(problem: Problem) -> str:
    message = problem.message.split("\n", 1)[0].strip()
    key, field = _field(problem.path)
    if message.startswith("not valid YAML"):
        for pattern, words in _YAML:
            match = re.search(pattern, message)
            if match:
                return _fill(ProblemWords.tr(words), match)
        return fill(ProblemWords.tr("The file is not valid YAML here (%1)."), message.removeprefix("not valid YAML: "))
    for pattern, words in _FILE:
        match = re.search(pattern, message)
        if match:
            return _fill(ProblemWords.tr(words), match)
    return _capital(_field_sentence(key, field, message))


def _field_sentence(key: str, field: str, message: str) -> str:
    if message == "missing":
        return fill(ProblemWords.tr("%1 is missing."), field)
    if message == "unknown field":
        return fill(ProblemWords.tr("“%1” is not a field Acupoint knows (is it misspelt?)."), key)
    if key == "schema" and (match := re.fullmatch(r"must be between (\S+) and \1, not (\S+)", message)):
        return fill(
            ProblemWords.tr("This file is for another version of Acupoint (schema %1; this one reads %2)."),
            match.group(2),
            match.group(1),
        )
    if match := re.fullmatch(r"unknown point '(.*)'", message):
        return fill(ProblemWords.tr("Acupoint has no point “%1”."), match.group(1))
    if match := re.fullmatch(r"unknown source '(.*)'", message):
        return fill(ProblemWords.tr("Acupoint has no source “%1”."), match.group(1))
    if match := re.fullmatch(r"duplicate routine id '(.*)' \(first on line (\d+)\)", message):
        return fill(ProblemWords.tr("Another routine has the id “%1” (on line %2)."), match.group(1), match.group(2))
    if match := re.fullmatch(r"duplicate key \(first given on line (\d+)\)", message):
        return fill(ProblemWords.tr("“%1” is given twice (first on line %2)."), key, match.group(1))
    if message == "map keys must be plain words":
        return ProblemWords.tr("A field name must be a plain word.")
    if message.startswith("YAML tag"):
        return ProblemWords.tr("YAML tags (“!!…” or “!…”) are not allowed: write the value plainly.")
    whole = field or ProblemWords.tr("The file")
    if match := re.fullmatch(r"must be a map of fields, not (.*)", message):
        return fill(ProblemWords.tr("%1 must be a set of fields (such as “name: …”), not %2."), whole, match.group(1))
    if message == "must be lowercase letters, digits and hyphens":
        return fill(ProblemWords.tr("%1 must be lowercase letters, digits and hyphens (such as “my-evening”)."), field)
    if match := re.fullmatch(r"must be between (\S+) and (\S+), not (\S+)", message):
        return fill(ProblemWords.tr("%1 must be between %2 and %3, not %4."), whole, *match.groups())
    if message == "must not be empty":
        return fill(ProblemWords.tr("%1 must not be empty."), whole)
    return f"{whole} {message}."  # the checker's own words (English): a rarer problem


def _fill(words: str, match: re.Match[str]) -> str:
    """``words`` with each ``{name}`` replaced by what ``match`` found (other braces stay)."""
    for name, value in match.groupdict().items():
        words = words.replace("{" + name + "}", value)
    return words


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
