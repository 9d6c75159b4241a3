"""What each live webhook instance runs with (keyed hashes of its secrets), so an instance can tell at
start-up that it disagrees with the others before it acts on it.

An instance is live while its `instance:` lease is (`storage.services.leases`): the row of a killed instance
stops counting when its lease expires, and is deleted by the next instance that records its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, exists, literal, select
from sqlalchemy.dialects import postgresql, sqlite

from storage.base import utcnow
from storage.db import Database
from storage.models.instances import InstanceFingerprint
from storage.models.leases import WorkLease
from storage.services.leases import INSTANCE_PREFIX
from storage.services.uow import one_statement


@dataclass(frozen=True)
class Fingerprints:
    """Keyed hashes (never the secrets): None where the instance has no such secret."""

    webhook_secret: str | None
    web_key: str | None


def _live(now: Any) -> Any:
    """The fingerprint's holder has an unexpired instance lease."""
    return exists().where(
        WorkLease.name == literal(INSTANCE_PREFIX) + InstanceFingerprint.holder,
        WorkLease.expires_at > now,
    )


class InstanceFingerprints:
    def __init__(self, database: Database, holder: str) -> None:
        self._database = database
        self._holder = holder

    async def record(self, mine: Fingerprints) -> None:
        """Write this instance's row (call it with the instance lease held) and delete dead instances'."""
        now = utcnow()
        dialect = self._database.engine.dialect.name
        insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
        values = {"webhook_secret": mine.webhook_secret, "web_key": mine.web_key, "recorded_at": now}
        async with one_statement(self._database) as connection:
            await connection.execute(
                delete(InstanceFingerprint).where(InstanceFingerprint.holder != self._holder, ~_live(now))
            )
        async with one_statement(self._database) as connection:
            await connection.execute(
                insert(InstanceFingerprint)
                .values(holder=self._holder, **values)
                .on_conflict_do_update(index_elements=[InstanceFingerprint.holder], set_=values)
            )

    async def of_others(self) -> dict[str, Fingerprints]:
        """Every other live instance's fingerprints, by holder name."""
        statement = select(
            InstanceFingerprint.holder, InstanceFingerprint.webhook_secret, InstanceFingerprint.web_key
        ).where(and_(InstanceFingerprint.holder != self._holder, _live(utcnow())))
        async with one_statement(self._database, writes=False) as connection:
            rows = (await connection.execute(statement)).all()
        return {holder: Fingerprints(secret, key) for holder, secret, key in sorted(rows)}

    async def forget(self) -> None:
        """This instance stops: its row no longer counts."""
        async with one_statement(self._database) as connection:
            await connection.execute(
                delete(InstanceFingerprint).where(InstanceFingerprint.holder == self._holder)
            )
