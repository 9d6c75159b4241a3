"""The destinations table: for each country Indonesian workers go to, who helps there and how to reach them.

Read from `faq/data/destinations.yaml` into frozen data. Every number carries its source, the date of that
source and whether it was verified; an unverified number is still shown where it may save a life, marked
"(cek ulang)". Problems are reported as `file:line: message` (the same `Problem` the FAQ loader uses), so
`faq lint` and start-up can name the line to fix. Operators override numbers in config by placeholder name
(`with_overrides`), which keeps one place per number to correct.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from faq.loader import Problem
from faq.model import LANGUAGES, Language, LocalizedText, SourceLocation
from faq.places.text import place_key
from faq.yamlsource import YamlList, YamlMap, YamlSyntaxError, read_yaml_file

DEFAULT_PATH: Final = Path(__file__).parent / "data" / "destinations.yaml"
COUNTRY_CODE: Final = re.compile(r"^[A-Z]{2}$")
UNVERIFIED_MARK: Final[Mapping[Language, str]] = MappingProxyType({"id": "cek ulang", "en": "please verify"})
PLACEHOLDER_PREFIX: Final = "dest_"
FIGURE_NAME: Final = re.compile(r"^[a-z][a-z0-9_]*$")


class DestinationsError(Exception):
    """The destinations table cannot be used; `problems` say where."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True, slots=True)
class Number:
    """A phone number with its evidence."""

    number: str
    verified: bool
    as_of: dt.date
    source: str

    def shown(self, lang: Language) -> str:
        """The number as a user reads it: an unverified one says so."""
        return self.number if self.verified else f"{self.number} ({UNVERIFIED_MARK[lang]})"


@dataclass(frozen=True, slots=True)
class Line:
    """A named help line: the host country's labour hotline, the mental-health line."""

    name: LocalizedText
    phone: Number


@dataclass(frozen=True, slots=True)
class Mission:
    """An Indonesian embassy (KBRI), consulate (KJRI) or office (KDEI); `hotline` is None when unknown.

    `serves`: place names (as in the places table) nearest to this mission; a message naming one of them
    puts it first. `nearby_only`: shown only then (a country with many consulates lists the embassy alone).
    `note`: a few words after the name in the user's language ("24 jam" / "24 hours").
    `whatsapp`: the number that takes written messages, for someone who cannot speak on the phone.
    """

    name: str
    hotline: Number | None
    serves: tuple[str, ...] = ()
    nearby_only: bool = False
    note: LocalizedText | None = None
    whatsapp: Number | None = None

    def label(self, lang: Language) -> str:
        """The name as shown to a user, with its note in her language."""
        return f"{self.name} ({self.note.get(lang)})" if self.note is not None else self.name

    def serves_place_in(self, text_key: str) -> bool:
        """Whether `text_key` (a `place_key` of the message) names a place this mission serves."""
        padded = f" {text_key} "
        return any(f" {place_key(name)} " in padded for name in self.serves)


@dataclass(frozen=True, slots=True)
class Fact:
    """Something workers ask about (fee caps, rest days), in both languages, with its evidence."""

    text: LocalizedText
    verified: bool
    as_of: dt.date
    source: str

    def shown(self, lang: Language) -> str:
        """The text as a user reads it: an unverified one says so."""
        text = self.text.get(lang)
        return text if self.verified else f"{text} ({UNVERIFIED_MARK[lang]})"


@dataclass(frozen=True, slots=True)
class Destination:
    code: str  # ISO 3166-1 alpha-2
    name: LocalizedText
    police: Number | None
    ambulance: Number | None
    missions: tuple[Mission, ...]
    labour: Line | None = None
    facts: tuple[Fact, ...] = ()
    crisis: Line | None = None  # a local line for suicidal thoughts, in a language she may speak
    # Figures answers quote by name (a minimum wage, a contract length): `{dest_<cc>_<name>}`.
    figures: Mapping[str, Fact] = field(default_factory=dict)

    @property
    def mission(self) -> Mission | None:
        return self.missions[0] if self.missions else None

    def missions_near(self, text: str) -> tuple[Mission, ...]:
        """The missions to show for a message: those serving a place it names first, then the others that
        are not `nearby_only`."""
        key = place_key(text)
        near = [mission for mission in self.missions if mission.serves and mission.serves_place_in(key)]
        # two near ("tawau sabah": KRI Tawau and KJRI Kota Kinabalu): the checked number first
        near.sort(key=lambda mission: mission.hotline is None or not mission.hotline.verified)
        rest = [mission for mission in self.missions if mission not in near and not mission.nearby_only]
        return (*near, *rest)

    def names_a_served_place(self, text: str) -> bool:
        """Whether `text` names a place one of this country's missions serves (a city with a consulate)."""
        key = place_key(text)
        return any(mission.serves and mission.serves_place_in(key) for mission in self.missions)

    def mission_near(self, text: str) -> Mission | None:
        shown = self.missions_near(text)
        return shown[0] if shown else self.mission

    def numbers(self) -> dict[str, Number]:
        """This country's numbers by placeholder name (`dest_tw_police`, ...)."""
        prefix = f"{PLACEHOLDER_PREFIX}{self.code.lower()}_"
        found: dict[str, Number] = {}
        if self.police is not None:
            found[prefix + "police"] = self.police
        if self.ambulance is not None:
            found[prefix + "ambulance"] = self.ambulance
        if self.mission is not None and self.mission.hotline is not None:
            found[prefix + "mission"] = self.mission.hotline
        for index, mission in enumerate(self.missions[1:], start=2):
            if mission.hotline is not None:
                found[f"{prefix}mission_{index}"] = mission.hotline
        if self.labour is not None:
            found[prefix + "labour_hotline"] = self.labour.phone
        if self.crisis is not None:
            found[prefix + "crisis"] = self.crisis.phone
        return found


@dataclass(frozen=True, slots=True)
class Destinations:
    review: dt.date
    countries: Mapping[str, Destination]
    mental_health: Line
    source: str = str(DEFAULT_PATH)
    overridden: frozenset[str] = field(default=frozenset())
    # Figures about coming home (customs allowances): `{dest_id_<name>}`.
    home_figures: Mapping[str, Fact] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "countries", MappingProxyType(dict(self.countries)))

    def __iter__(self) -> Iterator[Destination]:
        return iter(self.countries.values())

    def __contains__(self, code: object) -> bool:
        return code in self.countries

    def get(self, code: str | None) -> Destination | None:
        return self.countries.get(code.upper()) if code else None

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.countries)

    def numbers(self) -> dict[str, Number]:
        """Every number by placeholder name, including `dest_id_mental_health` for the line at home."""
        found = {f"{PLACEHOLDER_PREFIX}id_mental_health": self.mental_health.phone}
        for destination in self:
            found.update(destination.numbers())
        return found

    def figures(self) -> dict[str, Fact]:
        """Every figure by placeholder name (`dest_kr_min_wage`, `dest_id_customs_allowance`, ...)."""
        found = {f"{PLACEHOLDER_PREFIX}id_{name}": fact for name, fact in self.home_figures.items()}
        for destination in self:
            prefix = f"{PLACEHOLDER_PREFIX}{destination.code.lower()}_"
            found.update({prefix + name: fact for name, fact in destination.figures.items()})
        return found

    def placeholders(self, lang: Language) -> dict[str, str]:
        """Values for `{dest_...}` placeholders in FAQ answers, unverified ones marked in `lang`."""
        values = {name: number.shown(lang) for name, number in self.numbers().items()}
        values.update({name: fact.shown(lang) for name, fact in self.figures().items()})
        return values

    def unverified(self) -> list[str]:
        """Placeholder names of every number no public source confirmed (and no operator overrode)."""
        return sorted(name for name, number in self.numbers().items() if not number.verified)

    def with_overrides(self, overrides: Mapping[str, str], *, today: dt.date | None = None) -> Destinations:
        """A copy with numbers replaced by the operator's (config `destinations.overrides`), which count as
        verified as of today. Raises KeyError naming an override that matches no number."""
        if not overrides:
            return self
        known = self.numbers()
        unknown = sorted(set(overrides) - set(known))
        if unknown:
            raise KeyError(", ".join(unknown))
        day = today or dt.date.today()

        def fixed(name: str, number: Number | None) -> Number | None:
            if number is None or name not in overrides:
                return number
            return Number(overrides[name], True, day, "operator override (config destinations.overrides)")

        countries: dict[str, Destination] = {}
        for destination in self:
            prefix = f"{PLACEHOLDER_PREFIX}{destination.code.lower()}_"
            missions = tuple(
                replace(
                    mission,
                    hotline=fixed(
                        prefix + ("mission" if index == 1 else f"mission_{index}"), mission.hotline
                    ),
                )
                for index, mission in enumerate(destination.missions, start=1)
            )
            labour = destination.labour
            if labour is not None:
                labour = replace(labour, phone=fixed(prefix + "labour_hotline", labour.phone) or labour.phone)
            crisis = destination.crisis
            if crisis is not None:
                crisis = replace(crisis, phone=fixed(prefix + "crisis", crisis.phone) or crisis.phone)
            countries[destination.code] = replace(
                destination,
                police=fixed(prefix + "police", destination.police),
                ambulance=fixed(prefix + "ambulance", destination.ambulance),
                missions=missions,
                labour=labour,
                crisis=crisis,
            )
        home_name = f"{PLACEHOLDER_PREFIX}id_mental_health"
        mental = replace(
            self.mental_health, phone=fixed(home_name, self.mental_health.phone) or self.mental_health.phone
        )
        return replace(self, countries=countries, mental_health=mental, overridden=frozenset(overrides))


def load_destinations(path: Path | None = None, known_codes: Iterable[str] | None = None) -> Destinations:
    """Read and validate the table; raises DestinationsError listing every problem."""
    table, problems = read_destinations(path, known_codes)
    if problems or table is None:
        raise DestinationsError(problems or [Problem(SourceLocation(str(path or DEFAULT_PATH), 0), "empty")])
    return table


def read_destinations(
    path: Path | None = None, known_codes: Iterable[str] | None = None
) -> tuple[Destinations | None, list[Problem]]:
    """The table (None when unusable) and every problem found, for `faq lint`."""
    where = path or DEFAULT_PATH
    reader = _Reader(str(where), frozenset(known_codes) if known_codes is not None else None)
    try:
        raw = read_yaml_file(where)
    except YamlSyntaxError as exc:
        reader.problem(exc.line, exc.problem)
        return None, reader.problems
    table = reader.table(raw)
    return table, reader.problems


class _Reader:
    def __init__(self, path: str, known_codes: frozenset[str] | None) -> None:
        self.path = path
        self.known_codes = known_codes
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(SourceLocation(self.path, line), message))

    def table(self, raw: Any) -> Destinations | None:
        if not isinstance(raw, YamlMap):
            self.problem(1, "the top level must be a mapping with `review`, `countries` and `home`")
            return None
        for key, line in raw.duplicate_keys:
            self.problem(line, f"`{key}` is written twice")
        review = raw.get("review")
        if not isinstance(review, dt.date):
            self.problem(raw.line_of("review"), "`review` must be a date (YYYY-MM-DD)")
        countries = self._countries(raw.get("countries"), raw.line_of("countries"))
        mental_health = self._mental_health(raw.get("home"), raw.line_of("home"))
        home = raw.get("home")
        home_figures: dict[str, Fact] = {}
        if isinstance(home, YamlMap) and "figures" in home:
            home_figures = self._figures("home", home["figures"], home.line_of("figures"))
        if self.problems or not isinstance(review, dt.date) or mental_health is None:
            return None
        return Destinations(review, countries, mental_health, source=self.path, home_figures=home_figures)

    def _countries(self, raw: Any, line: int) -> dict[str, Destination]:
        if not isinstance(raw, YamlMap) or not raw:
            self.problem(line, "`countries` must map country codes to their entries")
            return {}
        for key, key_line in raw.duplicate_keys:
            self.problem(key_line, f"country `{key}` is listed twice")
        countries: dict[str, Destination] = {}
        for code, entry in raw.items():
            code_line = raw.line_of(code)
            if not COUNTRY_CODE.match(code):
                self.problem(code_line, f"`{code}` is not an ISO 3166-1 alpha-2 country code (two capitals)")
                continue
            if self.known_codes is not None and code not in self.known_codes:
                self.problem(code_line, f"country `{code}` is not in the places table")
            destination = self._destination(code, entry, code_line)
            if destination is not None:
                countries[code] = destination
        return countries

    def _destination(self, code: str, raw: Any, line: int) -> Destination | None:
        if not isinstance(raw, YamlMap):
            self.problem(line, f"country `{code}` must be a mapping")
            return None
        allowed = {"name", "emergency", "missions", "labour", "facts", "crisis", "figures"}
        for key in raw:
            if key not in allowed:
                self.problem(raw.line_of(key), f"country `{code}`: unknown field `{key}`")
        name = self._text(raw.get("name"), raw.line_of("name"), f"country `{code}`: `name`")
        emergency = raw.get("emergency")
        police = ambulance = None
        if not isinstance(emergency, YamlMap) or not emergency:
            self.problem(raw.line_of("emergency"), f"country `{code}`: `emergency` needs at least `police`")
        else:
            for key in emergency:
                if key not in ("police", "ambulance"):
                    self.problem(emergency.line_of(key), f"country `{code}`: unknown emergency `{key}`")
            police = self._number(emergency.get("police"), emergency.line_of("police"), f"{code} police")
            if "ambulance" in emergency:
                ambulance = self._number(
                    emergency["ambulance"], emergency.line_of("ambulance"), f"{code} ambulance"
                )
        missions = self._missions(code, raw.get("missions"), raw.line_of("missions"))
        labour = None
        if "labour" in raw:
            labour = self._line(raw["labour"], raw.line_of("labour"), f"country `{code}`: `labour`")
        facts = self._facts(code, raw.get("facts"), raw.line_of("facts")) if "facts" in raw else ()
        crisis = None
        if "crisis" in raw:
            crisis = self._line(raw["crisis"], raw.line_of("crisis"), f"country `{code}`: `crisis`")
        figures = self._figures(code, raw["figures"], raw.line_of("figures")) if "figures" in raw else {}
        if name is None or police is None:
            return None
        return Destination(code, name, police, ambulance, missions, labour, facts, crisis, figures)

    def _missions(self, code: str, raw: Any, line: int) -> tuple[Mission, ...]:
        if not isinstance(raw, YamlList) or not raw:
            self.problem(line, f"country `{code}`: `missions` must list at least one KBRI/KJRI")
            return ()
        missions = []
        for index, item in enumerate(raw):
            item_line = raw.line_of(index)
            if (
                not isinstance(item, YamlMap)
                or not isinstance(item.get("name"), str)
                or "hotline" not in item
            ):
                self.problem(
                    item_line, f"country `{code}`: a mission needs `name` and `hotline` (null if unknown)"
                )
                continue
            hotline = item["hotline"]
            number = (
                None
                if hotline is None
                else self._number(hotline, item.line_of("hotline"), f"{code} {item['name']} hotline")
            )
            serves = item.get("serves", [])
            if not isinstance(serves, YamlList) and serves != []:
                self.problem(item.line_of("serves"), f"country `{code}`: `serves` must list place names")
                serves = []
            nearby_only = item.get("nearby_only", False)
            if not isinstance(nearby_only, bool) or (nearby_only and not serves):
                self.problem(
                    item.line_of("nearby_only"),
                    f"country `{code}`: `nearby_only` is true or false, with `serves`",
                )
                nearby_only = False
            for key in item:
                if key not in ("name", "hotline", "serves", "nearby_only", "note", "whatsapp"):
                    self.problem(item.line_of(key), f"country `{code}`: unknown mission field `{key}`")
            if "(" in item["name"]:
                # words in brackets are a note in one language; English replies would carry Indonesian
                self.problem(
                    item.line_of("name"),
                    f"country `{code}`: mission `{item['name']}`: put the words in brackets in `note` "
                    "with `id` and `en`",
                )
            note = None
            if "note" in item:
                note = self._text(item["note"], item.line_of("note"), f"country `{code}`: mission `note`")
            whatsapp = None
            if "whatsapp" in item:
                label = f"{code} {item['name']} whatsapp"
                whatsapp = self._number(item["whatsapp"], item.line_of("whatsapp"), label)
            missions.append(
                Mission(
                    item["name"], number, tuple(str(place) for place in serves), nearby_only, note, whatsapp
                )
            )
        served = [place for mission in missions for place in {place_key(name) for name in mission.serves}]
        for place in sorted({place for place in served if served.count(place) > 1}):
            self.problem(line, f"country `{code}`: `{place}` is served by two missions")
        if missions and missions[0].nearby_only:
            self.problem(line, f"country `{code}`: the first mission (the embassy) cannot be `nearby_only`")
        return tuple(missions)

    def _facts(self, code: str, raw: Any, line: int) -> tuple[Fact, ...]:
        if not isinstance(raw, YamlList):
            self.problem(line, f"country `{code}`: `facts` must be a list")
            return ()
        facts = []
        for index, item in enumerate(raw):
            item_line = raw.line_of(index)
            label = f"country `{code}`: fact {index + 1}"
            if not isinstance(item, YamlMap):
                self.problem(item_line, f"{label} must be a mapping")
                continue
            text = self._text(item, item_line, label)
            evidence = self._evidence(item, item_line, label)
            if text is not None and evidence is not None:
                facts.append(Fact(text, *evidence))
        return tuple(facts)

    def _figures(self, owner: str, raw: Any, line: int) -> dict[str, Fact]:
        if not isinstance(raw, YamlMap):
            self.problem(line, f"`{owner}`: `figures` must map a name to a text with its evidence")
            return {}
        figures = {}
        for name, item in raw.items():
            item_line = raw.line_of(name)
            label = f"`{owner}`: figure `{name}`"
            if not isinstance(name, str) or not FIGURE_NAME.match(name):
                self.problem(item_line, f"{label}: a name is lower-case letters, digits and `_`")
                continue
            if not isinstance(item, YamlMap):
                self.problem(item_line, f"{label} must be a mapping")
                continue
            text = self._text(item, item_line, label)
            evidence = self._evidence(item, item_line, label)
            if text is not None and evidence is not None:
                figures[name] = Fact(text, *evidence)
        return figures

    def _mental_health(self, raw: Any, line: int) -> Line | None:
        if not isinstance(raw, YamlMap) or "mental_health" not in raw:
            self.problem(line, "`home` must have `mental_health` (the line for suicidal thoughts)")
            return None
        return self._line(raw["mental_health"], raw.line_of("mental_health"), "`home.mental_health`")

    def _line(self, raw: Any, line: int, label: str) -> Line | None:
        if not isinstance(raw, YamlMap):
            self.problem(line, f"{label} must have `name` (id/en) and `phone`")
            return None
        name = self._text(raw.get("name"), raw.line_of("name"), f"{label} `name`")
        phone = self._number(raw.get("phone"), raw.line_of("phone"), f"{label} `phone`")
        return Line(name, phone) if name is not None and phone is not None else None

    def _text(self, raw: Any, line: int, label: str) -> LocalizedText | None:
        if not isinstance(raw, YamlMap) or not all(isinstance(raw.get(lang), str) for lang in LANGUAGES):
            self.problem(line, f"{label} needs text in `id` and `en`")
            return None
        return LocalizedText(id=str(raw["id"]).strip(), en=str(raw["en"]).strip())

    def _number(self, raw: Any, line: int, label: str) -> Number | None:
        if not isinstance(raw, YamlMap):
            self.problem(line, f"{label}: needs `number`, `verified`, `as_of` and `source`")
            return None
        number = raw.get("number")
        if not isinstance(number, str) or not re.fullmatch(
            r"\+?[0-9][0-9 .\-]*[0-9](?: ext\. [0-9]+)?", number
        ):
            self.problem(raw.line_of("number"), f"{label}: `number` must be a quoted phone number")
            return None
        evidence = self._evidence(raw, line, label)
        return Number(number, *evidence) if evidence is not None else None

    def _evidence(self, raw: YamlMap, line: int, label: str) -> tuple[bool, dt.date, str] | None:
        verified, as_of, source = raw.get("verified"), raw.get("as_of"), raw.get("source")
        ok = True
        if not isinstance(verified, bool):
            self.problem(
                raw.line_of("verified") if "verified" in raw else line,
                f"{label}: `verified` must be true or false",
            )
            ok = False
        if not isinstance(as_of, dt.date):
            self.problem(raw.line_of("as_of") if "as_of" in raw else line, f"{label}: `as_of` must be a date")
            ok = False
        elif as_of > dt.date.today():
            self.problem(raw.line_of("as_of"), f"{label}: `as_of` {as_of} is in the future")
            ok = False
        if not isinstance(source, str) or not source.strip():
            self.problem(raw.line_of("source") if "source" in raw else line, f"{label}: `source` is required")
            ok = False
        if not ok:
            return None
        assert isinstance(verified, bool)
        assert isinstance(as_of, dt.date)
        assert isinstance(source, str)
        return verified, as_of, source.strip()


def placeholder_names(table: Destinations) -> frozenset[str]:
    return frozenset(table.numbers()) | frozenset(table.figures())


__all__ = [
    "DEFAULT_PATH",
    "Destination",
    "Destinations",
    "DestinationsError",
    "Fact",
    "Line",
    "Mission",
    "Number",
    "load_destinations",
    "read_destinations",
]
