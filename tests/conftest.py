"""Shared test set-up: offscreen Qt, isolated user data, and tools that CI must have."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


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


@pytest.fixture(autouse=True)
def no_modal_close_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window mid-session asks a modal question; unattended tests answer "stop".

    (pytest-qt closes test widgets before fixtures tear down, so a session may still run.)
    """
    from acupoint_gui.app.tray_wiring import TrayWiring

    monkeypatch.setattr(TrayWiring, "ask_close", lambda self: "stop")
