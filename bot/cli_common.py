"""Helpers shared by the `bot.cli_*` command modules."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.config import AppConfig, layered_base, load_config


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """Let `--config` also follow the subcommand (`migrasi-aman db upgrade --config x.yaml`)."""
    parser.add_argument(
        "--config",
        type=Path,
        default=argparse.SUPPRESS,
        help="path of config.yaml; with $MIGRASI_CONFIG set, a file laid over that one",
    )


def config_from_args(args: argparse.Namespace) -> AppConfig:
    """`--config PATH` laid over `$MIGRASI_CONFIG` when both are given (per-instance over shared)."""
    path: Path | None = getattr(args, "config", None)
    return load_config(path, base=layered_base(path))


_MISSING_DATABASE = re.compile(r'database "([^"]+)" does not exist')


def missing_database_advice(
    url: str,
    exc: BaseException,
    *,
    named_by: str = "DATABASE_URL or database.url",
    then: str = "run `migrasi-aman db upgrade`",
) -> str | None:
    """For a PostgreSQL database that does not exist (found anywhere in `exc`'s chain): what to do, naming
    the setting it came from (`named_by`) and the URL without its password. None for any other problem.

    `db upgrade` cannot create the database itself (that needs rights on the server the bot should not have).
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _MISSING_DATABASE.search(str(current))
        if found:
            return _create_it(url, found.group(1), named_by, then)
        current = current.__cause__ or current.__context__
    return None


def _create_it(url: str, name: str, named_by: str, then: str) -> str:
    parsed = make_url(url)
    shown = parsed.render_as_string(hide_password=True)
    server = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    createdb = ["createdb", "-h", parsed.host or "localhost", "-p", str(parsed.port or 5432)]
    if parsed.username:
        createdb += ["-U", parsed.username]
    return (
        f"database {name} does not exist on {server} ({named_by}: {shown}): create it "
        f"({' '.join([*createdb, name])}), then {then}"
    )


def silence_stdout() -> None:
    """After the reader of stdout left: point stdout at /dev/null, so that Python's own flush at exit finds
    nowhere to fail (the recipe of Python's `signal` documentation)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
