#!/usr/bin/env python3
"""Set up what Acupoint needs when it is missing, then launch the app, run the tests or build the bundle.

    python3 dev.py run      # system packages, .venv, then open the window
    python3 dev.py test     # system packages for the tests too, .venv with test tools, the whole suite
    python3 dev.py bundle   # as for test, then build dist/Acupoint/ and its .tar.gz (PyInstaller)

The system packages are listed in tools/system-packages.txt. On Debian or Ubuntu the missing ones
are installed with apt-get when you are root or can use sudo; otherwise dev.py stops with the one
command to run. Only the Python standard library is used here, so this works on a fresh machine
with just Python 3.11+. The environment is reinstalled when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".acupoint-installed"
PACKAGE_LIST = ROOT / "tools" / "system-packages.txt"


NEEDS = ("run", "test", "venv", "libpython")


class SystemPackage(NamedTuple):
    name: str  # "{python}" stands for this Python's version, e.g. python{python}-venv
    needed_for: str  # one of NEEDS
    why: str


def read_package_list(path: Path = PACKAGE_LIST) -> list[SystemPackage]:
    """The packages in ``path``: one a line, ``name  needed-for  what it is for``; ``#`` starts a comment."""
    packages = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 2)
        if len(parts) < 3 or parts[1] not in NEEDS:
            sys.exit(f"{path}:{number}: expected 'package  {'|'.join(NEEDS)}  what it is for', found {line!r}")
        packages.append(SystemPackage(*parts))
    return packages


def packages_for(
    command: str,
    packages: list[SystemPackage],
    *,
    has_ensurepip: bool,
    has_libpython: bool,
    python: str = f"{sys.version_info.major}.{sys.version_info.minor}",
) -> list[SystemPackage]:
    """What ``command`` needs: ``run`` the run lines, the others the test lines too.

    The venv lines count only for a Python without ensurepip, the libpython lines only for tests
    and bundles with a Python whose shared library is missing (both Debian's python3, apart).
    """
    wanted = {"run"} if command == "run" else {"run", "test"}
    if not has_ensurepip:
        wanted.add("venv")
    if command != "run" and not has_libpython:
        wanted.add("libpython")
    return [
        package._replace(name=package.name.replace("{python}", python))
        for package in packages
        if package.needed_for in wanted
    ]


def has_shared_libpython() -> bool:
    """Whether this Python's shared library is installed (PyInstaller puts it in the bundle)."""
    name, folder = sysconfig.get_config_var("INSTSONAME"), sysconfig.get_config_var("LIBDIR")
    if not name or not folder:
        return True  # nothing to go by: PyInstaller will say if it is missing
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    return any((Path(folder) / sub / name).exists() for sub in ("", multiarch))


def installed_names(dpkg_status: str) -> set[str]:
    """Names of installed packages, and of what they provide, from ``dpkg-query -W`` output (see below)."""
    names: set[str] = set()
    for line in dpkg_status.splitlines():
        status, _, rest = line.partition("\t")
        if status != "installed":
            continue
        name, _, provides = rest.partition("\t")
        names.add(name)
        # "libglib2.0-0 (= 2.80.0), foo" - a renamed package (Ubuntu's ...t64) provides the old name
        names.update(item.split("(")[0].strip() for item in provides.split(",") if item.strip())
    return names


def dpkg_status() -> str:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Status}\t${Package}\t${Provides}\n"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout


def install_command(names: list[str], *, as_root: bool) -> list[str]:
    prefix = [] if as_root else ["sudo"]
    return [*prefix, "apt-get", "install", "-y", "--no-install-recommends", *names]


def describe(packages: list[SystemPackage]) -> str:
    return "\n".join(f"  {package.name:24} {package.why}" for package in packages)


def can_use_sudo() -> bool:
    """Whether sudo may work: it needs no password, or there is a terminal to type it in."""
    if shutil.which("sudo") is None:
        return False
    if sys.stdin.isatty():
        return True
    return subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False).returncode == 0


def ensure_system_packages(command: str) -> None:
    """Install the missing system packages ``command`` needs, or stop with the command that would."""
    if not sys.platform.startswith("linux"):
        return  # Qt's wheels carry what they need on Windows and macOS
    needed = packages_for(
        command,
        read_package_list(),
        has_ensurepip=importlib.util.find_spec("ensurepip") is not None,
        has_libpython=has_shared_libpython(),
    )
    if shutil.which("dpkg-query") is None or shutil.which("apt-get") is None:
        print(
            "This is not a Debian-like system, so dev.py cannot check the system libraries Acupoint needs.\n"
            "Install your distribution's packages for these (Debian names), if anything fails:\n"
            f"{describe(needed)}",
            flush=True,
        )
        return
    missing = [package for package in needed if package.name not in installed_names(dpkg_status())]
    if not missing:
        return
    names = [package.name for package in missing]
    as_root = os.geteuid() == 0
    if as_root or shutil.which("sudo"):
        command_line = shlex.join(install_command(names, as_root=as_root))
    else:  # Debian installed with a root password has no sudo
        command_line = f"su -c {shlex.quote(shlex.join(install_command(names, as_root=True)))}"
    if not as_root and not can_use_sudo():
        sys.exit(
            f"Acupoint needs these system packages, which are not installed:\n{describe(missing)}\n\n"
            f"Install them with (as root, or ask whoever looks after this computer):\n\n    {command_line}\n"
        )
    how = "apt-get" if as_root else "sudo apt-get"
    print(f"Installing the system packages Acupoint needs, with {how}:\n{describe(missing)}", flush=True)
    environment = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    sudo_env = [] if as_root else ["sudo", "env", "DEBIAN_FRONTEND=noninteractive"]
    # A failed update (one unreachable source, say) need not stop the install: what counts is
    # whether the packages are there afterwards.
    subprocess.run([*sudo_env, "apt-get", "update", "-qq"], env=environment, check=False)
    subprocess.run([*sudo_env, *install_command(names, as_root=True)], env=environment, check=False)
    still_missing = [name for name in names if name not in installed_names(dpkg_status())]
    if still_missing:
        sys.exit(f"Could not install {', '.join(still_missing)}. Install them with:\n\n    {command_line}\n")


def _fingerprint(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extras.encode())
    return digest.hexdigest()


def ensure_environment(extras: str) -> None:
    if not PYTHON.exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except (OSError, subprocess.CalledProcessError) as exc:
            sys.exit(
                f"Could not create a virtual environment ({exc}).\n"
                "On Debian or Ubuntu install it with: sudo apt-get install python3-venv"
            )
    wanted = _fingerprint(extras)
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    print("Installing Acupoint and its dependencies (first run only) ...", flush=True)
    target = f".[{extras}]" if extras else "."
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    try:
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "-e", target], check=True, cwd=ROOT)
    except subprocess.CalledProcessError:
        sys.exit(
            "Could not install Acupoint's Python packages: pip stopped (its message is above).\n"
            "Check the internet connection, then run the same command again."
        )
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older Python
        sys.exit(f"Acupoint needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command not in ("run", "test", "bundle"):
        print(__doc__)
        return 2
    ensure_system_packages(command)
    if command == "run":
        ensure_environment("")
        return subprocess.call([str(PYTHON), "-m", "acupoint_gui", *rest], cwd=ROOT)
    ensure_environment("test")
    if command == "test":
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)
    return subprocess.call([str(PYTHON), str(ROOT / "tools" / "build_bundle.py"), *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
