"""Begin a session, record three completed steps, then die by SIGKILL: no clean-up runs at all."""

import os
import signal
import sys
from pathlib import Path

from acupoint_gui.model.history import History

history = History(Path(sys.argv[1]))
session = history.begin_session("three-point-hold", "Three points", 6, pain_before=6)
for step in (1, 2, 3):
    history.record_step(session, step)
os.kill(os.getpid(), signal.SIGKILL)
