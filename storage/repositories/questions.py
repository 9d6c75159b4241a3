"""The unanswered-question log: the question and the matcher's view, never who asked. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.questions import QuestionEventKind, QuestionLog


@dataclass(frozen=True)
class QuestionGap:
    """One question (grouped by its normalised form) that the FAQ served badly, and how often."""

    question: str
    normalized_question: str
    count: int
    last_seen: datetime
    kinds: tuple[str, ...]
    # Entries involved: the one picked after "Maksud Anda:" or rated 👎. Add the wording to the first.
    entry_ids: tuple[str, ...] = ()


class QuestionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(
        self,
        kind: QuestionEventKind,
        question: str,
        *,
        normalized_question: str,
        decision: str,
        entry_id: str | None,
        candidates: Sequence[dict[str, Any]],
    ) -> QuestionLog:
        row = QuestionLog(
            kind=kind,
            question=question,
            normalized_question=normalized_question,
            decision=decision,
            entry_id=entry_id,
            candidates=list(candidates),
        )
        self.session.add(row)
        await self.session.flush()
        return row

    async def gaps(
        self, kinds: Sequence[QuestionEventKind], *, since: datetime | None, limit: int
    ) -> list[QuestionGap]:
        """Most frequent questions of these kinds, grouped by normalised text, most frequent first."""
        key = func.coalesce(
            func.nullif(QuestionLog.normalized_question, ""), func.lower(QuestionLog.question)
        )
        statement = (
            select(
                key.label("key"),
                func.count().label("count"),
                func.max(QuestionLog.created_at).label("last_seen"),
                func.min(QuestionLog.question).label("example"),
            )
            .where(QuestionLog.kind.in_(list(kinds)))
            .group_by(key)
            .order_by(func.count().desc(), func.max(QuestionLog.created_at).desc())
            .limit(limit)
        )
        if since is not None:
            statement = statement.where(QuestionLog.created_at >= since)
        rows = (await self.session.execute(statement)).all()
        gaps = []
        for row in rows:
            same = [key == row.key, QuestionLog.kind.in_(list(kinds))]
            if since is not None:
                same.append(QuestionLog.created_at >= since)
            kinds_statement = select(QuestionLog.kind).where(*same).distinct()
            found = sorted(str(kind) for kind in (await self.session.execute(kinds_statement)).scalars())
            entries_statement = (
                select(QuestionLog.entry_id, func.count().label("count"))
                .where(*same, QuestionLog.entry_id.is_not(None))
                .group_by(QuestionLog.entry_id)
                .order_by(func.count().desc(), QuestionLog.entry_id)
                .limit(2)
            )
            found_entries = (await self.session.execute(entries_statement)).all()
            entries = tuple(entry for entry, _ in found_entries if entry is not None)
            gaps.append(
                QuestionGap(
                    question=row.example,
                    normalized_question=row.key,
                    count=row.count,
                    last_seen=row.last_seen,
                    kinds=tuple(found),
                    entry_ids=entries,
                )
            )
        return gaps

    async def count(self, kind: QuestionEventKind | None = None) -> int:
        statement = select(func.count()).select_from(QuestionLog)
        if kind is not None:
            statement = statement.where(QuestionLog.kind == kind)
        return int((await self.session.execute(statement)).scalar_one())

    async def latest(self, limit: int = 50) -> Sequence[QuestionLog]:
        statement = select(QuestionLog).order_by(QuestionLog.id.desc()).limit(limit)
        return (await self.session.execute(statement)).scalars().all()
