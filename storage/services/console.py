"""Sign-in to the staff console and its audit: one-time links, sessions with CSRF tokens, who saw what.

Tokens and session ids are random (`secrets`), handed out once, and stored only as SHA-256 hashes. Every
check re-reads the staff directory, so an officer removed from staff loses her open sessions at once.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from storage.base import utcnow
from storage.db import Database
from storage.errors import AccessDenied
from storage.models.console import ConsoleAudit, ConsoleLoginLink, ConsoleSession
from storage.models.staff import StaffRole
from storage.services.staff import StaffDirectory
from storage.services.uow import write_transaction

logger = logging.getLogger(__name__)

LINK_LIFETIME = timedelta(minutes=10)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class SignedIn:
    """A live session: whose it is, her role and province scope, and the CSRF token its forms carry."""

    user_id: int
    role: StaffRole
    provinces: frozenset[str] | None
    csrf_token: str
    expires_at: datetime


@dataclass(frozen=True)
class NewSession:
    session_id: str  # goes into the cookie, never stored in clear
    signed_in: SignedIn


class ConsoleAccess:
    def __init__(self, database: Database, staff: StaffDirectory, session_lifetime: timedelta) -> None:
        self._database = database
        self._staff = staff
        self._session_lifetime = session_lifetime

    async def issue_link_token(self, user_id: int, now: datetime | None = None) -> str:
        """A one-time token for a staff member (AccessDenied for anyone else)."""
        now = now or utcnow()
        token = secrets.token_urlsafe(32)
        async with write_transaction(self._database) as session:
            await self._staff.require_access(session, user_id, editors=True)
            session.add(
                ConsoleLoginLink(
                    token_hash=_hash(token), user_id=user_id, created_at=now, expires_at=now + LINK_LIFETIME
                )
            )
        logger.info("console link issued to a staff member")
        return token

    async def redeem(self, token: str, now: datetime | None = None) -> NewSession:
        """Spend a link token on a new session; AccessDenied when unknown, used, expired or not staff."""
        now = now or utcnow()
        async with write_transaction(self._database) as session:
            link = await session.get(ConsoleLoginLink, _hash(token), with_for_update=True)
            if link is None or link.used_at is not None or link.expires_at <= now:
                raise AccessDenied("login link not valid")
            link.used_at = now
            access = await self._staff.require_access(session, link.user_id, editors=True)
            session_id = secrets.token_urlsafe(32)
            record = ConsoleSession(
                id_hash=_hash(session_id),
                user_id=link.user_id,
                csrf_token=secrets.token_urlsafe(24),
                created_at=now,
                expires_at=now + self._session_lifetime,
            )
            session.add(record)
        logger.info("console session opened")
        signed_in = SignedIn(
            link.user_id, access.role, access.provinces, record.csrf_token, record.expires_at
        )
        return NewSession(session_id, signed_in)

    async def current(self, session_id: str, now: datetime | None = None) -> SignedIn | None:
        """The session behind a cookie; None when unknown, ended, expired, or its owner is no longer staff."""
        now = now or utcnow()
        async with self._database.sessions() as session:
            record = await session.get(ConsoleSession, _hash(session_id))
            if record is None or record.ended_at is not None or record.expires_at <= now:
                return None
            try:
                access = await self._staff.require_access(session, record.user_id, editors=True)
            except AccessDenied:
                return None
            return SignedIn(
                record.user_id, access.role, access.provinces, record.csrf_token, record.expires_at
            )

    async def end(self, session_id: str, now: datetime | None = None) -> None:
        async with write_transaction(self._database) as session:
            record = await session.get(ConsoleSession, _hash(session_id))
            if record is not None and record.ended_at is None:
                record.ended_at = now or utcnow()

    async def record(self, user_id: int, action: str, case_id: int | None = None) -> None:
        """Write an audit line: `action` is e.g. "view_case", "export_csv", "attachment"."""
        async with write_transaction(self._database) as session:
            session.add(ConsoleAudit(user_id=user_id, action=action, case_id=case_id, at=utcnow()))

    async def audit(self, case_id: int | None = None, limit: int = 200) -> list[ConsoleAudit]:
        async with self._database.sessions() as session:
            statement = select(ConsoleAudit).order_by(ConsoleAudit.id.desc()).limit(limit)
            if case_id is not None:
                statement = statement.where(ConsoleAudit.case_id == case_id)
            return list((await session.execute(statement)).scalars().all())
