"""Match what people type to a canonical place: exact spellings first, then whole words inside the answer,
then forgiven typos; anything ambiguous or weak is refused rather than guessed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from rapidfuzz import fuzz, process

from faq.places.model import Place, PlaceMatch
from faq.places.text import compact_key, place_key, place_parts, place_tokens

MIN_FUZZY_SCORE: Final = 85.0
# A typo is forgiven only when no other place's spelling comes this close to the best one.
MIN_FUZZY_MARGIN: Final = 6.0
MIN_FUZZY_LENGTH: Final = 4  # "aman" must not become "oman", nor "jb" anything
MAX_NAME_WORDS: Final = 5


class PlaceIndex:
    """All spellings of one kind of place (countries, or provinces)."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places: dict[str, Place] = {place.code: place for place in places}
        self._in_text: dict[str, str] = {}  # key -> code: may be found inside a sentence
        self._whole: dict[str, str] = {}  # key -> code: also the short forms, only as the whole answer
        for place in self.places.values():
            for name in place.spellings():
                key = place_key(name)
                if key:
                    self._in_text.setdefault(key, place.code)
                    self._in_text.setdefault(compact_key(key), place.code)
            for name in place.short:
                key = place_key(name)
                if key:
                    self._whole.setdefault(key, place.code)
        self._whole.update(self._in_text)
        self._fuzzy_keys = [key for key in self._in_text if len(key) >= MIN_FUZZY_LENGTH]

    def match(self, text: str) -> PlaceMatch | None:
        key = place_key(text)
        if not key:
            return None
        code = self._whole.get(key) or self._whole.get(compact_key(key))
        if code is not None:
            return PlaceMatch.of(self.places[code], 100.0, exact=True)
        parts = place_parts(text)
        part_codes = {code for part in parts if (code := self._whole.get(part)) is not None}
        if len(part_codes) > 1:
            return None  # two places named: not ours to choose
        if part_codes:
            return PlaceMatch.of(self.places[part_codes.pop()], 100.0, exact=True)
        # A typo of a longer name goes before words found inside it: "papua brat" is Papua Barat, not Papua.
        fuzzy = [found for part in dict.fromkeys([key, *parts]) if (found := self._fuzzy(part)) is not None]
        if len({found.code for found in fuzzy}) > 1:
            return None
        if fuzzy:
            return max(fuzzy, key=lambda found: found.score)
        named = self.codes_in(text)
        if len(named) == 1:
            return PlaceMatch.of(self.places[named[0]], 100.0, exact=True)
        return None

    def codes_in(self, text: str) -> list[str]:
        """Codes of places named anywhere in `text`, as whole words, in order of first mention."""
        tokens = place_tokens(text)
        found: dict[str, None] = {}
        start = 0
        while start < len(tokens):
            for size in range(min(MAX_NAME_WORDS, len(tokens) - start), 0, -1):
                code = self._in_text.get(" ".join(tokens[start : start + size]))
                if code is not None:
                    found.setdefault(code)
                    start += size
                    break
            else:
                start += 1
        return list(found)

    def _fuzzy(self, key: str) -> PlaceMatch | None:
        if len(key) < MIN_FUZZY_LENGTH or not self._fuzzy_keys:
            return None
        best: dict[str, float] = {}
        for query in {key, compact_key(key)}:
            for candidate, score, _ in process.extract(
                query,
                self._fuzzy_keys,
                scorer=fuzz.ratio,
                limit=8,
                score_cutoff=MIN_FUZZY_SCORE - MIN_FUZZY_MARGIN,
            ):
                code = self._in_text[candidate]
                best[code] = max(best.get(code, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        if not ranked or ranked[0][1] < MIN_FUZZY_SCORE:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MIN_FUZZY_MARGIN:
            return None
        code, score = ranked[0]
        return PlaceMatch.of(self.places[code], score, exact=False)
