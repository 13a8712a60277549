"""``acupoint-gui guide CODE --output DIR``: one PNG per step; mistakes end in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication

from acupoint_gui.model.catalog import Catalog

from .conftest import ROOT, run_python
from .image_compare import assert_images_close


def run(*args: str) -> tuple[int, str, str]:
    result = run_python("-m", "acupoint_gui", "guide", *args)
    return result.returncode, result.stdout, result.stderr


def test_one_png_per_step(tmp_path: Path) -> None:
    code, out, err = run("B54", "--output", str(tmp_path), "--width", "400")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"step-{n}.png" for n in range(1, 6)]
    assert "BL40" in out
    assert (tmp_path / "step-1.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["XX99"], "unknown point 'XX99'"),
        (["BL23", "--output-is-a-file"], "it is a file, not a folder"),
        (["BL23", "--no-such-folder"], "does not exist"),
        (["BL23", "--width", "99"], "--width must be between 300 and 4000"),
    ],
)
def test_mistakes_end_in_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    target = tmp_path / "out"
    if "--output-is-a-file" in args:
        target.write_text("")
        args = [args[0]]
    elif "--no-such-folder" in args:
        target = tmp_path / "missing" / "out"
        args = [args[0]]
    code, _, err = run(*args, "--output", str(target))
    assert code != 0 and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("case", ["BL23:4", "BL62:3"])
def test_guide_steps_match_their_reference_pictures(
    qapp: QApplication, catalog: Catalog, tmp_path: Path, artifacts_dir: Path, case: str
) -> None:
    """BL23's measure (two fingers out from L2) and BL62's slide down from the ankle bone, as drawn."""
    from acupoint_gui.model.find_it_loader import load_find_it
    from acupoint_gui.model.guide_frames import guide_frame
    from acupoint_gui.model.points import Side
    from acupoint_gui.printing.guide_pictures import step_image

    code, step = case.split(":", maxsplit=1)[0], int(case.split(":")[1])
    find_it = load_find_it(catalog.atlas)
    frame = guide_frame(find_it, code, Side.LEFT, step - 1, reduce_motion=True)
    image = step_image(find_it, catalog.atlas.point(code), frame, 360, 360)
    actual = tmp_path / f"guide-{code}-{step}.png"
    assert image.save(str(actual))
    reference = ROOT / "tests" / "references" / f"guide-{code}-step-{step}.png"
    # As the map's and the sheet's references: identical run to run, so little slack.
    assert_images_close(actual, reference, artifacts_dir, mean_tolerance=0.02, changed_pixels=8)


@pytest.mark.parametrize(
    ("code", "words"),
    [("BL23", ["◂ Left", "Right ▸"]), ("BL40", ["Your left side"]), ("KI1", ["Your left side"])],
)
def test_a_guide_picture_says_which_side_is_which(
    qapp: QApplication, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, code: str, words: list[str]
) -> None:
    """Under the close-up, as in the window: both sides named on the low back (seen from
    behind, their left on the left), the one side shown on a one-sided close-up."""
    from acupoint_gui.model.find_it_loader import load_find_it
    from acupoint_gui.model.guide_frames import guide_frame
    from acupoint_gui.model.points import Side
    from acupoint_gui.printing import guide_pictures
    from acupoint_gui.printing.side_captions import draw_side_captions as real

    drawn: list[str] = []

    def record(painter: QPainter, boxes: list[tuple[str, QRectF]], font: QFont, colour: QColor) -> None:
        drawn.extend(text for text, _ in boxes)
        real(painter, boxes, font, colour)

    monkeypatch.setattr(guide_pictures, "draw_side_captions", record)
    find_it = load_find_it(catalog.atlas)
    frame = guide_frame(find_it, code, Side.LEFT, 0, reduce_motion=True)
    guide_pictures.step_image(find_it, catalog.atlas.point(code), frame, 600, 600)
    assert drawn == words
