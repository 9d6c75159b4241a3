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


def load_registry(path: Path | None = None, defaults: RegistryDefaults | None = None) -> AgencyRegistry:
    """Read a registry CSV (the sample when `path` is None); raises RegistryError listing every bad row."""
    source = path or SAMPLE_REGISTRY
    try:
        text = source.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RegistryError([f"{source}: cannot read: {exc.strerror}"]) from None
    agencies = parse_registry(text, str(source), defaults)
    return AgencyRegistry(agencies, source, is_sample=source.resolve() == SAMPLE_REGISTRY.resolve())


@dataclass(frozen=True, slots=True)
class RegistryDefaults:
    """Values for columns an official export may lack (`agencies import --source ... --as-of ...`)."""

    source: str | None = None
    as_of: dt.date | None = None


# Column names as official or spreadsheet exports write them -> ours.
COLUMN_ALIASES: Final = {
    "nama": "name",
    "nama perusahaan": "name",
    "nama p3mi": "name",
    "perusahaan": "name",
    "company": "name",
    "licence": "licence_number",
    "license": "licence_number",
    "license_number": "licence_number",
    "nomor izin": "licence_number",
    "no izin": "licence_number",
    "no. izin": "licence_number",
    "nomor sip3mi": "licence_number",
    "sip3mi": "licence_number",
    "status izin": "status",
    "provinsi": "province",
    "sumber": "source",
    "per tanggal": "as_of",
    "tanggal": "as_of",
    "as of": "as_of",
    "date": "as_of",
}
STATUS_ALIASES: Final = {
    "aktif": AgencyStatus.ACTIVE,
    "berlaku": AgencyStatus.ACTIVE,
    "dibekukan": AgencyStatus.SUSPENDED,
    "skorsing": AgencyStatus.SUSPENDED,
    "pembekuan": AgencyStatus.SUSPENDED,
    "dicabut": AgencyStatus.REVOKED,
    "pencabutan": AgencyStatus.REVOKED,
    "tidak aktif": AgencyStatus.REVOKED,
}
DATE_FORMATS: Final = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y")


def parse_registry(
    text: str, name: str = "<registry>", defaults: RegistryDefaults | None = None
) -> tuple[Agency, ...]:
    """Agencies from CSV text (comma, semicolon or tab separated; Indonesian column names accepted)."""
    defaults = defaults or RegistryDefaults()
    reader = csv.DictReader(io.StringIO(text), dialect=_dialect(text))
    header = [_column(column) for column in reader.fieldnames or []]
    optional = {"source"} if defaults.source else set()
    optional |= {"as_of"} if defaults.as_of else set()
    missing = [column for column in COLUMNS if column not in header and column not in optional]
    if missing:
        raise RegistryError(
            [f"{name}:1: missing column(s): {', '.join(missing)} (need {', '.join(COLUMNS)})"]
        )
    reader.fieldnames = header
    agencies: list[Agency] = []
    problems: list[str] = []
    for line, row in enumerate(reader, start=2):
        if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
            continue  # blank line at the end of a spreadsheet export
        try:
            agencies.append(_agency(row, defaults))
        except ValueError as exc:
            problems.append(f"{name}:{line}: {exc}")
    if problems:
        raise RegistryError(problems)
    if not agencies:
        raise RegistryError([f"{name}: no agencies in the file"])
    return tuple(agencies)


def _dialect(text: str) -> type[csv.Dialect]:
    first_line = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(first_line, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _column(raw: str) -> str:
    column = " ".join(raw.strip().lower().replace("_", " ").split())
    return COLUMN_ALIASES.get(column, column.replace(" ", "_"))


def _agency(row: dict[str, str | None], defaults: RegistryDefaults) -> Agency:
    values = {
        key: (value or "").strip() for key, value in row.items() if key and isinstance(value, str | None)
    }
    if not values.get("name"):
        raise ValueError("name is empty")
    raw_status = values.get("status", "").lower()
    status = STATUS_ALIASES.get(raw_status)
    if status is None:
        try:
            status = AgencyStatus(raw_status)
        except ValueError:
            raise ValueError(
                f"status must be one of active, suspended, revoked (or aktif, dibekukan, dicabut), "
                f"got {values.get('status')!r}"
            ) from None
    as_of = _date(values.get("as_of", "")) or defaults.as_of
    if as_of is None:
        raise ValueError(f"as_of must be a date YYYY-MM-DD, got {values.get('as_of')!r}")
    return Agency(
        name=values["name"],
        licence_number=values.get("licence_number", ""),
        status=status,
        province=values.get("province", ""),
        source=values.get("source") or defaults.source or "",
        as_of=as_of,
    )


def _date(value: str) -> dt.date | None:
    for date_format in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, date_format).date()
        except ValueError:
            continue
    return None


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
