"""The P3MI registry in the database: `agencies import` installs it for every instance at once.

An import replaces every row in one transaction and records itself; the highest import id is the
registry's version, which instances compare to the one they hold to notice a new import.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select

from faq.agencies import Agency, AgencyStatus
from storage.base import utcnow
from storage.db import Database
from storage.models.shared_state import RegisteredAgency, RegistryImport
from storage.services.uow import write_transaction


class AgencyRegistryStore:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def install(self, agencies: Sequence[Agency]) -> int:
        """Replace the registry with `agencies`; return the new version."""
        async with write_transaction(self._database) as session:
            await session.execute(delete(RegisteredAgency))
            session.add_all(
                RegisteredAgency(
                    name=agency.name,
                    licence_number=agency.licence_number,
                    status=agency.status.value,
                    province=agency.province,
                    source=agency.source,
                    as_of=agency.as_of,
                )
                for agency in agencies
            )
            record = RegistryImport(imported_at=utcnow(), agencies=len(agencies))
            session.add(record)
            await session.flush()
            return record.id

    async def version(self) -> int | None:
        """The version in force (None: nothing imported into the database yet)."""
        async with self._database.sessions() as session:
            return (await session.execute(select(func.max(RegistryImport.id)))).scalar_one_or_none()

    async def load(self) -> tuple[int, tuple[Agency, ...]] | None:
        """The version in force and its agencies, read together; None when nothing was imported."""
        async with self._database.sessions() as session, session.begin():
            version = (await session.execute(select(func.max(RegistryImport.id)))).scalar_one_or_none()
            if version is None:
                return None
            rows = (await session.execute(select(RegisteredAgency).order_by(RegisteredAgency.id))).scalars()
            agencies = tuple(
                Agency(
                    name=row.name,
                    licence_number=row.licence_number,
                    status=AgencyStatus(row.status),
                    province=row.province,
                    source=row.source,
                    as_of=row.as_of,
                )
                for row in rows
            )
        return version, agencies
