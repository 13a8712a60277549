"""Save two versions of a file alternately, forever, reporting each save (the test kills it).

Usage: save_loop.py TARGET VERSION_A_FILE VERSION_B_FILE. Prints "looping" once before the
first save and then the number of saves completed after each one.
"""

import sys
from pathlib import Path

from acupoint_gui.model.storage import atomic_write_text

target = Path(sys.argv[1])
versions = [Path(sys.argv[2]).read_text(encoding="utf-8"), Path(sys.argv[3]).read_text(encoding="utf-8")]
print("looping", flush=True)
count = 0
while True:
    atomic_write_text(target, versions[count % 2])
    count += 1
    print(count, flush=True)
