"""A database error never carries the personal data it was writing into the logged traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from storage.db import Database

INSERT = text("INSERT INTO people VALUES (:name)")
PERSON = {"name": "Siti +6281234567890"}


async def test_sql_errors_hide_their_bound_values(tmp_path: Path) -> None:
    database = Database.connect(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    try:
        async with database.sessions.begin() as session:
            await session.execute(text("CREATE TABLE people (name TEXT UNIQUE)"))
            await session.execute(INSERT, PERSON)
        with pytest.raises(IntegrityError) as raised:
            async with database.sessions.begin() as session:
                await session.execute(INSERT, PERSON)
        assert "Siti" not in str(raised.value)
        assert "6281234567890" not in str(raised.value)
    finally:
        await database.dispose()
