"""Run a real session in the app (offscreen) and report each step; the test SIGKILLs it."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication

from acupoint_gui.app.startup import build_app
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.model.routines import Routine, RoutineStep

app = QApplication(sys.argv[:1])
data = Path(os.environ["ACUPOINT_DATA_DIR"])
acupoint = build_app(load_catalog(), data, data / "cache")
routine = Routine("crash", "Crash test", None, "", tuple(RoutineStep(code, 1) for code in ("CV6", "BL23", "GB30")))
acupoint.first.library.adopt([routine])
acupoint.runner.stepStarted.connect(lambda step, position, total: print(position, flush=True))
acupoint.features.sessions.start("crash")
app.exec()
