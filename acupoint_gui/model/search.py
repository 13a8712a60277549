"""Find points by code, alias, name, pinyin (with or without tones), characters or symptom.

Built once per atlas; each keystroke is a scan over a few hundred short normalised strings,
well under a millisecond (see ``bench/``). A word of five letters or more may have one typo
("siatica"): such matches come after every exact one.
"""

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from .points import Atlas, Point, normalise_code

if TYPE_CHECKING:  # the typo index is built, and its module loaded, on the first word that needs it
    from .typos import TypoIndex

# How good a match is; lower sorts first. The last two forgive one typo in a long word.
EXACT_CODE, CODE_PREFIX, NAME_START, NAME_WORD, TEXT, NAME_TYPO, TEXT_TYPO = range(7)

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


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", text) if w]


class _Typos(NamedTuple):
    """The entries (by position) whose names, or whose names and text, hold each word."""

    names: "TypoIndex"
    anywhere: "TypoIndex"


class PointSearch:
    def __init__(self, atlas: Atlas) -> None:
        self._entries = [self._entry(point) for point in atlas.points]
        self._typos: _Typos | None = None  # built on the first long word that matches nothing exactly

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
        words = _words(folded)
        from .typos import forgivable

        hits: list[SearchHit] = []
        near: list[tuple[set[int], set[int]]] | None = None  # per word: entries one typo away
        for index, entry in enumerate(self._entries):
            rank = self._rank(entry, folded, code, words)
            if rank is None and words and any(forgivable(w) for w in words):
                near = near if near is not None else self._near(words)
                rank = self._typo_rank(entry, index, words, near)
            if rank is not None:
                hits.append(SearchHit(entry.point, rank, query))
        hits.sort(key=lambda hit: hit.rank)  # stable: atlas order within a rank
        return hits

    def _near(self, words: list[str]) -> list[tuple[set[int], set[int]]]:
        """For each query word, the entries whose names, and whose names or text, hold a word
        one typo away (empty for a word too short to forgive)."""
        from .typos import TypoIndex, forgivable

        if self._typos is None:
            names, anywhere = TypoIndex(), TypoIndex()
            for index, entry in enumerate(self._entries):
                name_words = [w for name in entry.names for w in _words(name)]
                names.add(index, name_words)
                anywhere.add(index, [*name_words, *_words(entry.text)])
            self._typos = _Typos(names, anywhere)
        typos = self._typos
        return [
            (typos.names.keys_near(w), typos.anywhere.keys_near(w)) if forgivable(w) else (set(), set()) for w in words
        ]

    @staticmethod
    def _typo_rank(entry: _Entry, index: int, words: list[str], near: list[tuple[set[int], set[int]]]) -> int | None:
        """Every word found exactly or, if long enough, with one typo: in the names, or anywhere."""
        pairs = list(zip(words, near, strict=True))
        in_names = [any(w in name for name in entry.names) or index in names for w, (names, _) in pairs]
        if all(in_names):
            return NAME_TYPO
        if all(
            found or w in entry.text or index in anywhere
            for (w, (_, anywhere)), found in zip(pairs, in_names, strict=True)
        ):
            return TEXT_TYPO
        return None

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
