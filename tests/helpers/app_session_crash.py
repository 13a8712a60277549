"""Run a real session in the app (offscreen) and report each step; the test SIGKILLs it."""

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication

from acupoint_gui.app.controller import AppController
from acupoint_gui.model.catalog import load_catalog
from acupoint_gui.model.routines import Routine, RoutineStep

app = QApplication(sys.argv[:1])
controller = AppController(load_catalog())
routine = Routine("crash", "Crash test", None, "", tuple(RoutineStep(code, 1) for code in ("CV6", "BL23", "GB30")))
controller.session.stepStarted.connect(lambda step, position, total: print(position, flush=True))
controller.session_wiring.routine = lambda routine_id: routine  # type: ignore[method-assign]
controller.session_wiring.start("crash")
app.exec()
