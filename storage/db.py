"""Engine and session factory for the configured database.

SQLite (through aiosqlite, one thread trip per statement: `storage.sqlite_driver`) is the embedded
default: WAL journal, a busy timeout, foreign keys on and
`synchronous=FULL`, so a committed report survives a crash or power cut. PostgreSQL (through asyncpg) is the
option for several bot instances sharing one database.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects.sqlite.aiosqlite import SQLiteDialect_aiosqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from storage import sqlite_driver
from storage.group_commit import close_writer

SQLITE_BUSY_TIMEOUT_MS = 10_000
# SQLAlchemy's default pool (5 kept, 10 more opened when needed) closes each of the 10 extra connections
# when it is given back, and a SQLite connection costs a thread and four PRAGMAs to open: under load that
# was hundreds of opens a minute. The same 15 at most, all kept.
SQLITE_POOL_SIZE = 15
SQLITE_POOL_OVERFLOW = 0


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def describe(url: str) -> str:
    """The engine and where the data is, for start-up lines and `/readyz`: never the user or password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database or ':memory:'}"
    return f"PostgreSQL {parsed.database} on {parsed.host or 'localhost'}:{parsed.port or 5432}"


@dataclass(frozen=True)
class PoolSize:
    """PostgreSQL connections an engine may open, and how long a session waits for one.

    `pre_ping` tests each connection with a round trip when it is taken from the pool. Off, a connection
    that a database restart broke fails the one unit of work that meets it (and the pool drops the
    others): a webhook update is then refused for Telegram to send again, and a handler's update stays in
    the inbox for a later turn. That costs less than a round trip for every unit of work, about a quarter
    of the database's round trips on the webhook path.
    """

    size: int = 5
    overflow: int = 10
    timeout_seconds: float = 30.0
    pre_ping: bool = False

    @property
    def capacity(self) -> int:
        return self.size + self.overflow


def create_engine(url: str, *, echo: bool = False, pool: PoolSize | None = None) -> AsyncEngine:
    # SQL errors otherwise quote their bound values (names, phones, stories) into the logged traceback.
    if is_sqlite(url):
        _ensure_sqlite_directory(url)
        engine = create_async_engine(
            url,
            echo=echo,
            hide_parameters=True,
            async_creator=_one_trip_connector(url),
            **_sqlite_pool_options(url),
        )
        event.listen(engine.sync_engine, "connect", _configure_sqlite_connection)
        sqlite_driver.savepoints_on_driver(engine.sync_engine.dialect)
        return engine
    pool = pool or PoolSize()
    return create_async_engine(
        url,
        echo=echo,
        hide_parameters=True,
        pool_pre_ping=pool.pre_ping,
        pool_size=pool.size,
        max_overflow=pool.overflow,
        pool_timeout=pool.timeout_seconds,
    )


def _sqlite_pool_options(url: str) -> dict[str, int]:
    database = make_url(url).database
    if not database or database == ":memory:" or "mode=memory" in url:
        return {}  # an in-memory database lives in one connection, SQLAlchemy's StaticPool
    return {"pool_size": SQLITE_POOL_SIZE, "max_overflow": SQLITE_POOL_OVERFLOW}


def _one_trip_connector(url: str) -> Callable[[], Awaitable[sqlite_driver.OneTripConnection]]:
    """Connections to the URL's database through `storage.sqlite_driver` (a statement in one thread trip)."""
    (database, *_), options = SQLiteDialect_aiosqlite().create_connect_args(make_url(url))
    options = {**options, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}

    async def connect() -> sqlite_driver.OneTripConnection:
        connection = sqlite_driver.connect(database, **options)
        await connection  # opens it on its thread
        return connection

    return connect


def _ensure_sqlite_directory(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


@dataclass(frozen=True)
class Database:
    """One engine and its session factory; services open units of work with `sessions.begin()`."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    @classmethod
    def connect(cls, url: str, *, echo: bool = False, pool: PoolSize | None = None) -> Database:
        engine = create_engine(url, echo=echo, pool=pool)
        return cls(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))

    @property
    def pool_capacity(self) -> int | None:
        """How many connections the engine may hold at once; None where that is not bounded this way."""
        pool = self.engine.pool
        size = getattr(pool, "size", None)
        overflow = getattr(pool, "_max_overflow", None)
        if not callable(size) or not isinstance(overflow, int) or overflow < 0:
            return None
        return int(size()) + overflow

    async def dispose(self) -> None:
        await close_writer(self.engine)
        await self.engine.dispose()
