"""Canonical places for cases, routing and emergency help: countries by ISO 3166-1 alpha-2 code and the 38
Indonesian provinces by ISO 3166-2:ID code, each with the names and misspellings people type.

    places = load_places()
    places.match_country("malaysa")        # PlaceMatch(code="MY", ..., exact=False)
    places.match_province("jatim, kab. blitar")  # PlaceMatch(code="ID-JI", ..., exact=True)
    places.countries_in("my sister is being beaten by her boss in dubai")  # ["AE"]
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from faq.places.matcher import PlaceIndex
from faq.places.model import Place, PlaceKind, PlaceMatch, PlaceMention
from faq.places.source import PLACES_PATH, PlacesReadout, read_places

__all__ = [
    "PLACES_PATH",
    "Place",
    "PlaceKind",
    "PlaceMatch",
    "PlaceMention",
    "Places",
    "PlacesError",
    "PlacesReadout",
    "load_places",
    "read_places",
]


class PlacesError(ValueError):
    """The places file has problems; the message lists each as `file:line: message`."""


class Places:
    """Countries and provinces with their spellings; pure and immutable, safe to share."""

    def __init__(self, countries: list[Place], provinces: list[Place]) -> None:
        self._countries = PlaceIndex(countries)
        self._provinces = PlaceIndex(provinces)

    def match_country(self, text: str) -> PlaceMatch | None:
        """The country a typed answer names ("malaysa", "KL", "arab saudi, riyadh"), or None when it names
        none, several, or only something too far from any spelling to be sure."""
        return self._countries.match(text)

    def match_province(self, text: str) -> PlaceMatch | None:
        """The province a typed answer names ("jatim", "kab blitar", "jwa timur"), or None."""
        return self._provinces.match(text)

    def countries_in(self, text: str) -> list[str]:
        """Codes of countries named anywhere in a free-text message, as whole words, in order of mention.
        Short forms that are also chat words ("tw", "kl", "sg") and typos are not looked for here."""
        return self._countries.codes_in(text)

    def country_mentions(self, text: str) -> list[PlaceMention]:
        """Each country named in a free-text message (by its name or by one of its cities), in order;
        street and building names ("Jalan Burma", "Thailand Street") are not where anyone is."""
        return self._countries.mentions_in(text)

    def province_mentions(self, text: str) -> list[PlaceMention]:
        """Each province named in a free-text message, in order."""
        return self._provinces.mentions_in(text)

    def country(self, code: str) -> Place | None:
        return self._countries.places.get(code.upper())

    def province(self, code: str) -> Place | None:
        return self._provinces.places.get(code.upper())

    def countries(self) -> list[Place]:
        return list(self._countries.places.values())

    def provinces(self) -> list[Place]:
        """The 38 provinces, in the order of the file (west to east)."""
        return list(self._provinces.places.values())

    def country_code(self, text: str | None) -> str | None:
        """The code for a stored or typed country: a code as it is ("MY"), else the matched name's code."""
        if text is None or not text.strip():
            return None
        known = self.country(text.strip())
        found = known or self.match_country(text)
        return found.code if found is not None else None

    def province_code(self, text: str | None) -> str | None:
        """The code for a stored or typed province: a code as it is ("ID-JI"), else the matched name's."""
        if text is None or not text.strip():
            return None
        known = self.province(text.strip())
        found = known or self.match_province(text)
        return found.code if found is not None else None


@cache
def load_places(path: Path = PLACES_PATH) -> Places:
    """The shipped places (cached); raises PlacesError naming file and line when the file is broken."""
    readout = read_places(path)
    if readout.problems:
        lines = "\n  ".join(str(problem) for problem in readout.problems)
        raise PlacesError(f"places file has {len(readout.problems)} problem(s):\n  {lines}")
    return Places(readout.countries, readout.provinces)
