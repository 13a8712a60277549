"""The bundled data is found through importlib.resources, in a checkout as in a wheel."""

from __future__ import annotations

from acupoint_gui import paths


def test_every_bundled_file_is_found() -> None:
    assert paths.points_file().is_file() and paths.routines_file().is_file()
    for view in ("front", "back", "side", "sole"):
        assert paths.figure_file(view).is_file()
    assert any(paths.fonts_dir().glob("*.ttf"))
    assert paths.data_dir().parent in (paths.package_dir(), paths.package_dir().parent)
