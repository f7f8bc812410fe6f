#!/usr/bin/env python3
"""Writes scan-beep.wav: the short confirmation tone RefundDesk plays when a receipt code is read.

A 2.7 kHz tone (the pitch of a till scanner's beep), 120 ms, 16-bit mono at 22.05 kHz, with
5 ms fades so it does not click. Standard library only; the output is the same on every run.
"""
import math
import struct
import sys
import wave

RATE = 22050
FREQUENCY = 2700.0
DURATION = 0.12
FADE = 0.005
VOLUME = 0.5


def samples():
    count = int(RATE * DURATION)
    fade = int(RATE * FADE)
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        yield int(32767 * VOLUME * envelope * math.sin(2 * math.pi * FREQUENCY * i / RATE))


def main(path):
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "scan-beep.wav")
