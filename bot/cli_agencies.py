"""`migrasi-aman agencies import FILE.csv | search NAME`: the P3MI registry behind /cekp3mi.

`import` checks every row (name, licence_number, status, province, source, as_of) and only then installs
a clean copy at `agencies.registry_path`, so a bad file never replaces a good list. Restart the bot to use it.
Spreadsheet exports are accepted as they come: comma, semicolon or tab separated, Indonesian column names
(Nama Perusahaan, Nomor Izin, Status: aktif/dibekukan/dicabut, Provinsi) and dates like 20/11/2026;
`--source` and `--as-of` fill columns the export does not have.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

from bot.cli_common import add_config_option, config_from_args
from faq.agencies import RegistryDefaults, RegistryError, load_registry, write_registry


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agencies = subparsers.add_parser("agencies", help="the P3MI registry used by /cekp3mi")
    actions = agencies.add_subparsers(dest="agencies_command", required=True, metavar="ACTION")
    importer = actions.add_parser("import", help="check a registry CSV and install it for the bot")
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
    target = config.agencies.registry_path
    write_registry(registry.agencies, target)
    print(f"installed at {target}; restart the bot to use it")
    return 0


def run_search(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    path = config.agencies.registry_path
    registry = load_registry(path if path.exists() else None)
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
