"""The headless commands, run as real processes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from .conftest import python_env, run_python

FIXTURE = Path(__file__).parent / "fixtures" / "minimal_points.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_python("-m", "acupoint_gui", *args)


def test_check_data_on_bundled_data() -> None:
    result = run("check-data")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "OK" in lines[0] and "points" in lines[0]


def test_check_data_reports_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace("    channel: Bladder\n", "    chanel: Bladder\n").replace("pressure: medium", "pressure: hard")
    bad.write_text(text, encoding="utf-8")
    result = run("check-data", str(bad))
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if line.startswith(str(bad))]
    assert len(problems) >= 3, result.stderr
    for line in problems:
        file, number, rest = line.split(":", 2)
        assert file == str(bad) and number.isdigit() and rest.startswith(" points[")
    assert "Traceback" not in result.stderr


def test_check_data_missing_file(tmp_path: Path) -> None:
    result = run("check-data", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    assert f"{tmp_path / 'nope.yaml'}:1: (file): cannot be read" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_data_on_a_routines_file(tmp_path: Path) -> None:
    routines = tmp_path / "mine.yaml"
    routines.write_text(
        "schema: 1\nroutines:\n  - id: mine\n    name: Mine\n    steps:\n      - {point: B54, seconds_per_side: 700}\n",
        encoding="utf-8",
    )
    result = run("check-data", str(routines))
    assert result.returncode == 1
    assert f"{routines}:6: routines[0].steps[0].seconds_per_side: must be between 5 and 300, not 700" in result.stderr


def test_points_json_has_every_point_with_markers() -> None:
    result = run("points", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    codes = [point["code"] for point in data["points"]]
    for code in ("BL23", "BL52", "BL28", "BL53", "BL40", "BL39", "GB29", "GB30", "CV6", "LI4", "BL62", "BL60", "SI11"):
        assert code in codes
    for point in data["points"]:
        assert point["markers"], point["code"]
        sides = {m["side"] for m in point["markers"]}
        assert sides == ({"midline"} if point["laterality"] == "midline" else {"left", "right"}), point["code"]
    bl40 = next(p for p in data["points"] if p["code"] == "BL40")
    assert "B54" in bl40["aliases"]
    from acupoint_gui.model.closeups import CLOSEUP_ORDER

    assert set(data["views"]) == {"front", "back", "side", "sole", *CLOSEUP_ORDER}
    assert "l2-spinous" in data["views"]["back"]["landmarks"]
    # each close-up is a view like the others, with its own scale
    ankle = data["views"]["ankle-outer"]
    assert ankle["mirrored_for_left"] is True and ankle["units_per_cun"] > 10 and len(ankle["viewBox"]) == 4
    assert "lateral-malleolus" in ankle["landmarks"] and "units_per_cun" not in data["views"]["back"]
    bl23 = next(p for p in data["points"] if p["code"] == "BL23")
    assert {m["view"] for m in bl23["markers"]} == {"back", "low-back"}
    measure = bl23["guide"]["steps"][3]
    assert (measure["show"], measure["from"], measure["cun"], measure["direction"]) == (
        "measure",
        "l2-spinous",
        1.5,
        "lateral",
    )


@pytest.mark.parametrize("command", [[], ["check-data"], ["points"]])
def test_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: acupoint-gui")


def test_missing_qt_library_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from acupoint_gui import qt_check

    monkeypatch.setattr(sys, "platform", "linux")  # the sys module qt_check reads
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(qt_check, "XCB_LIBRARIES", {"libacupoint-missing.so.0": "libacupoint-missing0"})
    message = qt_check.problem_before_start()
    assert message is not None and "sudo apt-get install libacupoint-missing0" in message


def test_launch_without_display_explains_instead_of_crashing(tmp_path: Path) -> None:
    env = {k: v for k, v in python_env().items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    result = run_python("-m", "acupoint_gui", env=env, timeout=60)
    assert result.returncode == 2
    assert "No display found" in result.stderr and "Traceback" not in result.stderr


def test_render_map_writes_the_calibration_image(qapp: QApplication, tmp_path: Path) -> None:
    """Every figure, with its markers drawn (orange) and labelled (dark text), the close-ups under
    them, the whole image at the height asked."""
    out = tmp_path / "map.png"
    result = run("render-map", "--labels", "--height", "500", str(out))
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"], "no temporary file left"
    image = QImage(str(out))
    assert not image.isNull() and image.height() == 500 and image.width() > image.height(), "side by side"
    markers = labels = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            markers += colour.red() > 180 and 60 < colour.green() < 130 and colour.blue() < 60  # #D55E00
            labels += colour.lightness() < 60
    assert markers > 100 and labels > 100, (markers, labels)
