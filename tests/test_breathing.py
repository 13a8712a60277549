"""Paced breathing: phases at exact times, the cue's size, and pattern validation."""

from __future__ import annotations

import math

import pytest

from acupoint_gui.model.breathing import BreathingPattern, BreathPhaseName, breath_at

INHALE, HOLD_IN, EXHALE, HOLD_OUT = (
    BreathPhaseName.INHALE,
    BreathPhaseName.HOLD_IN,
    BreathPhaseName.EXHALE,
    BreathPhaseName.HOLD_OUT,
)


def test_default_pattern_is_six_breaths_a_minute() -> None:
    pattern = BreathingPattern()
    assert pattern.cycle_seconds == 10
    assert pattern.breaths_per_minute == pytest.approx(6)


def test_custom_pattern_cycle() -> None:
    pattern = BreathingPattern(4, 7, 8, 1)
    assert pattern.cycle_seconds == 20
    assert pattern.breaths_per_minute == pytest.approx(3)


@pytest.mark.parametrize(
    ("elapsed", "phase", "progress", "size", "left"),
    [
        (0.0, INHALE, 0.0, 0.0, 4.0),
        (2.0, INHALE, 0.5, 0.5, 2.0),
        (4.0, HOLD_IN, 0.0, 1.0, 2.0),
        (5.0, HOLD_IN, 0.5, 1.0, 1.0),
        (6.0, EXHALE, 0.0, 1.0, 6.0),
        (9.0, EXHALE, 0.5, 0.5, 3.0),
        (12.0, HOLD_OUT, 0.0, 0.0, 3.0),
        (13.5, HOLD_OUT, 0.5, 0.0, 1.5),
        (15.0, INHALE, 0.0, 0.0, 4.0),  # the next breath
        (47.0, INHALE, 0.5, 0.5, 2.0),  # three breaths later
    ],
)
def test_phases_at_exact_times(
    elapsed: float, phase: BreathPhaseName, progress: float, size: float, left: float
) -> None:
    state = breath_at(BreathingPattern(inhale=4, hold_in=2, exhale=6, hold_out=3), elapsed)
    assert state.phase is phase
    assert state.progress == pytest.approx(progress)
    assert state.size == pytest.approx(size)
    assert state.seconds_left_in_phase == pytest.approx(left)


def test_zero_length_holds_are_skipped() -> None:
    pattern = BreathingPattern(inhale=5, exhale=5)
    assert breath_at(pattern, 4.999).phase is INHALE
    at_top = breath_at(pattern, 5.0)
    assert at_top.phase is EXHALE
    assert at_top.size == pytest.approx(1.0)
    assert breath_at(pattern, 9.999).phase is EXHALE
    assert breath_at(pattern, 10.0).phase is INHALE
    phases = {breath_at(pattern, t / 10).phase for t in range(200)}
    assert phases == {INHALE, EXHALE}


def test_only_the_zero_hold_is_skipped() -> None:
    pattern = BreathingPattern(inhale=3, hold_in=0, exhale=3, hold_out=2)
    assert breath_at(pattern, 3.0).phase is EXHALE
    assert breath_at(pattern, 6.0).phase is HOLD_OUT
    assert breath_at(pattern, 8.0).phase is INHALE


def test_size_eases_in_and_out() -> None:
    pattern = BreathingPattern(inhale=4, exhale=4)
    quarter = breath_at(pattern, 1.0).size
    assert quarter == pytest.approx((1 - math.cos(math.pi / 4)) / 2)
    assert quarter < 0.25  # slow to start: not a straight line
    sizes = [breath_at(pattern, t / 100).size for t in range(401)]
    assert sizes == sorted(sizes)  # grows all through the in-breath
    assert breath_at(pattern, 5.0).size == pytest.approx(1 - quarter)  # mirror image on the way out


def test_negative_elapsed_is_the_start() -> None:
    assert breath_at(BreathingPattern(), -3.0) == breath_at(BreathingPattern(), 0.0)


def test_phase_labels() -> None:
    assert [p.label for p in BreathPhaseName] == ["Breathe in", "Hold", "Breathe out", "Hold"]
    assert BreathPhaseName("hold-in") is HOLD_IN


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"inhale": 0.5}, "inhale"),
        ({"inhale": 21}, "inhale"),
        ({"exhale": 0}, "exhale"),
        ({"exhale": 20.5}, "exhale"),
        ({"hold_in": -1}, "hold_in"),
        ({"hold_out": 25}, "hold_out"),
        ({"inhale": math.nan}, "inhale"),
        ({"hold_out": math.inf}, "hold_out"),
    ],
)
def test_invalid_patterns_are_rejected_with_the_field_named(fields: dict[str, float], named: str) -> None:
    with pytest.raises(ValueError, match=f"^{named} must be between"):
        BreathingPattern(**fields)


def test_limits_themselves_are_allowed() -> None:
    pattern = BreathingPattern(inhale=1, hold_in=20, exhale=20, hold_out=0)
    assert pattern.cycle_seconds == 41
