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
