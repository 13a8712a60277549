"""The point atlas: plain frozen dataclasses, no Qt.

The YAML in ``data/points.yaml`` is turned into these by :mod:`acupoint_gui.model.loader`.
"""

from enum import StrEnum
from typing import NamedTuple

from .wording import Words, current_language


class Laterality(StrEnum):
    """Whether a point exists once on the midline or once on each side."""

    BILATERAL = "bilateral"
    MIDLINE = "midline"


class Side(StrEnum):
    """The person's own side (never the viewer's)."""

    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"


class Partner(StrEnum):
    """Whether a person can reach the point alone."""

    NO = "no"
    HELPFUL = "helpful"
    REQUIRED = "required"


class Pregnancy(StrEnum):
    """What the sources and tradition say about pressing the point in pregnancy."""

    NONE = "none"
    CAUTION = "caution"
    CONTRAINDICATED = "contraindicated"


class Source(NamedTuple):
    id: str
    title: str
    kind: str  # "article" or "standard"
    note: str = ""


class Claim(NamedTuple):
    """A statement tied to the sources that make it."""

    text: str
    sources: tuple[str, ...]


class Technique(NamedTuple):
    pressure: str  # "gentle" | "medium" | "firm"
    seconds_per_side: int
    motion: str  # "steady" | "circular" | "steady or circular"
    notes: tuple[Claim, ...] = ()


class Caution(NamedTuple):
    kind: str  # "pregnancy" | "general" | "medical"
    text: str
    sources: tuple[str, ...] = ()


class MarkerRule(NamedTuple):
    """Where a point sits on one figure, in the WHO's own terms.

    The position is ``origin`` (a landmark), moved ``fraction`` of the way towards
    ``toward`` (another landmark) when given, then ``lateral_cun`` away from the midline
    and ``down_cun`` towards the feet, in the proportional cun named by ``scale``.
    Landmark names are given without a side; for a bilateral point the figure's
    ``NAME-left`` / ``NAME-right`` landmark is used when the figure has one.
    """

    view: str
    origin: str
    toward: str | None = None
    fraction: float = 0.0
    lateral_cun: float = 0.0
    down_cun: float = 0.0
    scale: str | None = None
    line: int = 0  # where it is written in the data file, for messages


class Point(NamedTuple):
    code: str
    aliases: tuple[str, ...]
    pinyin: str
    chinese: str
    english: tuple[str, ...]
    channel: str
    region: str
    laterality: Laterality
    location: str
    finding: tuple[str, ...]
    who_location: str
    indications: tuple[Claim, ...]
    technique: Technique
    partner: Partner
    pregnancy: Pregnancy
    cautions: tuple[Caution, ...]
    disagreements: tuple[Claim, ...]
    sources: tuple[str, ...]
    markers: tuple[MarkerRule, ...]
    landmarks_used: tuple[str, ...] = ()
    landmarks_used_line: int = 0  # where landmarks_used is written, for messages
    mapping_note: str = ""
    # The labels the articles give the point as a heading ("Hand Point"), when they are not
    # one of its standard names: shown as "the articles call it …", and found by search.
    article_names: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The name for lists and tooltips in the language of the model's words: the first
        English name (the standard translation), or in Chinese the characters."""
        return self.chinese if current_language().startswith("zh") else self.english[0]

    @property
    def is_bilateral(self) -> bool:
        return self.laterality is Laterality.BILATERAL

    def sides(self) -> tuple[Side, ...]:
        """The sides a person presses, in the order the articles use: left, then right."""
        if self.is_bilateral:
            return (Side.LEFT, Side.RIGHT)
        return (Side.MIDLINE,)


class CunMeasure(NamedTuple):
    """A WHO proportional measure on one figure: the distance between two landmarks is ``cun``."""

    name: str
    view: str
    start: str
    end: str
    cun: float
    line: int = 0  # where it is written in the data file, for messages


class Instructions(NamedTuple):
    """The general practice the articles describe."""

    pressure: Claim
    seconds_per_side: int
    session_minutes: tuple[int, int]
    times_per_day: Claim
    breathing: Claim
    partner: Claim
    other: tuple[Claim, ...] = ()


class Safety(NamedTuple):
    notice: str
    red_flags: tuple[str, ...]
    see_a_doctor: str
    evidence: str
    red_flags_source: str = ""  # where the warning signs come from (not the articles)


class Atlas(NamedTuple):
    sources: tuple[Source, ...]
    instructions: Instructions
    safety: Safety
    cun_measures: tuple[CunMeasure, ...]
    points: tuple[Point, ...]
    regions: tuple[str, ...] = ()

    def point(self, code: str) -> Point:
        """The point with this WHO code or alias (case and spaces ignored)."""
        found = self.find(code)
        if found is None:
            raise KeyError(code)
        return found

    def find(self, code: str) -> Point | None:
        key = normalise_code(code)
        for point in self.points:
            if normalise_code(point.code) == key:
                return point
        for point in self.points:
            if any(normalise_code(alias) == key for alias in point.aliases):
                return point
        return None

    def pregnancy_leave_out(self) -> frozenset[str]:
        """The codes of the points to leave out in pregnancy: greyed on the pregnancy sheet and
        left out of a pregnant person's sessions."""
        return frozenset(p.code for p in self.points if p.pregnancy is Pregnancy.CONTRAINDICATED)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)


def articles_call_it(point: Point) -> str:
    """``'The articles call it “Hand Point”.'``, or ``""`` when they use its standard names.

    The standard English name is the heading; the articles' own label follows, so a reader of
    the articles finds "Foot Point (while sleeping)" without it being taken for the point's name.
    """
    if not point.article_names:
        return ""
    names = PointWords.tr(" or ").join(PointWords.tr("“{name}”").format(name=name) for name in point.article_names)
    return PointWords.tr("The articles call it {names}.").format(names=names)


class PointWords(Words):
    """The words about a point that the model makes."""


def normalise_code(code: str) -> str:
    """``"bl 23"``, ``"BL-23"`` and ``"BL23"`` are the same code."""
    return "".join(ch for ch in code.upper() if ch.isalnum())
