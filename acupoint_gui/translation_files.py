"""The compiled translations (``.qm``): found in an installed Acupoint, or built from the ``.ts``
sources of a checkout. Standard library only: the wheel's build hook loads this file by path.

Where the ``.qm`` files come from, for each way Acupoint is installed:

* the wheel (``pipx install .``, ``pip install .``): ``hatch_build.py`` runs ``lrelease`` on
  ``translations/*.ts`` and puts the ``.qm`` files in ``acupoint_gui/translations/``;
* the PyInstaller bundle: ``tools/build_bundle.py`` does the same into the bundle;
* a checkout (``python3 dev.py run``, an editable install, the tests): the ``.ts`` files are
  compiled on first use into the cache folder, again whenever one is newer than its ``.qm``.

``lrelease`` is the one in the PySide6 package (PySide6-Essentials, which Acupoint needs anyway).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PREFIX = "acupoint_"


class TranslationBuildError(Exception):
    """A ``.ts`` file could not be compiled; the text says which and why."""


def qt_tool(name: str) -> Path | None:
    """A Qt tool shipped inside the PySide6 package (``lrelease``, ``lupdate``), if installed."""
    import importlib.util  # here, not at start-up: a normal start finds its .qm without it

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    return None


def compile_ts(ts_file: Path, qm_file: Path) -> None:
    """``lrelease ts_file -qm qm_file``; written to a temporary name first, so a reader never sees half a file."""
    import subprocess  # here, not at start-up (only a checkout's first start compiles)

    tool = qt_tool("lrelease")
    if tool is None:
        raise TranslationBuildError(f"cannot compile {ts_file.name}: lrelease (part of PySide6) is not installed")
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    partial = qm_file.with_name(f".{qm_file.name}.{os.getpid()}.tmp")
    result = subprocess.run(
        [str(tool), "-silent", "-nounfinished", str(ts_file), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        reason = (result.stderr or result.stdout).strip() or f"exit status {result.returncode}"
        raise TranslationBuildError(f"cannot compile {ts_file}: {reason}")
    partial.replace(qm_file)


def compile_all(ts_folder: Path, qm_folder: Path) -> list[Path]:
    """Every ``acupoint_*.ts`` of ``ts_folder`` compiled into ``qm_folder``; the ``.qm`` files made."""
    made = []
    for ts_file in sorted(ts_folder.glob(f"{PREFIX}*.ts")):
        qm_file = qm_folder / f"{ts_file.stem}.qm"
        compile_ts(ts_file, qm_file)
        made.append(qm_file)
    return made


def find_qm(language: str, translations_dir: Path, cache_dir: Path) -> Path | None:
    """The compiled translation for ``language``: the installed one, else (a checkout) the one in
    ``cache_dir``, compiled now from its ``.ts`` when missing or older; ``None`` when there is none."""
    name = f"{PREFIX}{language}"
    installed = translations_dir / f"{name}.qm"
    if installed.is_file():
        return installed
    source = translations_dir / f"{name}.ts"
    if not source.is_file():
        return None
    compiled = cache_dir / "translations" / f"{name}.qm"
    try:
        if compiled.is_file() and compiled.stat().st_mtime_ns >= source.stat().st_mtime_ns:
            return compiled
        compile_ts(source, compiled)
    except (OSError, TranslationBuildError) as exc:
        print(f"Acupoint: the {language} translation cannot be used: {exc}", file=sys.stderr)
        return None
    return compiled
