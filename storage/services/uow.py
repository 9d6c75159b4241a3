"""Units of work for the services: `async with write_transaction(database) as session:`.

SQLite allows one writer at a time. When many updates are handled concurrently, writers that collide wait
in SQLite's busy handler, which sleeps in growing steps, and a transaction that read before it wrote can
fail outright. Queueing this process's writers on an asyncio gate first is fair and far faster; another
process (the CLI) is still covered by the busy timeout. PostgreSQL takes row locks itself: no gate there.

`urgent=True` puts a writer ahead of the queue. It is for tiny writes that record what Telegram already
did (the message id of a card just sent): until they commit, a crash would make the bot do it again; and
for storing a batch of fetched updates, which no update can be handled (or fetched) before.

On SQLite the writers of this process share one connection and their commits (`storage.group_commit`):
a unit of work returns once the commit that holds its writes is on disk.

`one_statement` is for the bookkeeping of instances sharing PostgreSQL (leases, the shared inbox): a
statement that is atomic by itself runs in autocommit there, one round trip instead of three (BEGIN, the
statement, COMMIT), which on the webhook path is most of the database's share of an update.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.db import Database
from storage.group_commit import WriterGate, writer_of
from storage.sqlite_driver import key_reads_here

__all__ = ["WriterGate", "key_read", "key_read_connection", "write_connection", "write_transaction"]


@contextlib.asynccontextmanager
async def key_read(database: Database) -> AsyncIterator[AsyncSession]:
    """A session for reads of a few rows by key, outside any transaction of ours: on SQLite its SELECTs run
    on the event loop's thread (`storage.sqlite_driver.key_reads_here`) instead of taking a thread trip."""
    with key_reads_here():
        async with database.sessions() as session:
            yield session


@contextlib.asynccontextmanager
async def key_read_connection(database: Database) -> AsyncIterator[AsyncConnection]:
    """`key_read` for Core statements: a bare connection, without a session's construction, transaction
    bookkeeping and close (a third of such a read's CPU)."""
    with key_reads_here():
        async with database.engine.connect() as connection:
            yield connection


@contextlib.asynccontextmanager
async def write_transaction(database: Database, *, urgent: bool = False) -> AsyncIterator[AsyncSession]:
    """A session in a transaction that commits on success and rolls back on error."""
    if database.engine.dialect.name != "sqlite":
        async with _in_transaction(database) as session:
            yield session
        return
    async with writer_of(database.engine).turn(urgent=urgent) as session:
        yield session


@contextlib.asynccontextmanager
async def write_connection(
    database: Database, *, urgent: bool = False, one_write: bool = False
) -> AsyncIterator[AsyncConnection]:
    """`write_transaction` for units of work made of Core statements only: on SQLite the group writer's
    connection in a savepoint, without an ORM session around it (its construction, transaction bookkeeping
    and per-statement ORM layers are most of such a unit's CPU); elsewhere the session's connection.

    `one_write`: one statement at most changes rows, and it is the unit's last (reads, and writes that
    matched no row, may come before): on SQLite it then needs no savepoint (`GroupWriter.turn_connection`)."""
    if database.engine.dialect.name != "sqlite":
        async with _in_transaction(database) as session:
            yield await session.connection()
        return
    async with writer_of(database.engine).turn_connection(urgent=urgent, one_write=one_write) as connection:
        yield connection


_autocommit: weakref.WeakKeyDictionary[AsyncEngine, AsyncEngine] = weakref.WeakKeyDictionary()


@contextlib.asynccontextmanager
async def one_statement(database: Database, *, writes: bool = True) -> AsyncIterator[AsyncConnection]:
    """A connection for one statement that needs no transaction around it (an upsert, an UPDATE with
    RETURNING, a read): autocommit on PostgreSQL; on SQLite a write waits for the writer gate."""
    engine = database.engine
    if engine.dialect.name == "sqlite":
        if not writes:
            async with engine.connect() as connection:
                yield connection
            return
        async with write_transaction(database) as session:
            yield await session.connection()
        return
    autocommit = _autocommit.get(engine)
    if autocommit is None:
        autocommit = _autocommit[engine] = engine.execution_options(isolation_level="AUTOCOMMIT")
    async with autocommit.connect() as connection:
        yield connection


@contextlib.asynccontextmanager
async def _in_transaction(database: Database) -> AsyncIterator[AsyncSession]:
    """What `sessions.begin()` does, without the two tasks SQLAlchemy's session context managers start to
    commit and to close (so that a cancellation cannot interrupt them): each task waits its turn in the
    event loop, which under load is milliseconds of a row lock held. A cancellation here (only at
    shutdown) is like a crash around the commit, which the inbox's replay and the idempotent services
    already allow for."""
    session = database.sessions()
    try:
        async with session.begin():
            yield session
    finally:
        await session.close()
