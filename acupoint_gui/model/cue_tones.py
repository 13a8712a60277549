"""The sound cues as short WAV files, generated here (no bundled audio): pure standard library."""

from __future__ import annotations

import io
import math
import struct
import wave

RATE = 22050

# cue name -> notes as (frequency Hz, seconds); distinct contours so each is recognisable
CUES: dict[str, tuple[tuple[float, float], ...]] = {
    "start": ((523.25, 0.16), (783.99, 0.30)),  # rising fifth
    "switch": ((659.25, 0.28),),  # one soft tone: change sides
    "next": ((587.33, 0.12), (587.33, 0.18)),  # two short tones: next point
    "done": ((783.99, 0.18), (659.25, 0.18), (523.25, 0.40)),  # falling: finished
}


def tone_wav(notes: tuple[tuple[float, float], ...], volume: float = 0.5) -> bytes:
    """16-bit mono WAV of the notes, each with a short fade in and out (no clicks)."""
    frames = bytearray()
    fade = int(RATE * 0.015)
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade)
            sample = volume * envelope * math.sin(2 * math.pi * frequency * i / RATE)
            frames += struct.pack("<h", int(sample * 32767))
        frames += b"\x00\x00" * int(RATE * 0.03)  # a breath between notes
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


CHANNEL_WORDS = {
    "BL": "Bladder",
    "GB": "Gallbladder",
    "CV": "Conception Vessel",
    "LI": "Large Intestine",
    "SI": "Small Intestine",
    "KI": "Kidney",
    "LR": "Liver",
}


def spoken_code(code: str) -> str:
    """``"BL23"`` → ``"Bladder 23"``."""
    letters = code.rstrip("0123456789")
    return f"{CHANNEL_WORDS.get(letters, letters)} {code[len(letters) :]}"


def seconds_words(seconds: float) -> str:
    whole = round(seconds)
    if whole % 60 == 0 and whole >= 60:
        minutes = whole // 60
        return "one minute" if minutes == 1 else f"{minutes} minutes"
    return f"{whole} seconds"


def prompt(code: str, name: str, side: str, seconds: float) -> str:
    """What the voice says at a step: ``"Right side. Bladder 23, Kidney Shu. 30 seconds."``."""
    where = f"{side.capitalize()} side. " if side in ("left", "right") else ""
    return f"{where}{spoken_code(code)}, {name}. {seconds_words(seconds)}."
