"""User settings: declared defaults, a JSON file written atomically, damage reported not fatal.

Loading never fails: a file that cannot be read at all is moved aside and the defaults used; a
file with some bad values keeps its good ones, and only the bad ones fall back to their default.
Either way a :class:`LoadReport` tells the app what to say to the user.
"""

import base64
import binascii
import json
import math
import re
from pathlib import Path
from typing import Any, NamedTuple

from .breathing import MAX_PHASE_SECONDS, MIN_BREATH_SECONDS, BreathingPattern
from .languages import LANGUAGES
from .storage import LoadReport, atomic_write_text, backup_corrupt

PAGE_SIZES = ("auto", "A4", "Letter")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


class Settings(NamedTuple):
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
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    last_routine: str = ""
    # Your own finger widths (issue 15): what the person measured, and a bank card's width on
    # this screen in pixels; 0 until they have done so.
    finger_measure: str = "thumb"
    finger_millimetres: float = 0.0
    card_pixels: float = 0.0
    # Find it in sessions (issue 15): show how to find a point before its first press; "auto"
    # is on during the first week after ``first_used`` (the day Acupoint first opened).
    guide_in_sessions: str = "auto"
    first_used: str = ""  # YYYY-MM-DD, or "" until the window has opened once
    # A practitioner's name and contact line, printed on the sheets and reports they hand out.
    sheet_practitioner: str = ""
    # Pressing for someone else (issue 16): steps worded for the presser; and pressing alone,
    # leaving out the points a partner helps with.
    partner_mode: bool = False
    alone_only: bool = False
    # Settings ▸ Language: "" follows the system; else a language of model.languages (issue 18).
    language: str = ""

    def breathing_pattern(self) -> BreathingPattern:
        """The paced breath of a session; the default pattern if the saved one is not valid."""
        try:
            return BreathingPattern(
                self.breathing_inhale, self.breathing_hold_in, self.breathing_exhale, self.breathing_hold_out
            )
        except ValueError:
            return BreathingPattern()


# The same limits the breathing pattern enforces, so a value loaded here is one it accepts.
_RANGES: dict[str, tuple[float, float]] = {
    "breathing_inhale": (MIN_BREATH_SECONDS, MAX_PHASE_SECONDS),
    "breathing_exhale": (MIN_BREATH_SECONDS, MAX_PHASE_SECONDS),
    "breathing_hold_in": (0.0, MAX_PHASE_SECONDS),
    "breathing_hold_out": (0.0, MAX_PHASE_SECONDS),
    "volume": (0.0, 1.0),
    "finger_millimetres": (0.0, 150.0),
    "card_pixels": (0.0, 5000.0),
}
FINGER_MEASURES = ("thumb", "four-fingers")
GUIDE_IN_SESSIONS = ("auto", "on", "off")
_BASE64 = ("window_geometry", "window_state")
_DEFAULTS: dict[str, Any] = Settings._field_defaults  # every setting has one


def check_setting(name: str, value: object) -> object:
    """Return ``value`` in the form Settings holds it, or raise ValueError saying what is wrong."""
    default = _DEFAULTS[name]
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"must be true or false, not {value!r}")
        return value
    if isinstance(default, float):
        # bool is an int subclass: "volume": true is a mistake, not 1.0.
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValueError(f"must be a number, not {value!r}")
        low, high = _RANGES[name]
        if not low <= value <= high:
            raise ValueError(f"must be between {low:g} and {high:g}, not {value!r}")
        return float(value)
    if isinstance(default, tuple):
        # JSON has lists, Python callers pass tuples; both become a tuple (Settings is frozen).
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) and _TIME.fullmatch(v) for v in value):
            raise ValueError(f'must be a list of times like "08:30", not {value!r}')
        return tuple(value)
    if not isinstance(value, str):
        raise ValueError(f"must be text, not {value!r}")
    if name == "page_size" and value not in PAGE_SIZES:
        raise ValueError(f"must be one of {', '.join(PAGE_SIZES)}, not {value!r}")
    if name == "language" and value and value not in LANGUAGES:
        raise ValueError(f"must be empty (the system's) or one of {', '.join(LANGUAGES)}, not {value!r}")
    if name == "finger_measure" and value not in FINGER_MEASURES:
        raise ValueError(f"must be one of {', '.join(FINGER_MEASURES)}, not {value!r}")
    if name == "guide_in_sessions" and value not in GUIDE_IN_SESSIONS:
        raise ValueError(f"must be one of {', '.join(GUIDE_IN_SESSIONS)}, not {value!r}")
    if name == "first_used" and value and not _is_date(value):
        raise ValueError(f'must be a date like "2026-03-01", not {value!r}')
    if name in _BASE64:
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            # Checked here so a damaged value costs the saved layout, not a crash at start-up.
            raise ValueError("is not valid base64") from None
    return value


def _is_date(text: str) -> bool:
    """A real day written YYYY-MM-DD (2026-02-30 is not); without the datetime module or a
    regular expression, which the first frame does not otherwise need."""
    parts = text.split("-")
    if [len(part) for part in parts] != [4, 2, 2] or not all(part.isascii() and part.isdigit() for part in parts):
        return False
    year, month, day = (int(part) for part in parts)
    if not (1 <= month <= 12 and day >= 1):
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return day <= (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


class SettingsStore:
    """Loads and saves :class:`Settings` at ``path``; ``current`` is what was last loaded or saved."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.current = Settings()
        # What the file holds, when it is known to hold exactly ``current``'s kind of values;
        # None after a load that reset some of them, so the next update writes the file clean.
        self._on_disk: Settings | None = None

    def load(self) -> tuple[Settings, LoadReport | None]:
        self.current = Settings()
        self._on_disk = None
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self._on_disk = self.current  # no file means the defaults
            return self.current, None  # first start: nothing to report
        except (OSError, UnicodeDecodeError) as exc:
            return self.current, self._move_aside(f"it could not be read ({exc})")
        try:
            raw = json.loads(text)
        except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
            return self.current, self._move_aside(f"it is not valid JSON ({exc})")
        if not isinstance(raw, dict):
            return self.current, self._move_aside(f"it holds a JSON {type(raw).__name__}, not an object")
        values: dict[str, Any] = {}
        problems: list[str] = []
        # Keys we do not know are skipped, not reported: a newer version may have written them.
        for name in _DEFAULTS.keys() & raw.keys():
            try:
                values[name] = check_setting(name, raw[name])
            except ValueError as exc:
                problems.append(f"{name} ({exc})")
        self.current = Settings(**values)
        if not problems:
            self._on_disk = self.current
            return self.current, None
        message = (
            f"Some settings in {self.path} were not valid and were reset to their defaults: "
            f"{'; '.join(sorted(problems))}. Your other settings were kept."
        )
        return self.current, LoadReport(self.path, None, message)

    def _move_aside(self, why: str) -> LoadReport:
        try:
            backup: Path | None = backup_corrupt(self.path)
        except OSError as exc:
            # Still start with defaults: the damaged file will be replaced on the next save.
            backup = None
            where = f"it could not be moved aside either ({exc})"
        else:
            where = f"it was moved to {backup}"
        message = (
            f"Your settings file {self.path} was damaged: {why}. {where[0].upper()}{where[1:]}; defaults are used."
        )
        return LoadReport(self.path, backup, message)

    def save(self, settings: Settings) -> None:
        """Write ``settings`` atomically; ValueError for an invalid value, OSError if writing fails."""
        data: dict[str, object] = {}
        for name in Settings._fields:
            value = getattr(settings, name)
            try:
                check_setting(name, value)
            except ValueError as exc:
                # Refuse rather than write a file that the next load would have to reset.
                raise ValueError(f"setting {name} {exc}") from None
            data[name] = list(value) if isinstance(value, tuple) else value
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
        self.current = self._on_disk = settings

    def update(self, **changes: Any) -> Settings:
        """Change some settings of ``current``, save them, and return the new settings.

        Nothing is written when nothing changes (the app applies every setting at start-up), unless
        the file on disk still holds values that loading had to reset.
        """
        unknown = changes.keys() - _DEFAULTS.keys()
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        normalized: dict[str, Any] = {}
        for name, value in changes.items():
            try:
                normalized[name] = check_setting(name, value)
            except ValueError as exc:
                raise ValueError(f"setting {name} {exc}") from None
        settings = self.current._replace(**normalized)
        if settings != self._on_disk:
            self.save(settings)
        self.current = settings
        return settings
