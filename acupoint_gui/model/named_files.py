"""The files a person names (on the command line or in a dialog), checked before any work is
done: one sentence for each problem, naming the file and the reason, or ``None`` when all is well.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from .storage import FileWords, describe_write_error, system_reason
from .wording import QT_TRANSLATE_NOOP, fill

# Why a file could not be read, in words (errno -> reason).
_READ_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("FileWords", "there is no such file"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileWords", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileWords", "part of that path is a file, not a folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("FileWords", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileWords", "permission denied"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileWords", "the name is too long"),
}


def read_reason(exc: OSError) -> str:
    """Why a file could not be read, in a few plain words (no error class or number)."""
    reason = _READ_REASONS.get(exc.errno or 0)
    return FileWords.tr(reason) if reason is not None else system_reason(exc)


def input_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a data file, in a sentence; ``None`` if it can be opened."""
    if path.is_dir():
        return fill(FileWords.tr("Acupoint cannot read %1: %2."), path, FileWords.tr(_READ_REASONS[errno.EISDIR]))
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        return fill(FileWords.tr("Acupoint cannot read %1: %2."), path, read_reason(exc))
    return None


def output_problem(path: Path, suffix: str) -> str | None:
    """Why a ``suffix`` file (".pdf", ".png") cannot be written at ``path``, in a sentence;
    ``None`` when it can.

    The folder is tried for real (a temporary file made and removed beside the target), so a
    folder that refuses new files (``/proc``, a read-only disk, someone else's folder) is found
    before any drawing starts, and nothing is left behind.
    """
    name = path.name
    example = f"sheet{suffix}" if suffix == ".pdf" else f"map{suffix}"
    if not name or str(path) == ".":
        return fill(FileWords.tr("No file name given: name the file to write, for example %1."), example)
    if path.is_dir():
        return fill(FileWords.tr("%1 is a folder: name a file inside it, for example %2."), path, path / example)
    if name.lower() == suffix:
        return fill(FileWords.tr("%1 has no name before %2: name the file, for example %3."), path, suffix, example)
    if not name.lower().endswith(suffix):
        return fill(FileWords.tr("The file to write must end in %1: %2 does not."), suffix, path)
    try:
        handle, probe = tempfile.mkstemp(dir=path.parent, prefix=f".{name}.", suffix=".probe")
    except OSError as exc:
        return describe_write_error(path, exc)
    os.close(handle)
    with contextlib.suppress(OSError):
        Path(probe).unlink()
    return None
