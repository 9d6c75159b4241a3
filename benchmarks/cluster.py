"""Several webhook instances on one PostgreSQL database, fed by the stand-in playing Telegram and a load
balancer, with one instance killed and one drained while complainants walk the complaint intake.

Phases (each instance is its own process, `benchmarks.cluster_instance`):
1. 3 instances, `--users` complainants at once; one instance SIGKILLed once a third of the exchanges are
   done. Its chats are taken over when their leases expire.
2. the 2 left, `--batch` complainants: throughput and reply waits with 2 instances.
3. the 2 left, `--batch` complainants; one drained with SIGTERM in the middle.
4. the last one, `--batch` complainants: throughput and reply waits with 1 instance.
After each phase: cases stored, reports lost (a confirmed ticket not stored, or a walk that did not
finish), duplicated cases (two cases of one complainant in the phase), staff cards and duplicate cards,
and chats whose replies came out of order.

Run: `python -m benchmarks.cluster --database postgresql+asyncpg://postgres@127.0.0.1:5432/postgres`
(a database `cluster_bench_<random>` is created there and dropped afterwards).

One run with the defaults (1,000 complainants, then 200 per phase; 12 exchanges each), 2 shared cores with
PostgreSQL, the load and other work (load average about 8), 20 minutes in all:

    phase                       users  done  exch/s  p50 ms  p95 ms  cases lost dup cards dupcard order!
    3 instances, one SIGKILLed   1000  1000    17.4   51202   81217   1000    0   0  1000       0      0
    2 instances                   200   200    16.1   11993   17754    200    0   0   200       0      0
    2 instances, one SIGTERMed    200   200    15.1   11611   17893    200    0   0   200       0      0
    1 instance                    200   200    14.0   12979   23351    200    0   0   200       0      0

Everyone writes at once and answers at once, so the mean reply wait is the crowd over the throughput
(1000 / 17.4 = 57 s): the waits show a fair queue (p95 within 1.6 times the p50), not a slow reply.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import secrets
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from benchmarks.durability import Figures, complaint_steps, people, walk
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from storage.db import Database
from storage.migrate import upgrade_database
from tests.bot_fixtures import TEST_TOKEN
from tests.cluster_helpers import WEBHOOK_SECRET, free_port
from tests.complaint_helpers import STAFF_CHAT, prepare_chats
from tests.test_durability import TICKET, Inboxes

STAFF_CARD_MARKER = "Cerita:"
READY_TIMEOUT = 60.0
# A reply this late is slow, not lost: on 2 shared cores a thousand complainants arriving in the same
# second queue for minutes, and the reply waits in the table show how long they waited.
STEP_TIMEOUT = 300.0


@dataclass
class Instance:
    port: int
    process: asyncio.subprocess.Process

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram/webhook"


@dataclass(frozen=True)
class Outcome:
    phase: str
    figures: Figures
    cases: int
    lost: int
    duplicated_cases: int
    cards: int
    duplicate_cards: int
    out_of_order_chats: int


async def start_instance(api: BotApiStandIn, database_url: str, folder: Path) -> Instance:
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "benchmarks.cluster_instance"),
        *(api.base_url, database_url, str(port), str(folder)),
        env={**os.environ, "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET},
    )
    deadline = time.monotonic() + READY_TIMEOUT
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200:
                    return Instance(port, process)
            if process.returncode is not None:
                raise RuntimeError(f"instance on port {port} exited with {process.returncode}")
            await asyncio.sleep(0.2)
    process.kill()
    raise RuntimeError(f"instance on port {port} not ready after {READY_TIMEOUT:.0f} s")


async def run_phase(
    name: str,
    api: BotApiStandIn,
    inbox: Inboxes,
    walkers: list[StandInUser],
    database: Database,
    *,
    disrupt: tuple[Instance, signal.Signals] | None = None,
) -> Outcome:
    waits: list[float] = []
    steps_total = len(walkers) * len(complaint_steps(0))
    cards_before = _cards(api)

    async def disruption() -> None:
        if disrupt is None:
            return
        instance, signum = disrupt
        while len(waits) < steps_total // 3 and not walking.done():  # noqa: ASYNC110  (counting replies)
            await asyncio.sleep(0.05)
        instance.process.send_signal(signum)
        print(f"  {name}: sent {signum.name} to the instance on port {instance.port} at {len(waits)} replies")

    sent: dict[int, list[str]] = {user.id: [] for user in walkers}
    events = api.subscribe()

    async def record() -> None:
        # Text and buttons as sent: the bot later edits old questions (their buttons go).
        while True:
            event = await events.get()
            if event.kind == "sent" and event.message is not None and event.chat_id in sent:
                sent[event.chat_id].append(" ".join((event.message.plain_text, *event.message.callback_data)))

    recording = asyncio.create_task(record())

    async def progress() -> None:
        while True:
            await asyncio.sleep(10)
            delivery = api.webhook
            pending, failure = (delivery.pending, delivery.last_failure) if delivery else (0, "")
            print(f"  {name}: {len(waits)}/{steps_total} replies; {pending} pending; last failure {failure}")

    reporting = asyncio.create_task(progress())
    started = time.perf_counter()
    walking = asyncio.gather(
        *(walk(api, inbox, user, complaint_steps(user.id), waits, buttons_shown=True) for user in walkers),
        return_exceptions=True,
    )
    disrupting = asyncio.create_task(disruption())
    results = await walking
    with contextlib.suppress(TimeoutError):
        await api.wait_until(lambda: len(_cards(api)) - len(cards_before) >= len(walkers), timeout=60)
    elapsed = time.perf_counter() - started
    await disrupting
    recording.cancel()
    reporting.cancel()
    api.unsubscribe(events)
    tickets = {
        found.group()
        for result in results
        if isinstance(result, SentMessage) and (found := TICKET.search(result.plain_text))
    }
    ids = [user.id for user in walkers]
    async with database.sessions() as session:
        rows = (
            await session.execute(
                text("SELECT ticket, complainant_user_id FROM cases WHERE complainant_user_id = ANY(:ids)"),
                {"ids": ids},
            )
        ).all()
    stored = {row[0] for row in rows}
    per_user = Counter(row[1] for row in rows)
    cards = _cards(api)[len(cards_before) :]
    carded = Counter(found.group() for card in cards if (found := TICKET.search(card)))
    finished = sum(1 for result in results if isinstance(result, SentMessage))
    figures = Figures(name, len(walkers), finished, len(waits), 0.0, elapsed, tuple(waits))
    return Outcome(
        phase=name,
        figures=figures,
        cases=len(rows),
        lost=len(walkers) - len(tickets & stored),
        duplicated_cases=sum(count - 1 for count in per_user.values() if count > 1),
        cards=len(cards),
        duplicate_cards=sum(count - 1 for count in carded.values() if count > 1),
        out_of_order_chats=sum(1 for user in walkers if not _in_order(sent[user.id], user)),
    )


def _cards(api: BotApiStandIn) -> list[str]:
    return [m.plain_text for m in api.bot_messages(STAFF_CHAT) if STAFF_CARD_MARKER in m.plain_text]


def _in_order(texts: list[str], user: StandInUser) -> bool:
    """The replies to the walk's steps were sent in the steps' order (a reply sent twice, after a
    takeover, is allowed; one missing or sent before the reply to an earlier step is not)."""
    position = 0
    for step in complaint_steps(user.id):
        while position < len(texts) and step.reply_marker not in texts[position]:
            position += 1
        if position == len(texts):
            return False
    return True


async def run(database_url: str, users: int, batch: int) -> list[Outcome]:
    server = make_url(database_url)
    name = f"cluster_bench_{secrets.token_hex(4)}"
    admin = create_async_engine(server, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    database = Database.connect(url)
    instances: list[Instance] = []
    outcomes: list[Outcome] = []
    try:
        await upgrade_database(database)
        with tempfile.TemporaryDirectory() as folder:
            async with BotApiStandIn(token=TEST_TOKEN) as api:
                prepare_chats(api)
                inbox = Inboxes(api, step_timeout=STEP_TIMEOUT)
                # Started side by side: each takes seconds to import and prepare.
                started = await asyncio.gather(
                    *(start_instance(api, url, Path(folder)) for _ in range(3)), return_exceptions=True
                )
                instances = [one for one in started if isinstance(one, Instance)]
                for failure in started:
                    if isinstance(failure, BaseException):
                        raise failure
                api.spread_webhook_over([instance.url for instance in instances])
                # Each instance set the webhook at start; the stand-in now plays the load balancer.
                crowd = people(api, users + 3 * batch)
                groups = [crowd[:users]] + [
                    crowd[users + i * batch : users + (i + 1) * batch] for i in range(3)
                ]
                outcomes.append(
                    await run_phase(
                        "3 instances, one SIGKILLed",
                        api,
                        inbox,
                        groups[0],
                        database,
                        disrupt=(instances[2], signal.SIGKILL),
                    )
                )
                outcomes.append(await run_phase("2 instances", api, inbox, groups[1], database))
                outcomes.append(
                    await run_phase(
                        "2 instances, one drained (SIGTERM)",
                        api,
                        inbox,
                        groups[2],
                        database,
                        disrupt=(instances[1], signal.SIGTERM),
                    )
                )
                outcomes.append(await run_phase("1 instance", api, inbox, groups[3], database))
                await inbox.close()
                for instance in instances:
                    if instance.process.returncode is None:
                        instance.process.send_signal(signal.SIGTERM)
                for instance in instances:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(instance.process.wait(), 30)
    finally:
        for instance in instances:
            if instance.process.returncode is None:
                instance.process.kill()
        await database.dispose()
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()
    return outcomes


def print_outcomes(outcomes: Sequence[Outcome]) -> None:
    header = (
        f"{'phase':36}{'users':>6}{'done':>6}{'exch/s':>8}{'p50 ms':>8}{'p95 ms':>8}"
        f"{'cases':>7}{'lost':>6}{'dup':>5}{'cards':>7}{'dupcard':>8}{'order!':>7}"
    )
    print(header)
    for o in outcomes:
        f = o.figures
        print(
            f"{o.phase:36}{f.users:>6}{f.finished:>6}{f.exchanges_per_s:>8.1f}{f.p50_ms:>8.0f}{f.p95_ms:>8.0f}"
            f"{o.cases:>7}{o.lost:>6}{o.duplicated_cases:>5}{o.cards:>7}{o.duplicate_cards:>8}"
            f"{o.out_of_order_chats:>7}"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--database", required=True, help="a PostgreSQL server URL (a database is created)")
    parser.add_argument("--users", type=int, default=1000, help="complainants in the kill phase")
    parser.add_argument("--batch", type=int, default=200, help="complainants in each later phase")
    args = parser.parse_args(argv)
    print_outcomes(asyncio.run(run(args.database, args.users, args.batch)))


if __name__ == "__main__":
    main()
