#!/usr/bin/env python3
"""Acupoint benchmarks: one table, each figure a median of several runs and a ratio against a
baseline measured in the same run (this machine is noisy; absolute times alone mean little).

    .venv/bin/python bench/run.py            # full run (about three minutes)
    .venv/bin/python bench/run.py --quick    # fewer repeats, 10-second timer test
    .venv/bin/python bench/run.py --start-only --instructions   # + instruction counts (valgrind)
    .venv/bin/python bench/run.py --history-only   # the history window rows alone (under a minute)

The bundle's rows (size, start-up) appear when dist/Acupoint exists (python3 dev.py bundle).

Targets are checked and printed beside each figure; they are not unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # bench/old_history_view.py and the others, also for the tests
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The baseline: a bare window that reports its first frame exactly as the app does with
# ACUPOINT_EXIT_AFTER_FIRST_PAINT=1 (zero-timer after the window's first paint event, so the
# whole frame has been painted; monotonic clock shared with this process).
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("Hello")); w.resize(1280, 820)
def done():
    import resource
    now = time.monotonic(); peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first-frame {now:.6f} {peak}", flush=True); QTimer.singleShot(0, app.quit)
class F(QObject):
    seen = False
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True; QTimer.singleShot(0, done)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


# Issue 13: the app's first frame may cost at most this many times the reference window
# (bench/skeleton_window.py: the same widgets with no app code), counted in instructions.
START_TARGET = 1.15


@dataclass
class Row:
    name: str
    value: float
    unit: str
    baseline: float | None
    target: str
    ok: bool | None  # None: a reference figure, not a target


def run_child(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Time (s) from launch to the child's first complete frame, and its peak RSS (MiB) by then.

    The child prints ``first-frame <time.monotonic()> <peak RSS KiB>``; on Linux that clock is
    shared between processes, so what the child does after its first frame is not counted.
    """
    start = time.monotonic()
    with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        output, _ = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"{argv} exited with {process.returncode}")
    frames = [line.split() for line in output.splitlines() if line.startswith("first-frame ")]
    if not frames:
        raise RuntimeError(f"{argv} did not report its first frame")
    return float(frames[0][1]) - start, int(frames[0][2]) / 1024.0


# Issue 18: the window in Chinese may start at most this many times slower than in English.
CHINESE_START_TARGET = 1.05


def start_env(language: str = "en") -> dict[str, str]:
    env = dict(os.environ, ACUPOINT_EXIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    env["ACUPOINT_DATA_DIR"] = tempfile.mkdtemp(prefix="acupoint-bench-")
    # a settings file that says the safety notice was seen, so no dialog opens at start, and
    # Settings ▸ Language (the system's language would otherwise choose)
    settings = {"safety_acknowledged": True, "language": language}
    Path(env["ACUPOINT_DATA_DIR"], "settings.json").write_text(json.dumps(settings))
    return env


def bench_start(repeats: int) -> list[Row]:
    env, chinese = start_env(), start_env("zh_CN")
    # Byte-code as an installed wheel has it (pip compiles on install); without this a checkout
    # run with PYTHONDONTWRITEBYTECODE would time the compiler.
    compile_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "acupoint_gui")], env=compile_env, check=True)
    app = [sys.executable, "-m", "acupoint_gui"]
    children = {
        "app": (app, env),
        "zh_CN": (app, chinese),
        "bare": ([sys.executable, "-c", BARE_WINDOW], env),
        "skeleton": ([sys.executable, str(ROOT / "bench" / "skeleton_window.py")], env),
    }
    for argv, child_env in children.values():  # each user folder's caches (the catalog's, the .qm) made
        run_child(argv, child_env)
    times: dict[str, list[float]] = {name: [] for name in children}
    peaks: dict[str, list[float]] = {name: [] for name in children}
    for _ in range(repeats):  # alternate, so all see the same machine state
        for name, (argv, child_env) in children.items():
            t, r = run_child(argv, child_env)
            times[name].append(t * 1000)
            peaks[name].append(r)
    t_app, t_zh, t_bare, t_skeleton = (statistics.median(times[name]) for name in ("app", "zh_CN", "bare", "skeleton"))
    m_app, m_bare = statistics.median(peaks["app"]), statistics.median(peaks["bare"])
    return [
        # The target is by instruction count (--instructions); times move 10% between runs here.
        Row("cold start to first frame", t_app, "ms", t_skeleton, "(see instructions)", None),
        Row("  reference: same widgets, no app code", t_skeleton, "ms", t_bare, "(vs bare window)", None),
        Row(
            "  in Chinese (zh_CN), beside English",
            t_zh,
            "ms",
            t_app,
            f"≤ {CHINESE_START_TARGET:.2f}× English",
            t_zh <= CHINESE_START_TARGET * t_app,
        ),
        Row("peak memory at start", m_app, "MiB", m_bare, "≤ 1.4× bare window", m_app <= 1.4 * m_bare),
    ]


def bench_bundle(bundle: Path, repeats: int) -> list[Row]:
    """The PyInstaller bundle (``python3 dev.py bundle``): its size, and its start-up beside the app's.

    The baseline of the start-up row is the same app started from the virtual environment, so
    the ratio is what the bundle itself adds (its own Python and Qt, no byte-code compiling).
    """
    program = bundle / "acupoint-gui"
    env = {k: v for k, v in start_env().items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run([str(program), "check-data"], env=env, capture_output=True, check=True)  # the catalog cache
    times: dict[str, list[float]] = {"bundle": [], "app": []}
    for _ in range(repeats):
        times["bundle"].append(run_child([str(program)], env)[0] * 1000)
        times["app"].append(run_child([sys.executable, "-m", "acupoint_gui"], env)[0] * 1000)
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    archives = sorted(bundle.parent.glob(f"{bundle.name}-*.tar.gz"))
    rows = [
        Row(
            "bundle: cold start to first frame",
            statistics.median(times["bundle"]),
            "ms",
            statistics.median(times["app"]),
            "(vs. app from .venv)",
            None,
        ),
        Row("bundle: size of dist/Acupoint", size / 2**20, "MiB", None, "(reference)", None),
    ]
    if archives:
        rows.append(
            Row("bundle: size of the .tar.gz", archives[-1].stat().st_size / 2**20, "MiB", None, "(reference)", None)
        )
    return rows


def bench_instructions() -> list[Row]:
    """Instructions executed from launch to the first frame, counted by callgrind.

    The same count every run on the same machine, whatever else the machine is doing: the
    way to tell whether a start-up change helped when times are noisy. A reference, not a target.
    """
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind is not installed: no instruction counts", file=sys.stderr)
        return []
    env = start_env()
    out_dir = Path(tempfile.mkdtemp(prefix="acupoint-callgrind-"))
    bare_script = out_dir / "bare_window.py"
    bare_script.write_text(BARE_WINDOW)
    stop = str(ROOT / "bench" / "stop_at_first_frame.py")
    subprocess.run([sys.executable, "-m", "acupoint_gui"], env=env, capture_output=True, check=True)  # the cache
    counts: dict[str, float] = {}
    for name, args in (
        ("bare", [str(bare_script)]),
        ("skeleton", [str(ROOT / "bench" / "skeleton_window.py")]),
        ("app", ["-m", "acupoint_gui"]),
    ):
        command = [valgrind, "--tool=callgrind", f"--callgrind-out-file={out_dir / name}.out", sys.executable, stop]
        result = subprocess.run([*command, *args], env=env, capture_output=True, text=True, timeout=600)
        found = re.search(r"Collected : (\d+)", result.stderr)
        if result.returncode != 0 or found is None:
            raise RuntimeError(f"callgrind of {name} failed: {result.stderr[-500:]}")
        counts[name] = int(found.group(1)) / 1e6
    shutil.rmtree(out_dir, ignore_errors=True)
    app, skeleton, bare = counts["app"], counts["skeleton"], counts["bare"]
    return [
        Row(
            "instructions to first frame",
            app,
            "M",
            skeleton,
            f"≤ {START_TARGET}× reference",
            app <= START_TARGET * skeleton,
        ),
        Row("  reference: same widgets, no app code", skeleton, "M", bare, "(vs bare window)", None),
        Row("  the app against the bare window", app, "M", bare, "(information)", None),
    ]


def median_ms(action: Callable[[], object], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench_in_process(repeats: int, timer_seconds: float) -> list[Row]:
    from PySide6.QtCore import QEventLoop, QRectF, QTimer
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from acupoint_gui.app.application import create_application
    from acupoint_gui.app.startup import build_app
    from acupoint_gui.model.catalog import load_catalog
    from acupoint_gui.model.routine_library import RoutineLibrary
    from acupoint_gui.model.routines import Routine, RoutineStep
    from acupoint_gui.model.search import PointSearch

    data_dir = Path(tempfile.mkdtemp(prefix="acupoint-bench-"))
    os.environ["ACUPOINT_DATA_DIR"] = str(data_dir)
    app = create_application()
    catalog = load_catalog()
    acupoint = build_app(catalog, data_dir, data_dir / "cache")
    window = acupoint.window
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    view = acupoint.first.body_map.current_view()
    view.resize(1920, 1080)
    view.fit()
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)

    def render_frame() -> None:
        image.fill(QColor("white"))
        painter = QPainter(image)
        view.render(painter, QRectF(0, 0, 1920, 1080), view.viewport().rect())
        painter.end()

    def zoom_step() -> None:
        view.zoom_by(1.25, anchor_under_mouse=False)
        render_frame()
        view.zoom_by(1 / 1.25, anchor_under_mouse=False)

    baseline_image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)

    def blank_frame() -> None:
        baseline_image.fill(QColor("white"))

    frame = median_ms(render_frame, repeats * 4)
    zoom = median_ms(zoom_step, repeats * 4) / 1  # includes one full frame
    blank = median_ms(blank_frame, repeats * 4)

    queries = ("kidney shu", "siatica")  # the second with a typo, as people type
    search = PointSearch(catalog.atlas)

    def type_query() -> None:
        for query in queries:
            for i in range(1, len(query) + 1):
                search.search(query[:i])

    per_key = median_ms(type_query, repeats * 10) / sum(len(query) for query in queries)
    baseline_search = median_ms(lambda: [p.code.lower() for p in catalog.atlas.points], repeats * 10)

    # Timer accuracy: a real session on the real event loop, with a CPU-heavy thread beside it.
    stop = threading.Event()

    def burn() -> None:
        x = 0
        while not stop.is_set():
            x = (x * 31 + 7) % 1000003

    burner = threading.Thread(target=burn, daemon=True)
    burner.start()
    routine = Routine("bench", "Bench", None, "", (RoutineStep("CV6", int(timer_seconds)),))
    loop = QEventLoop()
    ended: list[float] = []

    def on_finished(*_: object) -> None:
        ended.append(time.monotonic())
        loop.quit()

    runner = acupoint.runner
    runner.finished.connect(on_finished)
    started = time.monotonic()
    runner.start(RoutineLibrary(catalog.atlas, ()).plan(routine, pregnant=False).steps)
    deadline = runner.engine.next_deadline() if runner.engine else started + timer_seconds
    QTimer.singleShot(int(timer_seconds * 1000) + 5000, loop.quit)
    loop.exec()
    stop.set()
    drift_ms = abs((ended[0] if ended else float("inf")) - (deadline or started)) * 1000

    # The sheet: 15 points to PDF, after start-up.
    from datetime import date

    from acupoint_gui.model.sheet_content import sheet_for_points
    from acupoint_gui.printing.output import page_size_for, write_pdf

    codes = [p.code for p in catalog.atlas.points][:15]
    out = Path(tempfile.mkdtemp()) / "bench.pdf"
    content = sheet_for_points(catalog, codes, today=date(2026, 1, 1))
    write_pdf(out, catalog, content, page_size_for("A4"))  # warm-up: fonts, SVG parsing
    sheet_ms = median_ms(lambda: write_pdf(out, catalog, content, page_size_for("A4")), repeats)
    window.close()
    QApplication.processEvents()
    return [
        Row("map frame 1920×1080, all markers", frame, "ms", blank, "< 8 ms", frame < 8),
        Row("map zoom step (+ frame)", zoom, "ms", blank, "< 8 ms", zoom < 8),
        Row("search per keystroke", per_key, "ms", baseline_search, "< 2 ms", per_key < 2),
        Row(f"timer end vs deadline ({timer_seconds:.0f} s, CPU load)", drift_ms, "ms", None, "< 10 ms", drift_ms < 10),
        Row(f"sheet: {len(codes)} points to PDF", sheet_ms, "ms", None, "< 500 ms", sheet_ms < 500),
    ]


def bench_closeups(repeats: int) -> list[Row]:
    """Issue 15's targets: a guide frame on a close-up at 1920×1080, and switching close-ups."""
    from closeups_bench import measure_closeups

    frame_ms, blank_ms, switch_ms = measure_closeups(repeats, median_ms)
    return [
        Row("guide frame on a close-up 1920×1080", frame_ms, "ms", blank_ms, "< 8 ms", frame_ms < 8),
        Row("switching to a close-up (first time, + frame)", switch_ms, "ms", blank_ms, "< 50 ms", switch_ms < 50),
    ]


def bench_history(repeats: int) -> list[Row]:
    """Opening the history window (built, shown and painted) and exporting it, on generated
    years of sessions; the window as it was before issue 21 (bench/old_history_view.py) is
    measured beside it in the same run, so that load on the machine moves both alike."""
    from datetime import date

    from old_history_view import OldHistoryView, old_export_csv
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QDialog

    from acupoint_gui.model.history import History
    from acupoint_gui.model.history_sample import generate_history
    from acupoint_gui.ui.history_view import HistoryView

    if QApplication.instance() is None:
        QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="acupoint-bench-history-"))
    histories = {n: generate_history(folder / f"{n}.sqlite3", n, last_day=date(2026, 11, 24)) for n in (100, 10_000)}

    def open_window(kind: Callable[[History], QDialog], count: int) -> float:
        start = time.perf_counter()
        view = kind(histories[count])
        view.resize(900, 600)
        view.show()
        view.grab()  # lays out and paints everything, as the first frame on screen would
        elapsed = (time.perf_counter() - start) * 1000
        view.close()
        view.deleteLater()
        # Outside an event loop deleteLater waits for this: windows left behind would slow the next.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return elapsed

    for kind in (HistoryView, OldHistoryView):
        open_window(kind, 100)  # the first opening also imports QtCharts: not what is compared
    new_small: list[float] = []
    old_small: list[float] = []
    for _ in range(3 * repeats):  # alternately, so both see the same machine
        new_small.append(open_window(HistoryView, 100))
        old_small.append(open_window(OldHistoryView, 100))
    large = statistics.median(open_window(HistoryView, 10_000) for _ in range(3 * repeats))
    old_large = statistics.median(open_window(OldHistoryView, 10_000) for _ in range(2))  # seconds each
    big = histories[10_000]
    export = median_ms(lambda: big.export_csv(folder / "export.csv"), repeats)
    old_export = median_ms(lambda: old_export_csv(big, folder / "export.csv"), repeats)

    def log_session() -> None:
        """What a session writes: the pain before, each of 20 steps, the pain after and a note."""
        session = big.begin_session("hip-low-back-five", "Hip and low back", 20, 6)
        for step in range(1, 21):
            big.record_step(session, step)
        big.finish_session(session, True, 3, "stiff in the morning, better after the walk")

    log = median_ms(log_session, repeats)  # 22 commits, each waiting for the disk
    for history in histories.values():
        history.close()
    shutil.rmtree(folder, ignore_errors=True)
    small, old = statistics.median(new_small), statistics.median(old_small)
    return [
        Row("history window: open, 100 sessions", small, "ms", old, "≤ old window (base)", small <= old),
        Row("history window: open, 10,000 sessions", large, "ms", old_large, "< 150 ms", large < 150),
        Row("history window: CSV export, 10,000", export, "ms", old_export, "< 500 ms", export < 500),
        Row("  log a session (20 steps, note) in 10,000", log, "ms", None, "(reference)", None),
    ]


def print_table(rows: list[Row]) -> None:
    print(
        f"\nAcupoint benchmark — {time.strftime('%Y-%m-%d')} — {platform.node()} ({platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()})\n"
    )
    header = f"| {'measure':44} | {'median':>10} | {'baseline':>10} | {'ratio':>6} | {'target':20} | ok   |"
    print(header)
    print("|" + "|".join("-" * (len(part)) for part in header.split("|")[1:-1]) + "|")
    for row in rows:
        base = f"{row.baseline:.2f}" if row.baseline is not None else "—"
        ratio = f"{row.value / row.baseline:.2f}" if row.baseline else "—"
        verdict = "—   " if row.ok is None else "PASS" if row.ok else "FAIL"
        value = f"{row.value:8.2f} {row.unit}"
        print(f"| {row.name:44} | {value:>10} | {base:>10} | {ratio:>6} | {row.target:20} | {verdict} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats and a 10-second timer test")
    parser.add_argument("--start-only", action="store_true", help="only the start-up rows (time and memory)")
    parser.add_argument(
        "--instructions", action="store_true", help="also count start-up instructions with callgrind (about a minute)"
    )
    parser.add_argument("--history-only", action="store_true", help="only the history window rows (seconds)")
    parser.add_argument(
        "--bundle",
        type=Path,
        default=ROOT / "dist" / "Acupoint",
        metavar="DIR",
        help="the bundle to measure (default dist/Acupoint, made by 'python3 dev.py bundle')",
    )
    args = parser.parse_args()
    repeats = 3 if args.quick else 7
    if args.history_only:
        print_table(bench_history(repeats))
        return 0
    rows = bench_start(repeats if args.quick else 2 * repeats + 1)
    if (args.bundle / "acupoint-gui").is_file():
        rows += bench_bundle(args.bundle, repeats if args.quick else 2 * repeats + 1)
    else:
        print(f"No bundle in {args.bundle}: run 'python3 dev.py bundle' to add its rows.", file=sys.stderr)
    if args.instructions:
        rows += bench_instructions()
    if not args.start_only:
        rows += bench_in_process(repeats, 10.0 if args.quick else 60.0)
        rows += bench_closeups(repeats)
        rows += bench_history(repeats)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
