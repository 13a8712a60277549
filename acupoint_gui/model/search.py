"""Find points by code, alias, name, pinyin (with or without tones), characters or symptom.

Built once per atlas; each keystroke is a scan over a few hundred short normalised strings,
well under a millisecond (see ``bench/``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .points import Atlas, Point, normalise_code

# How good a match is; lower sorts first.
EXACT_CODE, CODE_PREFIX, NAME_START, NAME_WORD, TEXT = range(5)

REGION_LABELS: dict[str, str] = {
    "low-back": "Low back",
    "hip": "Hip",
    "leg": "Leg",
    "foot": "Foot",
    "hand": "Hand",
    "abdomen": "Abdomen",
    "shoulder-blade": "Shoulder blade",
}


def fold(text: str) -> str:
    """Lowercase, without tone marks or accents: ``"Shènshū"`` → ``"shenshu"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class SearchFilter(NamedTuple):
    """Which points a search or a browse choice leaves in view; ``active`` False means all."""

    active: bool
    codes: frozenset[str]

    def allowed(self) -> frozenset[str] | None:
        """The codes to show at full strength, or None for every point."""
        return self.codes if self.active else None


class SearchHit(NamedTuple):
    point: Point
    rank: int
    matched: str


class _Entry(NamedTuple):
    point: Point
    codes: tuple[str, ...]  # normalised code and aliases
    names: tuple[str, ...]  # folded English names, the articles' labels, pinyin, characters
    text: str  # folded indications and region, for symptom words


class PointSearch:
    def __init__(self, atlas: Atlas) -> None:
        self._entries = [self._entry(point) for point in atlas.points]

    @staticmethod
    def _entry(point: Point) -> _Entry:
        codes = tuple(normalise_code(c) for c in (point.code, *point.aliases))
        pinyin = fold(point.pinyin)
        names = (
            *(fold(n) for n in point.english),
            *(fold(n) for n in point.article_names),
            *(fold(a) for a in point.aliases),
            pinyin,
            pinyin.replace(" ", ""),
            point.chinese,
        )
        text = " ".join(
            [
                *(fold(claim.text) for claim in point.indications),
                fold(point.region.replace("-", " ")),
                fold(point.channel),
            ]
        )
        return _Entry(point, codes, names, text)

    def search(self, query: str) -> list[SearchHit]:
        """Matching points, best first; an empty query matches nothing."""
        folded = fold(query).strip()
        if not folded:
            return []
        code = normalise_code(query)
        words = [w for w in re.split(r"[^\w]+", folded) if w]
        hits: list[SearchHit] = []
        for entry in self._entries:
            rank = self._rank(entry, folded, code, words)
            if rank is not None:
                hits.append(SearchHit(entry.point, rank, query))
        hits.sort(key=lambda hit: hit.rank)  # stable: atlas order within a rank
        return hits

    @staticmethod
    def _rank(entry: _Entry, folded: str, code: str, words: list[str]) -> int | None:
        if code and code in entry.codes:
            return EXACT_CODE
        if code and any(c.startswith(code) for c in entry.codes) and any(ch.isdigit() for ch in code):
            return CODE_PREFIX
        if any(name.startswith(folded) for name in entry.names):
            return NAME_START
        if words and all(any(w in name for name in entry.names) for w in words):
            return NAME_WORD
        if words and all(w in entry.text for w in words):
            return TEXT
        if code and len(code) >= 2 and any(c.startswith(code) for c in entry.codes):
            return CODE_PREFIX
        return None

    def by_region(self, region: str) -> list[Point]:
        return [entry.point for entry in self._entries if entry.point.region == region]

    def symptoms(self) -> list[str]:
        """Symptom words that the articles use, for browsing (only those some point mentions)."""
        candidates = (
            "sciatica",
            "lower back pain",
            "hip pain",
            "knee",
            "stiffness",
            "buttock",
            "leg pain",
            "muscle tension",
            "shoulder",
        )
        return [word for word in candidates if any(word in entry.text for entry in self._entries)]
