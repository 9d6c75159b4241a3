"""Durability bar: the bot process is killed (SIGKILL) in the middle of many conversations and started
again. Every case a user was told about is there, no report becomes two cases, every case gets its staff
card at the restart (not a retry interval later), and an interrupted draft resumes where it stopped. A
message the bot had fetched (and Telegram had forgotten) but not yet handled when it was killed is handled
after the restart.

A card can only come twice when the process dies after Telegram accepted it and before its message id was
stored (the Bot API has no idempotency key): the kill test counts and reports those.

The bot runs as a real subprocess (`python -m bot run`) against a Bot API stand-in served by this test.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from telegram import Bot

from bot.standin import BotApiStandIn, StandInUser
from bot.standin.server import ApiError
from storage.db import Database
from storage.repositories.cases import CaseFilter, CaseRepository
from storage.repositories.intake import DraftRepository
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN
from tests.complaint_helpers import ADMIN, OFFICER, STAFF_CHAT, prepare_chats
from tests.test_durability import TICKET, Inboxes, report, walk_to_summary

REPO = REPO_CONFIG.parent
FINISHED_BEFORE_KILL = 15
IN_FLIGHT = 15
KILL_AFTER_FINISHED = 5  # SIGKILL once this many of the in-flight users have their ticket
# The configured default: a card the sweep had to retry would come 2 minutes (two intervals) late.
SWEEP_INTERVAL_SECONDS = 60
CARD_AFTER_RESTART_SECONDS = 30


def write_config(tmp_path: Path, api: BotApiStandIn) -> tuple[Path, str]:
    raw: dict[str, Any] = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    raw["log_level"] = "INFO"
    raw["telegram"] = {
        "api_base_url": api.base_url,
        "api_base_file_url": api.base_file_url,
        "poll_timeout_seconds": 1,
        "pacing": {"enabled": False},  # timing-sensitive, and the stand-in has no flood limits
    }
    raw["database"] = {"url": url, "auto_migrate": True}
    raw["staff"] = {
        "chat_id": STAFF_CHAT,
        "members": [{"user_id": ADMIN, "role": "admin"}, {"user_id": OFFICER, "role": "officer"}],
    }
    raw["complaints"] = {
        **raw.get("complaints", {}),
        "sweep_interval_seconds": SWEEP_INTERVAL_SECONDS,
        "attachments_dir": str(tmp_path),
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path, url


class BotProcess:
    def __init__(self, config_path: Path, log_path: Path) -> None:
        self._config_path = config_path
        self._log_path = log_path
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, api: BotApiStandIn) -> None:
        polls_before = api.calls.count("getUpdates")
        environ = {
            key: value for key, value in os.environ.items() if not key.startswith(("TELEGRAM_", "DATABASE_"))
        }
        environ.update({"TELEGRAM_BOT_TOKEN": TEST_TOKEN, "PYTHONUNBUFFERED": "1"})
        log = self._log_path.open("ab")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--config",
            str(self._config_path),
            cwd=REPO,
            env=environ,
            stdout=log,
            stderr=log,
        )
        log.close()
        await api.wait_until(lambda: api.calls.count("getUpdates") > polls_before, timeout=60)

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(20):
                    await self.process.wait()
            if self.process.returncode is None:
                self.process.kill()
                await self.process.wait()


async def walk_to_agency(api: BotApiStandIn, inbox: Inboxes, user: StandInUser) -> None:
    """Start a report and stop at the agency question (the draft then waits in the database)."""
    await api.send_text(user, "/lapor")
    for data in ("report:v1:consent:yes", "report:v1:rep:worker", "report:v1:cat:violence"):
        await api.press_button(user, await inbox.next(user.id), data)
    await inbox.next(user.id)
    await api.send_text(user, "Malaysia")
    await inbox.next(user.id)
    await api.send_text(user, "Nusa Tenggara Barat")
    agency_question = await inbox.next(user.id)
    assert "agensi" in agency_question.plain_text.lower()


async def staggered(api: BotApiStandIn, inbox: Inboxes, user: StandInUser, delay: float) -> str:
    """A user who starts a little later than the one before, so the kill finds them at different steps."""
    await asyncio.sleep(delay)
    return await report(api, inbox, user)


async def wait_for_done(tasks: list[asyncio.Task[str]], count: int) -> None:
    pending = set(tasks)
    async with asyncio.timeout(60):
        while len(tasks) - len(pending) < count:
            _, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)


async def read_database(url: str) -> tuple[set[str], set[int]]:
    tickets, drafts, _ = await read_cases(url)
    return tickets, drafts


async def read_cases(url: str) -> tuple[set[str], set[int], int]:
    """Stored tickets, users with a draft, and how many users have more than one case (each filed one)."""
    database = Database.connect(url)
    try:
        async with database.sessions() as session:
            cases = await CaseRepository(session).filtered(CaseFilter(statuses=None, limit=None))
            drafts = {
                user_id for user_id in range(300_000, 300_300) if await DraftRepository(session).get(user_id)
            }
    finally:
        await database.dispose()
    per_user = Counter(case.complainant_user_id for case in cases)
    duplicated = sum(1 for count in per_user.values() if count > 1)
    return {case.ticket for case in cases if case.ticket}, drafts, duplicated


def cards_per_ticket(api: BotApiStandIn) -> Counter[str]:
    """How many case cards the staff chat got for each ticket (reminders are not counted)."""
    counts: Counter[str] = Counter()
    for message in api.bot_messages(STAFF_CHAT):
        found = TICKET.search(message.plain_text)
        if found and "Cerita:" in message.plain_text and "Pengingat" not in message.plain_text:
            counts[found.group()] += 1
    return counts


async def test_kill_mid_flow_and_restart(tmp_path: Path) -> None:
    async with BotApiStandIn(token=TEST_TOKEN) as api:
        prepare_chats(api)
        config_path, url = write_config(tmp_path, api)
        bot = BotProcess(config_path, tmp_path / "bot.log")
        inbox = Inboxes(api)
        try:
            await bot.start(api)
            finished_users = [
                api.private_user(300_000 + i, f"Selesai {i}") for i in range(FINISHED_BEFORE_KILL)
            ]
            confirmed = set(await asyncio.gather(*(report(api, inbox, user) for user in finished_users)))
            interrupted = api.private_user(300_050, "Terputus")
            await walk_to_agency(api, inbox, interrupted)

            # Many conversations in flight, then SIGKILL in the middle of them.
            flying = [api.private_user(300_060 + i, f"Terbang {i}") for i in range(IN_FLIGHT)]
            tasks = [
                asyncio.create_task(staggered(api, inbox, user, index * 0.15))
                for index, user in enumerate(flying)
            ]
            await wait_for_done(tasks, KILL_AFTER_FINISHED)
            await bot.kill()
            await asyncio.sleep(0.5)
            in_flight_open = 0
            for task in tasks:
                if task.done() and task.exception() is None:
                    confirmed.add(task.result())
                else:
                    in_flight_open += 1
                    task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            stored, drafts = await read_database(url)
            assert confirmed <= stored, "a case the user was told about is missing after the kill"
            assert interrupted.id in drafts

            await bot.start(api)
            # The interrupted user simply answers the question they were asked before the crash.
            await api.send_text(interrupted, "PT Calo <Tanpa Izin>")
            story_question = await inbox.next(interrupted.id)
            assert "cerita" in story_question.plain_text.lower()
            # (Triage may put emergency contacts first: wait for the question itself.)
            await api.send_text(interrupted, "Saya dipukul majikan dan paspor ditahan.")
            saved = await inbox.next_containing(interrupted.id, "report:v1:done:story")
            await api.press_button(interrupted, saved, "report:v1:done:story")
            await inbox.next_containing(interrupted.id, "/lewati")
            await api.send_text(interrupted, "/lewati")
            await inbox.next_containing(interrupted.id, "/lewati")
            await api.send_text(interrupted, "/lewati")
            summary = await inbox.next_containing(interrupted.id, "report:v1:confirm")
            assert "PT Calo <Tanpa Izin>" in summary.plain_text
            await api.press_button(interrupted, summary, "report:v1:confirm")
            received = await inbox.next(interrupted.id)
            match = TICKET.search(received.plain_text)
            assert match is not None
            confirmed.add(match.group())

            stored, _, duplicate_cases = await read_cases(url)
            assert confirmed <= stored

            # Cases committed just before the kill get their card at the restart, not from a sweep
            # minutes later.
            await api.wait_until(
                lambda: set(cards_per_ticket(api)) >= stored, timeout=CARD_AFTER_RESTART_SECONDS
            )
        finally:
            await bot.stop()
            await inbox.close()
    cards = cards_per_ticket(api)
    duplicate_cards = sum(count - 1 for count in cards.values())
    log = (tmp_path / "bot.log").read_text(encoding="utf-8", errors="replace")
    print(
        f"\nrestart durability: killed with {in_flight_open} conversations open; {len(confirmed)} confirmed, "
        f"{len(stored)} stored, {len(cards)} with a card, {len(confirmed - stored)} lost, "
        f"{duplicate_cases} duplicate cases, {duplicate_cards} duplicate cards "
        "(a card accepted by Telegram just before the kill, its id not yet stored)"
    )
    assert confirmed - stored == set()
    assert duplicate_cases == 0
    # Only a card in flight at the kill can come twice; at most one per conversation open then.
    assert duplicate_cards <= in_flight_open
    # Logs carry no names or message text.
    for secret in ("Terputus", "Selesai 1", "dipukul", "PT Calo", "gaji ditahan", TEST_TOKEN):
        assert secret not in log


class HeldChat:
    """Holds every Bot API call addressed to one chat: the bot is stuck mid-handling, as if the network hung.

    Held calls never reach the chat; once released they fail, so a killed process leaves no message behind.
    """

    def __init__(self, api: BotApiStandIn, chat_id: int) -> None:
        self.arrived = asyncio.Event()
        self._released = asyncio.Event()
        self._chat_id = chat_id
        self._api = api
        self._call = api._call  # the stand-in's dispatcher: wrapped for this test only
        api._call = self._maybe_hold  # type: ignore[method-assign]

    async def _maybe_hold(self, method: str, params: Any) -> Any:
        if not self._released.is_set() and params.integer("chat_id") == self._chat_id:
            self.arrived.set()
            await self._released.wait()
            raise ApiError(502, "Bad Gateway")
        return await self._call(method, params)

    def release(self) -> None:
        self._released.set()
        self._api._call = self._call  # type: ignore[method-assign]


async def test_kill_after_fetching_before_handling(tmp_path: Path) -> None:
    async with BotApiStandIn(token=TEST_TOKEN) as api:
        prepare_chats(api)
        config_path, _ = write_config(tmp_path, api)
        bot = BotProcess(config_path, tmp_path / "bot.log")
        user = api.private_user(300_200, "Tertahan")
        held = HeldChat(api, user.id)
        try:
            await bot.start(api)
            await api.send_text(user, "/lapor")
            async with asyncio.timeout(30):
                await held.arrived.wait()  # the bot is handling the message
            # The next poll carries the offset: from then on Telegram has forgotten the message.
            polls = api.calls.count("getUpdates")
            await api.wait_until(lambda: api.calls.count("getUpdates") > polls, timeout=30)
            await bot.kill()
            held.release()
            assert await pending_updates(api) == 0
            assert api.bot_messages(user.id) == []

            await bot.start(api)
            # The report was started before the kill, so the bot may first say it resumes it.
            await api.wait_until(
                lambda: any("report:v1:consent:yes" in m.callback_data for m in api.bot_messages(user.id)),
                timeout=45,
            )
        finally:
            held.release()
            await bot.stop()
    log = (tmp_path / "bot.log").read_text(encoding="utf-8", errors="replace")
    assert "replaying 1 updates" in log
    assert "Tertahan" not in log


async def pending_updates(api: BotApiStandIn) -> int:
    """Updates the Bot API still holds for the bot (those below the last offset are forgotten)."""
    async with Bot(TEST_TOKEN, base_url=api.base_url) as client:
        return (await client.get_webhook_info()).pending_update_count


async def test_kill_between_commit_and_card_leaves_exactly_one_card(tmp_path: Path) -> None:
    """The case is committed and the user told; the process dies before the card reaches the staff chat.
    The restarted bot posts the card before handling anything else, once, not a retry interval later."""
    async with BotApiStandIn(token=TEST_TOKEN) as api:
        prepare_chats(api)
        config_path, url = write_config(tmp_path, api)
        bot = BotProcess(config_path, tmp_path / "bot.log")
        inbox = Inboxes(api)
        user = api.private_user(300_250, "Kartu")
        held: HeldChat | None = None
        try:
            await bot.start(api)
            summary = await walk_to_summary(api, inbox, user)
            held = HeldChat(api, STAFF_CHAT)
            await api.press_button(user, summary, "report:v1:confirm")
            received = await inbox.next_containing(user.id, "Laporan diterima")
            match = TICKET.search(received.plain_text)
            assert match is not None
            ticket = match.group()
            async with asyncio.timeout(30):
                await held.arrived.wait()  # the card is on its way to the staff chat
            await bot.kill()
            held.release()
            assert cards_per_ticket(api)[ticket] == 0
            stored, _, duplicate_cases = await read_cases(url)
            assert ticket in stored

            await bot.start(api)  # returns once the restarted bot polls: start-up work is done by then
            await api.wait_until(
                lambda: cards_per_ticket(api)[ticket] >= 1, timeout=CARD_AFTER_RESTART_SECONDS
            )
            await asyncio.sleep(2)  # the confirmation is replayed meanwhile: it must not post a second card
        finally:
            if held is not None:
                held.release()
            await bot.stop()
            await inbox.close()
    assert cards_per_ticket(api)[ticket] == 1
    assert duplicate_cases == 0
    told = [m for m in api.bot_messages(user.id) if ticket in m.plain_text]
    assert len(told) >= 1  # told at filing; the replayed confirmation may repeat the ticket, never a new one
    stored_after, _, duplicates_after = await read_cases(url)
    assert stored_after == stored
    assert duplicates_after == 0
