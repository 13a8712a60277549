"""Shared test set-up: offscreen Qt, isolated user data, and tools that CI must have."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import Phase, settings

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from acupoint_gui.app.parts import Acupoint
    from acupoint_gui.model.catalog import Catalog

    from .fakes import FakeClock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")

ROOT = Path(__file__).resolve().parent.parent

# The mutation check only needs to know that a property fails, not the smallest example.
settings.register_profile("mutation-check", phases=(Phase.explicit, Phase.generate), database=None)


def is_ci(value: str | None) -> bool:
    """``CI`` read as a boolean: unset, empty, "0", "false", "no" and "off" are not CI."""
    return (value or "").strip().lower() not in ("", "0", "false", "no", "off")


IN_CI = is_ci(os.environ.get("CI"))


def require(condition: bool, why: str) -> None:
    """Skip when something outside the project is missing — but in CI that is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI must have this: {why}")
    pytest.skip(why)


def require_tool(name: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"the command {name!r} is not installed")
    assert path is not None
    return path


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own user data directory; nothing touches the real one."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("ACUPOINT_DATA_DIR", str(home))
    yield home


@pytest.fixture
def artifacts_dir() -> Path:
    """Where screenshots and failing images are kept for people to look at."""
    path = ROOT / "tests" / "artifacts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def python_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


PYTHON = sys.executable


def run_python(
    *args: str,
    extra_env: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` as a separate process with this checkout importable; output as text."""
    environment = (python_env() if env is None else env) | (extra_env or {})
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=environment, cwd=cwd, timeout=timeout, check=False
    )


def acknowledge_safety(data_dir: Path) -> None:
    """User settings that say the first-run safety notice was seen, so no modal dialog opens."""
    (data_dir / "settings.json").write_text('{"safety_acknowledged": true}', encoding="utf-8")


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The bundled data, loaded and checked once for the whole run."""
    from acupoint_gui.model.catalog import load_catalog

    return load_catalog()


@pytest.fixture
def clock() -> FakeClock:
    from .fakes import FakeClock

    return FakeClock()


@pytest.fixture(scope="session")
def english(qapp: object) -> str:
    """Qt's English words as the app has them at start (start_in_language): the English
    translation holds the window's plurals ("%n page(s)" → "1 page")."""
    from acupoint_gui.language_setup import install_language

    return install_language("en")


@pytest.fixture
def app(qtbot: QtBot, catalog: Catalog, clock: FakeClock, isolated_user_data: Path, english: str) -> Iterator[Acupoint]:
    """The whole app on the bundled data, its sessions timed by ``clock``; the window is not shown."""
    from acupoint_gui.app.startup import build_app

    acupoint = build_app(catalog, isolated_user_data, isolated_user_data / "cache")
    acupoint.runner.clock = clock
    qtbot.addWidget(acupoint.window)
    yield acupoint
    acupoint.runner.stop()
    acupoint.window.close()


@pytest.fixture(autouse=True)
def no_modal_close_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window mid-session asks a modal question; unattended tests answer "stop".

    (pytest-qt closes test widgets before fixtures tear down, so a session may still run.)
    """
    from acupoint_gui.ui import questions

    monkeypatch.setattr(questions, "ask_close_during_session", lambda parent, tray: questions.CloseChoice.STOP)
