"""Complaint intake under load: N simulated users file reports at once through the real bot on the Bot API
stand-in, on SQLite (default) or the database given with --database.

Run: `python -m benchmarks.durability --users 1000`. Prints cases stored, distinct tickets, staff cards,
lost reports, wall time, reports per second and the p50/p95/max time a user waited for each bot reply.
The pytest bar (tests/test_durability.py) runs the same scenario with 500 users.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import AppConfig
from bot.run import running_bot
from bot.standin import BotApiStandIn, StandInUser
from bot.updates import PerChatUpdateProcessor
from storage.db import Database
from storage.repositories.cases import CaseFilter, CaseRepository
from tests.bot_fixtures import with_api
from tests.complaint_helpers import STAFF_CHAT, complaint_config, prepare_chats
from tests.test_durability import TICKET, Inboxes

TOKEN = "123456:BENCH-token"


async def timed_report(api: BotApiStandIn, inbox: Inboxes, user: StandInUser, waits: list[float]) -> str:
    """The same walk as the durability test, timing each wait for the bot's reply."""

    async def reply() -> str:
        started = time.perf_counter()
        message = await inbox.next(user.id)
        waits.append(time.perf_counter() - started)
        return message.plain_text

    await api.send_text(user, "/lapor")
    for data in ("report:v1:consent:yes", "report:v1:rep:family", "report:v1:cat:documents_kept"):
        await reply()
        await api.press_button(user, api.last_bot_message(user.id), data)
    await reply()
    for answer in ("Taiwan", "Jawa Barat", f"PT Agensi {user.id}", "Paspor saya ditahan agensi", "/lewati"):
        await api.send_text(user, answer)
        await reply()
    await api.send_text(user, "/lewati")
    await reply()
    await api.press_button(user, api.last_bot_message(user.id), "report:v1:confirm")
    found = TICKET.search(await reply())
    return found.group() if found else ""


async def run(users: int, database_url: str | None, concurrency: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        config: AppConfig = complaint_config(Path(folder))
        if database_url:
            config = config.model_copy(
                update={"database": config.database.model_copy(update={"url": database_url})}
            )
        async with BotApiStandIn(token=TOKEN) as api:
            prepare_chats(api)
            config = with_api(config, api)
            people = [api.private_user(500_000 + index, f"User {index}") for index in range(users)]
            inbox = Inboxes(api)
            waits: list[float] = []
            processor = PerChatUpdateProcessor(concurrency) if concurrency > 1 else False
            started = time.perf_counter()
            async with running_bot(config, token=TOKEN, concurrent_updates=processor):
                tickets = await asyncio.gather(
                    *(timed_report(api, inbox, person, waits) for person in people)
                )
                await api.wait_until(lambda: len(api.bot_messages(STAFF_CHAT)) >= users, timeout=120)
            elapsed = time.perf_counter() - started
            await inbox.close()
        database = Database.connect(config.database.url)
        try:
            async with database.sessions() as session:
                cases = await CaseRepository(session).filtered(CaseFilter(statuses=None, limit=None))
        finally:
            await database.dispose()
    stored = {case.ticket for case in cases}
    waits.sort()
    print(f"users {users}, concurrency {concurrency}, database {config.database.url.split(':')[0]}")
    cards = len(api.bot_messages(STAFF_CHAT))
    print(f"cases {len(cases)}, distinct tickets {len(set(tickets))}, staff cards {cards}")
    print(f"lost {len(set(tickets) - stored)}, wall {elapsed:.1f} s, {users / elapsed:.1f} reports/s")
    print(
        f"reply wait p50 {statistics.median(waits) * 1000:.0f} ms, "
        f"p95 {waits[int(len(waits) * 0.95)] * 1000:.0f} ms, max {waits[-1] * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument(
        "--database", help="database URL (default: a temporary SQLite file; use an empty one)"
    )
    parser.add_argument(
        "--concurrency", type=int, default=64, help="chats handled at once (1: one update at a time)"
    )
    args = parser.parse_args()
    asyncio.run(run(args.users, args.database, args.concurrency))


if __name__ == "__main__":
    main()
