"""Numbered references for a text that cites sources: [1], [2] … in the order first cited, and
the full titles listed once at the end (as in any article), instead of a title after every line."""

from __future__ import annotations

from collections.abc import Iterable

from .points import Atlas


class Citations:
    """Gives each source a number the first time it is cited; ``listed()`` is the reference list."""

    def __init__(self, atlas: Atlas) -> None:
        self._atlas = atlas
        self._numbers: dict[str, int] = {}

    def cite(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        """The numbers of ``source_ids``, in the order given (a source cited before keeps its number)."""
        numbers = []
        for source_id in source_ids:
            if source_id not in self._numbers:
                self._numbers[source_id] = len(self._numbers) + 1
            numbers.append(self._numbers[source_id])
        return tuple(numbers)

    def title(self, source_id: str) -> str:
        """A source's full title, or its id when the atlas does not list it."""
        try:
            return self._atlas.source(source_id).title
        except KeyError:
            return source_id

    def listed(self) -> list[tuple[int, str]]:
        """Every source cited so far as (number, full title), in number order."""
        return [(number, self.title(source_id)) for source_id, number in self._numbers.items()]


def marks(numbers: tuple[int, ...]) -> str:
    """``(1, 3)`` → ``"[1, 3]"``; no numbers, no mark."""
    return f"[{', '.join(str(n) for n in sorted(set(numbers)))}]" if numbers else ""
