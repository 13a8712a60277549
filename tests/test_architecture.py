"""At run time: the headless commands load no Qt, and start-up does not import what it does not
need. (That the model never imports Qt is an import contract: see tests/test_static.py.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import acknowledge_safety, python_env, run_python


def test_headless_commands_do_not_import_qt() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from acupoint_gui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): rc = main(['check-data'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(rc, ','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=python_env(), check=True)
    assert result.stdout.split() == ["0"], result.stdout + result.stderr


# Loaded when first needed, never before the window's first frame (see issue 7 and bench/run.py).
NOT_AT_START = (
    "yaml",
    "xml.etree.ElementTree",
    "sqlite3",
    "PySide6.QtPrintSupport",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "PySide6.QtTextToSpeech",
    "acupoint_gui.printing",
    "acupoint_gui.model.session",
    "acupoint_gui.model.loader",
    "acupoint_gui.model.closeups",  # the close-up figures and the find-it guides (issue 15)
    "acupoint_gui.model.find_it",
    "acupoint_gui.model.find_it_loader",
    "acupoint_gui.model.guide_frames",
    "datetime",  # the first-use date in the settings is checked without it
    "acupoint_gui.model.guide_offer",  # Find it in the window (issue 15): made after the first frame
    "acupoint_gui.model.closeup_regions",
    "acupoint_gui.ui.closeup_pane",
    "acupoint_gui.ui.closeup_view",
    "acupoint_gui.ui.guide_player",
    "acupoint_gui.ui.finger_width_dialog",
    "acupoint_gui.app.find_it_wiring",
    "acupoint_gui.app.closeup_presenter",
    "acupoint_gui.app.session_closeup_presenter",
    "acupoint_gui.app.finger_width_presenter",
    # the practitioner's round trip (issue 16): the report, its command and dialog, sheet options
    "acupoint_gui.model.progress_report",
    "acupoint_gui.model.handout",
    "acupoint_gui.app.report_presenter",
    "acupoint_gui.ui.report_dialog",
    "acupoint_gui.ui.print_chooser",
    "acupoint_gui.report_command",
    # pressing for someone else: the presser's view of a point (the words are in step_wording)
    "acupoint_gui.app.partner_presenter",
    "acupoint_gui.ui.presser_view",
    # practice: find the point
    "acupoint_gui.model.practice",
    "acupoint_gui.model.practice_log",
    "acupoint_gui.model.practice_rounds",
    "acupoint_gui.app.practice_presenter",
    "acupoint_gui.ui.practice_dialog",
    "acupoint_gui.ui.practice_view",
    "acupoint_gui.ui.practice_progress",
)

FIRST_FRAME_ENV = {"ACUPOINT_EXIT_AFTER_FIRST_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
FIRST_FRAME_MODULES = """
import sys
from acupoint_gui.app import application
def report():
    print("modules", " ".join(sorted(sys.modules)), flush=True)
    application.QApplication.quit()
application._report_first_frame = report
sys.exit(application.run())
"""


def test_the_first_frame_needs_no_yaml_printing_sound_charts_or_database(isolated_user_data: Path) -> None:
    settings = '{"safety_acknowledged": true, "first_used": "2026-03-01", "guide_in_sessions": "auto"}'
    (isolated_user_data / "settings.json").write_text(settings, encoding="utf-8")
    loaded: list[set[str]] = []
    for _ in range(2):  # the first start builds the catalog cache, the second uses it
        result = run_python("-c", FIRST_FRAME_MODULES, extra_env=FIRST_FRAME_ENV)
        assert result.returncode == 0, result.stderr
        line = next(line for line in result.stdout.splitlines() if line.startswith("modules "))
        loaded.append(set(line.split()[1:]))
    assert "PySide6.QtWidgets" in loaded[1]
    early = sorted(
        name for name in loaded[1] for heavy in NOT_AT_START if name == heavy or name.startswith(heavy + ".")
    )
    assert early == [], f"imported before the first frame: {early}"
    assert (isolated_user_data / "cache" / "catalog.json").is_file()


def test_exit_after_first_paint_reports_the_frame_time_and_memory(isolated_user_data: Path) -> None:
    acknowledge_safety(isolated_user_data)
    result = run_python("-m", "acupoint_gui", extra_env=FIRST_FRAME_ENV)
    assert result.returncode == 0, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("first-frame ")]
    _, when, peak_kib = line.split()
    assert float(when) > 0 and int(peak_kib) > 10_000
