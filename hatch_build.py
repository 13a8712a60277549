"""The wheel's build hook: the translations compiled from ``translations/*.ts`` go into the wheel.

``lrelease`` comes with PySide6 (see ``[build-system] requires``); an editable install needs
none of this (a checkout compiles its ``.ts`` files into the cache on first use, see
``acupoint_gui/translation_files.py``).
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent


class TranslationsHook(BuildHookInterface[Any]):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        # Loaded by path: the package itself is not importable in an isolated build.
        spec = importlib.util.spec_from_file_location(
            "_translation_files", ROOT / "acupoint_gui" / "translation_files.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        self._folder = tempfile.TemporaryDirectory()
        for qm in module.compile_all(ROOT / "translations", Path(self._folder.name)):
            build_data["force_include"][str(qm)] = f"acupoint_gui/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            folder.cleanup()
