"""aiosqlite with one trip to its thread per statement, for SQLAlchemy's `sqlite+aiosqlite` dialect.

aiosqlite runs each call on its connection's thread and hands the result back to the event loop: a
statement through SQLAlchemy costs four such trips (open a cursor, execute, fetch, close) and a returned
connection one more (the pool's rollback, even after a commit). Each trip waits its turn in the event loop,
and under load that wait is milliseconds while SQLite's single write lock (and this process's writer gate,
`storage.group_commit`) is held: the trips, not SQLite, limited how many writes a second the bot made.

Here a statement is one trip (execute, fetch every row, close, note the transaction state), fetching then
reads what was fetched, and commit or rollback outside a transaction costs nothing. Rows are always fetched
in full, as SQLAlchemy does anyway for the ordinary cursors this project uses.

Inside `statements_here()` (the writer gate's turn: no other write of this process can run meanwhile),
statements run on the event loop's thread at once, as microseconds-long calls, as long as they cannot
wait: a SELECT (WAL readers never wait), any statement once this connection's write transaction is open
(the write lock is ours), and the statement that opens it when no other process (the CLI, say) holds the
lock; when one does, that statement takes its trip and waits there. COMMIT (it syncs to disk) always takes
its trip, so the event loop is never blocked on a lock or a disk.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
from sqlalchemy.engine import Connection, Dialect

T = TypeVar("T")
Row = Any  # whatever the row factory makes (tuples by default)

_Executed = tuple[list[Row], Any, int, int | None]  # rows, description, rowcount, lastrowid


class Locked:
    """Another process holds the write lock."""


LOCKED = Locked()

_here: ContextVar[bool] = ContextVar("sqlite_statements_here", default=False)


@contextlib.contextmanager
def statements_here() -> Iterator[None]:
    """Let statements that cannot wait run on the calling thread while the block runs (see the module)."""
    token = _here.set(True)
    try:
        yield
    finally:
        _here.reset(token)


_reads_here: ContextVar[bool] = ContextVar("sqlite_reads_here", default=False)


@contextlib.contextmanager
def key_reads_here() -> Iterator[None]:
    """Let SELECTs outside a transaction run on the calling thread while the block runs: for reads of a few
    rows by key, microseconds, cheaper there than a trip to the connection's thread and back. A WAL reader
    does not wait for the writer; if SQLite ever answers busy, the statement takes its trip after all."""
    token = _reads_here.set(True)
    try:
        yield
    finally:
        _reads_here.reset(token)


def _reads_only(sql: str) -> bool:
    return sql.lstrip()[:6].upper() == "SELECT"


class OneTripConnection(aiosqlite.Connection):
    """An aiosqlite connection whose statements take one trip; it knows when a transaction is open."""

    def __init__(self, connector: Callable[[], sqlite3.Connection], busy_timeout_ms: int) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self.transaction_open = False
        self._busy_timeout_ms = busy_timeout_ms
        # The busy timeout is left at 0 after a statement that must not wait ran here, and put back only
        # before the next trip: key reads and batch openings in a row then cost no PRAGMA each.
        self._waits_not = False

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Do `work` with the sqlite3 connection on this connection's thread, in one trip."""

        restore, self._waits_not = self._waits_not, False

        def on_thread() -> tuple[T, bool]:
            connection = self._conn
            try:
                if restore:
                    connection.execute(f"PRAGMA busy_timeout={self._busy_timeout_ms}").close()
                return work(connection), connection.in_transaction
            except BaseException:
                self.transaction_open = connection.in_transaction
                raise

        outcome: tuple[T, bool] = await self._execute(on_thread)  # type: ignore[no-untyped-call]
        result, self.transaction_open = outcome
        return result

    def run_here(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Do `work` on the calling thread; only while no trip of this connection is under way."""
        connection = self._conn
        try:
            return work(connection)
        finally:
            self.transaction_open = connection.in_transaction

    def run_here_unless_locked(self, work: Callable[[sqlite3.Connection], T]) -> T | Locked:
        """`run_here`, or `LOCKED` (nothing done) at once when another process holds the write lock."""
        if not self._waits_not:
            self._conn.execute("PRAGMA busy_timeout=0").close()
            self._waits_not = True  # until the next trip (`run`), which puts the timeout back first
        try:
            return self.run_here(work)
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY:
                return LOCKED  # the lock was not taken, so nothing was changed: the statement may be redone
            raise

    def cursor(self) -> OneTripCursor:  # type: ignore[override]
        # SQLAlchemy enters it with `async with`-style __aenter__: no trip is needed to open it.
        return OneTripCursor(self)

    async def commit(self) -> None:
        if self.transaction_open:
            await self.run(lambda connection: connection.commit())

    async def rollback(self) -> None:
        if self.transaction_open:
            await self.run(lambda connection: connection.rollback())


class OneTripCursor:
    """What SQLAlchemy's adapter needs of an aiosqlite cursor; rows come with the statement's one trip."""

    def __init__(self, connection: OneTripConnection) -> None:
        self._connection = connection
        self._rows: deque[Row] = deque()
        self.description: tuple[tuple[Any, ...], ...] | None = None
        self.rowcount = -1
        self.lastrowid: int | None = None
        self.arraysize = 1

    async def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> OneTripCursor:
        return await self._run(
            lambda cursor: cursor.execute(sql, () if parameters is None else parameters), _reads_only(sql)
        )

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> OneTripCursor:
        return await self._run(lambda cursor: cursor.executemany(sql, parameters), reads=False)

    async def _run(self, statement: Callable[[sqlite3.Cursor], object], reads: bool) -> OneTripCursor:
        def work(connection: sqlite3.Connection) -> _Executed:
            cursor = connection.cursor()
            try:
                statement(cursor)
                rows = cursor.fetchall() if cursor.description else []
                return rows, cursor.description, cursor.rowcount, cursor.lastrowid
            finally:
                cursor.close()

        connection = self._connection
        done: _Executed | Locked = LOCKED
        if _here.get():
            if reads or connection.transaction_open:
                done = connection.run_here(work)
            else:
                done = connection.run_here_unless_locked(work)
        elif reads and _reads_here.get() and not connection.transaction_open:
            done = connection.run_here_unless_locked(work)
        if isinstance(done, Locked):
            done = await connection.run(work)
        rows, self.description, self.rowcount, self.lastrowid = done
        self._rows = deque(rows)
        return self

    async def fetchone(self) -> Row | None:
        return self._rows.popleft() if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Row]:
        count = min(self.arraysize if size is None else size, len(self._rows))
        return [self._rows.popleft() for _ in range(count)]

    async def fetchall(self) -> list[Row]:
        rows = list(self._rows)
        self._rows.clear()
        return rows

    async def nextset(self) -> None:
        return None

    async def close(self) -> None:
        self._rows.clear()

    async def __aenter__(self) -> OneTripCursor:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def connect(database: str | Path, *, timeout: float, **options: Any) -> OneTripConnection:
    """Like `aiosqlite.connect`: await it (SQLAlchemy does) to open the connection on its thread.
    `timeout`: how long (seconds) a statement on the thread waits for another process's lock."""
    location = str(database)
    # Used from its own thread and, within the writer gate, from the event loop's: never both at once.
    options = {**options, "timeout": timeout, "check_same_thread": False}
    connection = OneTripConnection(
        lambda: sqlite3.connect(location, **options), busy_timeout_ms=round(timeout * 1000)
    )
    connection._thread.daemon = True  # as SQLAlchemy does for aiosqlite: never keep the process alive
    return connection


def savepoints_on_driver(dialect: Dialect) -> None:
    """Let `dialect` send SAVEPOINT, RELEASE and ROLLBACK TO straight to the driver when they cannot wait
    (inside `statements_here()`, in an open transaction): the same statements, without SQLAlchemy compiling
    and executing each one. Every unit of work of the group writer costs two of them. Elsewhere, as before."""
    quote = dialect.identifier_preparer.quote
    for method, verb in (
        ("do_savepoint", "SAVEPOINT"),
        ("do_release_savepoint", "RELEASE SAVEPOINT"),
        ("do_rollback_to_savepoint", "ROLLBACK TO SAVEPOINT"),
    ):
        setattr(dialect, method, _direct_or(getattr(dialect, method), verb, quote))


def _direct_or(
    through_sqlalchemy: Callable[[Connection, str], None], verb: str, quote: Callable[[str], str]
) -> Callable[[Connection, str], None]:
    def statement(connection: Connection, name: str) -> None:
        driver = connection.connection.driver_connection
        if _here.get() and isinstance(driver, OneTripConnection) and driver.transaction_open:
            sql = f"{verb} {quote(name)}"
            driver.run_here(lambda sqlite: sqlite.execute(sql).close())
        else:
            through_sqlalchemy(connection, name)

    return statement
