"""Text normalisation shared by the matcher and the triage detector.

Steps, in order: Unicode NFKC + casefold; Indonesian reduplication written with a 2 ("anak2" -> "anak anak");
punctuation to spaces; letters typed 3+ times collapsed ("tolonggg" -> "tolong"); short forms read from
their neighbours ("ktp sm kk": Kartu Keluarga, `faq/slang.py`); the slang map; then the
synonyms declared in the content YAML (multi-word variants too, longest first) rewritten to their canonical
word. Both the FAQ phrasings and the user's question go through the same steps, so they meet in the middle.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final

from faq.slang import SLANG, resolve_by_context

_REDUPLICATION: Final = re.compile(r"\b([^\W\d_]{2,})2\b")
_NOT_WORD: Final = re.compile(r"[^\w]+|_")
_REPEATED: Final = re.compile(r"([^\W\d_])\1{2,}")
_MAX_PHRASE: Final = 4


def basic_tokens(text: str) -> list[str]:
    """Case, width, punctuation and repeated letters handled; no word mapping."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if "2" in folded:  # cheap test first: most texts have no "anak2" and the regex is the slow part
        folded = _REDUPLICATION.sub(r"\1 \1", folded)
    folded = _REPEATED.sub(r"\1", folded)
    return [token for token in _NOT_WORD.split(folded) if token]


class Normalizer:
    """Maps text to a list of standard tokens using the slang map and the content's synonyms."""

    def __init__(
        self,
        synonyms: Mapping[str, Iterable[str]] | None = None,
        slang: Mapping[str, str] = SLANG,
    ) -> None:
        self._slang = {key: tuple(value.split()) for key, value in slang.items()}
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for canonical, variants in (synonyms or {}).items():
            target = tuple(self._apply_slang(basic_tokens(canonical)))
            for variant in variants:
                source = tuple(self._apply_slang(basic_tokens(variant)))
                if source and source != target and len(source) <= _MAX_PHRASE:
                    self._phrases[source] = target
        self._longest = max((len(source) for source in self._phrases), default=0)

    @property
    def slang_words(self) -> frozenset[str]:
        return frozenset(self._slang)

    def tokens(self, text: str) -> list[str]:
        return self._apply_synonyms(self._apply_slang(basic_tokens(text)))

    def normalize(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def _apply_slang(self, tokens: Iterable[str]) -> list[str]:
        out: list[str] = []
        for token in resolve_by_context(tokens):
            out.extend(self._slang.get(token, (token,)))
        return out

    def _apply_synonyms(self, tokens: list[str]) -> list[str]:
        if not self._phrases:
            return tokens
        out: list[str] = []
        index = 0
        while index < len(tokens):
            for size in range(min(self._longest, len(tokens) - index), 0, -1):
                replacement = self._phrases.get(tuple(tokens[index : index + size]))
                if replacement is not None:
                    out.extend(replacement)
                    index += size
                    break
            else:
                out.append(tokens[index])
                index += 1
        return out
