"""`migrasi-aman db upgrade|current`: schema migrations for the configured database."""

from __future__ import annotations

import argparse
import asyncio
import sys

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.cli_common import add_config_option, config_from_args, missing_database_advice
from bot.config import AppConfig
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


def _config(args: argparse.Namespace) -> AppConfig:
    config = config_from_args(args)
    if config.database.driver_note:
        print(f"migrasi-aman: {config.database.driver_note}", file=sys.stderr)
    return config


def _upgrade(args: argparse.Namespace) -> int:
    config = _config(args)
    try:
        before, after = asyncio.run(_run_upgrade(config.database.url))
    except (MigrationError, SQLAlchemyError, OSError) as exc:
        return _cannot(config.database.url, exc)
    print(upgrade_summary(before, after))
    return 0


def _cannot(url: str, exc: Exception) -> int:
    """One line, no traceback: this is what the systemd unit's ExecStartPre prints to the journal."""
    advice = missing_database_advice(url, exc)
    if advice is None:
        if isinstance(exc, MigrationError):
            advice = f"{exc}; nothing was changed"
        else:
            lines = str(exc).strip().splitlines()
            shown = make_url(url).render_as_string(hide_password=True)
            advice = f"cannot open the database {shown}: {type(exc).__name__}: {lines[0] if lines else ''}"
    print(f"migrasi-aman: {advice}", file=sys.stderr)
    return 2  # as `run` answers the same problem


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
    config = _config(args)
    try:
        revision = asyncio.run(_read_current(config.database.url))
    except (SQLAlchemyError, OSError) as exc:
        return _cannot(config.database.url, exc)
    print(revision or "(empty database)")
    return 0


async def _read_current(url: str) -> str | None:
    database = Database.connect(url)
    try:
        return await current_revision(database)
    finally:
        await database.dispose()
