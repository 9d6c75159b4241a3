"""Match what people type to a canonical place: exact spellings first, then whole words inside the answer,
then forgiven typos; anything ambiguous or weak is refused rather than guessed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from rapidfuzz import fuzz, process

from faq.places.model import Place, PlaceMatch, PlaceMention
from faq.places.text import compact_key, place_key, place_parts, place_words

MIN_FUZZY_SCORE: Final = 85.0
# A typo is forgiven only when no other place's spelling comes this close to the best one.
MIN_FUZZY_MARGIN: Final = 6.0
MIN_FUZZY_LENGTH: Final = 4  # "aman" must not become "oman", nor "jb" anything
MAX_NAME_WORDS: Final = 5
# A place name right after these words, or right before the next ones, names a street or a building, not
# where the person is: "Jalan Burma" and "Burma Road" are in George Town, "Jln. Siam" is in Malaysia.
STREET_BEFORE: Final = frozenset(
    {
        "jalan", "jln", "jl", "lorong", "lrg", "lebuh", "lebuhraya", "persiaran", "lengkok", "gedung",
        "wisma", "menara", "bangunan", "kompleks", "komplek",
    }
)  # fmt: skip
STREET_AFTER: Final = frozenset(
    {
        "road", "rd", "street", "st", "avenue", "ave", "lane", "building", "bldg", "tower",
        "mansion", "mansions", "plaza",
    }
)  # fmt: skip


# Short forms that name a place inside a sentence right after "di", "ke", "dari", "in" ("aku di kl", "kerja
# di tw", "di k.l."): there they cannot be the chat words they also are ("kl" = kalau, "gk tw" = tidak tahu).
# Left out: short forms that are words after those too ("in my room", "ke mal" = to the mall, "di indo").
SHORT_AFTER_FILLER: Final = frozenset({"kl", "sg", "sgp", "tw", "twn", "jp", "jpn", "uk"})
# Place names that are also everyday words, taken as places only after "di"/"ke"/"dari" or as the whole
# answer: Sundanese "kedah" is "must" ("abdi kedah kumaha" is no Kedah).
WORD_PLACES: Final = frozenset({"kedah"})
# A country right after these is a language spoken, not where she is ("ngomong bhs cina").
_SHORT_AT: Final = frozenset({"d", "dr", "dri", "k", "kat", "neng", "ning", "nang"})  # "d kedah", "kat kedah"
LANGUAGE_BEFORE: Final = frozenset({"bahasa", "bhs", "bhsa", "bhasa", "basa", "language", "speak", "speaks"})


class PlaceIndex:
    """All spellings of one kind of place (countries, or provinces)."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places: dict[str, Place] = {place.code: place for place in places}
        self._in_text: dict[str, str] = {}  # key -> code: may be found inside a sentence
        self._whole: dict[str, str] = {}  # key -> code: also the short forms, only as the whole answer
        self._after_filler: dict[str, str] = {}  # short form -> code: inside a sentence after "di"/"ke"
        own_names: set[str] = set()
        for place in self.places.values():
            for name in place.spellings():
                key = place_key(name)
                if key:
                    self._in_text.setdefault(key, place.code)
                    self._in_text.setdefault(compact_key(key), place.code)
            for name in (place.name_id, place.name_en, *place.aliases):
                key = place_key(name)
                own_names.update((key, compact_key(key)))
            for name in place.short:
                key = place_key(name)
                if key:
                    self._whole.setdefault(key, place.code)
                    if key in SHORT_AFTER_FILLER:
                        self._after_filler.setdefault(key, place.code)
        self._whole.update(self._in_text)
        self._city_keys = frozenset(key for key in self._in_text if key not in own_names)
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
        return list(dict.fromkeys(mention.code for mention in self.mentions_in(text)))

    def mentions_in(self, text: str) -> list[PlaceMention]:
        """Every place named in `text` as whole words, in order, except names of streets and buildings."""
        words = place_words(text)
        tokens = [word for word, _ in words]
        found: list[PlaceMention] = []
        start = 0
        while start < len(tokens):
            for size in range(min(MAX_NAME_WORDS, len(tokens) - start), 0, -1):
                key = " ".join(tokens[start : start + size])
                code = self._in_text.get(key)
                if code is not None:
                    if not (_names_a_street(words, start, start + size) or _not_a_place(words, start, key)):
                        found.append(PlaceMention(code, key, by_city=key in self._city_keys))
                    start += size
                    break
            else:
                short = self._short_after_filler(words, start)
                if short is not None:
                    size, code = short
                    found.append(PlaceMention(code, " ".join(tokens[start : start + size]), by_city=False))
                    start += size
                else:
                    start += 1
        return found

    def _short_after_filler(self, words: list[tuple[str, bool]], start: int) -> tuple[int, str] | None:
        """A short form at `start` ("kl", or "k l" from "k.l.") right after "di"/"ke"/"dari"/"in", or as the
        whole message: (its length in words, the code)."""
        for size in (2, 1):
            part = words[start : start + size]
            if len(part) < size or any(after for _, after in part[1:]):
                continue
            if size == 2 and not all(len(word) == 1 for word, _ in part):
                continue  # only spelled-out letters join: "k l"
            code = self._after_filler.get("".join(word for word, _ in part))
            whole = start == 0 and len(words) == size
            if code is not None and (part[0][1] or whole):
                return size, code
        return None

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


def _not_a_place(words: list[tuple[str, bool]], start: int, key: str) -> bool:
    """Whether the name at `start` is an everyday word there ("abdi kedah kumaha") or a language ("bhs
    cina") rather than a place."""
    after_filler = words[start][1]
    placed = after_filler or (start > 0 and words[start - 1][0] in _SHORT_AT)
    if key in WORD_PLACES and not placed and len(words) > 1:
        return True
    return start > 0 and not after_filler and words[start - 1][0] in LANGUAGE_BEFORE


def _names_a_street(words: list[tuple[str, bool]], start: int, end: int) -> bool:
    """Whether the name in words[start:end] is part of a street or building name: a street word right
    before it or right after it, with no filler word ("di", "ke") in between."""
    first_after_filler = words[start][1]
    before = start > 0 and not first_after_filler and words[start - 1][0] in STREET_BEFORE
    after = end < len(words) and not words[end][1] and words[end][0] in STREET_AFTER
    return before or after
