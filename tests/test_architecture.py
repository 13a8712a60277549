"""The model layer never imports Qt, and start-up does not import what it does not need."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import acupoint_gui.model

from .conftest import python_env


def model_modules() -> list[str]:
    return sorted(f"acupoint_gui.model.{info.name}" for info in pkgutil.iter_modules(acupoint_gui.model.__path__))


def test_there_are_model_modules_to_check() -> None:
    assert {"acupoint_gui.model.loader", "acupoint_gui.model.geometry"} <= set(model_modules())


def test_model_layer_imports_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {model_modules()!r}: importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=python_env(), check=True)
    assert result.stdout.strip() == "", f"Qt modules imported by the model layer: {result.stdout}"


def test_headless_commands_do_not_import_qt() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from acupoint_gui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): rc = main(['check-data'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(rc, ','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=python_env(), check=True)
    assert result.stdout.split() == ["0"], result.stdout + result.stderr
