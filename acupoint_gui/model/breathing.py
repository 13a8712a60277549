"""Paced breathing: where in the breath a person is, as a pure function of time.

The session engine feeds in its active (un-paused) seconds; the cue widget draws the
resulting :class:`BreathState`. Nothing here keeps time or imports Qt.
"""

import math
from enum import StrEnum
from typing import NamedTuple, Self

from .wording import QT_TRANSLATE_NOOP, Words

MIN_BREATH_SECONDS = 1.0
MAX_PHASE_SECONDS = 20.0


class BreathPhaseName(StrEnum):
    INHALE = "inhale"
    HOLD_IN = "hold-in"
    EXHALE = "exhale"
    HOLD_OUT = "hold-out"

    @property
    def label(self) -> str:
        """The words shown (and read by screen readers) during the phase."""
        return BreathingWords.tr(_LABELS[self])


class BreathingWords(Words):
    """The breathing cue's words."""


_LABELS = {
    BreathPhaseName.INHALE: QT_TRANSLATE_NOOP("BreathingWords", "Breathe in"),
    BreathPhaseName.HOLD_IN: QT_TRANSLATE_NOOP("BreathingWords", "Hold"),
    BreathPhaseName.EXHALE: QT_TRANSLATE_NOOP("BreathingWords", "Breathe out"),
    BreathPhaseName.HOLD_OUT: QT_TRANSLATE_NOOP("BreathingWords", "Hold"),
}


class _Phases(NamedTuple):
    inhale: float = 5.0
    hold_in: float = 0.0
    exhale: float = 5.0
    hold_out: float = 0.0


class BreathingPattern(_Phases):
    """Seconds for each part of one breath; the default is slow breathing, 6 breaths a minute.

    Every pattern is a valid one: making one with a phase out of range raises ValueError.
    """

    __slots__ = ()

    def __new__(cls, inhale: float = 5.0, hold_in: float = 0.0, exhale: float = 5.0, hold_out: float = 0.0) -> Self:
        # Written as "not within" so that NaN (which fails every comparison) is rejected too.
        for name, value in (("inhale", inhale), ("exhale", exhale)):
            if not MIN_BREATH_SECONDS <= value <= MAX_PHASE_SECONDS:
                raise ValueError(
                    f"{name} must be between {MIN_BREATH_SECONDS:g} and {MAX_PHASE_SECONDS:g} seconds, not {value!r}"
                )
        for name, value in (("hold_in", hold_in), ("hold_out", hold_out)):
            if not 0.0 <= value <= MAX_PHASE_SECONDS:
                raise ValueError(f"{name} must be between 0 and {MAX_PHASE_SECONDS:g} seconds, not {value!r}")
        return super().__new__(cls, inhale, hold_in, exhale, hold_out)

    @property
    def cycle_seconds(self) -> float:
        """The length of one whole breath."""
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds

    def phases(self) -> tuple[tuple[BreathPhaseName, float], ...]:
        """The phases of one breath in order, leaving out holds of zero length."""
        all_phases = (
            (BreathPhaseName.INHALE, self.inhale),
            (BreathPhaseName.HOLD_IN, self.hold_in),
            (BreathPhaseName.EXHALE, self.exhale),
            (BreathPhaseName.HOLD_OUT, self.hold_out),
        )
        return tuple((name, seconds) for name, seconds in all_phases if seconds > 0)


class BreathState(NamedTuple):
    """Where the breath is at one moment.

    ``size`` is the cue shape's size from 0 (empty lungs) to 1 (full): it eases up on the
    in-breath, stays full while holding in, eases down on the out-breath, stays empty while
    holding out.
    """

    phase: BreathPhaseName
    progress: float  # 0..1 within the phase
    size: float  # 0..1
    seconds_left_in_phase: float


def breath_at(pattern: BreathingPattern, elapsed: float) -> BreathState:
    """The breath ``elapsed`` active seconds after the first in-breath began."""
    into_cycle = max(elapsed, 0.0) % pattern.cycle_seconds
    name, phase_start, length = _phase_at(pattern, into_cycle)
    into_phase = min(max(into_cycle - phase_start, 0.0), length)
    progress = into_phase / length
    return BreathState(
        phase=name,
        progress=progress,
        size=_size(name, progress),
        seconds_left_in_phase=length - into_phase,
    )


def _phase_at(pattern: BreathingPattern, into_cycle: float) -> tuple[BreathPhaseName, float, float]:
    """The phase ``into_cycle`` seconds into a breath: its name, start and length."""
    phases = pattern.phases()
    phase_start = 0.0
    for name, length in phases:
        if into_cycle < phase_start + length:
            return name, phase_start, length
        phase_start += length
    # Only float rounding lands here (into_cycle a hair under the cycle): the last phase's end.
    name, length = phases[-1]
    return name, pattern.cycle_seconds - length, length


def _size(phase: BreathPhaseName, progress: float) -> float:
    if phase is BreathPhaseName.INHALE:
        return _ease(progress)
    if phase is BreathPhaseName.EXHALE:
        return 1.0 - _ease(progress)
    return 1.0 if phase is BreathPhaseName.HOLD_IN else 0.0


def _ease(progress: float) -> float:
    # Ease in and out: the shape starts and stops gently, as lungs do, instead of moving at a constant rate.
    return (1.0 - math.cos(math.pi * progress)) / 2.0
