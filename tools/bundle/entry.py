"""The bundle's program (PyInstaller's entry script): the ``acupoint-gui`` command, window included."""

import sys

from acupoint_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
