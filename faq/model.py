"""The FAQ knowledge base as plain, frozen data: entries, their texts in both languages, where they came from.

Everything here is immutable so one loaded `KnowledgeBase` can be shared by the matcher, the renderer and the
Telegram handlers without anyone changing it under the others' feet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

Language = Literal["id", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("id", "en")
DEFAULT_LANGUAGE: Final[Language] = "id"


def as_language(value: str | None) -> Language:
    """Map a user or Telegram language code ("en-US", "id", None) to a supported language."""
    if value and value.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """Where something was written: shown to content editors as `file:line`."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class LocalizedText:
    id: str
    en: str

    def get(self, lang: Language) -> str:
        return self.en if lang == "en" else self.id


@dataclass(frozen=True, slots=True)
class LocalizedPhrases:
    id: tuple[str, ...]
    en: tuple[str, ...]

    def get(self, lang: Language) -> tuple[str, ...]:
        return self.en if lang == "en" else self.id

    def all(self) -> tuple[str, ...]:
        return self.id + self.en


@dataclass(frozen=True, slots=True)
class FaqEntry:
    id: str
    title: LocalizedText
    questions: LocalizedPhrases
    answer: LocalizedText
    related: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    reviewed: dt.date | None = None
    location: SourceLocation = SourceLocation("<memory>", 0)
    # Line of each field, by dotted path ("answer.en", "questions.id.3", "related.0"), for lint messages.
    field_lines: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)

    def location_of(self, path: str) -> SourceLocation:
        """Where a field was written (the entry's own line when unknown)."""
        return SourceLocation(self.location.path, self.field_lines.get(path, self.location.line))


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """An abbreviation used in answers and the plain words that explain it, per language.

    `known_in` lists the languages whose readers know the abbreviation better than any gloss (KTP for an
    Indonesian reader), so an answer in that language may use it bare. `also` lists other spellings of the
    same thing ("e-PMI" for "ID PMI"): explaining one explains them all.
    """

    term: str
    explanation: LocalizedText
    known_in: tuple[Language, ...] = ()
    also: tuple[str, ...] = ()
    location: SourceLocation = SourceLocation("<memory>", 0)

    def needs_explaining(self, lang: Language) -> bool:
        return lang not in self.known_in


def _frozen_synonyms(value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType(dict(value))


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """All entries in file order, the synonyms declared in the content files (canonical -> variants) and the
    glossary of abbreviations answers may use (term -> explanation)."""

    entries: tuple[FaqEntry, ...]
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    glossary: Mapping[str, GlossaryTerm] = field(default_factory=dict)
    _by_id: Mapping[str, FaqEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "synonyms", _frozen_synonyms(self.synonyms))
        object.__setattr__(self, "glossary", MappingProxyType(dict(self.glossary)))
        object.__setattr__(self, "_by_id", MappingProxyType({entry.id: entry for entry in self.entries}))

    def get(self, entry_id: str) -> FaqEntry:
        """The entry with this id; raises KeyError for an unknown id."""
        return self._by_id[entry_id]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def __iter__(self) -> Iterator[FaqEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(entry.id for entry in self.entries)
