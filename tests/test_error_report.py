"""A mistake in the app's own code is logged and explained once, never left as a bare traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from acupoint_gui.app.error_report import LOG_NAME, MAX_LOG_BYTES, MAX_MESSAGES, ErrorReporter

from .conftest import acknowledge_safety, run_python


def raise_and_report(reporter: ErrorReporter, error: Exception) -> None:
    try:
        raise error
    except Exception:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        reporter.handle(kind, value, tb)


def test_the_details_are_logged_and_the_person_told_once(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    reporter = ErrorReporter(tmp_path, show=lambda title, text: shown.append(text))
    raise_and_report(reporter, ValueError("bad value in a slot"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    log = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "ValueError: bad value in a slot" in log
    assert "safe" in shown[0] and str(tmp_path / LOG_NAME) in shown[0] and "Traceback" not in shown[0]
    assert "ValueError" in capsys.readouterr().err, "developers still see it on the terminal"
    raise_and_report(reporter, ValueError("bad value in a slot"))  # the same again: logged, not shown
    for n in range(MAX_MESSAGES + 2):
        raise_and_report(reporter, RuntimeError(f"different {n}"))
    qtbot.waitUntil(lambda: len(shown) == MAX_MESSAGES)
    QCoreApplication.processEvents()  # any further message would have been queued by now
    assert len(shown) == MAX_MESSAGES
    assert (tmp_path / LOG_NAME).read_text(encoding="utf-8").count("Traceback") == MAX_MESSAGES + 4


def test_a_big_log_starts_again_and_keeps_the_previous_one(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / LOG_NAME).write_text("x" * (MAX_LOG_BYTES + 1), encoding="utf-8")
    reporter = ErrorReporter(tmp_path, show=lambda title, text: None)
    raise_and_report(reporter, ValueError("after a long time"))
    assert (tmp_path / LOG_NAME).stat().st_size < 10_000
    assert (tmp_path / (LOG_NAME + ".1")).stat().st_size > MAX_LOG_BYTES


AFTER_SHOW_FAILS = """
import sys
from acupoint_gui.app import application, startup
from acupoint_gui.ui import messages
def broken(first, features):
    raise RuntimeError("a mistake after the first frame")
startup.tell_startup_problems = broken
def told(parent, title, text):
    print("TOLD:", text, flush=True)
    application.QApplication.quit()  # the app runs on after the message; the test ends here
messages.warn = told
sys.exit(application.run())
"""


def test_the_real_app_logs_a_failing_slot_and_keeps_running(isolated_user_data: Path) -> None:
    acknowledge_safety(isolated_user_data)
    result = run_python("-c", AFTER_SHOW_FAILS, extra_env={"QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 0, result.stderr
    log = (isolated_user_data / LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: a mistake after the first frame" in log
    assert "TOLD: Something went wrong inside Acupoint" in result.stdout
