"""When a session shows how to find a point before it is pressed: the rule, without Qt.

*Settings ▸ Show how to find each point* is "auto" until the person changes it: on during the
first week after Acupoint first opened (``first_used``), then off, since by then the points
are familiar. "on" and "off" are the person's own choice and stay.

In a session the guide is offered before the first press of each point (the first of its
steps: a bilateral point's left side), once per session: going back to a step, or the right
side after the left, does not offer it again.
"""

from __future__ import annotations

from datetime import date, timedelta

from .settings import Settings

FIRST_WEEK = timedelta(days=7)


def guide_offered(settings: Settings, today: date) -> bool:
    """Whether a session offers the find-it guide before each point's first press."""
    if settings.guide_in_sessions != "auto":
        return settings.guide_in_sessions == "on"
    if not settings.first_used:
        return False  # the window has not opened yet (tools and tests build the app without it)
    try:
        first = date.fromisoformat(settings.first_used)
    except ValueError:
        return False
    return today < first + FIRST_WEEK


class GuideOffers:
    """The points of one session whose guide was offered already."""

    def __init__(self) -> None:
        self._offered: set[str] = set()

    def first_press(self, code: str) -> bool:
        """True the first time a session reaches ``code`` (and remembers it), False afterwards."""
        if code in self._offered:
            return False
        self._offered.add(code)
        return True
