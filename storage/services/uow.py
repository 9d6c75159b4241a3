"""Units of work for the services: `async with write_transaction(database) as session:`.

SQLite allows one writer at a time. When many updates are handled concurrently, writers that collide wait
in SQLite's busy handler, which sleeps in growing steps, and a transaction that read before it wrote can
fail outright. Queueing this process's writers on an asyncio lock first is fair and far faster; another
process (the CLI) is still covered by the busy timeout. PostgreSQL takes row locks itself: no gate there.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import Database

_gates: weakref.WeakKeyDictionary[AsyncEngine, asyncio.Lock] = weakref.WeakKeyDictionary()


def _gate(engine: AsyncEngine) -> asyncio.Lock:
    gate = _gates.get(engine)
    if gate is None:
        gate = asyncio.Lock()
        _gates[engine] = gate
    return gate


@contextlib.asynccontextmanager
async def write_transaction(database: Database) -> AsyncIterator[AsyncSession]:
    """A session in a transaction that commits on success and rolls back on error."""
    if database.engine.dialect.name != "sqlite":
        async with database.sessions.begin() as session:
            yield session
        return
    async with _gate(database.engine), database.sessions.begin() as session:
        yield session
