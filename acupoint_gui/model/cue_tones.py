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
