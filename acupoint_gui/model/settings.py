"""User settings: declared defaults, a JSON file written atomically, damage reported not fatal."""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .storage import LoadReport, atomic_write_text, backup_corrupt

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Settings:
    pregnant: bool = False
    reduced_motion: bool = False
    breathing_inhale: float = 5.0
    breathing_exhale: float = 5.0
    breathing_hold_in: float = 0.0
    breathing_hold_out: float = 0.0
    volume: float = 0.8
    muted: bool = False
    speak_prompts: bool = False
    large_print: bool = False
    page_size: str = "auto"
    reminders: tuple[str, ...] = ()
    safety_acknowledged: bool = False
    show_landmarks: bool = False
    window_geometry: str = ""
    window_state: str = ""
    last_routine: str = ""


_RANGES: dict[str, tuple[float, float]] = {
    "breathing_inhale": (1, 20),
    "breathing_exhale": (1, 20),
    "breathing_hold_in": (0, 20),
    "breathing_hold_out": (0, 20),
    "volume": (0, 1),
}
_CHOICES: dict[str, tuple[str, ...]] = {"page_size": ("auto", "A4", "Letter")}


def _valid(name: str, value: Any, default: Any) -> tuple[bool, Any]:
    if isinstance(default, bool):
        return isinstance(value, bool), value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False, value
        low, high = _RANGES.get(name, (float("-inf"), float("inf")))
        return low <= value <= high, float(value)
    if isinstance(default, tuple):
        ok = isinstance(value, list) and all(isinstance(v, str) and _TIME.match(v) for v in value)
        return ok, tuple(value) if ok else value
    if isinstance(default, str):
        ok = isinstance(value, str) and (name not in _CHOICES or value in _CHOICES[name])
        return ok, value
    return False, value


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.current = Settings()

    def load(self) -> tuple[Settings, LoadReport | None]:
        if not self.path.exists():
            self.current = Settings()
            return self.current, None
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError) as exc:
            backup = backup_corrupt(self.path)
            self.current = Settings()
            message = (
                f"Your settings file {self.path} could not be read ({exc}); "
                f"it was moved to {backup} and the defaults are used."
            )
            return self.current, LoadReport(self.path, backup, message)
        values: dict[str, Any] = {}
        reset: list[str] = []
        for field in dataclasses.fields(Settings):
            if field.name not in raw:
                continue
            ok, value = _valid(field.name, raw[field.name], field.default)
            if ok:
                values[field.name] = value
            else:
                reset.append(field.name)
        self.current = Settings(**values)
        if reset:
            message = f"Some settings in {self.path} were not valid and were reset: {', '.join(reset)}."
            return self.current, LoadReport(self.path, None, message)
        return self.current, None

    def save(self, settings: Settings) -> None:
        data = dataclasses.asdict(settings)
        data["reminders"] = list(settings.reminders)
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
        self.current = settings

    def update(self, **changes: Any) -> Settings:
        settings = dataclasses.replace(self.current, **changes)
        self.save(settings)
        return settings
