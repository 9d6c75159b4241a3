"""The P3MI (licensed placement company) registry and fuzzy lookup of an agency name in it.

People type agency names loosely: "pt. sinar mandiri", "PT SINAR MANDIRI SEJAHTRA", "sinar mandiri tbk".
Names are compared after removing legal-form words (PT, CV, Tbk, Persero) and punctuation, with rapidfuzz's
WRatio, which tolerates typos, missing words and different word order. The registry is a CSV file with
columns name, licence_number, status (active | suspended | revoked), province, source, as_of (YYYY-MM-DD);
`migrasi-aman agencies import` checks and installs the official list, and the bot ships a clearly marked
sample so the flow can be tried.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from rapidfuzz import fuzz, process, utils

SAMPLE_REGISTRY: Final = Path(__file__).parent / "data" / "p3mi_sample.csv"
COLUMNS: Final = ("name", "licence_number", "status", "province", "source", "as_of")
# Words that say nothing about which company it is. "contoh" (example) prefixes every fictional name in the
# sample registry, so people can type the rest of the name as they would for a real company.
IGNORED_WORDS: Final = frozenset(
    {"pt", "cv", "tbk", "persero", "perseroan", "terbatas", "ltd", "inc", "contoh"}
)
MATCH_SCORE: Final = 88.0  # at or above: "this is the company"
SIMILAR_SCORE: Final = 70.0  # at or above: "a similar name is listed"
PARTIAL_NAME_FACTOR: Final = 0.85
_PUNCTUATION: Final = re.compile(r"[^\w\s]+")


class AgencyStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REVOKED = "revoked"


class RegistryError(Exception):
    """The registry file is unusable; `problems` lists `file:line: problem` strings."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    licence_number: str
    status: AgencyStatus
    province: str
    source: str
    as_of: dt.date


@dataclass(frozen=True, slots=True)
class AgencyMatch:
    agency: Agency
    score: float  # 0..100

    @property
    def is_match(self) -> bool:
        return self.score >= MATCH_SCORE


@dataclass(frozen=True, slots=True)
class AgencyRegistry:
    agencies: tuple[Agency, ...]
    source_path: Path
    is_sample: bool

    @property
    def as_of(self) -> dt.date | None:
        return max((agency.as_of for agency in self.agencies), default=None)

    def search(self, query: str, limit: int = 3, min_score: float = SIMILAR_SCORE) -> list[AgencyMatch]:
        """Best matches for a typed name, best first; empty when nothing is close enough."""
        key = normalize_agency_name(query)
        if not key:
            return []
        choices = [normalize_agency_name(agency.name) for agency in self.agencies]
        found = process.extract(key, choices, scorer=_score, limit=limit, score_cutoff=min_score)
        return [AgencyMatch(self.agencies[index], round(float(score), 1)) for _, score, index in found]


def _score(query: str, choice: str, **kwargs: object) -> float:
    # token_sort_ratio: the whole name, typos and word order forgiven. token_set_ratio scores a name typed
    # with words missing as 100, so it is discounted: "sinar mandiri" is similar to, not surely,
    # "sinar mandiri sejahtera".
    score_cutoff = kwargs.get("score_cutoff")
    cutoff = float(score_cutoff) if isinstance(score_cutoff, int | float) else 0.0
    best = max(
        fuzz.token_sort_ratio(query, choice), PARTIAL_NAME_FACTOR * fuzz.token_set_ratio(query, choice)
    )
    return best if best >= cutoff else 0.0


def normalize_agency_name(name: str) -> str:
    """Lower case, without punctuation and without legal-form words (PT, CV, Tbk, ...)."""
    text = _PUNCTUATION.sub(" ", utils.default_process(name) if name else "")
    words = [word for word in text.lower().split() if word not in IGNORED_WORDS]
    return " ".join(words)


def load_registry(path: Path | None = None) -> AgencyRegistry:
    """Read a registry CSV (the sample when `path` is None); raises RegistryError listing every bad row."""
    source = path or SAMPLE_REGISTRY
    try:
        text = source.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RegistryError([f"{source}: cannot read: {exc.strerror}"]) from None
    agencies = parse_registry(text, str(source))
    return AgencyRegistry(agencies, source, is_sample=source.resolve() == SAMPLE_REGISTRY.resolve())


def parse_registry(text: str, name: str = "<registry>") -> tuple[Agency, ...]:
    reader = csv.DictReader(io.StringIO(text))
    header = [column.strip().lower() for column in reader.fieldnames or []]
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise RegistryError(
            [f"{name}:1: missing column(s): {', '.join(missing)} (need {', '.join(COLUMNS)})"]
        )
    reader.fieldnames = header
    agencies: list[Agency] = []
    problems: list[str] = []
    for line, row in enumerate(reader, start=2):
        try:
            agencies.append(_agency(row))
        except ValueError as exc:
            problems.append(f"{name}:{line}: {exc}")
    if problems:
        raise RegistryError(problems)
    if not agencies:
        raise RegistryError([f"{name}: no agencies in the file"])
    return tuple(agencies)


def _agency(row: dict[str, str | None]) -> Agency:
    values = {key: (value or "").strip() for key, value in row.items() if key}
    if not values.get("name"):
        raise ValueError("name is empty")
    try:
        status = AgencyStatus(values.get("status", "").lower())
    except ValueError:
        raise ValueError(
            f"status must be one of active, suspended, revoked, got {values.get('status')!r}"
        ) from None
    try:
        as_of = dt.date.fromisoformat(values.get("as_of", ""))
    except ValueError:
        raise ValueError(f"as_of must be a date YYYY-MM-DD, got {values.get('as_of')!r}") from None
    return Agency(
        name=values["name"],
        licence_number=values.get("licence_number", ""),
        status=status,
        province=values.get("province", ""),
        source=values.get("source", ""),
        as_of=as_of,
    )


def write_registry(agencies: Iterable[Agency], path: Path) -> None:
    """Write agencies in the registry CSV format (used by `agencies import` to install a checked copy)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for agency in agencies:
            writer.writerow(
                [
                    agency.name,
                    agency.licence_number,
                    agency.status.value,
                    agency.province,
                    agency.source,
                    agency.as_of.isoformat(),
                ]
            )
    temporary.replace(path)
