"""Complaint drafts and pending complainant replies. Never commits.

A draft is read and written on every message of a report, so its statements are Core ones on the table
(plain rows, no identity map or flush), built once with bound parameters: SQLAlchemy then finds them in
its compiled cache without building and keying a new statement on every call (a third of a read's CPU).
The service keeps its own snapshot of the row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, Table, bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from storage.models.intake import ComplaintDraft, PendingCaseReply

assert isinstance(ComplaintDraft.__table__, Table)
DRAFTS: Table = ComplaintDraft.__table__
# user_id, chat_id, step, language, urgent, answers, updated_at
DraftRow = Row[int, int, str, str, bool, dict[str, Any], datetime]
_READ = select(
    DRAFTS.c.user_id,
    DRAFTS.c.chat_id,
    DRAFTS.c.step,
    DRAFTS.c.language,
    DRAFTS.c.urgent,
    DRAFTS.c.answers,
    DRAFTS.c.updated_at,
).where(DRAFTS.c.user_id == bindparam("draft_user"))
_READ_FOR_UPDATE = _READ.with_for_update()
_INSERT = insert(DRAFTS)
# The SET clause comes from the other parameters' names (columns); these two name the row.
_UPDATE = update(DRAFTS).where(DRAFTS.c.user_id == bindparam("draft_user"))
_UPDATE_IF_UNCHANGED = _UPDATE.where(DRAFTS.c.updated_at == bindparam("seen_updated_at"))
_DELETE = delete(DRAFTS).where(DRAFTS.c.user_id == bindparam("draft_user"))


class DraftRows:
    """The draft's own statements: on a session, or on a bare connection where no ORM work is wanted (the
    ORM session's per-call overhead is most of a statement's CPU on the hot path)."""

    def __init__(self, executor: AsyncSession | AsyncConnection) -> None:
        self.executor = executor

    async def get(self, user_id: int, *, for_update: bool = False) -> DraftRow | None:
        """The draft's row (user_id, chat_id, step, language, urgent, answers, updated_at), or None."""
        statement = _READ_FOR_UPDATE if for_update else _READ
        return (await self.executor.execute(statement, {"draft_user": user_id})).one_or_none()

    async def insert(self, **values: Any) -> None:
        await self.executor.execute(_INSERT, values)

    async def update(self, user_id: int, *, unchanged_since: datetime | None, **values: Any) -> bool:
        """Write `values`; with `unchanged_since`, only if the draft is still as it was read then (its
        `updated_at`). False when nothing was written (the draft changed or went meanwhile)."""
        if unchanged_since is None:
            result = await self.executor.execute(_UPDATE, {"draft_user": user_id, **values})
        else:
            parameters = {"draft_user": user_id, "seen_updated_at": unchanged_since, **values}
            result = await self.executor.execute(_UPDATE_IF_UNCHANGED, parameters)
        return bool(getattr(result, "rowcount", 0))

    async def delete(self, user_id: int) -> bool:
        result = await self.executor.execute(_DELETE, {"draft_user": user_id})
        return bool(getattr(result, "rowcount", 0))


class DraftRepository(DraftRows):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session)
        self.session = session

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
