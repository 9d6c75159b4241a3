"""The glossary of abbreviations answers may use, and the scan that finds where an answer uses them.

Workers with primary schooling stop reading at the first unexplained abbreviation, so every abbreviation in
an answer is explained where it first appears: "P3MI (perusahaan penempatan resmi)", or the plain words
first and the abbreviation after them, "perusahaan penempatan resmi (P3MI)". The glossary (a content file
with a top-level `glossary:` mapping) holds the one explanation per language that answers use, so the same
abbreviation reads the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from faq.model import LANGUAGES, GlossaryTerm, Language, LocalizedText, SourceLocation
from faq.yamlsource import YamlList, YamlMap

# A word of capitals and digits with at least two capitals: "KP2MI", "TPPO", "ID"; not "Anda", "N4", "G".
ACRONYM_WORD: Final = re.compile(r"(?<![A-Za-z0-9])(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]+(?![A-Za-z0-9])")
_PLACEHOLDER: Final = re.compile(r"\{[^{}\s]*\}")
_GLOSS_AFTER: Final = re.compile(r"\s*\(([^()]*)\)")
_GLOSSARY_KEYS: Final = frozenset({"id", "en", "known_in", "also"})
# Besides "TERM (plain words)": "TERM, plain words" and "TERM: plain words" (short titles read better so).
_GLOSS_AFTER_SEPARATOR: Final = re.compile(r"[,:]\s*")


@dataclass(frozen=True, slots=True)
class Use:
    """One place an answer uses an abbreviation; `term` is None when the glossary does not know it."""

    word: str
    start: int
    end: int
    term: GlossaryTerm | None


@dataclass(frozen=True, slots=True)
class Unexplained:
    """An abbreviation whose first use in a text is not explained (or that the glossary does not know)."""

    word: str
    offset: int
    term: GlossaryTerm | None


def read_glossary(
    raw: Any, line: int, path: str
) -> tuple[dict[str, GlossaryTerm], list[tuple[int, str, bool]]]:
    """Terms from a `glossary:` mapping and its problems as (line, message, blocking)."""
    problems: list[tuple[int, str, bool]] = []
    terms: dict[str, GlossaryTerm] = {}
    if not isinstance(raw, YamlMap):
        return terms, [(line, "`glossary` must map each abbreviation to its `id` and `en` explanation", True)]
    for term, value in raw.items():
        term_line = raw.line_of(term)
        label = f"glossary `{term}`"
        if not isinstance(value, YamlMap):
            problems.append((term_line, f"{label} must be a mapping with `id` and `en` explanations", True))
            continue
        texts: dict[str, str] = {}
        for lang in LANGUAGES:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                message = f"{label}: `{lang}` must be a non-empty explanation"
                problems.append((value.line_of(lang), message, True))
            else:
                texts[lang] = text.strip()
        for key in value:
            if key not in _GLOSSARY_KEYS:
                problems.append((value.line_of(key), f"{label}: unknown field `{key}`", False))
        known_in = value.get("known_in", YamlList(term_line))
        if not isinstance(known_in, YamlList) or any(item not in LANGUAGES for item in known_in):
            problems.append((value.line_of("known_in"), f"{label}: `known_in` must be a list of id/en", True))
            known_in = []
        also = value.get("also", YamlList(term_line))
        if not isinstance(also, YamlList) or not all(isinstance(item, str) and item.strip() for item in also):
            problems.append((value.line_of("also"), f"{label}: `also` must be a list of spellings", True))
            also = []
        if not ACRONYM_WORD.search(term):
            problems.append((term_line, f"{label}: a term must contain an abbreviation (2+ capitals)", False))
        for written, text in texts.items():
            inner = ACRONYM_WORD.search(text)
            if inner is not None:
                problems.append(
                    (
                        value.line_of(written),
                        f"{label}: the explanation uses the abbreviation `{inner.group()}`; use plain words",
                        False,
                    )
                )
        if len(texts) == len(LANGUAGES):
            terms[term] = GlossaryTerm(
                term=term,
                explanation=LocalizedText(id=texts["id"], en=texts["en"]),
                known_in=tuple(lang for lang in LANGUAGES if lang in known_in),
                also=tuple(item.strip() for item in also),
                location=SourceLocation(path, term_line),
            )
    return terms, problems


def uses(text: str, glossary: Mapping[str, GlossaryTerm]) -> Iterator[Use]:
    """Every abbreviation in `text` in order: glossary terms (the longest wins: "ID PMI" over "PMI"), then
    any other word that looks like one. Placeholders are config values, not content, and are skipped."""
    masked = _PLACEHOLDER.sub(lambda match: " " * len(match.group()), text)
    spellings = {term: entry for entry in glossary.values() for term in (entry.term, *entry.also)}
    taken: list[Use] = []
    for spelling in sorted(spellings, key=len, reverse=True):
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(spelling)}(?![A-Za-z0-9])")
        term = spellings[spelling]
        for match in pattern.finditer(masked):
            if not any(match.start() < use.end and use.start < match.end() for use in taken):
                taken.append(Use(term.term, match.start(), match.end(), term))
    for match in ACRONYM_WORD.finditer(masked):
        if not any(match.start() < use.end and use.start < match.end() for use in taken):
            taken.append(Use(match.group(), match.start(), match.end(), None))
    return iter(sorted(taken, key=lambda use: use.start))


def unexplained(text: str, lang: Language, glossary: Mapping[str, GlossaryTerm]) -> list[Unexplained]:
    """Abbreviations not in the glossary (each once), and glossary terms not explained at their first use."""
    seen: set[str] = set()
    found: list[Unexplained] = []
    for use in uses(text, glossary):
        if use.word in seen:
            continue
        seen.add(use.word)
        if use.term is None:
            found.append(Unexplained(use.word, use.start, None))
        elif use.term.needs_explaining(lang) and not is_explained(text, use, lang):
            found.append(Unexplained(use.word, use.start, use.term))
    return found


def unexplained_in_title(
    title: str, answer: str, lang: Language, glossary: Mapping[str, GlossaryTerm]
) -> list[Unexplained]:
    """Abbreviations a title shows that neither the title nor the answer below it explains.

    Titles are short labels (also used as buttons), so the explanation may wait for the answer; an answer that
    uses the abbreviation must explain it at its first use anyway (`unexplained`).
    """
    in_answer = {use.word for use in uses(answer, glossary)}
    found: list[Unexplained] = []
    for use in uses(title, glossary):
        if any(earlier.word == use.word for earlier in found):
            continue
        if use.term is None:
            found.append(Unexplained(use.word, use.start, None))
        elif use.word in in_answer or not use.term.needs_explaining(lang):
            continue
        elif not is_explained(title, use, lang):
            found.append(Unexplained(use.word, use.start, use.term))
    return found


def is_explained(text: str, use: Use, lang: Language) -> bool:
    """`TERM (… plain words …)` or `TERM, plain words` right after, or `… plain words (TERM)`."""
    assert use.term is not None
    plain = use.term.explanation.get(lang).casefold()
    after = _GLOSS_AFTER.match(text, use.end)
    if after is not None and plain in after.group(1).casefold():
        return True
    separator = _GLOSS_AFTER_SEPARATOR.match(text, use.end)
    if separator is not None and text[separator.end() :].casefold().startswith(plain):
        return True
    before = text[: use.start].rstrip()
    closes = text[use.end :].lstrip().startswith(")")
    return before.endswith("(") and closes and before[:-1].rstrip().casefold().endswith(plain)


def suggestion(term: GlossaryTerm, lang: Language) -> str:
    return f"{term.term} ({term.explanation.get(lang)})"
