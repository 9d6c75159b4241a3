"""Apply Alembic migrations from code: `migrasi-aman db upgrade` and the bot's start-up both call this.

On PostgreSQL the upgrade holds a transaction-level advisory lock, so instances started at the same moment
on a new database migrate one after the other: the first creates the schema, the others find it current.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from storage.db import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# Any fixed 64-bit number that no other advisory lock on the database uses ("migrasi" in ASCII).
MIGRATION_LOCK_KEY = 0x6D696772617369


class MigrationError(Exception):
    """The schema could not be brought up to date; the message names the database error in one line (no SQL,
    no parameters)."""

    def __init__(self, cause: SQLAlchemyError) -> None:
        lines = str(getattr(cause, "orig", None) or cause).strip().splitlines()
        detail = lines[0] if lines else ""
        super().__init__(f"a database migration failed: {type(cause).__name__}: {detail}")


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        # ConfigParser interpolation would choke on '%' in passwords.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade_database(database: Database, revision: str = "head") -> None:
    """Bring the schema up to `revision` on the database's own engine, inside one transaction.

    Raises `MigrationError` (its cause chained) when a migration fails.
    """
    try:
        async with database.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Released at commit or rollback; a second instance waits here, then finds nothing to do.
                await connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            await connection.run_sync(_upgrade, revision)
    except SQLAlchemyError as exc:
        raise MigrationError(exc) from exc


def _upgrade(connection: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def current_revision(database: Database) -> str | None:
    """The revision recorded in the database, None before the first migration.

    Read with plain SQL: Alembic's MigrationContext logs two INFO lines each time, and `/readyz` asks this
    on every probe.
    """

    def _read(connection: Connection) -> str | None:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        versions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
        return versions[0] if len(versions) == 1 else None

    async with database.engine.connect() as connection:
        return await connection.run_sync(_read)
