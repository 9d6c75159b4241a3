"""Several instances on one PostgreSQL database: a chat's updates are handled one at a time in stored
order whichever instance received them, and the timer sweep fires once. SQLite stays single-instance, so
these run only where TEST_DATABASE_URL is set."""

from __future__ import annotations

import asyncio
import itertools
import time
from contextlib import AsyncExitStack
from datetime import timedelta
from typing import Any

import httpx
import pytest
from telegram import Update

from bot.config import AppConfig
from bot.run import WebhookInstance, running_webhook_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from bot.webhook import SECRET_HEADER
from handlers.sweep_turn import sweep_if_our_turn
from storage.base import utcnow
from storage.db import Database
from storage.models.cases import LinkKind
from storage.services.claims import ChatQueues, Claimed
from tests.cluster_helpers import WEBHOOK_SECRET, text_update, webhook_config
from tests.storage_fixtures import file_case

CHAT = 5150
UPDATES = 12


@pytest.fixture
def postgres(database: Database) -> Database:
    if database.engine.dialect.name != "postgresql":
        pytest.skip("several instances need PostgreSQL (TEST_DATABASE_URL)")
    return database


async def _instances(
    stack: AsyncExitStack, config: AppConfig, database: Database, count: int
) -> list[WebhookInstance]:
    instances = []
    for _ in range(count):
        own = webhook_config(config)
        instance = await stack.enter_async_context(
            running_webhook_bot(own, set_webhook=False, services=Services(own, database))
        )
        instances.append(instance)
    return instances


def _record_handling(instance: WebhookInstance, log: list[tuple[str, int, float, float]]) -> None:
    """Wrap the instance's update handling to log (instance, update id, start, end); slow it a little so
    overlapping handling would show."""
    handle = instance.app.process_update

    async def recorded(update: object) -> None:
        assert isinstance(update, Update)
        started = time.monotonic()
        await asyncio.sleep(0.03)
        await handle(update)
        log.append((instance.name, update.update_id, started, time.monotonic()))

    instance.app.process_update = recorded  # type: ignore[method-assign]


async def test_two_instances_handle_one_chat_one_at_a_time_in_stored_order(
    standin_config: AppConfig, standin: BotApiStandIn, postgres: Database
) -> None:
    standin.private_user(CHAT)
    log: list[tuple[str, int, float, float]] = []
    async with AsyncExitStack() as stack:
        first, second = await _instances(stack, standin_config, postgres, 2)
        for instance in (first, second):
            _record_handling(instance, log)
        async with httpx.AsyncClient() as client:
            # The chat's updates arrive alternately at the two instances, stored in update-id order.
            for update_id in range(1, UPDATES + 1):
                target = first if update_id % 2 else second
                url = f"http://127.0.0.1:{target.app_port}/telegram/webhook"
                response = await client.post(
                    url,
                    json=text_update(update_id, CHAT, f"pertanyaan {update_id}"),
                    headers={SECRET_HEADER: WEBHOOK_SECRET},
                )
                assert response.status_code == 200
        queues = ChatQueues(postgres, max_attempts=3)
        deadline = time.monotonic() + 30
        while (len(log) < UPDATES or await queues.backlog()) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
    assert [update_id for _, update_id, _, _ in log] == list(range(1, UPDATES + 1))
    for (_, _, _, ended), (_, _, started, _) in itertools.pairwise(log):
        assert started >= ended, "two updates of one chat were handled at the same time"
    assert len(standin.bot_messages(CHAT)) >= UPDATES  # every one answered


async def test_the_timer_sweep_fires_once_with_two_instances(
    standin_config: AppConfig, standin: BotApiStandIn, postgres: Database
) -> None:
    from bot.app import build_application

    services = [Services(standin_config, postgres) for _ in range(2)]
    case = await file_case(services[0].intake, 1, category="violence")
    await services[0].cases.link_message(case.id, -100, 5, LinkKind.CARD)
    later = utcnow() + timedelta(hours=25)  # the unanswered-case reminder is due
    app = build_application(standin_config, services=services[0])
    await app.initialize()
    try:
        swept: list[Any] = await asyncio.gather(*(sweep_if_our_turn(app.bot, own, later) for own in services))
    finally:
        await app.shutdown()
    assert sorted(swept, key=lambda n: -1 if n is None else n) == [None, 1]
    # The other instance takes over only once the sweeper's lease ran out.
    assert await sweep_if_our_turn(app.bot, services[1], later) is None


async def test_waiting_chats_are_found_oldest_first(database: Database) -> None:
    from storage.services.inbox import FetchedUpdate, UpdateInbox

    inbox = UpdateInbox(database)
    await inbox.store(
        [FetchedUpdate.of(text_update(i, chat, f"m{i}")) for i, chat in ((1, 30), (2, 10), (3, 30))],
        handed_out=False,
    )
    queues = ChatQueues(database, max_attempts=3)
    assert await queues.chats_waiting(10) == [30, 10]
    claimed = await queues.next_for_chat(30)
    assert claimed is not None
    assert claimed.pending is not None
    assert claimed.pending.update_id == 1


async def test_a_chat_another_instance_holds_is_not_offered(database: Database) -> None:
    from storage.services.inbox import FetchedUpdate, UpdateInbox
    from storage.services.leases import LeaseBook

    await UpdateInbox(database).store(
        [FetchedUpdate.of(text_update(i, chat, f"m{i}")) for i, chat in ((1, 30), (2, 10))], handed_out=False
    )
    other = LeaseBook(database, "other-instance")
    assert await other.take("chat:30", 30)
    assert not await LeaseBook(database, "this-instance").take("chat:30", 30)
    assert await ChatQueues(database, max_attempts=3).chats_waiting(10) == [10]


async def test_a_webhook_update_is_stored_once_and_a_spent_one_given_up(database: Database) -> None:
    from storage.services.inbox import FetchedUpdate

    queues = ChatQueues(database, max_attempts=3)
    first, second = (FetchedUpdate.of(text_update(i, 30, f"m{i}")) for i in (1, 2))
    assert await queues.store(first)
    assert not await queues.store(first)  # delivered again: stored once
    assert await queues.store(second)
    attempts = []
    for _ in range(3):  # handling began three times and never finished
        claimed = await queues.next_for_chat(30)
        assert claimed is not None
        assert claimed.pending is not None
        assert claimed.pending.update_id == 1
        attempts.append(claimed.pending.attempt)
    assert attempts == [1, 2, 3]
    assert await queues.next_for_chat(30) == Claimed(None, given_up=1)
    claimed = await queues.next_for_chat(30)
    assert claimed is not None
    assert claimed.pending is not None
    assert (claimed.pending.update_id, claimed.pending.attempt) == (2, 1)
    await queues.finish(claimed.pending.key)
    assert await queues.next_for_chat(30) is None
    assert await queues.backlog() == 0
