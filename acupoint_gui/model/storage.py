"""Writing user data safely: whole files or nothing, and damaged files moved aside, never lost."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from datetime import datetime


class StorageError(Exception):
    """A user-facing problem with a data file (the message names the file and what is wrong)."""


class LoadReport(NamedTuple):
    """What to tell the user after a damaged file was moved aside or partly reset."""

    path: Path
    backup: Path | None
    message: str


_WRITE_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.ENAMETOOLONG: "the name is too long",
}


def describe_write_error(path: Path, error: OSError) -> str:
    """A sentence for the user when ``path`` could not be written: the file and the reason in
    words, never a temporary file's name or an error number.

    ``"Acupoint cannot write to /usr/share/sheet.pdf: permission denied. Choose another folder."``
    """
    code = error.errno
    if code == errno.EISDIR or (code is None and path.is_dir()):
        return f"Acupoint cannot write to {path}: that is a folder. Choose a file name inside it."
    if code == errno.ENOENT:
        return f"Acupoint cannot write to {path}: the folder {path.parent} does not exist. Choose another folder."
    if code == errno.ENOTDIR:
        return f"Acupoint cannot write to {path}: part of that path is a file, not a folder. Choose another folder."
    reason = _WRITE_REASONS.get(code or 0) or (error.strerror or "it could not be written").lower()
    return f"Acupoint cannot write to {path}: {reason}. Choose another folder."


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: readers see the old file or the new, never half.

    The temporary file lives in the target's directory because a rename is only atomic within
    one file system. mkstemp creates it with mode 0o600, which suits private user data.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            # Without this the rename can reach the disk before the data, and a power cut
            # leaves an empty file where the old, good one used to be.
            os.fsync(stream.fileno())
        tmp.replace(path)  # os.replace: atomic on POSIX and Windows, overwrites the target
    except BaseException:
        # BaseException too: a KeyboardInterrupt mid-write must not leave temp files behind.
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_directory(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    """Like :func:`atomic_write_bytes`, UTF-8 encoded; newlines are written exactly as given."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (best effort: Windows cannot open a directory like this)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on directories; the data itself is already safe
    finally:
        os.close(fd)


def backup_corrupt(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged file aside as ``NAME.corrupt-YYYYMMDD-HHMMSS`` and return the new path.

    A number is appended (``-1``, ``-2`` ...) when that name is taken, so an earlier backup made
    in the same second is never overwritten: each may hold data the user wants back.
    """
    from datetime import datetime  # only when something is damaged: not on every start

    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    path.replace(target)
    return target
