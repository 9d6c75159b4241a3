"""Who is staff: members from config (fixed) plus officers an admin added at run time (database).

A member may have a province (an ISO 3166-2:ID code): she then sees and acts on that province's cases
only, everywhere. Without one she is national staff and sees every case.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database
from storage.errors import AccessDenied, InvalidInput
from storage.models.staff import StaffRole
from storage.repositories.staff import StaffRepository
from storage.services.uow import write_transaction

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffProfile:
    """A configured member: role, and optionally a display name and a province code."""

    role: StaffRole
    name: str | None = None
    province_code: str | None = None


@dataclass(frozen=True)
class StaffAccess:
    role: StaffRole
    provinces: frozenset[str] | None  # None: national staff


@dataclass(frozen=True)
class StaffEntry:
    user_id: int
    role: StaffRole
    from_config: bool
    name: str | None = None
    province_code: str | None = None


class Unchanged(Enum):
    """A field an admin left out when adding someone again: the member keeps what she had."""

    KEEP = "keep"


KEEP = Unchanged.KEEP


def _profile(value: StaffRole | StaffProfile) -> StaffProfile:
    return value if isinstance(value, StaffProfile) else StaffProfile(value)


class StaffDirectory:
    def __init__(self, database: Database, configured: Mapping[int, StaffRole | StaffProfile]) -> None:
        self._database = database
        self._configured = {user_id: _profile(value) for user_id, value in configured.items()}
        # Every card drawn reads the names: kept until this process adds or removes an officer.
        self._names: dict[int, str] | None = None

    async def role_of(self, user_id: int) -> StaffRole | None:
        async with self._database.sessions() as session:
            return await self.role_in(session, user_id)

    async def role_in(self, session: AsyncSession, user_id: int) -> StaffRole | None:
        """The role inside an open unit of work, so a service checks it in the same transaction."""
        entry = await self._entry(session, user_id)
        return None if entry is None else entry.role

    async def _entry(self, session: AsyncSession, user_id: int) -> StaffEntry | None:
        configured = self._configured.get(user_id)
        if configured is not None:
            return StaffEntry(user_id, configured.role, True, configured.name, configured.province_code)
        record = await StaffRepository(session).get(user_id)
        if record is None:
            return None
        return StaffEntry(user_id, record.role, False, record.name, record.province_code)

    async def require(self, session: AsyncSession, user_id: int, role: StaffRole | None = None) -> StaffRole:
        """Raise AccessDenied unless the user is staff (and an admin when `role` is ADMIN)."""
        return (await self.require_access(session, user_id, role)).role

    async def require_access(
        self, session: AsyncSession, user_id: int, role: StaffRole | None = None, *, editors: bool = False
    ) -> StaffAccess:
        """`require`, and the provinces the user may see (None: all). Editors (FAQ content only) pass only
        where `editors` is set: every case action refuses them."""
        entry = await self._entry(session, user_id)
        actual = None if entry is None else entry.role
        editor_refused = entry is not None and entry.role is StaffRole.EDITOR and not editors
        if entry is None or editor_refused or (role is StaffRole.ADMIN and entry.role is not StaffRole.ADMIN):
            logger.warning("staff action refused (role %s)", actual)
            raise AccessDenied("not allowed")
        provinces = None if entry.province_code is None else frozenset({entry.province_code})
        return StaffAccess(entry.role, provinces)

    async def add_officer(
        self,
        actor_id: int,
        user_id: int,
        role: StaffRole = StaffRole.OFFICER,
        *,
        province_code: str | Unchanged | None = None,
        name: str | None = None,
    ) -> StaffEntry:
        """Add a member or change one: a name left out keeps her name (cards and the trail show it), and
        `province_code=KEEP` keeps her province, so changing a role never widens her access unasked."""
        async with write_transaction(self._database) as session:
            access = await self.require_access(session, actor_id, StaffRole.ADMIN)
            if user_id in self._configured:
                raise InvalidInput("already staff in config")
            repo = StaffRepository(session)
            existing = await repo.get(user_id)
            if province_code is KEEP:
                province_code = existing.province_code if existing is not None else None
            name = name or (existing.name if existing is not None else None)
            if access.provinces is not None and province_code not in access.provinces:
                # A province admin adds officers of her own province only.
                raise AccessDenied("outside the admin's province")
            await repo.upsert(user_id, role, added_by=actor_id, province_code=province_code, name=name)
        self._names = None
        logger.info("staff member (%s) added by an admin", role.value)
        return StaffEntry(user_id, role, False, name, province_code)

    async def remove_officer(self, actor_id: int, user_id: int) -> bool:
        async with write_transaction(self._database) as session:
            access = await self.require_access(session, actor_id, StaffRole.ADMIN)
            if user_id in self._configured:
                raise InvalidInput("configured staff are removed in config")
            repo = StaffRepository(session)
            record = await repo.get(user_id)
            outside = access.provinces is not None and record is not None
            if outside and record is not None and record.province_code not in (access.provinces or ()):
                raise AccessDenied("outside the admin's province")
            removed = await repo.delete(user_id)
        self._names = None
        if removed:
            logger.info("officer removed by an admin")
        return removed

    async def members(self, actor_id: int) -> list[StaffEntry]:
        async with self._database.sessions() as session:
            await self.require(session, actor_id)
            records = await StaffRepository(session).all()
        entries = [
            StaffEntry(uid, profile.role, True, profile.name, profile.province_code)
            for uid, profile in sorted(self._configured.items())
        ]
        entries += [
            StaffEntry(r.user_id, r.role, False, r.name, r.province_code)
            for r in records
            if r.user_id not in self._configured
        ]
        return entries

    async def everyone(self) -> list[StaffEntry]:
        """Every staff member, for the bot's own checks (who should be in a staff chat, whom to warn)."""
        async with self._database.sessions() as session:
            records = await StaffRepository(session).all()
        entries = [
            StaffEntry(uid, profile.role, True, profile.name, profile.province_code)
            for uid, profile in sorted(self._configured.items())
        ]
        return entries + [
            StaffEntry(r.user_id, r.role, False, r.name, r.province_code)
            for r in records
            if r.user_id not in self._configured
        ]

    async def names(self) -> dict[int, str]:
        """Display names of every staff member who has one, for cards and the trail (bot-internal)."""
        if self._names is None:
            async with self._database.sessions() as session:
                records = await StaffRepository(session).all()
            names = {r.user_id: r.name for r in records if r.name}
            names.update({uid: p.name for uid, p in self._configured.items() if p.name})
            self._names = names
        return dict(self._names)
