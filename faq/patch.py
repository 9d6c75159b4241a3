"""A patch of new phrasings for faq/content/: entry id → questions to add per language, as YAML an editor
merges by hand, the content with the patch applied (for the lint and the labelled-set scores in
faq.patch_eval), and the check that it still loads and lints clean."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from faq.lint import lint_paths
from faq.loader import CONTENT_DIR, Problem, content_files
from faq.model import SourceLocation

Additions = Mapping[str, Mapping[str, Sequence[str]]]  # entry id -> language -> new questions

HEADER = (
    "# Phrasings accepted in the staff console (content gaps). Add each question under the entry's\n"
    "# `questions.<language>` in faq/content/, then run `migrasi-aman faq lint`.\n"
)


def patch_yaml(additions: Additions) -> str:
    body = {
        "entries": [
            {
                "id": entry_id,
                "questions": {lang: list(questions) for lang, questions in sorted(by_lang.items())},
            }
            for entry_id, by_lang in sorted(additions.items())
        ]
    }
    return HEADER + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=1000)


@dataclass(frozen=True, slots=True)
class PatchedContent:
    """The content files with the patch applied (copies in a temporary folder) and the entries the patch
    names that the content does not have."""

    originals: tuple[Path, ...]
    copies: tuple[Path, ...]
    unknown: frozenset[str]


@contextlib.contextmanager
def patched_content(
    additions: Additions, paths: Iterable[Path | str] | None = None
) -> Iterator[PatchedContent]:
    """The content with the patch applied, readable while the block runs; the copies go afterwards."""
    files = content_files(paths if paths is not None else [CONTENT_DIR])
    unknown = set(additions)
    with tempfile.TemporaryDirectory(prefix="faq-patch-") as folder:
        copies = []
        for source in files:
            target = Path(folder) / source.name
            raw: Any = yaml.safe_load(source.read_text(encoding="utf-8"))
            entries = raw.get("entries") if isinstance(raw, dict) else None
            touched = False
            for entry in entries if isinstance(entries, list) else []:
                entry_id = entry.get("id") if isinstance(entry, dict) else None
                if isinstance(entry_id, str) and entry_id in additions:
                    unknown.discard(entry_id)
                    questions = entry.setdefault("questions", {})
                    for lang, new in additions[entry_id].items():
                        questions[lang] = [*questions.get(lang, []), *new]
                    touched = True
            if touched:
                target.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
            else:
                shutil.copyfile(source, target)
            copies.append(target)
        yield PatchedContent(tuple(files), tuple(copies), frozenset(unknown))


def check_patch(
    additions: Additions, paths: Iterable[Path | str] | None = None, *, known: Collection[str] | None = None
) -> list[Problem]:
    """Problems the patch would bring: unknown entries, and lint problems the content did not have before
    (`known`: the messages of those, when the caller already linted the unpatched content)."""
    with patched_content(additions, paths) as patched:
        before = (
            set(known)
            if known is not None
            else {problem.message for problem in lint_paths(patched.originals)}
        )
        after = lint_paths(patched.copies)
    problems = [
        Problem(SourceLocation("patch", 0), f"unknown entry: {entry_id}")
        for entry_id in sorted(patched.unknown)
    ]
    problems += [problem for problem in after if problem.message not in before]
    return problems
