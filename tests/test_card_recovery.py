"""Cards not yet in the staff chat, with several instances on one database: a card stays with the live
instance posting it (pacing may hold it for minutes), and is taken over, by one instance only, once its
poster is gone. On SQLite and, with TEST_DATABASE_URL, on PostgreSQL."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import services_of
from bot.run import running_webhook_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from storage.base import utcnow
from storage.db import Database
from storage.services.intake import IntakeService
from storage.services.leases import INSTANCE_PREFIX, LeaseBook
from storage.services.rules import QueuePolicy
from storage.services.timers import ActionKind, TimerSweep
from tests.bot_fixtures import with_api
from tests.cluster_helpers import webhook_config
from tests.complaint_helpers import complaint_config
from tests.staff_helpers import cards
from tests.storage_fixtures import file_case

FILER = "vm:8081-1-aaaaaa"


async def _filed_by_live_instance(database: Database, policy: QueuePolicy, *, lease_seconds: float) -> int:
    """A case filed by FILER, registered as live for `lease_seconds`; returns the case id."""
    assert await LeaseBook(database, FILER).take(INSTANCE_PREFIX + FILER, lease_seconds)
    intake = IntakeService(database, policy, card_poster=FILER)
    case = await file_case(intake, 1)
    return int(case.id)


async def test_a_restarted_instance_leaves_the_cards_a_live_instance_is_posting(
    database: Database, policy: QueuePolicy
) -> None:
    await _filed_by_live_instance(database, policy, lease_seconds=60)
    restarted = TimerSweep(database, policy, holder="vm:8082-2-bbbbbb")
    assert await restarted.take_unposted_cards() == []
    # Nor does the sweep post it when it comes due while the filer still lives (pacing holds it).
    later = utcnow() + timedelta(minutes=5)
    assert await restarted.sweep(later) == []


async def test_a_card_whose_poster_is_gone_is_taken_over_by_one_instance_only(
    database: Database, policy: QueuePolicy
) -> None:
    case_id = await _filed_by_live_instance(database, policy, lease_seconds=-1)  # registration expired
    first = TimerSweep(database, policy, holder="vm:8082-2-bbbbbb")
    second = TimerSweep(database, policy, holder="vm:8083-3-cccccc")
    await LeaseBook(database, "vm:8082-2-bbbbbb").take(INSTANCE_PREFIX + "vm:8082-2-bbbbbb", 60)
    await LeaseBook(database, "vm:8083-3-cccccc").take(INSTANCE_PREFIX + "vm:8083-3-cccccc", 60)
    taken = await asyncio.gather(first.take_unposted_cards(), second.take_unposted_cards())
    assert sorted(len(cases) for cases in taken) == [0, 1]
    assert [case.id for cases in taken for case in cases] == [case_id]
    # Taken over, it is the taker's now: neither the other nor a later start takes it again.
    other = second if taken[0] else first
    assert await other.take_unposted_cards() == []
    assert await TimerSweep(database, policy, holder="vm:8081-4-dddddd").take_unposted_cards() == []
    assert await other.sweep(utcnow() + timedelta(minutes=5)) == []


async def test_a_card_let_go_of_is_retried_by_any_instances_sweep(
    database: Database, policy: QueuePolicy
) -> None:
    await _filed_by_live_instance(database, policy, lease_seconds=60)
    filer = TimerSweep(database, policy, holder=FILER)
    sweeper = TimerSweep(database, policy, holder="vm:8082-2-bbbbbb")
    later = utcnow() + timedelta(minutes=5)
    assert await sweeper.sweep(later) == []
    [case] = [action.case for action in await filer.sweep(later)]  # its own, not being posted in this process
    await filer.let_go_of_card(case.id)  # Telegram refused it
    actions = await sweeper.sweep(later + timedelta(minutes=5))
    assert [action.kind for action in actions] == [ActionKind.POST_CARD]


async def test_a_restarted_webhook_instance_posts_no_card_the_live_one_is_posting(
    standin: BotApiStandIn, database: Database, tmp_path: Path
) -> None:
    """The rolling restart: instance A filed a case and its card waits in A's pacing; B starts meanwhile."""
    if database.engine.dialect.name != "postgresql":
        pytest.skip("several webhook instances need PostgreSQL (TEST_DATABASE_URL)")
    config = with_api(complaint_config(tmp_path), standin)
    async with AsyncExitStack() as stack:
        first = webhook_config(config)
        live = await stack.enter_async_context(
            running_webhook_bot(first, set_webhook=False, services=Services(first, database))
        )
        case = await file_case(services_of(live.app).intake, 1)  # its card not posted yet (paced)
        second = webhook_config(config)
        restarted = await stack.enter_async_context(
            running_webhook_bot(second, set_webhook=False, services=Services(second, database))
        )
        assert cards(standin) == []
        # Once the live one stops without posting it (its lease let go of), the card is the other's to post.
        await live.drain()
        await LeaseBook(database, live.name).release(INSTANCE_PREFIX + live.name)
        taken = await services_of(restarted.app).case_timers.take_unposted_cards()
        assert [c.id for c in taken] == [case.id]
