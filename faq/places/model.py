"""Canonical places: countries by ISO 3166-1 alpha-2 code, Indonesian provinces by ISO 3166-2:ID code."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PlaceKind(StrEnum):
    COUNTRY = "country"
    PROVINCE = "province"


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name_id: str
    name_en: str
    aliases: tuple[str, ...] = ()  # names of the place itself, as typed
    places: tuple[str, ...] = ()  # cities, states or regencies that identify it
    short: tuple[str, ...] = ()  # accepted only as a whole answer, never found inside a sentence

    def spellings(self) -> tuple[str, ...]:
        return (self.name_id, self.name_en, *self.aliases, *self.places)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named inside a sentence: `name` is the spelling found (as a key), `by_city` when it is one of
    the place's cities or regions rather than the place's own name."""

    code: str
    name: str
    by_city: bool


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """What a typed answer was taken to mean. `exact` when a known spelling was found as typed (after
    case, punctuation and filler words); otherwise a typo was forgiven and the score says how close it was."""

    code: str
    name_id: str
    name_en: str
    score: float
    exact: bool

    @classmethod
    def of(cls, place: Place, score: float, exact: bool) -> PlaceMatch:
        return cls(place.code, place.name_id, place.name_en, round(score, 1), exact)
