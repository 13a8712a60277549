"""The built wheel works on its own: data and figures are inside it, found via importlib.resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.mark.slow
def test_wheel_installs_and_runs_headless_commands(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(dist)],
        check=True,
        timeout=300,
    )
    wheels = list(dist.glob("acupoint_gui-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    pip = [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    # A non-editable install. Qt is left out on purpose: the headless commands must not need it.
    subprocess.run([*pip, "--no-deps", str(wheels[0])], check=True, timeout=300)
    subprocess.run([*pip, "PyYAML>=6.0"], check=True, timeout=300)
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    outside = tmp_path / "elsewhere"  # run away from the checkout so nothing is found by accident
    outside.mkdir()

    check = subprocess.run(
        [str(bin_dir / "acupoint-gui"), "check-data"], capture_output=True, text=True, cwd=outside, env=clean_env
    )
    assert check.returncode == 0, check.stderr
    assert "OK" in check.stdout
    assert str(env_dir) in check.stdout, "the bundled data must come from the installed wheel"

    points = subprocess.run(
        [str(bin_dir / "acupoint-gui"), "points", "--json"], capture_output=True, text=True, cwd=outside, env=clean_env
    )
    assert points.returncode == 0, points.stderr
    data = json.loads(points.stdout)
    assert len(data["points"]) >= 15
    assert all(point["markers"] for point in data["points"])


@pytest.mark.slow
def test_pipx_install_gives_the_command_and_the_menu_entry(tmp_path: Path, isolated_user_data: Path) -> None:
    """What the README tells users: ``pipx install .`` (here into a pipx home of the test's own)."""
    pipx_home, bin_dir = tmp_path / "pipx", tmp_path / "bin"
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    clean_env |= {"PIPX_HOME": str(pipx_home), "PIPX_BIN_DIR": str(bin_dir), "PIPX_MAN_DIR": str(tmp_path / "man")}
    installed = subprocess.run(
        [sys.executable, "-m", "pipx", "install", str(ROOT)],
        capture_output=True,
        text=True,
        env=clean_env,
        timeout=900,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    command = bin_dir / "acupoint-gui"
    outside = tmp_path / "elsewhere"
    outside.mkdir()

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(command), *args], capture_output=True, text=True, cwd=outside, env=clean_env | extra, timeout=120
        )

    check = run("check-data")
    assert check.returncode == 0 and str(pipx_home) in check.stdout, check.stdout + check.stderr
    (isolated_user_data / "settings.json").write_text('{"safety_acknowledged": true}')
    window = run(ACUPOINT_EXIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    assert window.returncode == 0 and window.stdout.startswith("first-frame "), window.stderr

    share = tmp_path / "share"
    menu = run("--install-desktop-entry", XDG_DATA_HOME=str(share))
    assert menu.returncode == 0, menu.stderr
    entry = (share / "applications" / "io.github.acupoint.Acupoint.desktop").read_text()
    assert f"\nExec={command}\n" in entry, "the menu starts pipx's command"
