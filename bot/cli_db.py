"""`migrasi-aman db upgrade|current`: schema migrations for the configured database."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.cli_common import add_config_option, config_from_args
from storage.db import Database
from storage.migrate import MigrationError, current_revision, upgrade_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = subparsers.add_parser("db", help="database schema migrations")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = db_commands.add_parser("upgrade", help="apply all migrations (DATABASE_URL or config)")
    add_config_option(upgrade)
    upgrade.set_defaults(func=_upgrade)
    current = db_commands.add_parser("current", help="print the schema revision in the database")
    add_config_option(current)
    current.set_defaults(func=_current)


def _upgrade(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    try:
        before, after = asyncio.run(_run_upgrade(config.database.url))
    except MigrationError as exc:
        print(f"migrasi-aman: {exc}; nothing was changed", file=sys.stderr)
        return 1
    print(upgrade_summary(before, after))
    return 0


def upgrade_summary(before: str | None, after: str | None) -> str:
    if before == after:
        return f"database schema is up to date (revision {after})"
    return f"database schema migrated from {before or 'an empty database'} to revision {after}"


async def _run_upgrade(url: str) -> tuple[str | None, str | None]:
    database = Database.connect(url)
    try:
        before = await current_revision(database)
        await upgrade_database(database)
        return before, await current_revision(database)
    finally:
        await database.dispose()


def _current(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    print(asyncio.run(_read_current(config.database.url)) or "(empty database)")
    return 0


async def _read_current(url: str) -> str | None:
    database = Database.connect(url)
    try:
        return await current_revision(database)
    finally:
        await database.dispose()
