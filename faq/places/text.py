"""How typed place names are compared: case, accents, punctuation and filler words do not count."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Words people put around a place name ("kab. Blitar", "di Dubai", "negara Malaysia"); they name no place.
FILLER_WORDS: Final = frozenset(
    {
        "kab", "kabupaten", "kota", "kotamadya", "kec", "kecamatan", "kel", "kelurahan", "desa", "ds",
        "prov", "provinsi", "propinsi", "negara", "negeri", "di", "ke", "dari", "daerah", "wilayah",
        "city", "regency", "province", "country", "state", "in", "at", "the", "of",
    }
)  # fmt: skip
_NOT_WORD: Final = re.compile(r"[^a-z0-9]+")
_PARTS: Final = re.compile(r"[,;/|()\n]+")


def place_tokens(text: str) -> list[str]:
    """Lower-case ASCII words of `text` without filler words."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    return [word for word in _NOT_WORD.split(ascii_text) if word and word not in FILLER_WORDS]


def place_words(text: str) -> list[tuple[str, bool]]:
    """Like `place_tokens`, each word with whether a filler word stood right before it: "jalan di burma" is
    a walk in Burma, "jalan burma" a street."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    words: list[tuple[str, bool]] = []
    after_filler = False
    for word in _NOT_WORD.split(ascii_text):
        if not word:
            continue
        if word in FILLER_WORDS:
            after_filler = True
            continue
        words.append((word, after_filler))
        after_filler = False
    return words


def place_key(text: str) -> str:
    """The form two spellings of one name share: "Kab. Blitar" and "blitar" give "blitar"."""
    return " ".join(place_tokens(text))


def compact_key(key: str) -> str:
    """Without spaces, so "hongkong" meets "hong kong" and "jawatimur" meets "jawa timur"."""
    return key.replace(" ", "")


def place_parts(text: str) -> list[str]:
    """The comma-separated pieces of an answer like "jatim, kab. blitar", as keys."""
    return [key for key in (place_key(part) for part in _PARTS.split(text)) if key]
