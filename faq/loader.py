"""Load FAQ content files (faq/content/*.yaml) into a `KnowledgeBase`, reporting problems as `file:line`.

Two kinds of problem: *blocking* ones (bad YAML, wrong types, a missing required field, duplicate ids) make
the content unusable, so `load_knowledge_base` refuses it; the others (too few phrasings, no sources, ...) are
quality rules that only `faq lint` enforces, so a small slip by an editor never takes the bot down.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from faq.glossary import read_glossary
from faq.model import (
    LANGUAGES,
    FaqEntry,
    GlossaryTerm,
    KnowledgeBase,
    LocalizedPhrases,
    LocalizedText,
    SourceLocation,
)
from faq.yamlsource import YamlList, YamlMap, YamlSyntaxError, read_yaml_file

CONTENT_DIR: Final = Path(__file__).parent / "content"
GLOSSARY_FILE: Final = CONTENT_DIR / "glossary.yaml"
KEBAB_ID: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_QUESTIONS: Final = {"id": 6, "en": 2}
ENTRY_KEYS: Final = frozenset(
    {"id", "title", "questions", "answer", "related", "tags", "sources", "reviewed"}
)
FILE_KEYS: Final = frozenset({"synonyms", "entries", "glossary"})


@dataclass(frozen=True, slots=True)
class Problem:
    location: SourceLocation
    message: str
    blocking: bool = True

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class FaqContentError(Exception):
    """The content cannot be loaded; `problems` lists every blocking problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n  ".join(str(problem) for problem in self.problems)
        super().__init__(f"FAQ content has {len(self.problems)} problem(s):\n  {lines}")


@dataclass(slots=True)
class ContentReadout:
    """Everything read from the content files, including entries that had non-blocking problems."""

    entries: list[FaqEntry] = field(default_factory=list)
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    synonym_locations: dict[str, SourceLocation] = field(default_factory=dict)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def blocking_problems(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.blocking]

    def knowledge_base(self) -> KnowledgeBase:
        return KnowledgeBase(entries=tuple(self.entries), synonyms=self.synonyms, glossary=self.glossary)


def content_files(paths: Iterable[Path | str] | None = None) -> list[Path]:
    """Expand the given files and directories (default: the shipped content) into sorted YAML files."""
    files: list[Path] = []
    for raw in [CONTENT_DIR] if paths is None else paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        else:
            files.append(path)
    return files


def read_content(paths: Iterable[Path | str] | None = None) -> ContentReadout:
    """Read and validate every file, collecting problems instead of stopping at the first one."""
    readout = ContentReadout()
    readout.files = content_files(paths)
    if not readout.files:
        where = SourceLocation(str(paths if paths is not None else CONTENT_DIR), 0)
        readout.problems.append(Problem(where, "no FAQ content files found"))
    for path in readout.files:
        _read_file(path, readout)
    _check_duplicate_ids(readout)
    return readout


def load_knowledge_base(paths: Iterable[Path | str] | None = None) -> KnowledgeBase:
    """Load the content; raises FaqContentError listing blocking problems (lint-only ones are ignored)."""
    readout = read_content(paths)
    if readout.blocking_problems:
        raise FaqContentError(readout.blocking_problems)
    return readout.knowledge_base()


def _read_file(path: Path, readout: ContentReadout) -> None:
    name = str(path)
    try:
        document = read_yaml_file(path)
    except YamlSyntaxError as exc:
        readout.problems.append(Problem(SourceLocation(name, exc.line), exc.problem))
        return
    if not isinstance(document, YamlMap):
        readout.problems.append(
            Problem(SourceLocation(name, 1), "the file must be a mapping with an `entries:` list")
        )
        return
    report = _Reporter(name, readout.problems)
    report.duplicate_keys(document)
    for key in document:
        if key not in FILE_KEYS:
            report.lint(
                document.line_of(key), f"unknown top-level key `{key}` (expected synonyms, entries, glossary)"
            )
    if "synonyms" in document:
        _read_synonyms(document["synonyms"], document.line_of("synonyms"), report, readout)
    if "glossary" in document:
        _read_glossary(document["glossary"], document.line_of("glossary"), report, readout)
        if "entries" not in document:
            return  # a glossary file needs no entries
    entries = document.get("entries")
    if not isinstance(entries, YamlList):
        report.error(document.line_of("entries"), "`entries` must be a list of FAQ entries")
        return
    for index, raw_entry in enumerate(entries):
        entry = _read_entry(raw_entry, entries.line_of(index), report)
        if entry is not None:
            readout.entries.append(entry)


def _read_synonyms(raw: Any, line: int, report: _Reporter, readout: ContentReadout) -> None:
    if not isinstance(raw, YamlMap):
        report.error(line, "`synonyms` must map a canonical word to a list of variants")
        return
    report.duplicate_keys(raw)
    for canonical, variants in raw.items():
        key_line = raw.line_of(canonical)
        if not isinstance(variants, YamlList) or not all(
            isinstance(item, str) and item.strip() for item in variants
        ):
            report.error(key_line, f"synonyms `{canonical}` must be a list of non-empty strings")
            continue
        merged = readout.synonyms.get(canonical, ()) + tuple(variants)
        readout.synonyms[canonical] = merged
        readout.synonym_locations.setdefault(canonical, SourceLocation(report.path, key_line))


def _read_glossary(raw: Any, line: int, report: _Reporter, readout: ContentReadout) -> None:
    if isinstance(raw, YamlMap):
        report.duplicate_keys(raw)
    terms, problems = read_glossary(raw, line, report.path)
    for problem_line, message, blocking in problems:
        (report.error if blocking else report.lint)(problem_line, message)
    for term, value in terms.items():
        earlier = readout.glossary.get(term)
        if earlier is not None:
            report.error(value.location.line, f"glossary `{term}` is already defined at {earlier.location}")
            continue
        readout.glossary[term] = value


def _read_entry(raw: Any, line: int, report: _Reporter) -> FaqEntry | None:
    if not isinstance(raw, YamlMap):
        report.error(line, "each entry must be a mapping (id, title, questions, answer, ...)")
        return None
    report.duplicate_keys(raw)
    entry_id = raw.get("id")
    label = f"entry `{entry_id}`" if isinstance(entry_id, str) else "entry"
    before = report.blocking_count()
    if not isinstance(entry_id, str) or not entry_id.strip():
        report.error(raw.line_of("id"), "entry has no `id` (a kebab-case string)")
        entry_id = ""
    elif not KEBAB_ID.match(entry_id):
        report.error(raw.line_of("id"), f"{label}: id must be kebab-case (a-z, 0-9 and single hyphens)")
    for key in raw:
        if key not in ENTRY_KEYS:
            report.lint(raw.line_of(key), f"{label}: unknown field `{key}`")
    title = _localized_text(raw, "title", label, report)
    answer = _localized_text(raw, "answer", label, report)
    questions = _localized_phrases(raw, label, report)
    related = _string_list(raw, "related", label, report)
    tags = _string_list(raw, "tags", label, report)
    sources = _string_list(raw, "sources", label, report)
    if not sources:
        report.lint(
            raw.line_of("sources"), f"{label}: missing `sources` (cite a law, regulation or official page)"
        )
    reviewed = _reviewed_date(raw, label, report)
    if report.blocking_count() > before or title is None or answer is None or questions is None:
        return None
    return FaqEntry(
        id=entry_id,
        title=title,
        questions=questions,
        answer=answer,
        related=related,
        tags=tags,
        sources=sources,
        reviewed=reviewed,
        location=SourceLocation(report.path, raw.line),
        field_lines=_field_lines(raw),
    )


def _field_lines(node: Any, prefix: str = "") -> dict[str, int]:
    """Dotted path -> line for every key and list item below `node`."""
    lines: dict[str, int] = {}
    if isinstance(node, YamlMap):
        for key, value in node.items():
            lines[f"{prefix}{key}"] = node.line_of(key)
            if key in node.text_lines:
                lines[f"{prefix}{key}:text"] = node.text_lines[key]
            lines.update(_field_lines(value, f"{prefix}{key}."))
    elif isinstance(node, YamlList):
        for index, value in enumerate(node):
            lines[f"{prefix}{index}"] = node.line_of(index)
            lines.update(_field_lines(value, f"{prefix}{index}."))
    return lines


def _localized_text(raw: YamlMap, key: str, label: str, report: _Reporter) -> LocalizedText | None:
    value = raw.get(key)
    if key not in raw:
        report.error(raw.line, f"{label}: missing `{key}` (with `id` and `en` texts)")
        return None
    if not isinstance(value, YamlMap):
        report.error(raw.line_of(key), f"{label}: `{key}` must be a mapping with `id` and `en` texts")
        return None
    texts: dict[str, str] = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if lang not in value:
            report.error(value.line, f"{label}: `{key}` has no `{lang}` text (missing language)")
        elif not isinstance(text, str) or not text.strip():
            report.error(value.line_of(lang), f"{label}: `{key}.{lang}` must be non-empty text")
        else:
            texts[lang] = text.strip()
    for written in value:
        if written not in LANGUAGES:
            report.lint(value.line_of(written), f"{label}: `{key}` has unsupported language `{written}`")
    if len(texts) != len(LANGUAGES):
        return None
    return LocalizedText(id=texts["id"], en=texts["en"])


def _localized_phrases(raw: YamlMap, label: str, report: _Reporter) -> LocalizedPhrases | None:
    value = raw.get("questions")
    if "questions" not in raw:
        report.error(raw.line, f"{label}: missing `questions` (example phrasings in `id` and `en`)")
        return None
    if not isinstance(value, YamlMap):
        report.error(
            raw.line_of("questions"), f"{label}: `questions` must be a mapping with `id` and `en` lists"
        )
        return None
    phrases: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        items = value.get(lang)
        if lang not in value:
            report.error(value.line, f"{label}: `questions` has no `{lang}` list (missing language)")
            continue
        if not isinstance(items, YamlList):
            report.error(value.line_of(lang), f"{label}: `questions.{lang}` must be a list of phrasings")
            continue
        good: list[str] = []
        for index, item in enumerate(items):
            if isinstance(item, str) and item.strip():
                good.append(item.strip())
            else:
                report.error(
                    items.line_of(index), f"{label}: `questions.{lang}` items must be non-empty text"
                )
        if len(good) < MIN_QUESTIONS[lang]:
            report.lint(
                value.line_of(lang),
                f"{label}: `questions.{lang}` has {len(good)} phrasing(s), "
                f"needs at least {MIN_QUESTIONS[lang]}",
            )
        phrases[lang] = tuple(good)
    if len(phrases) != len(LANGUAGES):
        return None
    return LocalizedPhrases(id=phrases["id"], en=phrases["en"])


def _string_list(raw: YamlMap, key: str, label: str, report: _Reporter) -> tuple[str, ...]:
    value = raw.get(key)
    if value is None:
        return ()
    if not isinstance(value, YamlList):
        report.error(raw.line_of(key), f"{label}: `{key}` must be a list")
        return ()
    items: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, str) and item.strip():
            items.append(item.strip())
        else:
            report.error(value.line_of(index), f"{label}: `{key}` items must be non-empty text")
    return tuple(items)


def _reviewed_date(raw: YamlMap, label: str, report: _Reporter) -> dt.date | None:
    if "reviewed" not in raw or raw["reviewed"] is None:
        report.lint(raw.line, f"{label}: missing `reviewed` date (YYYY-MM-DD)")
        return None
    value = raw["reviewed"]
    line = raw.line_of("reviewed")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    report.lint(line, f"{label}: `reviewed` must be a date written YYYY-MM-DD, got {value!r}")
    return None


def _check_duplicate_ids(readout: ContentReadout) -> None:
    first_seen: dict[str, FaqEntry] = {}
    kept: list[FaqEntry] = []
    for entry in readout.entries:
        earlier = first_seen.get(entry.id)
        if earlier is not None:
            readout.problems.append(
                Problem(
                    entry.location, f"duplicate entry id `{entry.id}` (first defined at {earlier.location})"
                )
            )
            continue
        first_seen[entry.id] = entry
        kept.append(entry)
    readout.entries = kept


class _Reporter:
    """Collects problems for one file so the readers above stay short."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self._problems = problems

    def error(self, line: int, message: str) -> None:
        self._problems.append(Problem(SourceLocation(self.path, line), message, blocking=True))

    def lint(self, line: int, message: str) -> None:
        self._problems.append(Problem(SourceLocation(self.path, line), message, blocking=False))

    def blocking_count(self) -> int:
        return sum(1 for problem in self._problems if problem.blocking)

    def duplicate_keys(self, mapping: YamlMap) -> None:
        for key, line in mapping.duplicate_keys:
            self.error(line, f"key `{key}` is written twice in the same mapping")
