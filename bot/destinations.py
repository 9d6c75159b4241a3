"""The destinations table as the bot uses it: loaded once with the operator's overrides, checked against the
places table (one table of country names and aliases), and the Indonesian numbers from config."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Protocol

from bot.config import AppConfig, ConfigError
from faq.destinations import Destinations, load_destinations
from faq.emergency import HomeLines
from faq.places import Place, PlaceMention, load_places


class CountryFinder(Protocol):
    def country_mentions(self, text: str) -> list[PlaceMention]:
        """The countries named in the text (by name or city), in order, street names left out."""
        ...

    def country(self, code: str) -> Place | None:
        """The country with this code, with its names."""
        ...


def destination_table(config: AppConfig) -> Destinations:
    """The table with `destinations.overrides` applied; an override of no known number fails, naming it."""
    settings = config.destinations
    table = _load(settings.path)
    try:
        return table.with_overrides(settings.overrides)
    except KeyError as exc:
        raise ConfigError(
            f"{config.source}: destinations.overrides: no number is called {exc.args[0]} "
            "(names look like dest_tw_labour_hotline; see faq/data/destinations.yaml)"
        ) from None


@functools.lru_cache(maxsize=4)
def _load(path: Path | None) -> Destinations:
    return load_destinations(path, known_codes=[place.code for place in load_places().countries()])


def home_lines(config: AppConfig) -> HomeLines:
    hotlines = config.hotlines
    return HomeLines(
        police=hotlines.police,
        kp2mi=hotlines.kp2mi,
        kp2mi_abroad=hotlines.kp2mi_abroad,
        kp2mi_whatsapp=hotlines.kp2mi_whatsapp,
        sapa=hotlines.sapa,
        sapa_whatsapp=hotlines.sapa_whatsapp,
        kemlu=hotlines.kemlu,
        safe_travel=config.links.safe_travel,
    )


def unverified_summary(table: Destinations) -> str | None:
    """One start-up line for the numbers no public source confirmed: how many, and where to look (one line
    per number would bury the line an operator looks for; `unverified_warnings` has them, logged at DEBUG)."""
    count = len(table.unverified())
    if not count:
        return None
    return (
        f"{count} emergency numbers are unverified and shown with 'cek ulang': confirm each and set "
        f"verified: true in {table.source}, or override it in config destinations.overrides "
        "(log_level: DEBUG lists them with their sources)"
    )


def unverified_warnings(table: Destinations) -> list[str]:
    """One line per number no public source confirmed."""
    numbers = table.numbers()
    return [
        f"unverified number {name} = {numbers[name].number} (shown with 'cek ulang'; source: "
        f"{numbers[name].source}); confirm it and set verified: true in {table.source}, or override it in "
        "config destinations.overrides"
        for name in table.unverified()
    ]


def country_finder() -> CountryFinder:
    """Countries named in free text, from the places table's names, aliases and cities."""
    return load_places()
