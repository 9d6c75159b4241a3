"""`migrasi-aman agencies import FILE.csv | search NAME`: the P3MI registry behind /cekp3mi.

`import` checks every row (name, licence_number, status, province, source, as_of) and only then installs
the list in the database, in one transaction, so a bad file never replaces a good list. Every running
instance picks the new list up within half a minute, without a restart (`bot.agency_registry`).
Spreadsheet exports are accepted as they come: comma, semicolon or tab separated, Indonesian column names
(Nama Perusahaan, Nomor Izin, Status: aktif/dibekukan/dicabut, Provinsi) and dates like 20/11/2026;
`--source` and `--as-of` fill columns the export does not have.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bot.agency_registry import CHECK_SECONDS, LiveAgencyRegistry
from bot.cli_common import add_config_option, config_from_args
from bot.config import AppConfig
from faq.agencies import Agency, AgencyRegistry, RegistryDefaults, RegistryError, load_registry
from storage.db import Database
from storage.migrate import upgrade_database
from storage.services.agency_registry import AgencyRegistryStore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agencies = subparsers.add_parser("agencies", help="the P3MI registry used by /cekp3mi")
    actions = agencies.add_subparsers(dest="agencies_command", required=True, metavar="ACTION")
    importer = actions.add_parser("import", help="check a registry CSV and install it for every instance")
    importer.add_argument("file", type=Path, metavar="FILE.csv")
    importer.add_argument("--dry-run", action="store_true", help="only check the file")
    importer.add_argument("--source", help="source for rows without one, e.g. 'SISKOP2MI export'")
    importer.add_argument(
        "--as-of", type=dt.date.fromisoformat, help="as-of date (YYYY-MM-DD) for rows without one"
    )
    add_config_option(importer)
    importer.set_defaults(func=run_import)
    search = actions.add_parser("search", help="look a name up in the installed registry")
    search.add_argument("name", nargs="+")
    add_config_option(search)
    search.set_defaults(func=run_search)


def run_import(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    try:
        registry = load_registry(args.file, RegistryDefaults(source=args.source, as_of=args.as_of))
    except RegistryError as exc:
        print(f"migrasi-aman: {args.file} was not imported:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    statuses = Counter(agency.status.value for agency in registry.agencies)
    summary = ", ".join(f"{statuses[name]} {name}" for name in ("active", "suspended", "revoked"))
    print(f"{len(registry.agencies)} agencies ({summary}), data as of {registry.as_of}")
    if args.dry_run:
        print("dry run: nothing installed")
        return 0
    version = asyncio.run(_install(config, registry.agencies))
    print(f"installed as registry version {version}; running bots use it within {CHECK_SECONDS:.0f} s")
    return 0


async def _install(config: AppConfig, agencies: Sequence[Agency]) -> int:
    database = Database.connect(config.database.url)
    try:
        if config.database.auto_migrate:
            await upgrade_database(database)
        return await AgencyRegistryStore(database).install(agencies)
    finally:
        await database.dispose()


async def registry_in_force(config: AppConfig) -> AgencyRegistry:
    """What the bot reads: the database's registry, else the file at registry_path, else the sample."""
    path = config.agencies.registry_path
    database = Database.connect(config.database.url)
    try:
        if config.database.auto_migrate:
            await upgrade_database(database)
        live = LiveAgencyRegistry(
            AgencyRegistryStore(database), load_registry(path if path.exists() else None)
        )
        return await live.current()
    finally:
        await database.dispose()


def run_search(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    registry = asyncio.run(registry_in_force(config))
    if registry.is_sample:
        print("(using the bundled SAMPLE registry: not the official list)")
    matches = registry.search(" ".join(args.name), limit=5)
    if not matches:
        print("not on the list")
        return 1
    for match in matches:
        agency = match.agency
        status = agency.status.value
        print(f"{match.score:5.1f}  {agency.name}  [{status}]  {agency.licence_number}  {agency.province}")
    return 0
