"""Read and check `faq/data/places.yaml`; every problem names the file and line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final

import pycountry

from faq.loader import Problem
from faq.model import SourceLocation
from faq.places.model import Place, PlaceKind
from faq.places.text import compact_key, place_key
from faq.yamlsource import YamlList, YamlMap, YamlSyntaxError, read_yaml_file

PLACES_PATH: Final = Path(__file__).resolve().parent.parent / "data" / "places.yaml"
_LIST_FIELDS: Final = ("aliases", "places", "short")
_FIELDS: Final = frozenset({"id", "en", *_LIST_FIELDS})
_COUNTRY_CODE: Final = re.compile(r"^[A-Z]{2}$")
_PROVINCE_CODE: Final = re.compile(r"^ID-[A-Z]{2}$")


@dataclass(slots=True)
class PlacesReadout:
    countries: list[Place] = field(default_factory=list)
    provinces: list[Place] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_places(path: Path = PLACES_PATH) -> PlacesReadout:
    """Everything valid in the file, plus a problem for everything that is not."""
    readout = PlacesReadout()
    shown = str(path)
    try:
        data = read_yaml_file(path)
    except YamlSyntaxError as exc:
        readout.problems.append(Problem(SourceLocation(shown, exc.line), exc.problem))
        return readout
    if not isinstance(data, YamlMap) or set(data) != {"countries", "provinces"}:
        line = data.line if isinstance(data, YamlMap) else 1
        readout.problems.append(
            Problem(SourceLocation(shown, line), "expected exactly two sections: `countries` and `provinces`")
        )
        return readout
    for kind, places in ((PlaceKind.COUNTRY, readout.countries), (PlaceKind.PROVINCE, readout.provinces)):
        name = _section_name(kind)
        _read_section(shown, kind, data[name], data.line_of(name), places, readout.problems)
    readout.problems.sort(key=lambda problem: (problem.location.line, problem.message))
    return readout


def _read_section(
    shown: str, kind: PlaceKind, section: Any, line: int, places: list[Place], problems: list[Problem]
) -> None:
    def problem(at: int, message: str) -> None:
        problems.append(Problem(SourceLocation(shown, at), message))

    if not isinstance(section, YamlMap) or not section:
        problem(line, f"`{_section_name(kind)}` must map codes to places")
        return
    for key, at in section.duplicate_keys:
        problem(at, f"{kind} `{key}` is listed twice")
    owners: dict[str, tuple[str, int]] = {}
    for code, entry in section.items():
        at = section.line_of(code)
        if not _valid_code(kind, code):
            expected = "an ISO 3166-1 alpha-2 code" if kind is PlaceKind.COUNTRY else "an ISO 3166-2:ID code"
            problem(at, f"{kind} `{code}` is not {expected}")
            continue
        if not isinstance(entry, YamlMap):
            problem(at, f"{kind} `{code}` must be a mapping with `id`, `en`, `aliases`, `places`, `short`")
            continue
        place = _read_place(kind, code, entry, at, problem)
        if place is None:
            continue
        for name, name_line in _spellings_with_lines(place, entry):
            key = place_key(name)
            if not key:
                problem(name_line, f"{kind} `{code}`: `{name}` is only filler words and matches nothing")
                continue
            for form in {key, compact_key(key)}:
                owner, owner_line = owners.setdefault(form, (code, name_line))
                if owner != code:
                    problem(
                        name_line,
                        f"{kind} `{code}`: `{name}` is also a spelling of `{owner}` ({shown}:{owner_line})",
                    )
                    break
        places.append(place)


def _read_place(kind: PlaceKind, code: str, entry: YamlMap, code_line: int, problem: Any) -> Place | None:
    ok = True
    for key in sorted(set(entry) - _FIELDS):
        problem(entry.line_of(key), f"{kind} `{code}`: unknown field `{key}`")
    name_id = entry.get("id")
    if not isinstance(name_id, str) or not name_id.strip():
        problem(entry.line_of("id") if "id" in entry else code_line, f"{kind} `{code}`: `id` is required")
        ok = False
    name_en = entry.get("en", iso_name(kind, code))
    if not isinstance(name_en, str) or not name_en.strip():
        problem(entry.line_of("en"), f"{kind} `{code}`: `en` must be a name")
        ok = False
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_FIELDS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            problem(entry.line_of(key), f"{kind} `{code}`: `{key}` must be a list of names")
            ok = False
            continue
        lists[key] = tuple(value)
    if not ok:
        return None
    return Place(code, str(name_id).strip(), str(name_en).strip(), **lists)


def _spellings_with_lines(place: Place, entry: YamlMap) -> list[tuple[str, int]]:
    found = [(place.name_id, entry.line_of("id")), (place.name_en, entry.line_of("en"))]
    for key in _LIST_FIELDS:
        items = entry.get(key)
        if isinstance(items, YamlList):
            found.extend((item, items.line_of(index)) for index, item in enumerate(items))
    # The same name twice within one place is harmless (an alias repeating the Indonesian name).
    return list(dict.fromkeys(found))


def _section_name(kind: PlaceKind) -> str:
    return "countries" if kind is PlaceKind.COUNTRY else "provinces"


def _valid_code(kind: PlaceKind, code: str) -> bool:
    if kind is PlaceKind.COUNTRY:
        return bool(_COUNTRY_CODE.match(code)) and code in _iso_countries()
    return bool(_PROVINCE_CODE.match(code)) and code in _iso_provinces()


def iso_name(kind: PlaceKind, code: str) -> str | None:
    """The English (country) or official Indonesian (province) name in ISO 3166, if the code exists."""
    names = _iso_countries() if kind is PlaceKind.COUNTRY else _iso_provinces()
    return names.get(code)


@cache
def _iso_countries() -> dict[str, str]:
    return {
        country.alpha_2: getattr(country, "common_name", None) or country.name
        for country in pycountry.countries
    }


@cache
def _iso_provinces() -> dict[str, str]:
    # ISO 3166-2:ID also lists islands ("ID-JW Jawa", "geographical unit"); only the 38 provinces count
    # (36 "Province", plus Jakarta's "Capital district" and Yogyakarta's "Special region").
    return {
        division.code: division.name
        for division in pycountry.subdivisions
        if division.country_code == "ID" and division.type != "Geographical unit"
    }
