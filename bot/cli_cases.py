"""`migrasi-aman cases list|show|export`: the case queue for staff without Telegram access.

The command line runs as the operator of the database (no Telegram role check): whoever can run it can
read the database file anyway. Output is plain text (`list`, `show`) or CSV (`export`).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.cli_common import add_config_option, config_from_args
from bot.complaints import configured_staff, queue_policy
from bot.config import AppConfig
from storage.db import Database
from storage.errors import CaseNotFound, InvalidInput
from storage.models.cases import OPEN_STATUSES, CaseStatus
from storage.repositories.cases import CaseFilter
from storage.services.cases import CaseDetail, CaseQueue
from storage.services.rules import parse_ticket
from storage.services.staff import StaffDirectory


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cases = subparsers.add_parser("cases", help="complaint cases: list, show one, export CSV")
    actions = cases.add_subparsers(dest="cases_command", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="the open queue (or --status / --all)")
    listing.add_argument(
        "--status", choices=[s.value for s in CaseStatus], action="append", help="repeatable"
    )
    listing.add_argument("--all", action="store_true", help="every status, closed cases too")
    listing.add_argument("--unassigned", action="store_true", help="only cases nobody claimed")
    listing.add_argument("--limit", type=int, default=100)
    add_config_option(listing)
    listing.set_defaults(func=_list)

    show = actions.add_parser("show", help="one case with its messages and audit trail")
    show.add_argument("ticket", help="e.g. ADU-000123")
    add_config_option(show)
    show.set_defaults(func=_show)

    export = actions.add_parser("export", help="CSV of the cases created in a date range")
    export.add_argument("--from", dest="start", help="first day, YYYY-MM-DD (default: 30 days ago)")
    export.add_argument("--to", dest="end", help="last day, YYYY-MM-DD (default: today)")
    export.add_argument("--output", type=Path, help="file to write (default: standard output)")
    add_config_option(export)
    export.set_defaults(func=_export)


T = TypeVar("T")


class DatabaseUnreadable(Exception):
    """The database is missing, locked or not migrated; the message says what to do."""


def _run(config: AppConfig, work: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(work)
    except SQLAlchemyError as error:
        where = make_url(config.database.url).render_as_string(hide_password=True)
        raise DatabaseUnreadable(
            f"cannot read cases from {where} ({type(error).__name__}); is the schema current? "
            "run `migrasi-aman db upgrade`"
        ) from None


def _queue(config: AppConfig) -> tuple[Database, CaseQueue]:
    database = Database.connect(config.database.url)
    staff = StaffDirectory(database, configured_staff(config))
    return database, CaseQueue(database, staff, queue_policy(config))


def _list(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    statuses = (
        None if args.all else frozenset(CaseStatus(s) for s in args.status) if args.status else OPEN_STATUSES
    )
    case_filter = CaseFilter(statuses=statuses, unassigned=args.unassigned, limit=args.limit)

    async def run() -> tuple[list[str], int]:
        database, queue = _queue(config)
        try:
            page = await queue.list_page(case_filter)
        finally:
            await database.dispose()
        return [
            "\t".join(
                [
                    case.ticket or "",
                    case.status.value,
                    case.priority.value,
                    case.category.value,
                    case.country or "-",
                    str(case.assigned_to or "-"),
                    case.created_at.strftime("%Y-%m-%d %H:%M"),
                    "unreachable" if case.is_unreachable else "",
                ]
            ).rstrip()
            for case in page.cases
        ], page.total

    try:
        lines, total = _run(config, run())
    except DatabaseUnreadable as error:
        print(f"migrasi-aman: {error}", file=sys.stderr)
        return 1
    print("ticket\tstatus\tpriority\tcategory\tcountry\tassigned_to\tcreated (UTC)")
    for line in lines:
        print(line)
    more = f" (raise --limit to see the other {total - len(lines)})" if total > len(lines) else ""
    print(f"{len(lines)} of {total} case(s){more}", file=sys.stderr)
    return 0


def _show(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    ticket = parse_ticket(args.ticket)
    if ticket is None:
        print(f"migrasi-aman: not a ticket code: {args.ticket!r} (expected e.g. ADU-000123)", file=sys.stderr)
        return 2

    async def run() -> CaseDetail:
        database, queue = _queue(config)
        try:
            return await queue.detail_for_operator(ticket)
        finally:
            await database.dispose()

    try:
        detail = _run(config, run())
    except CaseNotFound:
        print(f"migrasi-aman: no case {ticket}", file=sys.stderr)
        return 1
    except DatabaseUnreadable as error:
        print(f"migrasi-aman: {error}", file=sys.stderr)
        return 1
    print(render_detail(detail))
    return 0


def render_detail(detail: CaseDetail) -> str:
    case = detail.case
    lines = [
        f"{case.ticket}  status={case.status.value}  priority={case.priority.value}",
        f"category={case.category.value}",
        f"reporter={case.reporter.value}  name={case.complainant_name or '-'}  phone={case.phone or '-'}",
        f"country={case.country or '-'}  province={case.province or '-'}  agency={case.agency or '-'}",
        f"assigned_to={case.assigned_to or '-'}  created={case.created_at.isoformat()}",
    ]
    if case.is_unreachable:
        lines.append(f"UNREACHABLE since {case.unreachable_since}")
    if case.closure_flag:
        lines.append(f"FLAGGED FOR CLOSING: {case.closure_flag.value}")
    lines += ["", "Story:", case.story or "-", ""]
    if detail.attachments:
        lines.append("Attachments:")
        for a in detail.attachments:
            where = a.stored_path or f"(not stored: {a.not_stored_reason or '?'})"
            lines.append(f"  {a.kind.value} {a.file_name or ''} {where}")
    if detail.messages:
        lines.append("Messages:")
        lines += [
            f"  {m.created_at:%Y-%m-%d %H:%M} {m.direction.value}: {m.text or ''}" for m in detail.messages
        ]
    lines.append("Trail:")
    for event in detail.events:
        extra = f" {event.detail}" if event.detail else ""
        actor = f" by {event.actor_user_id}" if event.actor_user_id else ""
        text = f": {event.text}" if event.text else ""
        lines.append(f"  {event.created_at:%Y-%m-%d %H:%M} {event.kind.value}{extra}{actor}{text}")
    return "\n".join(lines)


def _day(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise InvalidInput(f"not a date (YYYY-MM-DD): {value!r}") from None


def _export(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    try:
        start = _day(args.start) if args.start else today - timedelta(days=30)
        end = (_day(args.end) if args.end else today) + timedelta(days=1)
    except InvalidInput as error:
        print(f"migrasi-aman: {error}", file=sys.stderr)
        return 2

    async def run() -> tuple[str, int]:
        database, queue = _queue(config)
        try:
            return await queue.export_csv(None, start, end)
        finally:
            await database.dispose()

    try:
        content, count = _run(config, run())
    except InvalidInput as error:
        print(f"migrasi-aman: {error}", file=sys.stderr)
        return 2
    except DatabaseUnreadable as error:
        print(f"migrasi-aman: {error}", file=sys.stderr)
        return 1
    if args.output is None:
        sys.stdout.write(content)
    else:
        args.output.write_text(content, encoding="utf-8-sig")
    print(f"{count} case(s) exported", file=sys.stderr)
    return 0
