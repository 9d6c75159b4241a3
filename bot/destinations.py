"""The destinations table as the bot uses it: loaded once with the operator's overrides, the Indonesian
numbers from config, and the country finder that reads country names and aliases in free text."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from bot.config import AppConfig, ConfigError
from faq.destinations import Destinations, load_destinations
from faq.emergency import HomeLines


class CountryFinder(Protocol):
    def countries_in(self, text: str) -> list[str]:
        """ISO codes of the countries named in the text, in order of appearance."""
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
    return load_destinations(path)


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
    )


def unverified_warnings(table: Destinations) -> list[str]:
    """One line per number no public source confirmed: operators see them at every start."""
    numbers = table.numbers()
    return [
        f"unverified number {name} = {numbers[name].number} (shown with 'cek ulang'; source: "
        f"{numbers[name].source}); confirm it and set verified: true in {table.source}, or override it in "
        "config destinations.overrides"
        for name in table.unverified()
    ]


class NameFinder:
    """Finds the table's own country names (id and en) in text."""

    def __init__(self, table: Destinations) -> None:
        names: dict[str, str] = {}
        for destination in table:
            for name in (destination.name.id, destination.name.en):
                names[name.lower()] = destination.code
        self._names: Mapping[str, str] = names
        alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        self._pattern = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)

    def countries_in(self, text: str) -> list[str]:
        found: list[str] = []
        for match in self._pattern.finditer(text):
            code = self._names[match.group().lower()]
            if code not in found:
                found.append(code)
        return found


def country_finder(table: Destinations) -> CountryFinder:
    return NameFinder(table)
