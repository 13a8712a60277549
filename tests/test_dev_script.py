"""dev.py's system check: one package list, installed with apt-get when it can be, else one command to run.

The apt tools are replaced by small scripts on PATH that log how they were called, so the tests
see the real subprocess calls without touching this machine's packages.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from acupoint_gui.qt_check import XCB_LIBRARIES

from .conftest import ROOT


def load_dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("acupoint_dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # NamedTuple looks its module up by name
    spec.loader.exec_module(module)
    return module


dev = load_dev()


def test_the_list_reads_and_covers_what_the_window_checks_for() -> None:
    packages = dev.read_package_list()
    names = [package.name for package in packages]
    assert len(names) == len(set(names)), "a package is listed twice"
    run = {package.name for package in packages if package.needed_for == "run"}
    assert set(XCB_LIBRARIES.values()) <= run, "qt_check names a package the list does not install"
    assert {"libpulse0", "fonts-dejavu-core"} <= run
    test = {package.name for package in packages if package.needed_for == "test"}
    assert {"xvfb", "cups", "poppler-utils", "desktop-file-utils", "appstream", "pulseaudio"} <= test
    assert all(package.why for package in packages)


def test_a_bad_line_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    listing = tmp_path / "packages.txt"
    listing.write_text("# comment\nxvfb  test  an X server\nlibfoo  sometimes  what\n")
    with pytest.raises(SystemExit, match=r"packages.txt:3: expected"):
        dev.read_package_list(listing)


def test_run_needs_the_run_lines_test_needs_all_and_venv_only_without_ensurepip() -> None:
    packages = dev.read_package_list()
    run = {p.name for p in dev.packages_for("run", packages, has_ensurepip=True, has_libpython=True)}
    assert "libpulse0" in run and "xvfb" not in run and "python3.11-venv" not in run
    test = {p.name for p in dev.packages_for("test", packages, has_ensurepip=True, has_libpython=True)}
    assert {"libpulse0", "xvfb"} <= test and "python3.11-venv" not in test
    bare = {p.name for p in dev.packages_for("run", packages, has_ensurepip=False, has_libpython=True, python="3.11")}
    assert "python3.11-venv" in bare


def test_the_python_library_is_needed_for_tests_and_bundles_when_it_is_missing() -> None:
    packages = dev.read_package_list()
    debian = {"has_ensurepip": False, "has_libpython": False, "python": "3.12"}
    assert "libpython3.12" in {p.name for p in dev.packages_for("test", packages, **debian)}
    assert "libpython3.12" in {p.name for p in dev.packages_for("bundle", packages, **debian)}
    assert "libpython3.12" not in {p.name for p in dev.packages_for("run", packages, **debian)}
    shared = {p.name for p in dev.packages_for("test", packages, has_ensurepip=True, has_libpython=True)}
    assert not any(name.startswith("libpython") for name in shared)
    assert not any("{" in name for name in {p.name for p in dev.packages_for("test", packages, **debian)})


def test_this_python_has_its_shared_library_once_set_up() -> None:
    """dev.py test installs it where missing, so in the suite it is always there."""
    assert dev.has_shared_libpython()


def test_installed_names_count_what_a_renamed_package_provides() -> None:
    status = (
        "installed\tlibglib2.0-0t64\tlibglib2.0-0 (= 2.80.0-6ubuntu1), libglib2.0-0-fake\n"
        "config-files\tlibpulse0\t\n"
        "not-installed\txvfb\t\n"
        "installed\tcups\t\n"
    )
    assert dev.installed_names(status) == {"libglib2.0-0t64", "libglib2.0-0", "libglib2.0-0-fake", "cups"}


def fake_tools(
    folder: Path, installed: list[str], *, sudo: bool, apt_fails: bool = False, sudo_needs_password: bool = False
) -> Path:
    """dpkg-query that lists ``installed``; apt-get that logs its arguments (and "installs" them)."""
    folder.mkdir()
    state = folder / "installed"
    state.write_text("".join(f"installed\t{name}\t\n" for name in installed))
    log = folder / "calls.log"
    (folder / "dpkg-query").write_text(f"#!/bin/sh\n/bin/cat {state}\n")
    install = "exit 100" if apt_fails else (f'for p in "$@"; do printf "installed\\t%s\\t\\n" "$p" >> {state}; done')
    (folder / "apt-get").write_text(f'#!/bin/sh\necho "apt-get $*" >> {log}\n[ "$1" = update ] && exit 0\n{install}\n')
    if sudo:  # passwordless: "sudo -n true" works; runs the rest
        ask = "exit 1" if sudo_needs_password else "shift"
        (folder / "sudo").write_text(f'#!/bin/sh\necho "sudo $*" >> {log}\n[ "$1" = -n ] && {ask}\nexec "$@"\n')
        (folder / "env").write_text('#!/bin/sh\nshift\nexec "$@"\n')
        (folder / "true").write_text("#!/bin/sh\nexit 0\n")
    for tool in folder.iterdir():
        tool.chmod(0o755)
    return log


def everything_but(*names: str) -> list[str]:
    every = dev.packages_for("test", dev.read_package_list(), has_ensurepip=False, has_libpython=False)
    return [package.name for package in every if package.name not in names]


@pytest.fixture
def as_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)


def test_as_root_the_missing_packages_are_named_then_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log = fake_tools(tmp_path / "bin", everything_but("libpulse0", "xvfb"), sudo=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    dev.ensure_system_packages("test")
    out = capsys.readouterr().out
    assert "Installing the system packages Acupoint needs, with apt-get" in out
    assert "libpulse0" in out and "sound cues" in out and "xvfb" in out
    calls = log.read_text().splitlines()
    assert calls == ["apt-get update -qq", "apt-get install -y --no-install-recommends libpulse0 xvfb"]


def test_run_installs_only_what_the_window_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = fake_tools(tmp_path / "bin", everything_but("libpulse0", "xvfb"), sudo=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    dev.ensure_system_packages("run")
    assert log.read_text().splitlines()[-1] == "apt-get install -y --no-install-recommends libpulse0"


def test_nothing_missing_runs_no_apt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_user: None) -> None:
    log = fake_tools(tmp_path / "bin", everything_but(), sudo=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    dev.ensure_system_packages("test")
    assert not log.exists()


def test_with_sudo_it_installs_through_sudo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_user: None) -> None:
    log = fake_tools(tmp_path / "bin", everything_but("xvfb"), sudo=True)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    dev.ensure_system_packages("test")
    calls = log.read_text().splitlines()
    assert "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb" in calls
    assert calls[-1] == "apt-get install -y --no-install-recommends xvfb"


def test_without_root_or_sudo_it_stops_with_the_one_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_user: None
) -> None:
    log = fake_tools(tmp_path / "bin", everything_but("libpulse0", "xvfb"), sudo=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_system_packages("test")
    message = str(stopped.value.code)
    assert "\n    su -c 'apt-get install -y --no-install-recommends libpulse0 xvfb'\n" in message
    assert "sound cues" in message and "Traceback" not in message
    assert not log.exists(), "nothing may be run without root or sudo"


def test_when_sudo_would_ask_for_a_password_and_no_one_can_type_it_it_stops_with_sudo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_user: None
) -> None:
    log = fake_tools(tmp_path / "bin", everything_but("xvfb"), sudo=True, sudo_needs_password=True)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_system_packages("test")
    assert "\n    sudo apt-get install -y --no-install-recommends xvfb\n" in str(stopped.value.code)
    assert log.read_text().splitlines() == ["sudo -n true"], "only the question whether sudo works"


def test_a_failed_install_stops_with_the_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_tools(tmp_path / "bin", everything_but("xvfb"), sudo=False, apt_fails=True)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    with pytest.raises(
        SystemExit,
        match=r"Could not install xvfb\. Install them with:\n\n    apt-get install -y --no-install-recommends xvfb\n",
    ):
        dev.ensure_system_packages("test")


def test_elsewhere_it_names_the_libraries_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no dpkg-query, no apt-get
    dev.ensure_system_packages("run")
    out = capsys.readouterr().out
    assert "not a Debian-like system" in out
    assert "libpulse0" in out and "xvfb" not in out
