"""One typo forgiven: which words of a small vocabulary are a single slip away from a query word.

A slip is one letter left out, one added, one wrong, or two neighbours swapped ("siatica",
"shenshou", "kidny", "sicatica"). Only words of ``MIN_TYPO_LENGTH`` letters or more are forgiven:
in a short word one slip is a different word ("hip", "hop"), and codes (BL23) must be exact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

MIN_TYPO_LENGTH = 5
# A word being typed is matched against the start of a longer word, so "siati" already finds
# "sciatica"; a start shorter than this would match too much.
_SHORTEST_START = MIN_TYPO_LENGTH - 1


def one_slip_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are equal or differ by one letter left out, added, changed, or
    by two neighbouring letters swapped."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    shortest = min(la, lb)
    while i < shortest and a[i] == b[i]:
        i += 1
    if la > lb:
        return a[i + 1 :] == b[i:]
    if la < lb:
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def forgivable(word: str) -> bool:
    """Whether a query word is long enough, and word-like enough, to be matched with a typo."""
    return len(word) >= MIN_TYPO_LENGTH and word.isalpha()


class TypoIndex:
    """Words and the starts of words (4 letters or more), each with the keys of the things that
    contain them; ``keys_near(word)`` is every key with a word one slip from ``word``."""

    def __init__(self) -> None:
        self._by_length: dict[int, dict[str, set[int]]] = defaultdict(dict)

    def add(self, key: int, words: Iterable[str]) -> None:
        for word in words:
            if not word.isalpha() or len(word) < _SHORTEST_START:
                continue
            for end in range(_SHORTEST_START, len(word) + 1):
                start = word[:end]
                self._by_length[end].setdefault(start, set()).add(key)

    def keys_near(self, word: str) -> set[int]:
        found: set[int] = set()
        length = len(word)
        for size in (length - 1, length, length + 1):
            for candidate, keys in self._by_length.get(size, {}).items():
                if one_slip_apart(word, candidate):
                    found |= keys
        return found
