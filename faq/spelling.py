"""Correct misspelt query words against the FAQ's own vocabulary.

People type "dokumn", "majikn", "nergi". A word we do not know (and that the slang map did not already
rewrite) is replaced by the closest word the content itself uses, if it is close enough. Only words of 4+
letters are corrected: short ones are too ambiguous. Enclitics (-nya, -ku, -mu, ...) are tried first, because
"paspornya" should become "paspor", not a random near neighbour.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from rapidfuzz import fuzz, process

_ENCLITICS: Final = ("nya", "lah", "kah", "pun", "ku", "mu", "es", "s")
_SPLIT_PREFIXES: Final = frozenset({"di"})
_MIN_LENGTH: Final = 4
_MIN_STEM: Final = 3
_MIN_RUN_TOGETHER: Final = 5
_MIN_PIECE: Final = 2
_VOWELS: Final = frozenset("aeiou")


class SpellingCorrector:
    """`vocabulary`: the words corrections may produce (what the index knows). `real_words`: further words
    known to be spelt right (e.g. from the answers), left alone even though they are not in the index:
    "pesawat" must not become "perawat" just because only the latter occurs in a phrasing."""

    def __init__(
        self, vocabulary: Iterable[str], cutoff: float = 85.0, real_words: Iterable[str] = ()
    ) -> None:
        self._known = frozenset(vocabulary)
        self._real = frozenset(real_words)
        self._by_initial: dict[str, list[str]] = {}
        for word in sorted(self._known):
            if len(word) >= _MIN_STEM:
                self._by_initial.setdefault(word[0], []).append(word)
        self._cutoff = cutoff
        self._cache: dict[str, str | None] = {}

    @property
    def vocabulary(self) -> frozenset[str]:
        return self._known

    def is_known(self, word: str) -> bool:
        return word in self._known

    def correct(self, word: str) -> str | None:
        """The vocabulary word meant by `word`, or None when nothing is close enough (or it is known)."""
        if word in self._known or len(word) < _MIN_LENGTH or word.isdigit():
            return None
        stem = self._strip_enclitic(word)
        if stem is not None:
            return stem
        passive = self._full_passive_prefix(word)
        if passive is not None:
            return passive
        if word in self._real:
            return None
        if word in self._cache:
            return self._cache[word]
        fixed = self._closest(word)
        if len(self._cache) < 50_000:  # bounded: queries are user text
            self._cache[word] = fixed
        return fixed

    def correct_all(self, words: Iterable[str]) -> list[str]:
        corrected: list[str] = []
        for word in self.join_split_prefixes(list(words)):
            fixed = self.correct(word)
            if fixed is None and word not in self._known and word not in self._real:
                corrected.extend(self.split_run_together(word) or (word,))
            else:
                corrected.append(fixed or word)
        return corrected

    def split_run_together(self, word: str) -> tuple[str, str] | None:
        """ "lewatpt" -> ("lewat", "pt"), "apasaja" -> ("apa", "saja"): a space left out between two words
        the content uses. The most even split wins, so short pieces ("pt", "id") only when nothing else
        fits."""
        if len(word) < _MIN_RUN_TOGETHER or word.isdigit():
            return None
        splits = [
            (word[:cut], word[cut:])
            for cut in range(_MIN_PIECE, len(word) - _MIN_PIECE + 1)
            if word[:cut] in self._known and word[cut:] in self._known
        ]
        return max(splits, key=lambda pair: min(len(pair[0]), len(pair[1])), default=None)

    def join_split_prefixes(self, words: list[str]) -> list[str]:
        """ "di tahan" -> "ditahan": the passive prefix is often typed apart. Only when the bare word is
        unknown and the joined one is a word the content uses, so "di rumah" and "di luar" stay apart."""
        joined: list[str] = []
        index = 0
        while index < len(words):
            word = words[index]
            if word in _SPLIT_PREFIXES and index + 1 < len(words):
                candidate = word + words[index + 1]
                if candidate in self._known and words[index + 1] not in self._known:
                    joined.append(candidate)
                    index += 2
                    continue
            joined.append(word)
            index += 1
        return joined

    def _full_passive_prefix(self, word: str) -> str | None:
        """ "dcek" -> "dicek", "dbayar" -> "dibayar": the passive prefix typed as a bare "d" before a
        consonant."""
        if word[0] != "d" or word[1] in _VOWELS:
            return None
        candidate = "di" + word[1:]
        return candidate if candidate in self._known else None

    def _strip_enclitic(self, word: str) -> str | None:
        """ "paspornya" -> "paspor", and English plurals "employers" -> "employer"."""
        for suffix in _ENCLITICS:
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= _MIN_STEM and stem in self._known:
                return stem
        return None

    def _closest(self, word: str) -> str | None:
        # Typos rarely change the first letter, while unrelated words that happen to be close do
        # ("malam" is not a typo of "dalam"): only words with the same first letter are candidates.
        choices = self._by_initial.get(word[0], ())
        found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=self._cutoff)
        return None if found is None else str(found[0])
