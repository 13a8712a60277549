"""The desktop entry and AppStream metainfo are valid, and --install/--uninstall-desktop-entry work per user."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from acupoint_gui import __version__, desktop_entry, paths

from .conftest import ROOT, python_env, require_tool, run_python

# Where the metainfo's screenshots are published: docs/screenshots/ of the project's repository.
SCREENSHOT_URL = re.compile(
    r"^https://raw\.githubusercontent\.com/[\w.-]+/[\w.-]+/main/(docs/screenshots/[\w.-]+\.png)$"
)


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    validate = require_tool("desktop-file-validate")
    result = subprocess.run([validate, str(paths.desktop_entry_file())], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = paths.desktop_entry_file().read_text()
    assert "\nCategories=Education;MedicalSoftware;Qt;\n" in text
    assert f"\nIcon={paths.APP_ID}\n" in text


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = require_tool("appstreamcli")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(paths.metainfo_file())], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_names_this_app_its_version_and_real_screenshots() -> None:
    root = ElementTree.parse(paths.metainfo_file()).getroot()
    assert root.findtext("id") == paths.APP_ID
    assert root.findtext("launchable") == paths.desktop_entry_file().name
    assert root.find("content_rating") is not None
    releases = [release.get("version") for release in root.iter("release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version (newest first)"
    images = [image.text or "" for image in root.iter("image")]
    assert len(images) >= 2
    for url in images:
        match = SCREENSHOT_URL.match(url)
        assert match, url
        assert (ROOT / match.group(1)).is_file(), f"{url} names a file that is not in docs/screenshots"


def menu_command(home: Path, flag: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    return run_python("-m", "acupoint_gui", flag, extra_env={"XDG_DATA_HOME": str(home), **extra_env})


def test_install_puts_the_entry_and_icons_in_the_users_menu_and_uninstall_removes_them(tmp_path: Path) -> None:
    home = tmp_path / "share"
    result = menu_command(home, "--install-desktop-entry")
    assert result.returncode == 0, result.stderr
    entry = home / "applications" / f"{paths.APP_ID}.desktop"
    assert str(entry) in result.stdout
    text = entry.read_text()
    assert f"\nExec={sys.executable} -m acupoint_gui\n" in text, "the entry starts the Python that installed it"
    assert f"\nTryExec={sys.executable}\n" in text
    icons = sorted(p.relative_to(home) for p in (home / "icons").rglob("*") if p.is_file())
    assert Path(f"icons/hicolor/48x48/apps/{paths.APP_ID}.png") in icons
    assert Path(f"icons/hicolor/scalable/apps/{paths.APP_ID}.svg") in icons
    assert len(icons) == len(paths.ICON_SIZES) + 1
    validate = require_tool("desktop-file-validate")
    checked = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout

    removed = menu_command(home, "--uninstall-desktop-entry")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not [p for p in (home / "icons").rglob("*") if p.is_file()]
    again = menu_command(home, "--uninstall-desktop-entry")
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_a_path_with_spaces_and_percent_is_quoted_as_the_spec_asks(tmp_path: Path) -> None:
    command = ["/opt/my apps/acu%point$/acupoint-gui"]
    entry = desktop_entry.install(tmp_path, command)
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec="/opt/my apps/acu%%point\\\\$/acupoint-gui"'
    validate = require_tool("desktop-file-validate")
    checked = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout


def test_the_bundle_starts_its_own_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop_entry.launch_command() == [str(Path(sys.executable).absolute())]


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(tmp_path: Path) -> None:
    assert desktop_entry.data_home({"XDG_DATA_HOME": "relative/share", "HOME": str(tmp_path)}) == (
        tmp_path / ".local" / "share"
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_data_folder_that_is_a_file_gives_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("not a folder")
    line = one_line_error(menu_command(blocker, "--install-desktop-entry"))
    assert line.startswith("Could not add Acupoint to the applications menu: Not a directory")
    assert str(blocker) in line
    assert blocker.read_text() == "not a folder"


def test_an_entry_folder_that_cannot_be_written_leaves_no_icons_behind(tmp_path: Path) -> None:
    home = tmp_path / "share"
    home.mkdir()
    (home / "applications").write_text("a file where the folder should be")
    line = one_line_error(menu_command(home, "--install-desktop-entry"))
    assert "applications" in line
    assert not [p for p in (home / "icons").rglob("*") if p.is_file()], "the icons were rolled back"


def test_without_home_or_xdg_data_home_it_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in python_env().items() if k not in ("HOME", "XDG_DATA_HOME")}
    result = run_python("-m", "acupoint_gui", "--uninstall-desktop-entry", env=env)
    assert one_line_error(result) == "Neither XDG_DATA_HOME nor HOME is set, so there is no applications menu folder."


def test_the_menu_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from acupoint_gui.cli import main\n"
        "rc = main(['--install-desktop-entry'])\n"
        "print(rc, ','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
    )
    result = run_python("-c", code, extra_env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.stdout.splitlines()[-1].split() == ["0"], result.stdout + result.stderr
