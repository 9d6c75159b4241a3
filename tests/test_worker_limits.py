"""The webhook worker under load: it takes no more chats at once than its connection pool can serve, and a
handler that could not reach the database in time leaves its update for later instead of telling the user
that something went wrong."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.exc import TimeoutError as PoolTimeout
from telegram import Update

from bot.config import AppConfig
from bot.run import WebhookInstance, running_webhook_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from bot.webhook import SECRET_HEADER
from bot.worker import RESERVED_CONNECTIONS, chats_in_hand_bound
from handlers.texts import t
from storage.db import Database
from storage.models.inbox import InboxUpdate
from storage.services.claims import ChatQueues
from tests.cluster_helpers import WEBHOOK_SECRET, text_update, webhook_config

CHATS = 24
FIRST_CHAT = 7000


@pytest.mark.parametrize(
    ("configured", "pool_capacity", "bound"),
    [
        (256, 15, 15 - RESERVED_CONNECTIONS),  # the pool is the limit
        (8, 100, 8),  # the configured number is
        (256, None, 256),  # no bounded pool
        (256, 2, 1),  # a tiny pool still serves one chat
    ],
)
def test_chats_in_hand_are_bounded_by_the_pool(
    configured: int, pool_capacity: int | None, bound: int
) -> None:
    assert chats_in_hand_bound(configured, pool_capacity) == bound


async def _post_all(instance: WebhookInstance, updates: list[dict[str, object]]) -> None:
    url = f"http://127.0.0.1:{instance.app_port}/telegram/webhook"
    async with httpx.AsyncClient() as client:
        for update in updates:
            response = await client.post(url, json=update, headers={SECRET_HEADER: WEBHOOK_SECRET})
            assert response.status_code == 200


async def _until_handled(database: Database, seen: list[int], count: int) -> None:
    queues = ChatQueues(database, max_attempts=3)
    deadline = time.monotonic() + 60
    while (len(seen) < count or await queues.backlog()) and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.1)


async def test_an_instance_takes_no_more_chats_at_once_than_its_pool_serves(
    standin_config: AppConfig, standin: BotApiStandIn, database: Database
) -> None:
    capacity = database.pool_capacity
    assert capacity is not None
    config = webhook_config(standin_config)
    for chat in range(FIRST_CHAT, FIRST_CHAT + CHATS):
        standin.private_user(chat)
    handled: list[int] = []
    async with running_webhook_bot(
        config, set_webhook=False, services=Services(config, database)
    ) as instance:
        handle = instance.app.process_update

        async def slow(update: object) -> None:
            assert isinstance(update, Update)
            await asyncio.sleep(0.5)  # long enough that every chat waiting is taken while others are in hand
            await handle(update)
            handled.append(update.update_id)

        instance.app.process_update = slow  # type: ignore[method-assign]
        await _post_all(instance, [text_update(i + 1, FIRST_CHAT + i, "paspor") for i in range(CHATS)])
        await _until_handled(database, handled, CHATS)
        worker = instance.worker
        assert worker.max_chats == capacity - RESERVED_CONNECTIONS < CHATS
        assert worker.most_chats_in_hand == worker.max_chats  # reached, never passed
        assert sorted(handled) == list(range(1, CHATS + 1))


async def test_a_database_wait_that_times_out_is_retried_and_the_user_sees_no_error(
    standin_config: AppConfig, standin: BotApiStandIn, database: Database
) -> None:
    standin.private_user(FIRST_CHAT)
    config = webhook_config(standin_config)
    calls: list[int] = []
    async with running_webhook_bot(
        config, set_webhook=False, services=Services(config, database)
    ) as instance:
        handle = instance.app.process_update

        async def pool_exhausted_once(update: object) -> None:
            assert isinstance(update, Update)
            calls.append(update.update_id)
            if len(calls) == 1:
                # As when a handler waited past the pool's timeout for a connection.
                await instance.app.process_error(update, PoolTimeout("QueuePool limit reached"))
                return
            await handle(update)

        instance.app.process_update = pool_exhausted_once  # type: ignore[method-assign]
        await _post_all(instance, [text_update(1, FIRST_CHAT, "/start")])
        await _until_handled(database, calls, 2)
        replies = await standin.wait_for_bot_messages(FIRST_CHAT, timeout=10)
    assert calls == [1, 1]  # handled again on a later turn of the chat
    assert replies
    error_text = t("error", "id")
    assert all(error_text not in (reply.text or "") for reply in standin.bot_messages(FIRST_CHAT))
    async with database.sessions() as session:
        row = (await session.scalars(select(InboxUpdate))).one()
    assert row.handled_at is not None
    assert row.attempts == 1  # waiting for the database did not use up an attempt


async def test_a_crowded_instance_takes_turns_between_chats_oldest_update_first(
    standin_config: AppConfig, standin: BotApiStandIn, database: Database
) -> None:
    """With room for one chat and two chats writing, the chat in hand lets go after each update: the
    updates are handled in the order they arrived, not one chat's all before the other's first."""
    chats = (FIRST_CHAT, FIRST_CHAT + 1)
    for chat in chats:
        standin.private_user(chat)
    base = webhook_config(standin_config)
    config = base.model_copy(update={"cluster": base.cluster.model_copy(update={"max_concurrent_chats": 1})})
    handled: list[int] = []
    async with running_webhook_bot(
        config, set_webhook=False, services=Services(config, database)
    ) as instance:
        handle = instance.app.process_update

        async def slow(update: object) -> None:
            assert isinstance(update, Update)
            await asyncio.sleep(0.3)  # the other chat's updates arrive while the first is in hand
            await handle(update)
            handled.append(update.update_id)

        instance.app.process_update = slow  # type: ignore[method-assign]
        arrivals = [text_update(i + 1, chats[i % 2], "paspor") for i in range(6)]
        await _post_all(instance, arrivals)
        await _until_handled(database, handled, len(arrivals))
        assert instance.worker.most_chats_in_hand == 1
    assert handled == [1, 2, 3, 4, 5, 6]
