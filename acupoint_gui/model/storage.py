"""Writing user data safely: whole files or nothing, and damaged files moved aside, never lost."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from .wording import QT_TRANSLATE_NOOP, Words, fill

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime


class FileWords(Words):
    """Why a file could not be read or written, and what to do: the sentences of a message box."""


class StorageError(Exception):
    """A user-facing problem with a data file (the message names the file and what is wrong)."""


class LoadReport(NamedTuple):
    """What to tell the user after a damaged file was moved aside or partly reset."""

    path: Path
    backup: Path | None
    message: str


@contextlib.contextmanager
def atomic_writer(path: Path, *, text: bool = False) -> Iterator[IO[Any]]:
    """A stream whose content replaces ``path`` in one step when the ``with`` block ends; if the
    block raises, ``path`` is left as it was and the temporary file is removed.

    The temporary file lives in the target's directory because a rename is only atomic within
    one file system. mkstemp creates it with mode 0o600, which suits private user data. A text
    stream is UTF-8 and writes newlines exactly as given.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        opened: IO[Any] = os.fdopen(handle, "w", encoding="utf-8", newline="") if text else os.fdopen(handle, "wb")
        with opened as stream:
            yield stream
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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: readers see the old file or the new, never half."""
    with atomic_writer(path) as stream:
        stream.write(data)


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


_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)  # Windows has no quota errno; the advice is the same
# Why a file could not be written, in words (errno -> reason, and what the person can do).
_WRITE_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("FileWords", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileWords", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileWords", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileWords", "the disk is full"),
    _EDQUOT: QT_TRANSLATE_NOOP("FileWords", "your disk quota is used up"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileWords", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileWords", "part of that path is a file, not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileWords", "there is a folder of that name"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileWords", "the name is too long"),
    errno.EFBIG: QT_TRANSLATE_NOOP("FileWords", "the file would be too large for that disk"),
}
_FULL = (errno.ENOSPC, _EDQUOT, errno.EFBIG)


def describe_write_error(path: Path, exc: OSError) -> str:
    """One plain sentence for a file Acupoint could not write: the file, the reason, what to do.

    It names ``path`` (the file the person chose), never the temporary file the error came from,
    and no error class or number. The templates are whole sentences, ready for translation.
    """
    reason = _WRITE_REASONS.get(exc.errno or 0)
    if exc.errno == errno.ENOENT and path.parent.is_dir():
        # the folder is there: a system one such as /proc
        reason = QT_TRANSLATE_NOOP("FileWords", "that folder does not take new files")
    # Something rarer (an I/O error, a network share gone): the system's own words.
    reason = system_reason(exc) if reason is None else FileWords.tr(reason)
    advice = (
        FileWords.tr("Free some space or choose another folder.")
        if exc.errno in _FULL
        else FileWords.tr("Choose another folder.")
    )
    return fill(FileWords.tr("Acupoint cannot write to %1: %2. %3"), path, reason, advice)


def system_reason(exc: OSError) -> str:
    """The system's own words for a rarer error, in lower case without a full stop."""
    if exc.strerror:
        return exc.strerror.rstrip(".").lower()
    return FileWords.tr("the system refused it")
