"""Who a sheet or report is for, and from: the practitioner's name and contact line, the
client's name and a note, printed on page 1. No Qt.

Each line is checked before anything is drawn (:func:`handout_problem`): a name that would not
fit on a line, or text with control characters, is said in one sentence.
"""

from __future__ import annotations

from typing import NamedTuple

MAX_PRACTITIONER = 160  # "Dr Ann Lee, Acupuncture Clinic, 01234 567890, ann@example.org"
MAX_CLIENT = 80
MAX_NOTE = 600  # a few lines on page 1, not a letter
MAX_NOTE_LINES = 6


class Handout(NamedTuple):
    """What a practitioner adds to a sheet or report; every part may be empty."""

    practitioner: str = ""  # name and contact line, as one line
    client: str = ""
    note: str = ""

    def is_empty(self) -> bool:
        return not (self.practitioner or self.client or self.note)


NO_HANDOUT = Handout()


def _control(text: str, allow_newlines: bool) -> bool:
    allowed = "\n" if allow_newlines else ""
    return any((ord(c) < 32 or 0x7F <= ord(c) < 0xA0) and c not in allowed for c in text)


def handout_problem(handout: Handout) -> str | None:
    """Why ``handout`` cannot be printed, in a sentence naming the part; ``None`` when it can."""
    for what, text, limit in (
        ("The practitioner line", handout.practitioner, MAX_PRACTITIONER),
        ("The client's name", handout.client, MAX_CLIENT),
        ("The note", handout.note, MAX_NOTE),
    ):
        if len(text) > limit:
            return f"{what} is too long ({len(text)} characters; at most {limit})"
        if _control(text, allow_newlines=what == "The note"):
            return f"{what} holds a control character (a tab or an escape, say): write plain text"
    if handout.note.count("\n") >= MAX_NOTE_LINES:
        return f"The note has too many lines (at most {MAX_NOTE_LINES})"
    return None


def cleaned(practitioner: str = "", client: str = "", note: str = "") -> Handout:
    """The parts as typed, without leading or trailing spaces (and blank note lines)."""
    lines = [line.strip() for line in note.strip().splitlines()]
    return Handout(" ".join(practitioner.split()), " ".join(client.split()), "\n".join(line for line in lines if line))


def handout_lines(handout: Handout, *, about_client: bool = False) -> list[tuple[str, str]]:
    """What page 1 shows, as (label, text) pairs, in order; nothing for an empty part. A sheet
    is for the client, from the practitioner; a report (``about_client``) is about the client."""
    lines = []
    if handout.client:
        lines.append(("Client" if about_client else "For", handout.client))
    if handout.practitioner:
        lines.append(("Practitioner" if about_client else "From", handout.practitioner))
    if handout.note:
        lines.append(("Note", handout.note))
    return lines
