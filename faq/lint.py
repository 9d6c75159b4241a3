"""`faq lint`: every rule content editors must follow, reported as `file:line: message`.

The loader already reports YAML, schema and per-entry rules (required fields, types, kebab-case id, phrasing
counts, both languages, sources, reviewed date, duplicate ids). This module adds the rules that need the whole
knowledge base or the config: unknown `related` ids, duplicate or near-identical phrasings across entries,
unknown placeholders, HTML/Markdown in answers, a synonym variant claimed by two canonical words, review
dates in the future, and the readability rules: the whole first reply to a question fits one phone screen
once placeholders are filled, no line is a wall of text, and every abbreviation is in the glossary and
explained at its first use in each answer. It also checks the destinations table
(faq/data/destinations.yaml), whose numbers are placeholders too (`{dest_tw_police}`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Final

from rapidfuzz import fuzz, process

from faq.destinations import read_destinations
from faq.glossary import suggestion, unexplained, unexplained_in_title
from faq.loader import GLOSSARY_FILE, Problem, read_content
from faq.model import LANGUAGES, FaqEntry, GlossaryTerm, KnowledgeBase, Language, SourceLocation
from faq.normalize import Normalizer, basic_tokens
from faq.render import DOCUMENTED_PLACEHOLDERS, fill_placeholders, placeholders_in

# The whole first reply to a question (title, answer, feedback line) in one phone screen.
MAX_FIRST_REPLY_CHARS: Final = 650
# What the bot sends around the title and the answer in that reply: the blank line after the bold title and
# the blank line plus "Apakah jawaban ini membantu?" after the answer (handlers/texts.py `answer`,
# `answer_footer`). Buttons are not text and are not counted.
REPLY_FRAME_CHARS: Final = 32
MAX_LINE_CHARS: Final = 200
# Content files written before the readability rules: they keep the old answer-only limit and are exempt from
# the first-reply, line and abbreviation rules until rewritten. Remove a file here once it is rewritten.
AWAITING_REWRITE: Final[frozenset[str]] = frozenset()
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
    glossary = readout.glossary if readout.glossary else read_content([GLOSSARY_FILE]).glossary
    problems.extend(check_abbreviations(kb, glossary))
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
                elif _in_the_other_language(name, lang, allowed):
                    problems.append(
                        _lint(
                            where,
                            f"entry `{entry.id}`: placeholder `{{{name}}}` holds the other language's text; "
                            f"answer.{lang} uses `{{{_variant(name, lang)}}}`",
                        )
                    )
            problems.extend(_check_length(entry, lang, values))
            if _MARKUP.search(text):
                problems.append(
                    _lint(where, f"entry `{entry.id}`: answer.{lang} must be plain text (no HTML)")
                )
    return problems


def _in_the_other_language(name: str, lang: Language, allowed: frozenset[str]) -> bool:
    """A fact written per language is `{name}` in Indonesian and `{name_en}` in English answers."""
    if lang == "id":
        return name.endswith("_en") and name.removesuffix("_en") in allowed
    return f"{name}_en" in allowed


def _variant(name: str, lang: Language) -> str:
    return name.removesuffix("_en") if lang == "id" else f"{name}_en"


def first_reply_length(entry: FaqEntry, lang: Language, values: Mapping[str, str]) -> int:
    """Characters a user reads in the bot's first reply to a question answered with this entry."""
    answer = fill_placeholders(entry.answer.get(lang), values)
    return len(entry.title.get(lang)) + len(answer) + REPLY_FRAME_CHARS


def _check_length(entry: FaqEntry, lang: Language, values: Mapping[str, str]) -> list[Problem]:
    where = entry.location_of(f"answer.{lang}")
    if _awaiting_rewrite(entry):
        length = len(fill_placeholders(entry.answer.get(lang), values))
        if length <= MAX_ANSWER_CHARS:
            return []
        return [
            _lint(
                where,
                f"entry `{entry.id}`: answer.{lang} is {length} characters with placeholders filled "
                f"(max {MAX_ANSWER_CHARS})",
            )
        ]
    problems = []
    length = first_reply_length(entry, lang, values)
    if length > MAX_FIRST_REPLY_CHARS:
        problems.append(
            _lint(
                where,
                f"entry `{entry.id}`: the first reply in {lang} is {length} characters "
                f"with placeholders filled (title, answer and feedback line; max {MAX_FIRST_REPLY_CHARS})",
            )
        )
    for number, line in enumerate(entry.answer.get(lang).splitlines()):
        if len(line) > MAX_LINE_CHARS:
            problems.append(
                _lint(
                    _answer_line(entry, lang, number),
                    f"entry `{entry.id}`: a line of answer.{lang} is {len(line)} characters "
                    f"(max {MAX_LINE_CHARS}); break it into short lines or bullets",
                )
            )
    return problems


def check_abbreviations(kb: KnowledgeBase, glossary: Mapping[str, GlossaryTerm]) -> list[Problem]:
    """Every abbreviation in an answer is in the glossary and explained where the answer first uses it; one
    shown in the title is explained in the title or in the answer."""
    problems = []
    for entry in kb:
        if _awaiting_rewrite(entry):
            continue
        for lang in LANGUAGES:
            text = entry.answer.get(lang)
            for found in unexplained(text, lang, glossary):
                where = _answer_line(entry, lang, text[: found.offset].count("\n"))
                if found.term is None:
                    message = (
                        f"entry `{entry.id}`: answer.{lang} uses `{found.word}`, "
                        f"which is not in the glossary ({GLOSSARY_FILE.name}); add it there or write it out"
                    )
                else:
                    message = (
                        f"entry `{entry.id}`: answer.{lang} uses `{found.word}` without explaining it at its "
                        f'first use; write "{suggestion(found.term, lang)}"'
                    )
                problems.append(_lint(where, message))
            for found in unexplained_in_title(entry.title.get(lang), text, lang, glossary):
                where = entry.location_of(f"title.{lang}")
                if found.term is None:
                    message = (
                        f"entry `{entry.id}`: title.{lang} uses `{found.word}`, "
                        f"which is not in the glossary ({GLOSSARY_FILE.name}); add it there or write it out"
                    )
                else:
                    message = (
                        f"entry `{entry.id}`: title.{lang} uses `{found.word}` and the answer never "
                        f'explains it; write "{suggestion(found.term, lang)}" in the answer'
                    )
                problems.append(_lint(where, message))
    return problems


def _answer_line(entry: FaqEntry, lang: Language, number: int) -> SourceLocation:
    """Where line `number` of an answer is written (the answer's own line when unknown)."""
    start = entry.field_lines.get(f"answer.{lang}:text")
    if start is None:
        return entry.location_of(f"answer.{lang}")
    return SourceLocation(entry.location.path, start + number)


def _awaiting_rewrite(entry: FaqEntry) -> bool:
    return Path(entry.location.path).name in AWAITING_REWRITE


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
