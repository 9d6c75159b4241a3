"""Proposed FAQ phrasings from the console's content gaps: editors (and admins) propose a logged question
as a phrasing of an entry and accept or drop proposals; accepted ones become a patch for faq/content/."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.base import utcnow
from storage.db import Database
from storage.errors import AccessDenied, InvalidInput
from storage.models.console import ProposedPhrasing
from storage.models.staff import StaffRole
from storage.services.intake import clean_text
from storage.services.staff import StaffDirectory
from storage.services.uow import write_transaction

CONTENT_ROLES = frozenset({StaffRole.EDITOR, StaffRole.ADMIN})
MAX_QUESTION = 600


class PhrasingService:
    def __init__(self, database: Database, staff: StaffDirectory) -> None:
        self._database = database
        self._staff = staff

    async def _require_editor(self, session: AsyncSession, user_id: int) -> None:
        access = await self._staff.require_access(session, user_id, editors=True)
        if access.role not in CONTENT_ROLES:
            raise AccessDenied("content is for editors and admins")

    async def propose(self, user_id: int, question: str, entry_id: str, language: str = "id") -> int:
        question = " ".join(clean_text(question).split())
        if not question or len(question) > MAX_QUESTION or not entry_id:
            raise InvalidInput("question and entry are required")
        async with write_transaction(self._database) as session:
            await self._require_editor(session, user_id)
            record = ProposedPhrasing(
                question=question,
                entry_id=entry_id,
                language=language,
                proposed_by=user_id,
                proposed_at=utcnow(),
            )
            session.add(record)
            await session.flush()
            return record.id

    async def decide(self, user_id: int, phrasing_id: int, accept: bool) -> None:
        async with write_transaction(self._database) as session:
            await self._require_editor(session, user_id)
            record = await session.get(ProposedPhrasing, phrasing_id)
            if record is None:
                raise InvalidInput("no such proposal")
            record.accepted = accept
            record.decided_by = user_id
            record.decided_at = utcnow()

    async def all(self, user_id: int) -> Sequence[ProposedPhrasing]:
        async with self._database.sessions() as session:
            await self._require_editor(session, user_id)
            statement = select(ProposedPhrasing).order_by(ProposedPhrasing.id.desc()).limit(200)
            return (await session.execute(statement)).scalars().all()

    async def accepted(self, user_id: int) -> Sequence[ProposedPhrasing]:
        return [record for record in await self.all(user_id) if record.accepted]
