"""The Alembic migrations build the same schema as the models, and step down cleanly."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from storage.base import Base
from storage.db import Database
from storage.migrate import alembic_config, current_revision
from storage.services.intake import IntakeService
from tests.storage_fixtures import file_case


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
