"""Save two versions of a file alternately, forever, reporting each save (killed by the test)."""

import sys
from pathlib import Path

from acupoint_gui.model.storage import atomic_write_text

target = Path(sys.argv[1])
versions = [Path(sys.argv[2]).read_text(), Path(sys.argv[3]).read_text()]
count = 0
while True:
    atomic_write_text(target, versions[count % 2])
    count += 1
    print(count, flush=True)
