"""The standalone bundle (PyInstaller), built as ``python3 dev.py bundle`` builds it, works on its own.

Built into a temporary folder, unpacked from its archive and installed with its install.sh into
a home of the test's own; then its program runs with a clean environment (no virtual environment,
no source tree on any path, started from elsewhere): the window reaches its first frame on a real
X server, the sheet has its figures and the bundled Chinese font, and the sound cues load and play.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from acupoint_gui import paths

from .conftest import ROOT, require, require_tool, run_python
from .desktop import xvfb
from .sound_server import pulse_server
from .test_bench import load_bench

DATE = "2026-11-24"


class Installed:
    def __init__(self, home: Path, elsewhere: Path, data: Path) -> None:
        self.home = home
        self.folder = home / ".local" / "lib" / "acupoint"
        self.program = self.folder / "acupoint-gui"
        self.elsewhere = elsewhere
        self.env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "ACUPOINT_DATA_DIR": str(data),
        }

    def run(self, *args: str, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.program), *args],
            capture_output=True,
            text=True,
            cwd=self.elsewhere,
            env=self.env | (extra or {}),
            timeout=120,
            check=False,
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    require(sys.platform.startswith("linux"), "the bundle is built for Linux")
    require_tool("objdump")  # PyInstaller needs binutils
    work = tmp_path_factory.mktemp("bundle")
    built = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_bundle.py"), "--dist", str(work / "dist"), "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    archives = list((work / "dist").glob("Acupoint-*-linux-*.tar.gz"))
    assert len(archives) == 1, built.stdout
    unpacked = work / "unpacked"
    unpacked.mkdir()
    subprocess.run(["tar", "-xzf", str(archives[0]), "-C", str(unpacked)], check=True, timeout=300)  # as users do
    home, elsewhere, data = work / "home", work / "elsewhere", work / "data"
    for folder in (home, elsewhere, data):
        folder.mkdir()
    (data / "settings.json").write_text('{"safety_acknowledged": true}', encoding="utf-8")
    result = Installed(home, elsewhere, data)
    setup = subprocess.run(
        ["/bin/sh", str(unpacked / "Acupoint" / "install.sh")],
        capture_output=True,
        text=True,
        env=result.env,
        cwd=elsewhere,
        timeout=300,
        check=False,
    )
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert "Acupoint is installed" in setup.stdout
    yield result


@pytest.mark.slow
def test_install_sh_adds_the_command_and_the_menu_entry(installed: Installed) -> None:
    link = installed.home / ".local" / "bin" / "acupoint-gui"
    assert link.is_symlink() and link.resolve() == installed.program.resolve()
    entry = installed.home / ".local" / "share" / "applications" / f"{paths.APP_ID}.desktop"
    assert f"\nExec={installed.program}\n" in entry.read_text()
    icon = installed.home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{paths.APP_ID}.png"
    assert icon.read_bytes() == paths.icon_png(48).read_bytes()
    checked = subprocess.run([require_tool("desktop-file-validate"), str(entry)], capture_output=True, check=False)
    assert checked.returncode == 0, checked.stdout


@pytest.mark.slow
def test_the_bundle_uses_its_own_data_and_no_source_tree(installed: Installed) -> None:
    result = installed.run("check-data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{installed.folder}/_internal/acupoint_gui/data/points.yaml: OK"), result.stdout
    assert str(ROOT) not in result.stdout


@pytest.mark.slow
def test_the_window_reaches_its_first_frame_on_a_real_x_server(installed: Installed, tmp_path: Path) -> None:
    with xvfb(require_tool("Xvfb"), tmp_path / "probe.json", tmp_path / "shots") as desktop:
        result = installed.run(extra={"DISPLAY": desktop.display, "ACUPOINT_EXIT_AFTER_FIRST_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame "), result.stdout + result.stderr


def dejavu_only(folder: Path) -> str:
    """A fontconfig file that knows DejaVu only: Chinese must come from the bundled font."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    require(dejavu.is_dir(), "fonts-dejavu-core is not installed")
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><dir>{dejavu}</dir><cachedir>{folder / 'font-cache'}</cachedir></fontconfig>"
    )
    return str(config)


def page_one(pdf: Path) -> Path:
    subprocess.run(
        [
            require_tool("pdftoppm"),
            "-r",
            "50",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(pdf.with_suffix("")),
        ],
        check=True,
    )
    return pdf.with_suffix(".png")


@pytest.mark.slow
def test_the_sheet_has_its_figures_and_the_bundled_chinese_font(installed: Installed, tmp_path: Path) -> None:
    fonts = dejavu_only(tmp_path)
    out = installed.elsewhere / "x.pdf"
    args = ("sheet", "--routine", "hip-low-back-five", "--date", DATE)
    result = installed.run(*args, "--output", "x.pdf", extra={"FONTCONFIG_FILE": fonts})
    assert result.returncode == 0, result.stderr
    listing = subprocess.run([require_tool("pdffonts"), str(out)], capture_output=True, text=True, check=True).stdout
    assert "AcupointCJKSubset" in listing, listing

    # The same sheet from the source tree: page 1, figures and all, must look the same.
    source = tmp_path / "source.pdf"
    made = run_python("-m", "acupoint_gui", *args, "--output", str(source), extra_env={"FONTCONFIG_FILE": fonts})
    assert made.returncode == 0, made.stderr
    from PySide6.QtGui import QImage

    bundle_page, source_page = (QImage(str(page_one(pdf))) for pdf in (out, source))
    assert bundle_page.size() == source_page.size()
    a, b = (
        bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits()) for image in (bundle_page, source_page)
    )
    mean = sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)
    assert mean < 1.0, f"the bundle's sheet differs from the source tree's (mean {mean:.2f} per channel)"


@pytest.mark.slow
def test_sound_cues_load_and_play(installed: Installed) -> None:
    with pulse_server() as env:
        result = installed.run("check-sound", extra=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Sound cues work: 4 cues loaded")


@pytest.mark.slow
def test_the_benchmark_measures_the_bundle(installed: Installed) -> None:
    rows = load_bench().bench_bundle(installed.folder, 1)
    names = [row.name for row in rows]
    assert names[:2] == ["bundle: cold start to first frame", "bundle: size of dist/Acupoint"]
    assert 0 < rows[0].value < 60_000 and rows[0].baseline is not None
    assert 50 < rows[1].value < 2000, "MiB"


@pytest.mark.slow
def test_install_sh_uninstall_removes_it_and_keeps_the_users_data(installed: Installed) -> None:
    data = installed.home / ".local" / "share" / "Acupoint" / "Acupoint"
    data.mkdir(parents=True)
    (data / "settings.json").write_text("{}")
    result = subprocess.run(
        ["/bin/sh", str(installed.folder / "install.sh"), "--uninstall"],
        capture_output=True,
        text=True,
        env=installed.env,
        cwd=installed.elsewhere,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not installed.folder.exists()
    assert not (installed.home / ".local" / "bin" / "acupoint-gui").exists()
    assert not (installed.home / ".local" / "share" / "applications" / f"{paths.APP_ID}.desktop").exists()
    assert (data / "settings.json").exists()
    assert not list((installed.home / ".local" / "bin").iterdir())
