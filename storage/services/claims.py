"""The inbox shared by instances: storing a webhook update, which chats wait, and each chat's next update
in stored order.

An instance works on a chat only while it holds the chat's lease (`storage.services.leases`), so a chat's
updates are taken one at a time, oldest stored first, whichever instance received them. `next_for_chat`
counts the attempt that begins; an update that already had `max_attempts` is given up (marked handled) so
a poisonous one cannot block its chat forever.

Every operation here is one statement, atomic by itself (`one_statement`: autocommit on PostgreSQL): an
update costs a round trip to store, one to claim and one to finish, where units of work cost three more
each. A claim and its attempt count are one UPDATE ... RETURNING; a store is an insert that skips a key
already there, so Telegram delivering an update twice, even to two instances at once, stores it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, case, cast, func, literal, literal_column, select, update
from sqlalchemy.dialects import postgresql, sqlite

from storage.base import UtcDateTime, utcnow
from storage.db import Database
from storage.models.inbox import InboxUpdate
from storage.models.leases import WorkLease
from storage.services.inbox import FetchedUpdate, PendingUpdate
from storage.services.uow import one_statement

NO_CHAT = 0  # updates without a chat (rare: polls, inline queries) share one lane


LEASE_PREFIX = "chat:"


def lease_name(chat_id: int) -> str:
    return f"{LEASE_PREFIX}{chat_id}"


def chat_of_lease(name: str) -> int:
    return int(name.removeprefix(LEASE_PREFIX))


@dataclass(frozen=True)
class Claimed:
    """The next update of a chat, or the id of one given up (`pending` is None then)."""

    pending: PendingUpdate | None
    given_up: int | None = None


class ChatQueues:
    def __init__(self, database: Database, *, max_attempts: int) -> None:
        self._database = database
        self.max_attempts = max_attempts

    async def store(self, fetched: FetchedUpdate) -> bool:
        """Store a webhook update durably, its first attempt still to come; False when it was there."""
        dialect = self._database.engine.dialect.name
        insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = (
            insert(InboxUpdate)
            .values(
                update_key=fetched.key,
                update_id=fetched.update_id,
                payload=fetched.payload,
                received_at=utcnow(),
                attempts=0,
                chat_id=fetched.chat_id,
            )
            .on_conflict_do_nothing(index_elements=[InboxUpdate.update_key])
            .returning(InboxUpdate.id)
        )
        async with one_statement(self._database) as connection:
            return (await connection.execute(statement)).first() is not None

    async def finish(self, key: str) -> None:
        """Mark an update handled (whatever its handler made of it)."""
        statement = update(InboxUpdate).where(InboxUpdate.update_key == key).values(handled_at=utcnow())
        async with one_statement(self._database) as connection:
            await connection.execute(statement)

    async def chats_waiting(self, limit: int) -> list[int]:
        """Chats with unhandled updates that no instance holds, the one waiting longest first."""
        oldest = func.min(InboxUpdate.id)
        # A literal, not a bound parameter: PostgreSQL must see the same expression in both clauses.
        chat = func.coalesce(InboxUpdate.chat_id, literal_column(str(NO_CHAT)))
        held = select(WorkLease.name).where(
            WorkLease.name == literal(LEASE_PREFIX, String).concat(cast(chat, String)),
            WorkLease.expires_at > utcnow(),
        )
        statement = (
            select(chat, oldest)
            .where(InboxUpdate.handled_at.is_(None), ~held.exists())
            .group_by(chat)
            .order_by(oldest)
            .limit(limit)
        )
        async with one_statement(self._database, writes=False) as connection:
            return [int(row[0]) for row in (await connection.execute(statement)).all()]

    async def backlog(self) -> int:
        statement = select(func.count()).select_from(InboxUpdate).where(InboxUpdate.handled_at.is_(None))
        async with self._database.sessions() as session:
            return int((await session.execute(statement)).scalar_one())

    async def has_waiting(self, chat_id: int) -> bool:
        statement = select(InboxUpdate.id).where(_of_chat(chat_id), InboxUpdate.handled_at.is_(None)).limit(1)
        async with one_statement(self._database, writes=False) as connection:
            return (await connection.execute(statement)).first() is not None

    async def next_for_chat(self, chat_id: int) -> Claimed | None:
        """The chat's oldest unhandled update, one more attempt counted; None when the chat is done.

        Call only while holding the chat's lease.
        """
        oldest = (
            select(func.min(InboxUpdate.id))
            .where(_of_chat(chat_id), InboxUpdate.handled_at.is_(None))
            .scalar_subquery()
        )
        spent = InboxUpdate.attempts >= self.max_attempts
        # SET sees the row as it was: a spent update is given up (handled), any other counts one more attempt.
        statement = (
            update(InboxUpdate)
            .where(InboxUpdate.id == oldest, InboxUpdate.handled_at.is_(None))
            .values(
                attempts=case((spent, InboxUpdate.attempts), else_=InboxUpdate.attempts + 1),
                handled_at=case((spent, literal(utcnow(), UtcDateTime())), else_=None),
            )
            .returning(
                InboxUpdate.update_key,
                InboxUpdate.update_id,
                InboxUpdate.payload,
                InboxUpdate.attempts,
                InboxUpdate.handled_at,
            )
        )
        async with one_statement(self._database) as connection:
            row = (await connection.execute(statement)).first()
        if row is None:
            return None
        if row.handled_at is not None:
            return Claimed(None, given_up=row.update_id)
        return Claimed(PendingUpdate(row.update_key, row.update_id, dict(row.payload), row.attempts))


def _of_chat(chat_id: int) -> ColumnElement[bool]:
    return InboxUpdate.chat_id.is_(None) if chat_id == NO_CHAT else InboxUpdate.chat_id == chat_id
