"""Learning from misses: group the questions the FAQ served badly, and add a phrasing to an entry.

The question log (fallbacks, "Maksud Anda:" choices, "Bukan ini?" choices, 👎) is grouped by normalised
wording in the database; here near-identical wordings are merged further ("gaji sy dipotong agensi" and
"gaji dipotong terus sama agensi") with rapidfuzz's token-set similarity, and every group is shown with the
entry it was closest to: the one users picked when they were offered a choice, else the matcher's best.
`add_phrasing` appends the question to that entry's phrasings in its content file, touching nothing else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final, Protocol

import yaml
from rapidfuzz import fuzz

from faq.matcher import FaqMatcher
from faq.model import KnowledgeBase, Language, SourceLocation

SIMILARITY: Final = 80.0  # token-set similarity (0..100) of normalised wordings that count as one question


class LoggedGap(Protocol):
    @property
    def question(self) -> str: ...
    @property
    def normalized_question(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def last_seen(self) -> datetime: ...
    @property
    def kinds(self) -> tuple[str, ...]: ...
    @property
    def entry_ids(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class GapGroup:
    question: str  # the most frequent wording
    count: int
    last_seen: datetime
    kinds: tuple[str, ...]
    chosen: tuple[str, ...]  # entries users picked for these questions, most frequent first
    closest: str | None  # the matcher's best entry for `question`
    closest_score: float
    others: tuple[tuple[str, int], ...]  # the other wordings in the group, with their counts

    @property
    def target(self) -> str | None:
        """The entry a phrasing most likely belongs to."""
        return self.chosen[0] if self.chosen else self.closest


def group_gaps(
    gaps: Sequence[LoggedGap], matcher: FaqMatcher, similarity: float = SIMILARITY
) -> list[GapGroup]:
    """Merge wordings of the same question, most asked first."""
    clusters: list[list[LoggedGap]] = []
    for gap in sorted(gaps, key=lambda item: (-item.count, item.normalized_question)):
        key = gap.normalized_question or gap.question.lower()
        for cluster in clusters:
            leader = cluster[0].normalized_question or cluster[0].question.lower()
            if fuzz.token_set_ratio(key, leader) >= similarity:
                cluster.append(gap)
                break
        else:
            clusters.append([gap])
    groups = [_group(cluster, matcher) for cluster in clusters]
    return sorted(groups, key=lambda group: (-group.count, -group.last_seen.timestamp()))


def _group(cluster: Sequence[LoggedGap], matcher: FaqMatcher) -> GapGroup:
    leader = cluster[0]
    chosen: dict[str, int] = {}
    for gap in cluster:
        for entry_id in gap.entry_ids:
            chosen[entry_id] = chosen.get(entry_id, 0) + gap.count
    ranked = matcher.rank(leader.question)
    return GapGroup(
        question=leader.question,
        count=sum(gap.count for gap in cluster),
        last_seen=max(gap.last_seen for gap in cluster),
        kinds=tuple(sorted({kind for gap in cluster for kind in gap.kinds})),
        chosen=tuple(sorted(chosen, key=lambda entry_id: (-chosen[entry_id], entry_id))),
        closest=ranked[0].entry_id if ranked else None,
        closest_score=ranked[0].score if ranked else 0.0,
        others=tuple((gap.question, gap.count) for gap in cluster[1:]),
    )


class PhrasingError(Exception):
    """The phrasing cannot be added; the message says why (and where)."""


def add_phrasing(kb: KnowledgeBase, entry_id: str, question: str, lang: Language = "id") -> SourceLocation:
    """Append `question` to the entry's `questions.<lang>` list in its content file, keeping every other
    line as it is; returns where it was written. The caller reloads the content to check it."""
    question = " ".join(question.split())
    if not question:
        raise PhrasingError("the question is empty")
    if entry_id not in kb:
        raise PhrasingError(f"no entry `{entry_id}`")
    entry = kb.get(entry_id)
    phrasings = entry.questions.get(lang)
    if any(existing.casefold() == question.casefold() for existing in phrasings):
        raise PhrasingError(f"`{entry_id}` already has this phrasing")
    if not phrasings:
        raise PhrasingError(
            f"{entry.location}: `{entry_id}` has no {lang} phrasings yet; add the first by hand"
        )
    last = entry.location_of(f"questions.{lang}.{len(phrasings) - 1}")
    path = Path(last.path)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    anchor = lines[last.line - 1]
    indent = re.match(r"\s*", anchor)
    prefix = indent.group(0) if indent else ""
    if not anchor.lstrip().startswith("- "):
        raise PhrasingError(f"{last}: expected a `- phrasing` line here; add it by hand")
    newline = "\n" if anchor.endswith("\n") else ""
    if not newline:
        lines[last.line - 1] = anchor + "\n"
    lines.insert(last.line, f"{prefix}- {_yaml_scalar(question)}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return SourceLocation(str(path), last.line + 1)


def _yaml_scalar(text: str) -> str:
    """The text as written by hand when YAML reads it back unchanged, else double-quoted."""
    try:
        if yaml.safe_load(f"- {text}") == [text]:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)
