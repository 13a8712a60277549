"""The session engine against a fake clock: order, switches, pauses, skips, lateness and drift."""

from __future__ import annotations

import random

import pytest

from acupoint_gui.model.breathing import BreathingPattern, BreathPhaseName, breath_at
from acupoint_gui.model.points import Side
from acupoint_gui.model.routines import Routine, RoutineStep, SessionStep, expand, total_seconds
from acupoint_gui.model.session import (
    Paused,
    Resumed,
    SessionEngine,
    SessionEvent,
    SessionFinished,
    StepCompleted,
    StepSkipped,
    StepStarted,
    SwitchSides,
)
from acupoint_gui.model.session_state import SessionState

from .fakes import FakeClock

START = 1000.0


def make_steps(
    *points: tuple[str, int], rounds: int = 1, target_minutes: float | None = None
) -> tuple[SessionStep, ...]:
    routine = Routine(
        "t", "Test", None, "", tuple(RoutineStep(c, s) for c, s in points), rounds=rounds, target_minutes=target_minutes
    )
    return expand(routine, lambda code: code != "CV6")


# BL23 left 10, BL23 right 10, CV6 5, GB30 left 20, GB30 right 20: deadlines 10, 20, 25, 45, 65.
STEPS = make_steps(("BL23", 10), ("CV6", 5), ("GB30", 20))


@pytest.fixture
def engine(clock: FakeClock) -> SessionEngine:
    return SessionEngine(STEPS, clock=clock)


def state_of(engine: SessionEngine) -> SessionState:
    # A call, so that mypy does not keep an earlier "engine.state is X" narrowing after the engine acts.
    return engine.state


def kinds(events: list[SessionEvent]) -> list[str]:
    return [type(e).__name__ for e in events]


def started(events: list[SessionEvent]) -> list[int]:
    return [e.position for e in events if isinstance(e, StepStarted)]


def run_on_time(engine: SessionEngine, clock: FakeClock) -> list[SessionEvent]:
    """Call update exactly at each deadline until the end; every event, in order."""
    events = engine.start()
    while (deadline := engine.next_deadline()) is not None:
        clock.set(deadline)
        events += engine.update()
    return events


def test_start_begins_with_the_left_side_of_the_first_point(engine: SessionEngine) -> None:
    idle_step = engine.current_step
    assert state_of(engine) is SessionState.IDLE and idle_step is None
    events = engine.start()
    assert events == [StepStarted(STEPS[0], 0, 5, 10)]
    assert engine.state is SessionState.RUNNING
    assert engine.current_step == STEPS[0] and STEPS[0].side is Side.LEFT
    assert engine.next_step == STEPS[1]
    assert engine.next_deadline() == START + 10
    assert engine.total_seconds_left() == 65


def test_steps_run_in_order_with_switches_only_between_left_and_right(engine: SessionEngine, clock: FakeClock) -> None:
    events = run_on_time(engine, clock)
    assert kinds(events) == [
        "StepStarted",  # BL23 left
        "StepCompleted",
        "SwitchSides",
        "StepStarted",  # BL23 right
        "StepCompleted",
        "StepStarted",  # CV6
        "StepCompleted",
        "StepStarted",  # GB30 left
        "StepCompleted",
        "SwitchSides",
        "StepStarted",  # GB30 right
        "StepCompleted",
        "SessionFinished",
    ]
    assert [(e.step.point, e.step.side) for e in events if isinstance(e, StepStarted)] == [
        ("BL23", Side.LEFT),
        ("BL23", Side.RIGHT),
        ("CV6", Side.MIDLINE),
        ("GB30", Side.LEFT),
        ("GB30", Side.RIGHT),
    ]
    assert [e for e in events if isinstance(e, SwitchSides)] == [
        SwitchSides("BL23", Side.RIGHT),
        SwitchSides("GB30", Side.RIGHT),
    ]
    assert events[-1] == SessionFinished(5, 5, True)
    assert engine.state is SessionState.FINISHED
    assert engine.completed_steps == 5
    assert engine.ended_at == START + 65
    assert engine.current_step is None and engine.next_deadline() is None and engine.seconds_left() == 0


def test_update_before_a_deadline_reports_nothing(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(9.999)
    assert engine.update() == []
    assert engine.seconds_left() == pytest.approx(0.001)
    assert engine.position == 0


def test_a_late_callback_completes_every_passed_step_in_order(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(37)  # past the deadlines at 10, 20 and 25; inside GB30 left (25..45)
    events = engine.update()
    assert events == [
        StepCompleted(STEPS[0]),
        SwitchSides("BL23", Side.RIGHT),
        StepStarted(STEPS[1], 1, 5, 10),
        StepCompleted(STEPS[1]),
        StepStarted(STEPS[2], 2, 5, 5),
        StepCompleted(STEPS[2]),
        StepStarted(STEPS[3], 3, 5, 20),
    ]
    # The step began at its scheduled time (25), not when the callback finally came (37).
    assert engine.next_deadline() == START + 45
    assert engine.seconds_left() == 8
    assert engine.completed_steps == 3


def test_a_very_late_callback_finishes_at_the_scheduled_end(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(1000)
    events = engine.update()
    assert started(events) == [1, 2, 3, 4]
    assert events[-1] == SessionFinished(5, 5, True)
    assert engine.ended_at == START + 65
    assert engine.elapsed_active() == 65
    assert engine.update() == []


def test_pause_and_resume_shift_the_schedule_by_the_pause(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(3)
    assert engine.pause() == [Paused()]
    assert engine.state is SessionState.PAUSED
    assert engine.next_deadline() is None
    clock.advance(100)
    assert engine.update() == []
    assert engine.seconds_left() == 7
    assert engine.elapsed_active() == 3
    assert engine.total_seconds_left() == 62
    assert engine.resume() == [Resumed()]
    assert engine.next_deadline() == START + 110
    clock.advance(6.5)
    assert engine.update() == []
    clock.advance(0.5)
    assert started(engine.update()) == [1]
    # Later deadlines follow on from the re-anchored one.
    assert engine.next_deadline() == START + 120
    assert engine.elapsed_active() == 10


def test_pause_after_a_missed_deadline_completes_that_step_first(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(12)
    events = engine.pause()
    assert kinds(events) == ["StepCompleted", "SwitchSides", "StepStarted", "Paused"]
    assert engine.seconds_left() == 8  # step 1 began at 10, paused at 12


@pytest.mark.parametrize("call", ["pause", "resume", "skip", "previous", "stop", "update"])
def test_controls_before_start_do_nothing(engine: SessionEngine, call: str) -> None:
    assert getattr(engine, call)() == []
    assert engine.state is SessionState.IDLE


def test_controls_in_the_wrong_state_do_nothing(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    assert engine.start() == []
    assert engine.resume() == []
    engine.pause()
    assert engine.pause() == []
    assert state_of(engine) is SessionState.PAUSED
    engine.stop()
    for call in (engine.start, engine.pause, engine.resume, engine.skip, engine.previous, engine.stop, engine.update):
        assert call() == []
    assert engine.state is SessionState.STOPPED


def test_skip_moves_on_now_and_does_not_count_as_completed(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(4)
    events = engine.skip()
    # Skipping the left side still means changing hands.
    assert events == [StepSkipped(STEPS[0]), SwitchSides("BL23", Side.RIGHT), StepStarted(STEPS[1], 1, 5, 10)]
    assert engine.next_deadline() == START + 14
    assert engine.completed_steps == 0
    clock.advance(1)
    assert kinds(engine.skip()) == ["StepSkipped", "StepStarted"]  # right half: no switch


def test_skipping_the_last_step_finishes_the_session(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(50)  # in GB30 right since 45
    events = engine.update() + engine.skip()
    assert events[-2:] == [StepSkipped(STEPS[4]), SessionFinished(4, 5, True)]
    assert engine.state is SessionState.FINISHED
    assert engine.ended_at == START + 50
    assert engine.position == 5


def test_skip_while_paused_stays_paused_with_the_next_steps_full_time(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(4)
    engine.pause()
    events = engine.skip()
    assert started(events) == [1]
    assert engine.state is SessionState.PAUSED
    assert engine.seconds_left() == 10
    assert engine.next_deadline() is None
    clock.advance(30)
    engine.resume()
    assert engine.next_deadline() == START + 44


def test_skip_of_the_last_step_while_paused_finishes(clock: FakeClock) -> None:
    engine = SessionEngine(make_steps(("CV6", 5)), clock=clock)
    engine.start()
    engine.pause()
    assert engine.skip() == [StepSkipped(make_steps(("CV6", 5))[0]), SessionFinished(0, 1, True)]
    assert engine.state is SessionState.FINISHED


def test_previous_on_the_first_step_restarts_it(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(6)
    assert engine.previous() == [StepStarted(STEPS[0], 0, 5, 10)]
    assert engine.seconds_left() == 10
    assert engine.next_deadline() == START + 16


def test_previous_goes_back_one_step_with_its_full_time(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(22)  # CV6 since 20
    engine.update()
    assert engine.position == 2
    assert engine.previous() == [StepStarted(STEPS[1], 1, 5, 10)]
    assert engine.current_step == STEPS[1]
    assert engine.next_deadline() == START + 32
    # Running a step twice counts it once.
    clock.set(START + 32)
    engine.update()
    assert engine.completed_steps == 2


def test_previous_while_paused_stays_paused_with_the_full_time(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(13)
    engine.update()
    engine.pause()
    assert engine.seconds_left() == 7
    assert started(engine.previous()) == [0]
    assert engine.state is SessionState.PAUSED
    assert engine.seconds_left() == 10
    assert engine.next_deadline() is None
    clock.advance(5)
    engine.resume()
    assert engine.next_deadline() == START + 28


def test_stop_ends_early_and_reports_what_was_completed(engine: SessionEngine, clock: FakeClock) -> None:
    engine.start()
    clock.advance(12)  # the stop comes after a missed deadline: that step did finish
    events = engine.stop()
    assert kinds(events) == ["StepCompleted", "SwitchSides", "StepStarted", "SessionFinished"]
    assert events[-1] == SessionFinished(1, 5, False)
    assert engine.state is SessionState.STOPPED
    assert engine.current_step is None
    assert engine.total_seconds_left() == 0


def test_a_session_with_no_steps_finishes_at_once(clock: FakeClock) -> None:
    empty = make_steps(("BL23", 10), ("CV6", 10))[:0]
    engine = SessionEngine(empty, clock=clock)
    assert engine.start() == [SessionFinished(0, 0, True)]
    assert engine.state is SessionState.FINISHED
    assert engine.current_step is None and engine.next_step is None


def test_an_everything_excluded_routine_finishes_at_once(clock: FakeClock) -> None:
    routine = Routine("t", "T", None, "", (RoutineStep("SP6", 30),))
    engine = SessionEngine(expand(routine, lambda code: True, exclude={"SP6"}), clock=clock)
    assert engine.start() == [SessionFinished(0, 0, True)]


def test_a_single_midline_point_runs_once_without_a_switch(clock: FakeClock) -> None:
    steps = make_steps(("CV6", 30))
    engine = SessionEngine(steps, clock=clock)
    events = run_on_time(engine, clock)
    assert events == [StepStarted(steps[0], 0, 1, 30), StepCompleted(steps[0]), SessionFinished(1, 1, True)]
    assert engine.ended_at == START + 30


def test_a_zero_second_step_passes_straight_through(clock: FakeClock) -> None:
    steps = (SessionStep("CV6", Side.MIDLINE, 0, 1, 0, False), SessionStep("GV4", Side.MIDLINE, 5, 1, 1, False))
    engine = SessionEngine(steps, clock=clock)
    assert started(engine.start()) == [0, 1]
    assert engine.next_deadline() == START + 5


def test_no_drift_over_fifteen_minutes_with_a_jittery_clock_and_late_callbacks() -> None:
    # 3 minutes a round (BL23 2 x 30 s, CV6 60 s, GB30 2 x 30 s), 5 rounds to reach 15 minutes.
    steps = make_steps(("BL23", 30), ("CV6", 60), ("GB30", 30), target_minutes=15)
    assert total_seconds(steps) == 900
    start = 8641.123456789  # an awkward start, so float sums are not trivially exact
    clock = FakeClock(start)
    engine = SessionEngine(steps, clock=clock)
    events = engine.start()
    rng = random.Random(20240611)
    expected_deadline = start + steps[0].seconds
    lateness: list[float] = []
    while engine.state is SessionState.RUNNING:
        deadline = engine.next_deadline()
        assert deadline is not None
        assert deadline == pytest.approx(expected_deadline, abs=1e-6)
        # The clock moves in irregular jumps: display frames, a slow machine, a sleeping laptop.
        clock.advance(rng.choice([rng.uniform(0.001, 0.05), rng.uniform(0.2, 3.0), rng.uniform(5.0, 70.0)]))
        new = engine.update()
        if new:
            lateness.append(clock.now - deadline)
        events += new
        for event in new:
            if isinstance(event, StepStarted):
                expected_deadline += event.seconds
    assert max(lateness) > 30  # callbacks really were late, several deadlines at a time
    assert started(events) == list(range(len(steps)))
    assert sum(isinstance(e, StepCompleted) for e in events) == len(steps)
    assert events[-1] == SessionFinished(len(steps), len(steps), True)
    assert engine.ended_at is not None
    assert abs(engine.ended_at - (start + 900)) < 0.010
    assert engine.elapsed_active() == pytest.approx(900, abs=0.010)


def test_breath_follows_active_time_and_stands_still_while_paused(clock: FakeClock) -> None:
    pattern = BreathingPattern(inhale=4, exhale=6)
    engine = SessionEngine(STEPS, clock=clock, breathing=pattern)
    engine.start()
    assert engine.breath().phase is BreathPhaseName.INHALE
    clock.advance(2.5)
    engine.pause()
    while_paused = engine.breath()
    assert while_paused == breath_at(pattern, 2.5)
    clock.advance(3)
    assert engine.breath() == while_paused
    assert engine.elapsed_active() == 2.5
    engine.resume()
    clock.advance(2)
    assert engine.breath() == breath_at(pattern, 4.5)
    assert engine.breath().phase is BreathPhaseName.EXHALE


def test_elapsed_active_leaves_out_every_pause(engine: SessionEngine, clock: FakeClock) -> None:
    assert engine.elapsed_active() == 0
    engine.start()
    for _ in range(3):
        clock.advance(1)
        engine.pause()
        clock.advance(50)
        engine.resume()
    clock.advance(1)
    assert engine.elapsed_active() == 4
    assert engine.seconds_left() == 6
