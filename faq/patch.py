"""A patch of new phrasings for faq/content/: entry id → questions to add per language, as YAML an editor
merges by hand, and the check that the content with the patch applied still loads and lints clean."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
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


def check_patch(additions: Additions, paths: Iterable[Path | str] | None = None) -> list[Problem]:
    """Problems the patch would bring: unknown entries, and lint problems the content did not have before."""
    files = content_files(paths if paths is not None else [CONTENT_DIR])
    before = {problem.message for problem in lint_paths(files)}
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
        after = lint_paths(copies)
    problems = [
        Problem(SourceLocation("patch", 0), f"unknown entry: {entry_id}") for entry_id in sorted(unknown)
    ]
    problems += [problem for problem in after if problem.message not in before]
    return problems
