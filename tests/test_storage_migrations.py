"""The Alembic migrations build the same schema as the models, and step down cleanly."""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import create_async_engine

from storage.base import Base
from storage.db import Database
from storage.migrate import MigrationError, alembic_config, current_revision, upgrade_database
from storage.services.cases import CaseQueue
from storage.services.intake import IntakeService
from tests.storage_fixtures import POSTGRES_URL, file_case


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def test_upgrade_reaches_head_with_every_table(database: Database) -> None:
    assert await current_revision(database) == head_revision()

    def table_names(connection: Connection) -> set[str]:
        return set(inspect(connection).get_table_names())

    async with database.engine.connect() as connection:
        tables = await connection.run_sync(table_names)
    assert set(Base.metadata.tables) <= tables


async def test_schema_matches_models(database: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def diff(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))

    async with database.engine.connect() as connection:
        differences = await connection.run_sync(diff)
    assert differences == []


async def test_downgrade_to_0001_and_back(database: Database) -> None:
    from alembic import command

    def run(connection: Connection, action: str, revision: str) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)

    async with database.engine.begin() as connection:
        await connection.run_sync(run, "downgrade", "0001")
    assert await current_revision(database) == "0001"
    async with database.engine.begin() as connection:
        await connection.run_sync(run, "upgrade", "head")
    assert await current_revision(database) == head_revision()


async def test_0004_fills_the_place_codes_of_existing_cases_from_their_typed_text(
    database: Database, intake: IntakeService
) -> None:
    from alembic import command
    from sqlalchemy import text

    typed = {
        1: ("malaysa", "jatim, kab. blitar"),
        2: ("riyadh", "NTB"),
        3: ("di rumah majikan", None),
        4: (None, "jwa timur"),
    }
    for user_id, (country, province) in typed.items():
        await file_case(intake, user_id, country=country, province=province)

    def step(connection: Connection, action: str, revision: str) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)

    async with database.engine.begin() as connection:
        await connection.run_sync(step, "downgrade", "0003")
    async with database.engine.begin() as connection:
        await connection.run_sync(step, "upgrade", "0004")
    async with database.engine.connect() as connection:
        rows = (await connection.execute(text("SELECT id, country_code, province_code FROM cases"))).all()
    assert {row[0]: (row[1], row[2]) for row in rows} == {
        1: ("MY", "ID-JI"),
        2: ("SA", "ID-NB"),
        3: (None, None),
        4: (None, "ID-JI"),
    }


UPDATE_KEYS_REVISION = "0005"


async def test_update_keys_are_filled_from_the_stored_payloads(
    database: Database, intake: IntakeService, queue: CaseQueue
) -> None:
    """Cases, case messages, drafts and the inbox recorded update ids before keys existed: the migration
    gives them the key of the stored update where the inbox still holds it, `upd:<id>` otherwise."""
    import json

    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import text

    from storage.services.intake import Step

    known = await file_case(intake, 1)
    forgotten = await file_case(intake, 2)
    await queue.complainant_message(1, known.id, "halo", update_key=None)
    await intake.start(3, 3, "id")
    await intake.answer(3, Step.CONSENT, "yes")
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(UPDATE_KEYS_REVISION).down_revision
    assert isinstance(previous, str)

    def run(connection: Connection, action: str, revision: str) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)

    message = {"message_id": 31, "date": 1_700_000_000, "chat": {"id": 1, "type": "private"}, "text": "ya"}
    async with database.engine.begin() as connection:
        await connection.run_sync(run, "downgrade", previous)
        await connection.execute(
            text("UPDATE cases SET source_update_id = 41 WHERE id = :id"), {"id": known.id}
        )
        await connection.execute(
            text("UPDATE cases SET source_update_id = 7 WHERE id = :id"), {"id": forgotten.id}
        )
        await connection.execute(text("UPDATE case_messages SET source_update_id = 41"))
        await connection.execute(
            text("UPDATE complaint_drafts SET answers = :answers WHERE user_id = 3"),
            {"answers": json.dumps({"consent": True, "_update_id": 41})},
        )
        await connection.execute(
            text(
                "INSERT INTO update_inbox (update_id, payload, received_at, attempts) "
                "VALUES (41, :payload, CURRENT_TIMESTAMP, 1)"
            ),
            {"payload": json.dumps({"update_id": 41, "message": message})},
        )
        await connection.run_sync(run, "upgrade", "head")
        cases = dict((await connection.execute(text("SELECT id, source_update_key FROM cases"))).all())
        messages = (
            (await connection.execute(text("SELECT source_update_key FROM case_messages"))).scalars().all()
        )
        inbox = (await connection.execute(text("SELECT update_key, update_id FROM update_inbox"))).all()
    assert cases == {known.id: "msg:1:31:1700000000", forgotten.id: "upd:7"}
    assert list(messages) == ["msg:1:31:1700000000"]
    assert [tuple(row) for row in inbox] == [("msg:1:31:1700000000", 41)]
    draft = await intake.current(3)
    assert draft is not None
    assert draft.answers["_handled_updates"] == ["msg:1:31:1700000000"]
    assert "_update_id" not in draft.answers


async def test_stepping_down_keeps_every_case_message(
    database: Database, intake: IntakeService, queue: CaseQueue
) -> None:
    """A downgrade that rebuilt `cases` on SQLite would cascade-delete its messages: nothing may go."""
    from alembic import command
    from sqlalchemy import text

    filed = await file_case(intake, 1, country="malaysa")
    await queue.complainant_message(1, filed.id, "halo", update_key=None)

    def run(connection: Connection, action: str, revision: str) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)

    async def messages() -> int:
        async with database.engine.connect() as connection:
            return int((await connection.execute(text("SELECT count(*) FROM case_messages"))).scalar_one())

    before = await messages()
    assert before >= 1
    async with database.engine.begin() as connection:
        await connection.run_sync(run, "downgrade", "0003")
    assert await messages() == before
    async with database.engine.begin() as connection:
        await connection.run_sync(run, "upgrade", "head")
    assert await messages() == before


@pytest.mark.skipif(not POSTGRES_URL.startswith("postgresql"), reason="needs TEST_DATABASE_URL (PostgreSQL)")
async def test_instances_started_at_once_on_a_new_postgresql_database_migrate_one_after_the_other() -> None:
    """Separate processes, as systemd starts them: each runs the migrations against the same new database."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    env = {**os.environ, "DATABASE_URL": url}
    env.pop("MIGRASI_CONFIG", None)
    try:
        processes = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "db",
                "upgrade",
                env=env,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
            )
            for _ in range(3)
        ]
        outputs = await asyncio.gather(*(process.communicate() for process in processes))
        assert [process.returncode for process in processes] == [0, 0, 0], [out for out, _ in outputs]
        database = Database.connect(url)
        try:
            assert await current_revision(database) == head_revision()
        finally:
            await database.dispose()
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def test_a_failed_migration_names_the_error_in_one_line_without_sql(tmp_path: Path) -> None:
    database = Database.connect(f"sqlite+aiosqlite:///{tmp_path / 'clash.db'}")
    try:
        async with database.engine.begin() as connection:
            # A table the first migration creates, already there without Alembic knowing.
            await connection.execute(text("CREATE TABLE user_preferences (x INTEGER)"))
        with pytest.raises(MigrationError) as raised:
            await upgrade_database(database)
    finally:
        await database.dispose()
    message = str(raised.value)
    assert message.startswith("a database migration failed: OperationalError: ")
    assert "\n" not in message
    assert "CREATE TABLE" not in message
