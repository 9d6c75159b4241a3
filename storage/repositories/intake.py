"""Complaint drafts and pending complainant replies. Never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.intake import ComplaintDraft, PendingCaseReply


class DraftRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int, *, for_update: bool = False) -> ComplaintDraft | None:
        statement = select(ComplaintDraft).where(ComplaintDraft.user_id == user_id)
        if for_update:
            statement = statement.with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def add(self, draft: ComplaintDraft) -> ComplaintDraft:
        self.session.add(draft)
        await self.session.flush()
        return draft

    async def delete(self, user_id: int) -> bool:
        result = await self.session.execute(delete(ComplaintDraft).where(ComplaintDraft.user_id == user_id))
        return bool(getattr(result, "rowcount", 0))

    async def delete_stale(self, before: datetime) -> int:
        result = await self.session.execute(delete(ComplaintDraft).where(ComplaintDraft.updated_at < before))
        return int(getattr(result, "rowcount", 0) or 0)

    async def get_pending_reply(self, user_id: int) -> PendingCaseReply | None:
        return await self.session.get(PendingCaseReply, user_id)

    async def set_pending_reply(self, user_id: int, case_id: int) -> None:
        pending = await self.session.get(PendingCaseReply, user_id)
        if pending is None:
            self.session.add(PendingCaseReply(user_id=user_id, case_id=case_id))
        else:
            pending.case_id = case_id
        await self.session.flush()

    async def clear_pending_reply(self, user_id: int) -> None:
        await self.session.execute(delete(PendingCaseReply).where(PendingCaseReply.user_id == user_id))
