"""A killed instance leaves nothing behind: expired leases are deleted, and the instance that notices says so
in one log line naming the dead instance (no chat ids, no personal data)."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.config import AppConfig
from bot.run import running_webhook_bot
from storage.base import utcnow
from storage.db import Database
from storage.models.leases import WorkLease
from storage.services.leases import INSTANCE_PREFIX, LeaseBook
from tests.cluster_helpers import webhook_config


async def _lease_names(database: Database) -> set[str]:
    async with database.sessions() as session:
        return set((await session.scalars(select(WorkLease.name))).all())


async def _leave_behind_a_dead_instance(database: Database, holder: str = "ghost-1") -> None:
    dead = LeaseBook(database, holder)
    long_ago = utcnow() - timedelta(minutes=5)
    for name in (INSTANCE_PREFIX + holder, "chat:5", "timer-sweep"):
        assert await dead.take(name, 30, now=long_ago)


async def test_expired_leases_are_deleted_and_dead_instances_named(database: Database) -> None:
    await _leave_behind_a_dead_instance(database)
    live = LeaseBook(database, "live-2")
    assert await live.take(INSTANCE_PREFIX + "live-2", 30)
    assert await live.take("chat:6", 30)
    assert await live.reap_expired(INSTANCE_PREFIX) == ["ghost-1"]
    assert await _lease_names(database) == {INSTANCE_PREFIX + "live-2", "chat:6"}
    assert await live.reap_expired(INSTANCE_PREFIX) == []  # reported once


async def test_a_live_instance_reports_a_dead_one_once_and_cleans_up(
    standin_config: AppConfig, caplog: pytest.LogCaptureFixture
) -> None:
    config = webhook_config(standin_config, lease_seconds=0.6)  # a heartbeat every 0.2 s
    with caplog.at_level(logging.WARNING):
        async with running_webhook_bot(config, set_webhook=False) as instance:
            database = instance.worker_database
            await _leave_behind_a_dead_instance(database)
            async with asyncio.timeout(10):
                while "chat:5" in await _lease_names(database):  # noqa: ASYNC110
                    await asyncio.sleep(0.1)
            await asyncio.sleep(0.5)  # a few more heartbeats: still one line
    lines = [r.getMessage() for r in caplog.records if "stopped without draining" in r.getMessage()]
    assert lines == [
        "1 instance(s) stopped without draining (ghost-1): their chats and the timer sweep pass to the "
        "live instances"
    ]
