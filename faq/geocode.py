"""Which country a shared location is in, offline: the nearest of the ~150,000 places (over 1,000 people)
that the `reverse-geocode` package ships with its data. Country-level is all the emergency help needs.

Loading the data takes about a second, so it happens on first use, not at import; callers in async code run
`country_at` in a thread.
"""

from __future__ import annotations

import functools
from typing import Any


def country_at(latitude: float, longitude: float) -> str | None:
    """ISO 3166-1 alpha-2 code of the country at the coordinates, or None when they are not valid."""
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return None
    found = _geocoder().get((latitude, longitude))
    code = found.get("country_code") if isinstance(found, dict) else None
    return str(code).upper() if code else None


@functools.cache
def _geocoder() -> Any:
    import reverse_geocode

    return reverse_geocode
