"""Record questions the FAQ served badly (fallbacks, clarify choices, 👎) and report the biggest gaps.

No user id is stored: staff need the wording people use, not who asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from storage.db import Database
from storage.models.questions import QuestionEventKind
from storage.repositories.questions import QuestionGap, QuestionRepository

MAX_QUESTION_CHARS = 1000
GAP_KINDS = (
    QuestionEventKind.FALLBACK,
    QuestionEventKind.CLARIFY_CHOICE,
    QuestionEventKind.THUMBS_DOWN,
    QuestionEventKind.NOT_THIS,
)


class QuestionLogService:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def record(
        self,
        kind: QuestionEventKind,
        question: str,
        *,
        decision: str,
        normalized_question: str = "",
        entry_id: str | None = None,
        candidates: Sequence[tuple[str, float]] = (),
    ) -> None:
        candidate_rows: list[dict[str, Any]] = [
            {"entry_id": candidate_id, "score": round(score, 4)} for candidate_id, score in candidates
        ]
        async with self._database.sessions.begin() as session:
            await QuestionRepository(session).add(
                kind,
                question[:MAX_QUESTION_CHARS],
                normalized_question=normalized_question[:MAX_QUESTION_CHARS],
                decision=decision,
                entry_id=entry_id,
                candidates=candidate_rows,
            )

    async def gaps(
        self,
        *,
        limit: int = 20,
        since: datetime | None = None,
        kinds: Sequence[QuestionEventKind] = GAP_KINDS,
    ) -> list[QuestionGap]:
        async with self._database.sessions() as session:
            return await QuestionRepository(session).gaps(kinds, since=since, limit=limit)
