#!/usr/bin/env python3
"""Build Acupoint's standalone bundle for Linux with PyInstaller (``python3 dev.py bundle`` runs this).

    dist/Acupoint/                      the program: acupoint-gui, its Python and Qt, install.sh
    dist/Acupoint-VERSION-linux-ARCH.tar.gz   the same folder, to hand to people

Whoever receives the archive unpacks it and runs ``Acupoint/install.sh``: no Python, no root.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "tools" / "bundle"
sys.path.insert(0, str(ROOT))

from acupoint_gui import __version__  # noqa: E402
from acupoint_gui.translation_files import compile_all  # noqa: E402

NAME = "Acupoint"
# Never imported by the app, but found beside it in a development environment.
EXCLUDED = ("tkinter", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "pipx", "PyInstaller", "setuptools")

README = """Acupoint {version}: guided self-acupressure for hip and low back pain.

To install it for yourself (no administrator needed), run in a terminal, in this folder:

    ./install.sh

It then appears in your applications menu. To remove it again: ./install.sh --uninstall
To try it without installing: ./acupoint-gui
"""


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; return the bundle folder ``dist/Acupoint``."""
    separator = ":"  # PyInstaller's --add-data SOURCE:DEST on Linux and macOS
    # The translations, compiled from translations/*.ts (Qt's own qtbase_*.qm come with PyInstaller's Qt hooks).
    compiled = compile_all(ROOT / "translations", work / "translations")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--name=acupoint-gui",
        f"--distpath={work / 'dist'}",
        f"--workpath={work / 'build'}",
        f"--specpath={work}",
        f"--add-data={ROOT / 'data'}{separator}acupoint_gui/data",
        f"--add-data={ROOT / 'resources'}{separator}acupoint_gui/resources",
        *(f"--add-data={qm}{separator}acupoint_gui/translations" for qm in compiled),
        *(f"--exclude-module={module}" for module in EXCLUDED),
        str(HERE / "entry.py"),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / NAME
    shutil.rmtree(bundle, ignore_errors=True)
    dist.mkdir(parents=True, exist_ok=True)
    shutil.move(work / "dist" / "acupoint-gui", bundle)
    shutil.copy2(HERE / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    (bundle / "README.txt").write_text(README.format(version=__version__), encoding="utf-8")
    return bundle


def archive(bundle: Path) -> Path:
    target = bundle.parent / f"{NAME}-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=NAME)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only, no .tar.gz")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("The bundle is built for Linux only; elsewhere, install with pipx.", file=sys.stderr)
        return 2
    try:
        bundle = build(args.dist.absolute(), args.work.absolute())
    except subprocess.CalledProcessError:
        print("PyInstaller failed (see above); nothing was built.", file=sys.stderr)
        return 1
    print(f"Built {bundle} ({folder_size(bundle) / 2**20:.0f} MiB).")
    print("(PyInstaller's 'Library not found' warnings for libspeechd and GTK are expected: those Qt plugins")
    print(" use the libraries of the user's system when it has them, and are not needed otherwise.)")
    if not args.no_archive:
        tarball = archive(bundle)
        print(f"Archive {tarball} ({tarball.stat().st_size / 2**20:.0f} MiB): unpack it and run Acupoint/install.sh.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
