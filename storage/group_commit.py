"""Group commit for SQLite: the writes of many units of work share one COMMIT, and so one sync to disk.

SQLite has one writer at a time, and a unit of work used to hold this process's writer gate from its first
statement to the end of its COMMIT: the sync to disk, then a pass through the event loop to hear that it was
done, then another for the next writer to hear its turn had come. Under load a pass through the loop is
milliseconds, so the gate, not SQLite or the disk, set how many writes a second the bot made.

Here every unit of work of the process writes on one connection, inside one open transaction (a batch),
each in a savepoint of its own: a unit that fails is rolled back to its savepoint, the others keep theirs.
Its statements run on the event loop's thread (`storage.sqlite_driver.statements_here`), so a unit usually
takes its turn at the gate without ever leaving the loop. The first unit of a batch starts its commit, which
waits one pass of the loop (so that the writers already woken join it), then takes the gate and commits the
batch in one trip to the driver's thread. Meanwhile the next writers queue at the gate and, when it opens,
all run their turns in the same pass of the loop, into the next batch.

Durability is unchanged: `turn()` returns only once the batch holding its writes is committed, so nothing
is reported stored (and no user told "received") before it is on disk. A unit's reads see what earlier units
of the same batch wrote; those commit with it or fail with it, so nothing it decided on can be undone alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.sqlite_driver import statements_here


class WriterGate:
    """A first-come lock with a priority lane. When it opens, every waiter is woken, urgent ones first, so
    those whose turns do not leave the event loop all run in one pass of it; one that finds the gate taken
    again waits for the next opening."""

    def __init__(self) -> None:
        self._held = False
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._normal: deque[asyncio.Future[None]] = deque()

    @contextlib.asynccontextmanager
    async def held(self, *, urgent: bool = False) -> AsyncIterator[None]:
        while self._held:
            queue = self._urgent if urgent else self._normal
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            queue.append(waiter)
            try:
                await waiter
            except BaseException:
                with contextlib.suppress(ValueError):
                    queue.remove(waiter)
                raise
        self._held = True
        try:
            yield
        finally:
            self._release()

    def _release(self) -> None:
        self._held = False
        for queue in (self._urgent, self._normal):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)


class _Batch:
    """The units of work that share one transaction, and the commit that makes them durable."""

    def __init__(self) -> None:
        self.commit: asyncio.Task[None] | None = None
        self.broken: BaseException | None = None  # SQLite dropped the whole transaction


class GroupWriter:
    """The process's one writing connection to an SQLite database and its batches."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = weakref.ref(engine)  # the engine keys the registry of writers: no strong reference
        self.gate = WriterGate()
        self._connection: AsyncConnection | None = None
        self._batch: _Batch | None = None

    @contextlib.asynccontextmanager
    async def turn(self, *, urgent: bool = False) -> AsyncIterator[AsyncSession]:
        """A session whose writes commit on success (with the batch) and roll back on error."""
        async with self._turn(urgent) as connection:
            session = AsyncSession(
                bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
            )
            try:
                async with session.begin():
                    yield session
            finally:
                await session.close()

    @contextlib.asynccontextmanager
    async def turn_connection(
        self, *, urgent: bool = False, one_write: bool = False
    ) -> AsyncIterator[AsyncConnection]:
        """`turn` for Core statements: the batch's connection in a savepoint of its own, no ORM session.

        `one_write`: one statement at most changes rows, and it is the unit's last. SQLite undoes a failed
        statement by itself and nothing before it changed a row, so the unit needs no savepoint (two
        statements fewer); an error that ends the whole transaction is caught as for any unit.
        """
        async with self._turn(urgent) as connection:
            if one_write:
                yield connection
                return
            async with connection.begin_nested():
                yield connection

    @contextlib.asynccontextmanager
    async def _turn(self, urgent: bool) -> AsyncIterator[AsyncConnection]:
        async with self.gate.held(urgent=urgent):
            with statements_here():
                batch, connection = await self._open_batch()
                try:
                    yield connection
                except BaseException as error:
                    if not _in_transaction(connection):
                        batch.broken = batch.broken or error  # the earlier units' writes went with it
                        if self._batch is batch:
                            self._batch = None
                    raise
        assert batch.commit is not None
        await asyncio.shield(batch.commit)

    async def close(self) -> None:
        """Wait for the commit under way, then let the connection go (before the engine is disposed)."""
        while self._batch is not None and self._batch.commit is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self._batch.commit)
        async with self.gate.held(urgent=True):
            connection, self._connection = self._connection, None
            if connection is not None:
                await connection.close()

    async def _open_batch(self) -> tuple[_Batch, AsyncConnection]:
        if self._connection is None:
            engine = self._engine()
            assert engine is not None, "the engine was disposed of"
            self._connection = await engine.connect()
        connection = self._connection
        if self._batch is None:
            if connection.in_transaction():  # a batch SQLite ended: SQLAlchemy still counts it open
                await connection.rollback()
            await connection.begin()
            # Explicit, and IMMEDIATE: the driver would start the transaction only at the first write (after
            # the savepoint, which would then commit on its release), and a batch that read first could not
            # take the write lock if another process wrote meanwhile.
            await connection.exec_driver_sql("BEGIN IMMEDIATE")
            batch = _Batch()
            # Every batch is committed, even if all its units fail (its transaction holds the write lock).
            # The task's first step comes after the writers woken with this one: they join this batch.
            batch.commit = asyncio.create_task(self._commit(batch), name="sqlite-group-commit")
            batch.commit.add_done_callback(_retrieved)
            self._batch = batch
        return self._batch, connection

    async def _commit(self, batch: _Batch) -> None:
        async with self.gate.held():
            if self._batch is batch:
                self._batch = None
            if batch.broken is not None:
                raise batch.broken
            connection = self._connection
            assert connection is not None
            try:
                await connection.commit()
            except BaseException:
                with contextlib.suppress(Exception):
                    await connection.rollback()
                raise


def _retrieved(task: asyncio.Task[None]) -> None:
    """Each unit of the batch hears a failed commit; the task's own copy needs no report."""
    if not task.cancelled():
        task.exception()


def _in_transaction(connection: AsyncConnection) -> bool:
    """Whether SQLite still has the batch's transaction open (some errors end it whole)."""
    synchronous = connection.sync_connection
    driver: Any = synchronous.connection.driver_connection if synchronous is not None else None
    return bool(getattr(driver, "transaction_open", True))


_writers: weakref.WeakKeyDictionary[AsyncEngine, GroupWriter] = weakref.WeakKeyDictionary()


def writer_of(engine: AsyncEngine) -> GroupWriter:
    writer = _writers.get(engine)
    if writer is None:
        writer = GroupWriter(engine)
        _writers[engine] = writer
    return writer


async def close_writer(engine: AsyncEngine) -> None:
    writer = _writers.pop(engine, None)
    if writer is not None:
        await writer.close()
