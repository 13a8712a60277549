"""Put Acupoint in the user's applications menu, and take it out again (no Qt, no root).

``acupoint-gui --install-desktop-entry`` writes the desktop entry and the icons under
``$XDG_DATA_HOME`` (``~/.local/share``): ``applications/<app id>.desktop`` and
``icons/hicolor/*/apps/<app id>.{png,svg}``, as the freedesktop.org specifications say. The entry
starts the very command that installed it (the pipx or venv script, or the bundle's executable),
so it works whatever is on the desktop's PATH.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from . import paths
from .model.storage import atomic_write_bytes, atomic_write_text

# Characters that make the desktop entry spec quote an argument of Exec.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


class DesktopEntryError(Exception):
    """A one-line message for the user: what could not be done, and why."""


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (as the spec says)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    home = environ.get("HOME", "")
    if not home:
        raise DesktopEntryError("Neither XDG_DATA_HOME nor HOME is set, so there is no applications menu folder.")
    return Path(home) / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this copy of Acupoint: the bundle, the installed script, or Python."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0])
    if script.name.startswith("acupoint-gui") and script.is_file():
        return [str(script.absolute())]  # not resolved: pipx's link outlives a reinstall
    return [str(Path(sys.executable).absolute()), "-m", "acupoint_gui"]


def _escape_string(value: str) -> str:
    """The escapes of the spec's ``string`` type (applied after Exec quoting)."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def exec_argument(argument: str) -> str:
    """One argument of ``Exec=``, quoted as the desktop entry specification asks."""
    argument = argument.replace("%", "%%")
    if any(character in _RESERVED for character in argument):
        escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in argument)
        argument = f'"{escaped}"'
    return _escape_string(argument)


def entry_text(command: Sequence[str]) -> str:
    """The bundled desktop entry, starting ``command``; TryExec hides it once the program is gone."""
    lines = []
    for line in paths.desktop_entry_file().read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_argument(argument) for argument in command)
            lines.append(f"TryExec={_escape_string(command[0])}")
        lines.append(line)
    return "\n".join(lines) + "\n"


def entry_path(home: Path) -> Path:
    return home / "applications" / f"{paths.APP_ID}.desktop"


def icon_files() -> list[Path]:
    """The icon files, relative to the hicolor folder (``48x48/apps/<id>.png``, ``scalable/...``)."""
    theme = paths.icon_theme_dir()
    return sorted(path.relative_to(theme) for path in theme.rglob(f"{paths.APP_ID}.*") if path.is_file())


def _refresh_menu(home: Path) -> None:
    """Tell menus that cache their entries; where the tools are missing, menus watch the folders."""
    with contextlib.suppress(OSError):
        os.utime(home / "icons" / "hicolor")  # icon caches compare the theme folder's time
    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run([tool, "-q", str(home / "applications")], capture_output=True, check=False, timeout=30)


def install(home: Path, command: Sequence[str]) -> Path:
    """Write the icons, then the entry (so the menu never shows an entry without its icon).

    On failure nothing written is left behind, and :class:`DesktopEntryError` says why.
    """
    written: list[Path] = []
    try:
        for relative in icon_files():
            target = home / "icons" / "hicolor" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, (paths.icon_theme_dir() / relative).read_bytes())
            written.append(target)
        entry = entry_path(home)
        entry.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(entry, entry_text(command))
        written.append(entry)
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise DesktopEntryError(f"Could not add Acupoint to the applications menu: {_reason(exc)}.") from None
    _refresh_menu(home)
    return entry


def uninstall(home: Path) -> list[Path]:
    """Remove the entry and the icons this user has installed; return what was removed."""
    targets = [entry_path(home), *(home / "icons" / "hicolor" / relative for relative in icon_files())]
    removed = []
    try:
        for path in targets:
            if path.is_file():
                path.unlink()
                removed.append(path)
    except OSError as exc:
        raise DesktopEntryError(f"Could not remove Acupoint from the applications menu: {_reason(exc)}.") from None
    if removed:
        _refresh_menu(home)
    return removed


def _reason(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{exc.strerror or exc}{where}".rstrip(".")


def install_command() -> int:
    """``acupoint-gui --install-desktop-entry``."""
    try:
        entry = install(data_home(), launch_command())
    except DesktopEntryError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Acupoint is now in your applications menu ({entry}).")
    return 0


def uninstall_command() -> int:
    """``acupoint-gui --uninstall-desktop-entry``."""
    try:
        home = data_home()
        removed = uninstall(home)
    except DesktopEntryError as exc:
        print(exc, file=sys.stderr)
        return 1
    if removed:
        print(f"Acupoint is no longer in your applications menu (removed {len(removed)} files from {home}).")
    else:
        print(f"Acupoint was not in your applications menu in {home}: nothing to remove.")
    return 0
