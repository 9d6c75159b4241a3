"""Complaint intake under load: N simulated users file reports at once through the real bot on the Bot API
stand-in, on SQLite (default) or the database given with --database, side by side with a baseline.

The baseline (benchmarks/echo_baseline.py) is a minimal python-telegram-bot echo application polling its
own stand-in with the same update processor and long-poll settings; each simulated user sends it exactly
the messages and button presses of the complaint walk (11 exchanges) and waits for each reply. The machine
is shared and noisy, so the ratios (our reports/s against the baseline's walks/s, our reply waits against
its) say more than the absolute times: they show what the bot's own work costs on top of the plumbing.
The CPU row (this process's CPU time over the walks per exchange, the stand-in and the simulated users
included in both columns) is the steadiest of them: other load on the machine stretches wall-clock times
far more than it changes the CPU an exchange costs.

Run: `python -m benchmarks.durability --users 1000` (`--skip-baseline` for the bot alone). Prints the
side-by-side table and ratios, then the durability figures: cases stored, distinct tickets, staff cards
(and how many tickets got a second card), and lost reports. Times start once each application is polling
(start-up, e.g. migrations, is shown apart). The pytest bar (tests/test_durability.py) runs the same
scenario with 500 users.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from benchmarks.echo_baseline import running_echo
from bot.config import AppConfig
from bot.run import running_bot
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from bot.updates import PerChatUpdateProcessor
from storage.db import Database
from storage.repositories.cases import CaseFilter, CaseRepository
from tests.bot_fixtures import with_api
from tests.complaint_helpers import STAFF_CHAT, complaint_config, prepare_chats
from tests.test_durability import TICKET, Inboxes

TOKEN = "123456:BENCH-token"
FIRST_USER_ID = 500_000
STAFF_CARD_MARKER = "Cerita:"
STAFF_CARDS_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class Step:
    """One thing the user does, and what marks the bot's reply to it."""

    kind: Literal["text", "button"]
    payload: str  # the text sent, or the callback data of the button pressed
    reply_marker: str  # a substring of the reply's text or button data


def complaint_steps(user_id: int) -> tuple[Step, ...]:
    """The complaint walk of the durability test: 7 messages, 5 button presses, one reply each."""
    return (
        Step("text", "/lapor", "report:v1:consent:yes"),
        Step("button", "report:v1:consent:yes", "report:v1:rep:"),
        Step("button", "report:v1:rep:family", "report:v1:cat:"),
        Step("button", "report:v1:cat:documents_kept", "report:v1:country:"),
        Step("text", "Taiwan", "provinsi"),
        Step("text", "Jawa Barat", "agensi"),
        Step("text", f"PT Agensi {user_id}", "Ceritakan"),
        Step("text", "Paspor saya ditahan agensi", "report:v1:done:story"),
        Step("button", "report:v1:done:story", "report:v1:att:done"),
        Step("text", "/lewati", "Nomor HP"),  # no photos
        Step("text", "/lewati", "report:v1:confirm"),  # no phone number
        Step("button", "report:v1:confirm", "Laporan diterima"),
    )


def echo_steps(user_id: int) -> tuple[Step, ...]:
    """The same messages and presses for the echo baseline, whose reply repeats what was sent."""
    return tuple(Step(step.kind, step.payload, step.payload) for step in complaint_steps(user_id))


# The bot restates the question it waits for when an answer could not be taken (sent before the question
# reached her, or sent twice): the walk then answers that question. An update handled again after an
# instance died gets its reply again word for word, which the walk passes over like any other message.
RESTATED = ("sudah tersimpan", "belum dipakai", "already saved", "was not used")


async def walk(
    api: BotApiStandIn,
    inbox: Inboxes,
    user: StandInUser,
    steps: Sequence[Step],
    waits: list[float],
    *,
    buttons_shown: bool,
    last_waits: list[float] | None = None,
) -> SentMessage:
    """Do each step and wait for its reply (skipping other messages, such as triage's emergency contacts),
    timing each wait; return the last reply. Buttons are pressed on the previous reply; with
    `buttons_shown=False` (the echo shows no buttons) the data is sent as a stale button's would be.
    After a restated question the walk goes on from the step that answers it, as a person would."""
    reply: SentMessage | None = None
    index = 0
    while index < len(steps):
        step = steps[index]
        if step.kind == "text":
            await api.send_text(user, step.payload)
        else:
            assert reply is not None, "a walk starts with a message"
            await api.press_button(user, reply, step.payload, check_present=buttons_shown)
        started = time.perf_counter()
        while True:
            message = await inbox.next(user.id)
            if any(marker in message.plain_text for marker in RESTATED):
                reply = await inbox.next(user.id)  # the question asked again
                index = _answering(steps, reply, index)
                break
            if _shows(message, step.reply_marker):
                waits.append(time.perf_counter() - started)
                reply, index = message, index + 1
                break
    assert reply is not None
    if last_waits is not None:
        last_waits.append(waits[-1])  # the last step's: for the complaint walk, confirmation to ticket
    return reply


def _shows(message: SentMessage, marker: str) -> bool:
    return marker in message.plain_text or any(marker in data for data in message.callback_data)


def _answering(steps: Sequence[Step], question: SentMessage, current: int) -> int:
    """The index of the step that answers `question` (the one after the step whose reply it is), looked
    for from the current step back first: a restated question is the current one or an earlier one, and a
    later step's marker may be a word of the answers shown on the review screen."""
    candidates: list[int] = [*range(current, -1, -1), *range(current + 1, len(steps))]
    for candidate in candidates:
        if _shows(question, steps[candidate].reply_marker):
            return candidate + 1
    raise AssertionError(f"restated question not in the walk: {question.plain_text[:80]!r}")


@dataclass(frozen=True, slots=True)
class Figures:
    """One application's run: walks finished, exchanges done, the time it took and each reply wait."""

    name: str
    users: int
    finished: int
    exchanges: int
    startup_s: float
    elapsed_s: float
    waits: tuple[float, ...]
    first_failure: str | None = None  # why the first unfinished walk stopped
    last_waits: tuple[float, ...] = ()  # each finished walk's last reply wait
    cpu_s: float = float("nan")  # the process's CPU time over the walks (stand-in and walkers included)

    @property
    def cpu_ms_per_exchange(self) -> float:
        return self.cpu_s / self.exchanges * 1000 if self.exchanges else float("nan")

    @property
    def last_p50_ms(self) -> float:
        return statistics.median(self.last_waits) * 1000 if self.last_waits else float("nan")

    @property
    def last_p95_ms(self) -> float:
        ordered = sorted(self.last_waits)
        return ordered[int(len(ordered) * 0.95)] * 1000 if ordered else float("nan")

    @property
    def walks_per_s(self) -> float:
        return self.finished / self.elapsed_s

    @property
    def exchanges_per_s(self) -> float:
        return self.exchanges / self.elapsed_s

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.waits) * 1000 if self.waits else float("nan")

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.waits)
        return ordered[int(len(ordered) * 0.95)] * 1000 if ordered else float("nan")

    @property
    def max_ms(self) -> float:
        return max(self.waits, default=float("nan")) * 1000


@dataclass(frozen=True, slots=True)
class Durability:
    cases: int
    distinct_tickets: int
    staff_cards: int
    duplicate_cards: int
    lost: int


def update_processor(concurrency: int) -> PerChatUpdateProcessor | bool:
    """What `migrasi-aman run` uses (one lock per chat); concurrency 1: one update at a time."""
    return PerChatUpdateProcessor(concurrency) if concurrency > 1 else False


def first_failure(results: Sequence[object]) -> str | None:
    failures = (repr(result) for result in results if isinstance(result, BaseException))
    return next(failures, None)


def people(api: BotApiStandIn, users: int) -> list[StandInUser]:
    return [api.private_user(FIRST_USER_ID + index, f"User {index}") for index in range(users)]


async def run_baseline(users: int, concurrency: int) -> Figures:
    """The echo application, each simulated user doing the complaint walk's exchanges."""
    async with BotApiStandIn(token=TOKEN) as api:
        with tempfile.TemporaryDirectory() as folder:  # the bot's config, read for its polling settings
            poll_timeout = with_api(complaint_config(Path(folder)), api).telegram.poll_timeout_seconds
        walkers = people(api, users)
        inbox = Inboxes(api)
        waits: list[float] = []
        began = time.perf_counter()
        async with running_echo(
            TOKEN,
            api.base_url,
            api.base_file_url,
            poll_timeout_seconds=poll_timeout,
            concurrent_updates=update_processor(concurrency),
        ):
            started, cpu_started = time.perf_counter(), time.process_time()
            results = await asyncio.gather(
                *(
                    walk(api, inbox, user, echo_steps(user.id), waits, buttons_shown=False)
                    for user in walkers
                ),
                return_exceptions=True,
            )
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        await inbox.close()
    finished = sum(1 for result in results if isinstance(result, SentMessage))
    return Figures(
        "echo",
        users,
        finished,
        len(waits),
        started - began,
        elapsed,
        tuple(waits),
        first_failure(results),
        cpu_s=cpu,
    )


async def run_bot(
    users: int, concurrency: int, database_url: str | None
) -> tuple[Figures, Durability, AppConfig]:
    """The real bot, each simulated user filing a complaint; then what the database and staff chat hold."""
    with tempfile.TemporaryDirectory() as folder:
        config: AppConfig = complaint_config(Path(folder))
        if database_url:
            config = config.model_copy(
                update={"database": config.database.model_copy(update={"url": database_url})}
            )
        async with BotApiStandIn(token=TOKEN) as api:
            prepare_chats(api)
            config = with_api(config, api)
            walkers = people(api, users)
            inbox = Inboxes(api)
            waits: list[float] = []
            confirmations: list[float] = []

            def card_texts() -> list[str]:
                return [
                    m.plain_text for m in api.bot_messages(STAFF_CHAT) if STAFF_CARD_MARKER in m.plain_text
                ]

            def staff_cards() -> int:
                return len(card_texts())

            began = time.perf_counter()
            async with running_bot(config, token=TOKEN, concurrent_updates=update_processor(concurrency)):
                started, cpu_started = time.perf_counter(), time.process_time()
                results = await asyncio.gather(
                    *(
                        walk(
                            api,
                            inbox,
                            user,
                            complaint_steps(user.id),
                            waits,
                            buttons_shown=True,
                            last_waits=confirmations,
                        )
                        for user in walkers
                    ),
                    return_exceptions=True,
                )
                # A report counts once its card is in the staff chat: that wait is the bot's work too.
                with contextlib.suppress(TimeoutError):  # missing cards show in the figures below
                    await api.wait_until(lambda: staff_cards() >= users, timeout=STAFF_CARDS_TIMEOUT)
                elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            await inbox.close()
            cards = staff_cards()
            carded = {found.group() for text in card_texts() if (found := TICKET.search(text))}
        database = Database.connect(config.database.url)
        try:
            async with database.sessions() as session:
                cases = await CaseRepository(session).filtered(CaseFilter(statuses=None, limit=None))
        finally:
            await database.dispose()
    tickets = {
        found.group()
        for result in results
        if isinstance(result, SentMessage) and (found := TICKET.search(result.plain_text))
    }
    stored = {case.ticket for case in cases}
    failed = sum(1 for result in results if not isinstance(result, SentMessage))
    durability = Durability(
        cases=len(cases),
        distinct_tickets=len(tickets),
        staff_cards=cards,
        duplicate_cards=cards - len(carded),
        lost=users - len(tickets & stored),
    )
    figures = Figures(
        "bot",
        users,
        users - failed,
        len(waits),
        started - began,
        elapsed,
        tuple(waits),
        first_failure(results),
        tuple(confirmations),
        cpu,
    )
    return figures, durability, config


ROWS: tuple[tuple[str, Callable[[Figures], float], str], ...] = (
    ("walks finished", lambda f: f.finished, ".0f"),
    ("walks/s (ours: reports/s)", lambda f: f.walks_per_s, ".1f"),
    ("exchanges/s", lambda f: f.exchanges_per_s, ".1f"),
    ("CPU ms per exchange (process)", lambda f: f.cpu_ms_per_exchange, ".2f"),
    ("reply wait p50 ms", lambda f: f.p50_ms, ".0f"),
    ("reply wait p95 ms", lambda f: f.p95_ms, ".0f"),
    ("reply wait max ms", lambda f: f.max_ms, ".0f"),
    ("walk time s", lambda f: f.elapsed_s, ".1f"),
    ("start-up s (not in walk time)", lambda f: f.startup_s, ".1f"),
)


def print_table(bot: Figures, echo: Figures | None) -> None:
    print(f"{'':30}{'bot':>10}{'echo':>10}{'bot/echo':>10}")
    for label, pick, fmt in ROWS:
        ours = pick(bot)
        theirs = pick(echo) if echo is not None else None
        shown = f"{theirs:{fmt}}" if theirs is not None else "-"
        ratio = f"{ours / theirs:.2f}" if theirs else "-"
        print(f"{label:30}{ours:>10{fmt}}{shown:>10}{ratio:>10}")
    if echo is not None:
        print(
            f"ratios: throughput {bot.walks_per_s / echo.walks_per_s:.2f}x the echo's; reply wait "
            f"p50 {bot.p50_ms / echo.p50_ms:.1f}x, p95 {bot.p95_ms / echo.p95_ms:.1f}x the echo's"
        )


async def run(users: int, database_url: str | None, concurrency: int, *, baseline: bool = True) -> None:
    echo = await run_baseline(users, concurrency) if baseline else None
    bot, durability, config = await run_bot(users, concurrency, database_url)
    steps = len(complaint_steps(FIRST_USER_ID))
    print(
        f"users {users}, {steps} exchanges each, concurrency {concurrency}, "
        f"database {config.database.url.split(':')[0]}"
    )
    print_table(bot, echo)
    print(
        f"confirmation to ticket ({users} complainants at once): "
        f"p50 {bot.last_p50_ms:.0f} ms, p95 {bot.last_p95_ms:.0f} ms"
    )
    print(
        f"cases {durability.cases}, distinct tickets {durability.distinct_tickets}, "
        f"staff cards {durability.staff_cards}, lost {durability.lost}, "
        f"duplicate cards {durability.duplicate_cards}"
    )
    for figures in (bot, echo):
        if figures is not None and figures.first_failure is not None:
            print(f"{figures.name}: {users - figures.finished} walks failed, first: {figures.first_failure}")


def main(argv: Sequence[str] | None = None) -> None:
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
    parser.add_argument(
        "--skip-baseline", action="store_true", help="run the bot alone, without the echo baseline"
    )
    args = parser.parse_args(argv)
    asyncio.run(run(args.users, args.database, args.concurrency, baseline=not args.skip_baseline))


if __name__ == "__main__":
    main()
