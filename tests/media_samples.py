"""Small real media files for the browser tests, made here rather than stored: a Telegram-style voice note
(Ogg Opus, one second of silence) and a PNG that a browser decodes."""

from __future__ import annotations

import struct
import zlib

SAMPLE_RATE = 48_000
PRE_SKIP = 312
FRAME_SAMPLES = 960  # 20 ms at 48 kHz
# One 20 ms CELT frame with the silence flag set: the smallest Opus packet that decodes to real samples.
SILENT_FRAME = b"\xf8\xff\xfe"


def _ogg_crc(data: bytes) -> int:
    """CRC-32 as Ogg computes it (polynomial 0x04C11DB7, not reflected, no initial or final xor)."""
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def _ogg_page(packets: list[bytes], *, sequence: int, granule: int, flags: int) -> bytes:
    lacing = b""
    for packet in packets:
        assert len(packet) < 255, "one segment per packet keeps this simple"
        lacing += bytes([len(packet)])
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, flags, granule, 0x4D41, sequence, 0, len(packets))
    page = header + lacing + b"".join(packets)
    return page[:22] + struct.pack("<I", _ogg_crc(page)) + page[26:]


def voice_note(seconds: int = 1) -> bytes:
    """An Ogg Opus file like a Telegram voice note (mono, 48 kHz)."""
    head = struct.pack("<8sBBHIhB", b"OpusHead", 1, 1, PRE_SKIP, SAMPLE_RATE, 0, 0)
    vendor = b"migrasi-aman tests"
    tags = b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", 0)
    frames = seconds * SAMPLE_RATE // FRAME_SAMPLES
    audio = _ogg_page(
        [SILENT_FRAME] * frames, sequence=2, granule=PRE_SKIP + frames * FRAME_SAMPLES, flags=0x04
    )
    return (
        _ogg_page([head], sequence=0, granule=0, flags=0x02)
        + _ogg_page([tags], sequence=1, granule=0, flags=0)
    ) + audio


def png(width: int = 4, height: int = 3) -> bytes:
    """A red RGB PNG of the given size."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
