"""`faq lint`: every rule content editors must follow, reported as `file:line: message`.

The loader already reports YAML, schema and per-entry rules (required fields, types, kebab-case id, phrasing
counts, both languages, sources, reviewed date, duplicate ids). This module adds the rules that need the whole
knowledge base or the config: unknown `related` ids, duplicate or near-identical phrasings across entries,
unknown placeholders, answers too long for a phone screen once placeholders are filled, HTML/Markdown in
answers, a synonym variant claimed by two canonical words, and review dates in the future. It also checks the
destinations table (faq/data/destinations.yaml), whose numbers are placeholders too (`{dest_tw_police}`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Final

from rapidfuzz import fuzz, process

from faq.destinations import read_destinations
from faq.loader import Problem, read_content
from faq.model import LANGUAGES, FaqEntry, KnowledgeBase, SourceLocation
from faq.normalize import Normalizer, basic_tokens
from faq.render import DOCUMENTED_PLACEHOLDERS, fill_placeholders, placeholders_in

MAX_ANSWER_CHARS: Final = 900
NEAR_DUPLICATE_RATIO: Final = 95.0
# Without a config we cannot know the filled length; assume a typical phone number / short link.
_STAND_IN_VALUE: Final = "x" * 20
_MARKUP: Final = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|\*\*|__|\[[^\]]+\]\([^)]+\)")


def lint_paths(
    paths: Iterable[Path | str] | None = None,
    placeholders: Mapping[str, str] | None = None,
    today: dt.date | None = None,
    destinations_path: Path | None = None,
    country_codes: Iterable[str] | None = None,
) -> list[Problem]:
    """All problems in the given content files (default: the shipped content) and the destinations table,
    sorted by file and line. `country_codes`: the places table's codes every destination must be one of."""
    readout = read_content(paths)
    kb = readout.knowledge_base()
    problems = list(readout.problems)
    table, table_problems = read_destinations(destinations_path, country_codes)
    problems.extend(table_problems)
    destination_values = table.placeholders("id") if table is not None else {}
    if placeholders is None:
        placeholders = {
            **dict.fromkeys(DOCUMENTED_PLACEHOLDERS, _STAND_IN_VALUE),
            **destination_values,
        }
    else:
        placeholders = {**placeholders, **destination_values}
    problems.extend(check_related(kb))
    problems.extend(check_answers(kb, placeholders))
    problems.extend(check_phrasings(kb))
    problems.extend(check_synonyms(readout.synonyms, readout.synonym_locations))
    problems.extend(check_reviewed(kb, today or dt.date.today()))
    return sorted(
        problems, key=lambda problem: (problem.location.path, problem.location.line, problem.message)
    )


def check_related(kb: KnowledgeBase) -> list[Problem]:
    problems = []
    for entry in kb:
        for index, related_id in enumerate(entry.related):
            where = entry.location_of(f"related.{index}")
            if related_id == entry.id:
                problems.append(_lint(where, f"entry `{entry.id}`: `related` lists the entry itself"))
            elif related_id not in kb:
                problems.append(_lint(where, f"entry `{entry.id}`: unknown related id `{related_id}`"))
    return problems


def check_reviewed(kb: KnowledgeBase, today: dt.date) -> list[Problem]:
    """A review date in the future is a typo, and would hide content that is due for review."""
    return [
        _lint(
            entry.location_of("reviewed"), f"entry `{entry.id}`: `reviewed` {entry.reviewed} is in the future"
        )
        for entry in kb
        if entry.reviewed is not None and entry.reviewed > today
    ]


def check_answers(kb: KnowledgeBase, placeholders: Mapping[str, str] | None) -> list[Problem]:
    allowed = frozenset(placeholders) if placeholders is not None else DOCUMENTED_PLACEHOLDERS
    values = dict(placeholders) if placeholders is not None else dict.fromkeys(allowed, _STAND_IN_VALUE)
    problems = []
    for entry in kb:
        for lang in LANGUAGES:
            text = entry.answer.get(lang)
            where = entry.location_of(f"answer.{lang}")
            for name in placeholders_in(text):
                if name not in allowed:
                    problems.append(
                        _lint(where, f"entry `{entry.id}`: unknown placeholder `{{{name}}}` in answer.{lang}")
                    )
            length = len(fill_placeholders(text, values))
            if length > MAX_ANSWER_CHARS:
                problems.append(
                    _lint(
                        where,
                        f"entry `{entry.id}`: answer.{lang} is {length} characters with placeholders filled "
                        f"(max {MAX_ANSWER_CHARS})",
                    )
                )
            if _MARKUP.search(text):
                problems.append(
                    _lint(where, f"entry `{entry.id}`: answer.{lang} must be plain text (no HTML)")
                )
    return problems


def check_phrasings(kb: KnowledgeBase, min_ratio: float = NEAR_DUPLICATE_RATIO) -> list[Problem]:
    """Exact duplicates anywhere, and near-identical phrasings in different entries (they blur matching)."""
    normalizer = Normalizer(kb.synonyms)
    texts: list[str] = []
    owners: list[tuple[FaqEntry, str]] = []
    for entry in kb:
        for lang in LANGUAGES:
            for index, phrasing in enumerate(entry.questions.get(lang)):
                texts.append(normalizer.normalize(phrasing))
                owners.append((entry, f"questions.{lang}.{index}"))
    problems: list[Problem] = []
    first_by_text: dict[str, int] = {}
    for position, text in enumerate(texts):
        earlier = first_by_text.setdefault(text, position)
        if earlier != position:
            problems.append(_duplicate(owners[position], owners[earlier], "duplicate phrasing"))
    if len(texts) < 2:
        return problems
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=min_ratio, workers=1)
    for position, other in zip(*scores.nonzero(), strict=True):
        if other >= position or texts[position] == texts[other]:
            continue
        if owners[position][0].id != owners[other][0].id:
            problems.append(_duplicate(owners[position], owners[other], "near-identical phrasing"))
    return problems


def check_synonyms(
    synonyms: Mapping[str, tuple[str, ...]], locations: Mapping[str, SourceLocation]
) -> list[Problem]:
    claimed: dict[str, str] = {}
    problems = []
    for canonical, variants in synonyms.items():
        for variant in variants:
            key = " ".join(basic_tokens(variant))
            owner = claimed.setdefault(key, canonical)
            if owner != canonical:
                where = locations.get(canonical, SourceLocation("<synonyms>", 0))
                problems.append(
                    _lint(where, f"synonym `{variant}` is listed under both `{owner}` and `{canonical}`")
                )
    return problems


def _duplicate(this: tuple[FaqEntry, str], first: tuple[FaqEntry, str], kind: str) -> Problem:
    entry, path = this
    other_entry, other_path = first
    return _lint(
        entry.location_of(path),
        f"entry `{entry.id}`: {kind} of `{other_entry.id}` {other_path} "
        f"({other_entry.location_of(other_path)})",
    )


def _lint(where: SourceLocation, message: str) -> Problem:
    return Problem(where, message, blocking=False)
