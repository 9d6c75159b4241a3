"""Who is staff: members from config (fixed) plus officers an admin added at run time (database)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database
from storage.errors import AccessDenied, InvalidInput
from storage.models.staff import StaffRole
from storage.repositories.staff import StaffRepository
from storage.services.uow import write_transaction

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffEntry:
    user_id: int
    role: StaffRole
    from_config: bool


class StaffDirectory:
    def __init__(self, database: Database, configured: Mapping[int, StaffRole]) -> None:
        self._database = database
        self._configured = dict(configured)

    async def role_of(self, user_id: int) -> StaffRole | None:
        async with self._database.sessions() as session:
            return await self.role_in(session, user_id)

    async def role_in(self, session: AsyncSession, user_id: int) -> StaffRole | None:
        """The role inside an open unit of work, so a service checks it in the same transaction."""
        configured = self._configured.get(user_id)
        if configured is not None:
            return configured
        record = await StaffRepository(session).get(user_id)
        return None if record is None else record.role

    async def require(self, session: AsyncSession, user_id: int, role: StaffRole | None = None) -> StaffRole:
        """Raise AccessDenied unless the user is staff (and an admin when `role` is ADMIN)."""
        actual = await self.role_in(session, user_id)
        if actual is None or (role is StaffRole.ADMIN and actual is not StaffRole.ADMIN):
            logger.warning("staff action refused for user %s (role %s)", user_id, actual)
            raise AccessDenied("not allowed")
        return actual

    async def add_officer(self, actor_id: int, user_id: int) -> StaffEntry:
        async with write_transaction(self._database) as session:
            await self.require(session, actor_id, StaffRole.ADMIN)
            if user_id in self._configured:
                raise InvalidInput("already staff in config")
            await StaffRepository(session).upsert(user_id, StaffRole.OFFICER, added_by=actor_id)
        logger.info("officer %s added by admin %s", user_id, actor_id)
        return StaffEntry(user_id=user_id, role=StaffRole.OFFICER, from_config=False)

    async def remove_officer(self, actor_id: int, user_id: int) -> bool:
        async with write_transaction(self._database) as session:
            await self.require(session, actor_id, StaffRole.ADMIN)
            if user_id in self._configured:
                raise InvalidInput("configured staff are removed in config")
            removed = await StaffRepository(session).delete(user_id)
        if removed:
            logger.info("officer %s removed by admin %s", user_id, actor_id)
        return removed

    async def members(self, actor_id: int) -> list[StaffEntry]:
        async with self._database.sessions() as session:
            await self.require(session, actor_id)
            records = await StaffRepository(session).all()
        entries = [StaffEntry(uid, role, True) for uid, role in sorted(self._configured.items())]
        entries += [
            StaffEntry(r.user_id, r.role, False) for r in records if r.user_id not in self._configured
        ]
        return entries
