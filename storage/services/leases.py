"""Named leases in the database, so instances sharing it split work without talking to each other.

`take` succeeds when nobody holds the lease, its holder let it expire, or the caller already holds it; the
check and the write are one atomic upsert, so two instances never both succeed. `renew` is the heartbeat;
`release` lets another instance take the work at once instead of after the expiry. An expired lease is as
free as a missing one, so `reap_expired` deletes them: a killed instance leaves no rows behind.

Each operation is one statement, atomic by itself, so it runs without a transaction around it
(`one_statement`): a chat's lease is taken and let go for most updates under load.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from storage.base import utcnow
from storage.db import Database
from storage.models.leases import WorkLease
from storage.services.uow import one_statement

# One lease per live instance, named this prefix + the instance's name, renewed by its heartbeat: work an
# instance marked as its own (a card it is posting) is someone else's to take only once this is gone.
INSTANCE_PREFIX = "instance:"


def instance_name(label: str | None = None) -> str:
    """Unique per process and readable in the lease table: the label (default: the host name), the pid and
    a random suffix."""
    return f"{(label or socket.gethostname())[:40]}-{os.getpid()}-{secrets.token_hex(3)}"


class LeaseBook:
    def __init__(self, database: Database, holder: str) -> None:
        self._database = database
        self.holder = holder

    async def take(self, name: str, seconds: float, now: datetime | None = None) -> bool:
        at = now or utcnow()
        expires = at + timedelta(seconds=seconds)
        dialect = self._database.engine.dialect.name
        insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = (
            insert(WorkLease)
            .values(name=name, holder=self.holder, expires_at=expires)
            .on_conflict_do_update(
                index_elements=[WorkLease.name],
                set_={"holder": self.holder, "expires_at": expires},
                where=or_(WorkLease.expires_at < at, WorkLease.holder == self.holder),
            )
            .returning(WorkLease.name)
        )
        async with one_statement(self._database) as connection:
            taken = (await connection.execute(statement)).scalar_one_or_none()
        return taken is not None

    async def renew(self, names: Collection[str], seconds: float) -> set[str]:
        """Extend the leases this holder still has; return the names it lost (taken over meanwhile)."""
        if not names:
            return set()
        expires = utcnow() + timedelta(seconds=seconds)
        async with one_statement(self._database) as connection:
            result = await connection.execute(
                update(WorkLease)
                .where(WorkLease.name.in_(names), WorkLease.holder == self.holder)
                .values(expires_at=expires)
                .returning(WorkLease.name)
            )
            kept = set(result.scalars().all())
        return set(names) - kept

    async def count_live(self, prefix: str) -> int:
        """How many unexpired leases have names starting with `prefix` (e.g. registered instances)."""
        statement = select(func.count()).where(
            WorkLease.name.startswith(prefix), WorkLease.expires_at > utcnow()
        )
        async with one_statement(self._database, writes=False) as connection:
            return int((await connection.execute(statement)).scalar_one())

    async def reap_expired(self, registration_prefix: str) -> list[str]:
        """Delete every expired lease; return the holders whose registration (`registration_prefix` +
        holder, renewed by each live instance) was among them: instances that stopped without letting go.

        Deleting and taking race safely: a lease taken meanwhile is no longer expired, so it stays.
        """
        async with one_statement(self._database) as connection:
            result = await connection.execute(
                delete(WorkLease).where(WorkLease.expires_at < utcnow()).returning(WorkLease.name)
            )
            names = result.scalars().all()
        return sorted(
            name.removeprefix(registration_prefix) for name in names if name.startswith(registration_prefix)
        )

    async def release(self, name: str) -> None:
        async with one_statement(self._database) as connection:
            await connection.execute(
                delete(WorkLease).where(WorkLease.name == name, WorkLease.holder == self.holder)
            )
