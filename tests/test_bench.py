"""The benchmark harness itself works (its targets are checked by bench/run.py, not here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from .conftest import ROOT, acknowledge_safety, run_python


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("acupoint_bench", ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_start_rows_measure_the_app_the_bare_window_and_the_skeleton() -> None:
    bench = load_bench()
    rows = bench.bench_start(1)
    assert [row.name.strip() for row in rows] == [
        "cold start to first frame",
        "reference: same widgets, no app code",
        "in Chinese (zh_CN), beside English",
        "peak memory at start",
    ]
    for row in rows:
        assert 0 < row.value < 60_000 and row.baseline is not None and row.baseline > 0
    assert rows[0].baseline == rows[1].value, "the app's time is set beside the reference window's"
    assert rows[2].baseline == rows[0].value, "the Chinese start is set beside the English one"
    assert rows[0].ok is None and rows[1].ok is None and isinstance(rows[2].ok, bool) and isinstance(rows[3].ok, bool)


def test_the_instruction_count_stops_the_app_at_its_first_frame(isolated_user_data: Path) -> None:
    """bench/run.py --instructions counts to the first frame, not the setup that follows it."""
    acknowledge_safety(isolated_user_data)
    result = run_python(
        str(ROOT / "bench" / "stop_at_first_frame.py"),
        "-m",
        "acupoint_gui",
        extra_env={"ACUPOINT_EXIT_AFTER_FIRST_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame ")
    assert not (isolated_user_data / "history.sqlite3").exists(), "the deferred setup must not have run"


def test_closeup_rows_measure_a_guide_frame_and_a_switch() -> None:
    bench = load_bench()
    rows = bench.bench_closeups(1)
    assert [row.name for row in rows] == [
        "guide frame on a close-up 1920×1080",
        "switching to a close-up (first time, + frame)",
    ]
    assert all(0 < row.value < 10_000 and isinstance(row.ok, bool) for row in rows)
    assert [row.target for row in rows] == ["< 8 ms", "< 50 ms"]


def test_history_rows_open_the_window_with_100_and_10000_sessions_and_export(qapp: object) -> None:
    bench = load_bench()
    rows = bench.bench_history(1)
    assert [row.name for row in rows] == [
        "history window: open, 100 sessions",
        "history window: open, 10,000 sessions",
        "history window: CSV export, 10,000",
        "  log a session (20 steps, note) in 10,000",
    ]
    for row in rows[:3]:
        assert 0 < row.value < 60_000 and row.baseline is not None and isinstance(row.ok, bool)
    assert rows[3].value > 0 and rows[3].ok is None
