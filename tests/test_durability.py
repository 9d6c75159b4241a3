"""Durability bars: 500 users file complaints at once through the real bot on the stand-in, and nothing is
lost (500 cases, 500 distinct tickets, 500 staff cards)."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.config import AppConfig
from bot.run import running_bot
from bot.standin import BotApiStandIn, BotEvent, SentMessage, StandInUser
from bot.updates import PerChatUpdateProcessor
from storage.db import Database
from storage.repositories.cases import CaseFilter, CaseRepository
from tests.bot_fixtures import with_api
from tests.complaint_helpers import STAFF_CHAT, complaint_config, prepare_chats
from tests.storage_fixtures import POSTGRES_URL

logger = logging.getLogger(__name__)

USERS = int(os.environ.get("DURABILITY_USERS", "500"))
POSTGRES_USERS = 200  # the same scenario on PostgreSQL when TEST_DATABASE_URL is set
# How many updates the application handles at once; by default what `migrasi-aman run` uses (one lock per
# chat, chats concurrently). DURABILITY_CONCURRENCY=1 measures one-at-a-time handling.
TICKET = re.compile(r"ADU-\d{6}")
STEP_TIMEOUT = 30.0


def update_processor() -> PerChatUpdateProcessor | int:
    chosen = int(os.environ.get("DURABILITY_CONCURRENCY", "0"))
    return chosen if chosen > 0 else PerChatUpdateProcessor()


class Inboxes:
    """Routes every message the bot sends to a per-chat queue: one waiter per user, not 500 on one lock."""

    def __init__(self, api: BotApiStandIn, step_timeout: float = STEP_TIMEOUT) -> None:
        self._step_timeout = step_timeout
        self._events = api.subscribe()
        self.queues: defaultdict[int, asyncio.Queue[SentMessage]] = defaultdict(asyncio.Queue)
        self._task = asyncio.create_task(self._route())

    async def _route(self) -> None:
        while True:
            event: BotEvent = await self._events.get()
            if event.kind == "sent" and event.message is not None and event.chat_id is not None:
                self.queues[event.chat_id].put_nowait(event.message)

    async def next(self, chat_id: int) -> SentMessage:
        async with asyncio.timeout(self._step_timeout):
            return await self.queues[chat_id].get()

    async def next_containing(self, chat_id: int, wanted: str) -> SentMessage:
        """The next message whose text or button data contains `wanted` (skipping others)."""
        while True:
            message = await self.next(chat_id)
            if wanted in message.plain_text or any(wanted in data for data in message.callback_data):
                return message

    async def close(self) -> None:
        self._task.cancel()


async def report(api: BotApiStandIn, inbox: Inboxes, user: StandInUser) -> str:
    """One simulated user walks the whole intake; returns the ticket the bot confirmed."""
    summary = await walk_to_summary(api, inbox, user)
    await api.press_button(user, summary, "report:v1:confirm")
    received = await inbox.next_containing(user.id, "Laporan diterima")
    match = TICKET.search(received.plain_text)
    assert match is not None, received.plain_text
    return match.group()


async def walk_to_summary(api: BotApiStandIn, inbox: Inboxes, user: StandInUser) -> SentMessage:
    """One simulated user answers every intake question; returns the summary with its confirm button."""
    chat = user.id
    story = f"Pengguna {user.id}: gaji ditahan <b>majikan</b> & paspor disimpan 😢"
    await api.send_text(user, "/lapor")
    await api.press_button(user, await inbox.next_containing(chat, "consent:yes"), "report:v1:consent:yes")
    await api.press_button(user, await inbox.next_containing(chat, "rep:family"), "report:v1:rep:family")
    await api.press_button(
        user, await inbox.next_containing(chat, "cat:documents"), "report:v1:cat:documents_kept"
    )
    await inbox.next_containing(chat, "report:v1:country:")
    await api.send_text(user, "Taiwan")
    await inbox.next_containing(chat, "provinsi")
    await api.send_text(user, "Jawa Barat")
    await inbox.next_containing(chat, "agensi")
    await api.send_text(user, f"PT Agensi {user.id}")
    await inbox.next_containing(chat, "Ceritakan")
    await api.send_text(user, story)
    saved = await inbox.next_containing(chat, "report:v1:done:story")
    await api.press_button(user, saved, "report:v1:done:story")
    await inbox.next_containing(chat, "report:v1:att:done")
    await api.send_text(user, "/lewati")  # no photos
    await inbox.next_containing(chat, "Nomor HP")
    await api.send_text(user, "/lewati")  # no phone number
    return await inbox.next_containing(chat, "report:v1:confirm")


async def file_concurrently(config: AppConfig, api: BotApiStandIn, count: int) -> None:
    """`count` users report at once through the real bot; check every case, ticket and card is there."""
    users = [api.private_user(100_000 + index, f"Pengguna {index}") for index in range(count)]
    inbox = Inboxes(api)
    started = time.perf_counter()
    async with running_bot(config, concurrent_updates=update_processor()):
        tickets = await asyncio.gather(*(report(api, inbox, user) for user in users))
        await api.wait_until(lambda: len(api.bot_messages(STAFF_CHAT)) >= count, timeout=120)
    elapsed = time.perf_counter() - started
    await inbox.close()
    cards = [m for m in api.bot_messages(STAFF_CHAT) if "Cerita:" in m.plain_text]
    card_tickets = {found.group() for m in cards if (found := TICKET.search(m.plain_text))}
    database = Database.connect(config.database.url)
    try:
        async with database.sessions() as session:
            cases = await CaseRepository(session).filtered(CaseFilter(statuses=None, limit=None))
    finally:
        await database.dispose()
    stored = {case.ticket for case in cases}
    backend = config.database.url.split(":")[0]
    print(
        f"\n{count}-user durability ({backend}): {len(cases)} cases, {len(set(tickets))} distinct tickets, "
        f"{len(cards)} staff cards, {count - len(stored & set(tickets))} lost, {elapsed:.1f}s"
    )
    assert len(cases) == count
    assert len(set(tickets)) == count
    assert stored == set(tickets)
    assert len(cards) == count
    assert card_tickets == stored
    assert {case.complainant_user_id for case in cases} == {user.id for user in users}
    assert all(case.story and case.story.endswith("😢") for case in cases)


# About a minute on two cores; more when other work shares the machine. The suite-wide 120 s would turn
# a busy machine into a failure of a bar that is about losing nothing, not about speed.
@pytest.mark.timeout(400)
async def test_500_concurrent_complaints_none_lost(tmp_path: Path) -> None:
    async with BotApiStandIn(token="123456:TEST-token") as api:
        prepare_chats(api)
        await file_concurrently(with_api(complaint_config(tmp_path), api), api, USERS)


@pytest.fixture
async def postgres_database_url() -> AsyncIterator[str]:
    """A fresh PostgreSQL database (the bot opens its own engine, so a schema per test is not enough)."""
    if not POSTGRES_URL.startswith("postgresql"):
        pytest.skip("needs PostgreSQL: TEST_DATABASE_URL (.ci/run sets it where a server answers)")
    name = f"durability_{uuid.uuid4().hex[:10]}"
    admin = create_async_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


@pytest.mark.timeout(400)
async def test_concurrent_complaints_on_postgresql(tmp_path: Path, postgres_database_url: str) -> None:
    async with BotApiStandIn(token="123456:TEST-token") as api:
        prepare_chats(api)
        config = with_api(complaint_config(tmp_path), api)
        config = config.model_copy(
            update={"database": config.database.model_copy(update={"url": postgres_database_url})}
        )
        await file_concurrently(config, api, POSTGRES_USERS)
