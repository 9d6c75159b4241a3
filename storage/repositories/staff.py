"""Officers added at run time. Never commits."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.staff import StaffMemberRecord, StaffRole


class StaffRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> StaffMemberRecord | None:
        return await self.session.get(StaffMemberRecord, user_id)

    async def upsert(
        self,
        user_id: int,
        role: StaffRole,
        added_by: int | None,
        *,
        province_code: str | None = None,
        name: str | None = None,
    ) -> StaffMemberRecord:
        record = await self.session.get(StaffMemberRecord, user_id)
        if record is None:
            record = StaffMemberRecord(user_id=user_id, role=role, added_by=added_by)
            self.session.add(record)
        record.role = role
        record.added_by = added_by
        record.province_code = province_code
        record.name = name
        await self.session.flush()
        return record

    async def delete(self, user_id: int) -> bool:
        statement = delete(StaffMemberRecord).where(StaffMemberRecord.user_id == user_id)
        result = await self.session.execute(statement)
        return bool(getattr(result, "rowcount", 0))

    async def all(self) -> Sequence[StaffMemberRecord]:
        statement = select(StaffMemberRecord).order_by(StaffMemberRecord.user_id)
        return (await self.session.execute(statement)).scalars().all()
