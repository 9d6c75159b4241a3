"""SQLite group commit: concurrent units of work share commits, each is on disk when it returns, and one that
fails takes only its own writes back."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, insert, select
from sqlalchemy.exc import IntegrityError

from storage.base import utcnow
from storage.db import SQLITE_BUSY_TIMEOUT_MS, Database
from storage.migrate import upgrade_database
from storage.models.preferences import UserPreference
from storage.services.uow import key_read, write_connection, write_transaction
from storage.sqlite_driver import OneTripConnection


@pytest.fixture
async def sqlite_database(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database.connect(f"sqlite+aiosqlite:///{tmp_path / 'group.db'}")
    await upgrade_database(database)
    yield database
    await database.dispose()


async def _stored(database: Database) -> set[int]:
    """What another connection sees: only what was committed."""
    async with database.sessions() as session:
        return set((await session.scalars(select(UserPreference.user_id))).all())


async def _write(database: Database, user_id: int) -> set[int]:
    async with write_transaction(database) as session:
        session.add(UserPreference(user_id=user_id, language="id", updated_at=utcnow()))
    return await _stored(database)


async def test_concurrent_units_share_commits_and_each_is_committed_when_it_returns(
    sqlite_database: Database,
) -> None:
    commits: list[object] = []
    event.listen(sqlite_database.engine.sync_engine, "commit", commits.append)
    seen = await asyncio.gather(*(_write(sqlite_database, user_id) for user_id in range(1, 41)))
    for user_id, stored in zip(range(1, 41), seen, strict=True):
        assert user_id in stored  # committed before write_transaction returned
    assert await _stored(sqlite_database) == set(range(1, 41))
    assert len(commits) < 40 / 4  # many units per commit


async def test_a_failing_unit_takes_back_only_its_own_writes(sqlite_database: Database) -> None:
    await _write(sqlite_database, 1)

    async def duplicate() -> None:
        async with write_transaction(sqlite_database) as session:
            session.add(UserPreference(user_id=7, language="id", updated_at=utcnow()))
            await session.flush()
            session.add(UserPreference(user_id=1, language="en", updated_at=utcnow()))  # already there

    results = await asyncio.gather(
        _write(sqlite_database, 2), duplicate(), _write(sqlite_database, 3), return_exceptions=True
    )
    assert isinstance(results[1], IntegrityError)
    assert await _stored(sqlite_database) == {1, 2, 3}
    assert await _write(sqlite_database, 4) == {1, 2, 3, 4}  # the writer goes on after the failure


async def test_units_on_the_bare_connection_share_the_batch_and_a_failing_one_takes_back_only_its_own(
    sqlite_database: Database,
) -> None:
    """`write_connection`: in a savepoint, or with `one_write` (its one row-changing statement last) in
    none; a failed statement is undone by SQLite alone and the batch's other units keep their writes."""
    await _write(sqlite_database, 1)
    table = UserPreference.__table__

    async def core(user_id: int, *, one_write: bool) -> None:
        async with write_connection(sqlite_database, one_write=one_write) as connection:
            await connection.execute(
                insert(table).values(user_id=user_id, language="id", updated_at=utcnow())
            )

    async def duplicate_after_a_write() -> None:
        async with write_connection(sqlite_database) as connection:
            await connection.execute(insert(table).values(user_id=8, language="id", updated_at=utcnow()))
            await connection.execute(insert(table).values(user_id=1, language="en", updated_at=utcnow()))

    results = await asyncio.gather(
        core(2, one_write=True),
        core(1, one_write=True),  # already there
        duplicate_after_a_write(),
        core(3, one_write=False),
        return_exceptions=True,
    )
    assert results[0] is None
    assert results[3] is None
    assert isinstance(results[1], IntegrityError)
    assert isinstance(results[2], IntegrityError)
    assert await _stored(sqlite_database) == {1, 2, 3}  # 8 went back with its savepoint
    assert await _write(sqlite_database, 4) == {1, 2, 3, 4}


async def test_a_unit_sees_what_earlier_units_wrote_and_counts_rows(sqlite_database: Database) -> None:
    await asyncio.gather(*(_write(sqlite_database, user_id) for user_id in range(10, 15)))
    async with write_transaction(sqlite_database) as session:
        count = await session.scalar(select(func.count()).select_from(UserPreference))
    assert count == 5


async def test_savepoints_go_straight_to_the_driver(sqlite_database: Database) -> None:
    statements: list[str] = []
    event.listen(
        sqlite_database.engine.sync_engine,
        "before_cursor_execute",
        lambda _conn, _cursor, statement, *_: statements.append(statement),
    )
    await _write(sqlite_database, 1)
    assert statements
    assert not any("SAVEPOINT" in statement for statement in statements)


async def test_a_key_read_takes_no_thread_trip_and_sees_only_what_is_committed(
    sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _write(sqlite_database, 1)
    trips: list[object] = []
    real_run = OneTripConnection.run

    async def counted(self: OneTripConnection, work: Any) -> Any:
        trips.append(work)
        return await real_run(self, work)

    monkeypatch.setattr(OneTripConnection, "run", counted)
    async with key_read(sqlite_database) as session:
        assert await session.get(UserPreference, 1) is not None
    assert trips == []
    async with write_transaction(sqlite_database) as writing:
        writing.add(UserPreference(user_id=2, language="id", updated_at=utcnow()))
        await writing.flush()
        async with key_read(sqlite_database) as session:
            assert await session.get(UserPreference, 2) is None  # not committed yet
    async with key_read(sqlite_database) as session:
        assert await session.get(UserPreference, 2) is not None


async def test_a_trip_after_a_key_read_waits_for_another_process_s_lock_again(
    sqlite_database: Database,
) -> None:
    """A key read leaves the connection's busy timeout at 0 (it must not wait); the next statement that
    takes a trip to the connection's thread has it back."""
    await _write(sqlite_database, 1)
    for _ in range(2):
        async with key_read(sqlite_database) as session:
            assert await session.scalar(select(UserPreference.user_id)) == 1
        async with sqlite_database.engine.connect() as connection:
            timeout = (await connection.exec_driver_sql("PRAGMA busy_timeout")).scalar()
        assert timeout == SQLITE_BUSY_TIMEOUT_MS
