"""The durable update inbox: an update is stored before Telegram is told to forget it, handled once, replayed
after a crash (oldest first, before anything new), given up after three attempts, pruned after a day.

The service tests run on SQLite and, with TEST_DATABASE_URL, on PostgreSQL; the poller tests run the real
application against the Bot API stand-in.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from telegram import Bot

import bot.inbox
from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.standin import BotApiStandIn, StandInUser
from storage.base import utcnow
from storage.db import Database
from storage.migrate import upgrade_database
from storage.models.inbox import InboxUpdate
from storage.services.inbox import KEEP_HANDLED, FetchedUpdate, UpdateInbox
from tests.bot_fixtures import TEST_TOKEN

USER = 1001
OTHER = 1002
HOSTILE_TEXT = "Gaji <b>ditahan</b> \x00 & 😢 ‮ مرحبا " + "x" * 4000


def message_update(update_id: int, user_id: int, text: str) -> dict[str, Any]:
    """A private text message as Telegram sends it (commands carry their entity)."""
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private", "first_name": "Siti"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Siti", "language_code": "id"},
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}


def fetched(payload: dict[str, Any]) -> FetchedUpdate:
    return FetchedUpdate.of(payload)


async def rows(database: Database) -> dict[int, InboxUpdate]:
    async with database.sessions() as session:
        found = (await session.scalars(select(InboxUpdate).order_by(InboxUpdate.update_id))).all()
    return {row.update_id: row for row in found}


# ----- the service ------------------------------------------------------------------------------------------


async def test_store_keeps_payloads_intact_and_ignores_a_second_delivery(database: Database) -> None:
    inbox = UpdateInbox(database)
    first = [fetched(message_update(7, USER, HOSTILE_TEXT)), fetched(message_update(8, USER, "hi"))]
    assert await inbox.store(first) == {first[0].key, first[1].key}
    # Telegram sends 8 again (its offset never arrived) together with a new 9.
    again = [fetched(message_update(8, USER, "hi")), fetched(message_update(9, OTHER, "halo"))]
    assert await inbox.store(again) == {again[1].key}
    stored = await rows(database)
    assert sorted(stored) == [7, 8, 9]
    assert stored[7].payload["message"]["text"] == HOSTILE_TEXT
    assert all(row.handled_at is None and row.attempts == 1 for row in stored.values())


async def test_leftovers_come_oldest_first_and_are_given_up_after_three_attempts(database: Database) -> None:
    inbox = UpdateInbox(database)
    stored = [fetched(message_update(i, USER, f"m{i}")) for i in (10, 11, 12)]
    await inbox.store(stored)
    await inbox.mark_handled([stored[1].key])

    first = await inbox.take_unhandled()  # the run that stored them was killed: attempt 2
    assert [(p.update_id, p.attempt) for p in first.pending] == [(10, 2), (12, 2)]
    assert first.pending[0].payload["message"]["text"] == "m10"
    assert first.given_up == []
    second = await inbox.take_unhandled()  # killed again while replaying: attempt 3
    assert [(p.update_id, p.attempt) for p in second.pending] == [(10, 3), (12, 3)]
    third = await inbox.take_unhandled()  # and again: never a fourth time
    assert third.pending == []
    assert third.given_up == [10, 12]
    assert (await inbox.take_unhandled()).given_up == []
    assert all(row.handled_at is not None for row in (await rows(database)).values())


async def test_a_failed_attempt_is_counted_and_the_third_is_the_last(database: Database) -> None:
    inbox = UpdateInbox(database)
    update = fetched(message_update(5, USER, "x"))
    await inbox.store([update])
    assert await inbox.begin_retry(update.key) == 2
    assert await inbox.begin_retry(update.key) == 3
    assert await inbox.begin_retry(update.key) > inbox.max_attempts
    assert (await rows(database))[5].handled_at is not None


async def test_prune_deletes_only_rows_handled_more_than_a_day_ago(database: Database) -> None:
    inbox = UpdateInbox(database)
    stored = [fetched(message_update(i, USER, "x")) for i in (1, 2, 3)]
    await inbox.store(stored)
    await inbox.mark_handled([stored[0].key, stored[1].key])
    async with database.sessions.begin() as session:
        old = utcnow() - KEEP_HANDLED - timedelta(minutes=1)
        await session.execute(update(InboxUpdate).where(InboxUpdate.update_id == 1).values(handled_at=old))
    assert await inbox.prune() == 1
    assert sorted(await rows(database)) == [2, 3]  # recently handled, and never handled


# ----- the poller ------------------------------------------------------------------------------------------


@pytest.fixture
def siti(standin: BotApiStandIn) -> StandInUser:
    return standin.private_user(USER, "Siti", "id")


@pytest.fixture
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.inbox, "FIRST_BACKOFF_SECONDS", 0.05)


async def pending_at_telegram(api: BotApiStandIn) -> int:
    """How many updates the Bot API still holds (not yet confirmed by an offset)."""
    async with Bot(TEST_TOKEN, base_url=api.base_url) as client:
        return (await client.get_webhook_info()).pending_update_count


async def migrated(config: AppConfig) -> Database:
    database = Database.connect(config.database.url)
    await upgrade_database(database)
    return database


async def seed(database: Database, *payloads: dict[str, Any], attempts: int = 1) -> None:
    inbox = UpdateInbox(database)
    await inbox.store([fetched(p) for p in payloads])
    if attempts != 1:
        async with database.sessions.begin() as session:
            await session.execute(update(InboxUpdate).values(attempts=attempts))


async def test_every_update_is_stored_confirmed_and_marked_handled(
    standin: BotApiStandIn, standin_config: AppConfig, siti: StandInUser
) -> None:
    async with running_bot(standin_config):
        for text in ("/start", "/bantuan", HOSTILE_TEXT[:300]):
            await standin.send_text(siti, text)
            await standin.wait_for_bot_messages(USER, 1, timeout=10)
        database = Database.connect(standin_config.database.url)
        try:
            async with asyncio.timeout(5):
                # The database tells no one when a row changes: look again until the last mark is written.
                while any(row.handled_at is None for row in (await rows(database)).values()):  # noqa: ASYNC110
                    await asyncio.sleep(0.05)
            stored = await rows(database)
        finally:
            await database.dispose()
    assert sorted(stored) == [1, 2, 3]
    assert stored[3].payload["message"]["text"] == HOSTILE_TEXT[:300]
    assert all(row.attempts == 1 for row in stored.values())
    assert await pending_at_telegram(standin) == 0


async def test_leftovers_are_handled_first_in_order_then_new_updates(
    standin: BotApiStandIn, standin_config: AppConfig, siti: StandInUser
) -> None:
    database = await migrated(standin_config)
    try:
        # A killed run left two updates of Siti's chat (update ids started again in between, so they are
        # replayed in the order they were stored); she wrote once more while the bot was down.
        await seed(database, message_update(900_001, USER, "/bantuan"), message_update(2, USER, "/darurat"))
        await standin.send_text(siti, "/bahasa")
        async with running_bot(standin_config):
            replies = await standin.wait_for_bot_messages(USER, 3, timeout=15)
        stored = await rows(database)
    finally:
        await database.dispose()
    texts = [reply.plain_text for reply in replies]
    assert texts[0].startswith("Perintah")  # /bantuan (900001)
    assert texts[1].startswith("🆘")  # /darurat (2)
    assert texts[2].startswith("Pilih bahasa")  # the new /bahasa
    assert all(row.handled_at is not None for row in stored.values())
    assert stored[900_001].attempts == 2


async def test_an_update_that_already_had_three_attempts_is_given_up_with_its_id_only(
    standin: BotApiStandIn, standin_config: AppConfig, siti: StandInUser, caplog: pytest.LogCaptureFixture
) -> None:
    database = await migrated(standin_config)
    try:
        await seed(database, message_update(900_001, USER, "/bantuan rahasia"), attempts=3)
        with caplog.at_level(logging.INFO):
            async with running_bot(standin_config):
                await standin.send_text(siti, "/start")
                replies = await standin.wait_for_bot_messages(USER, 1, timeout=10)
        stored = await rows(database)
    finally:
        await database.dispose()
    assert replies[0].plain_text.startswith("Halo")  # only the new update was handled
    assert len(standin.bot_messages(USER)) == 1
    assert stored[900_001].handled_at is not None
    given_up = [r.getMessage() for r in caplog.records if "given up" in r.getMessage()]
    assert given_up == ["update 900001 given up after 3 attempts"]
    assert "rahasia" not in caplog.text


async def test_an_update_cut_short_by_shutdown_is_handled_after_the_restart(
    standin: BotApiStandIn,
    standin_config: AppConfig,
    siti: StandInUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bot.inbox, "SHUTDOWN_GRACE_SECONDS", 0.2)
    started = asyncio.Event()

    async with running_bot(standin_config) as app:

        async def stuck(update: object) -> None:
            started.set()
            await asyncio.Event().wait()  # e.g. a handler waiting on a dead network when the process dies

        patch_process_update(app, stuck)
        await standin.send_text(siti, "/bantuan")
        await asyncio.wait_for(started.wait(), 10)
        # Telegram has already been told to forget the update: only the inbox still has it.
        calls = standin.calls.count("getUpdates")
        await standin.wait_until(lambda: standin.calls.count("getUpdates") > calls, timeout=15)
        assert await pending_at_telegram(standin) == 0
    assert standin.bot_messages(USER) == []

    async with running_bot(standin_config):
        replies = await standin.wait_for_bot_messages(USER, 1, timeout=10)
    assert replies[0].plain_text.startswith("Perintah")


async def test_an_error_outside_the_handlers_is_retried_then_given_up(
    standin: BotApiStandIn, standin_config: AppConfig, siti: StandInUser, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []
    third = asyncio.Event()

    async def broken(update: Any) -> None:
        calls.append(update.update_id)
        if len(calls) == 3:
            third.set()
        raise RuntimeError("boom")

    with caplog.at_level(logging.INFO):
        async with running_bot(standin_config) as app:
            patch_process_update(app, broken)
            await standin.send_text(siti, "/bantuan")
            await asyncio.wait_for(third.wait(), 10)
            await asyncio.sleep(0.3)  # the give-up is written after the third failure
        database = Database.connect(standin_config.database.url)
        try:
            stored = await rows(database)
        finally:
            await database.dispose()
    assert calls == [1, 1, 1]
    assert stored[1].handled_at is not None
    assert "update 1 given up after 3 attempts" in caplog.text


async def test_polling_survives_server_errors_flood_limits_and_conflicts(
    standin: BotApiStandIn, standin_config: AppConfig, siti: StandInUser, quick_backoff: None
) -> None:
    async with running_bot(standin_config):
        await standin.send_text(siti, "/start")
        await standin.wait_for_bot_messages(USER, 1, timeout=10)
        standin.fail_next("getUpdates", 502, times=2)
        standin.fail_next("getUpdates", 429, retry_after=1)
        standin.fail_next("getUpdates", 409, description="Conflict: terminated by other getUpdates request")
        await standin.send_text(siti, "/bantuan")
        replies = await standin.wait_for_bot_messages(USER, 1, timeout=15)
    assert replies[0].plain_text.startswith("Perintah")


async def test_an_update_that_cannot_be_stored_is_not_confirmed_and_comes_again(
    standin: BotApiStandIn,
    standin_config: AppConfig,
    siti: StandInUser,
    quick_backoff: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failures = 0
    real_store = UpdateInbox.store

    async def flaky_store(self: UpdateInbox, updates: Any) -> set[str]:
        nonlocal failures
        if failures < 2:
            failures += 1
            raise OSError("disk full")
        return await real_store(self, updates)

    monkeypatch.setattr(UpdateInbox, "store", flaky_store)
    async with running_bot(standin_config):
        await standin.send_text(siti, "/bantuan")
        replies = await standin.wait_for_bot_messages(USER, 1, timeout=15)
        await asyncio.sleep(0.3)
    assert failures == 2
    assert replies[0].plain_text.startswith("Perintah")
    assert len(standin.bot_messages(USER)) == 1  # handled once, not once per delivery


def patch_process_update(app: BotApplication, replacement: Callable[[Any], Awaitable[None]]) -> None:
    """Replace the application's update handling (the poller looks it up on every update)."""
    app.process_update = replacement  # type: ignore[method-assign]
