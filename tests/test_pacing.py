"""Outgoing messages paced under Telegram's limits: the stand-in answers 429 past a limit and counts the
busiest second; paced, two instances sharing the budget stay under it; a 429 is retried after its delay."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.app import build_application
from bot.config import AppConfig, PacingSettings
from bot.context import BotApplication
from bot.pacing import Pacer
from bot.standin import BotApiStandIn

LIMIT = 10  # the stand-in's bot-wide sends per second (Telegram's is about 30; smaller keeps tests short)


def _paced(config: AppConfig, **settings: float) -> AppConfig:
    pacing = PacingSettings(enabled=True, global_per_second=LIMIT - 1, **settings)  # type: ignore[arg-type]
    telegram = config.telegram.model_copy(update={"pacing": pacing})
    return config.model_copy(update={"telegram": telegram})


@asynccontextmanager
async def _bot(config: AppConfig) -> AsyncIterator[BotApplication]:
    app = build_application(config)
    await app.initialize()
    try:
        yield app
    finally:
        await app.shutdown()


async def _burst(app: BotApplication, standin: BotApiStandIn, users: range) -> None:
    for user_id in users:
        standin.private_user(user_id)
    await asyncio.gather(*(app.bot.send_message(user_id, "Halo") for user_id in users))


async def test_unpaced_a_burst_meets_the_flood_limit(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    standin.enforce_flood_limits(LIMIT)
    async with _bot(standin_config) as app:  # pacing is off in the test config
        results = await asyncio.gather(
            *(app.bot.send_message(user_id, "Halo") for user_id in range(1, 31)), return_exceptions=True
        )
    assert standin.flood_refusals > 0
    assert any(isinstance(result, Exception) for result in results)


async def test_two_paced_instances_together_stay_under_the_bot_wide_limit(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    standin.enforce_flood_limits(LIMIT)
    config = _paced(standin_config)
    started = time.monotonic()
    async with _bot(config) as first, _bot(config) as second:
        for app in (first, second):
            pacer = app.bot.rate_limiter
            assert isinstance(pacer, Pacer)
            pacer.set_instances(2)  # what the chat worker's heartbeat does with two live instances
        await asyncio.gather(_burst(first, standin, range(1, 21)), _burst(second, standin, range(21, 41)))
    assert standin.flood_refusals == 0
    assert standin.busiest_second <= LIMIT
    assert all(standin.bot_messages(user_id) for user_id in range(1, 41))
    assert time.monotonic() - started >= 40 / LIMIT - 1.5


async def test_a_private_chat_gets_a_short_burst_then_one_a_second(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    # A bucket of 3 refilled at 1/s allows at most 3 + 1 sends in any one second.
    standin.enforce_flood_limits(LIMIT, per_chat_per_second=4)
    standin.private_user(7)
    started = time.monotonic()
    async with _bot(_paced(standin_config, private_per_second=1.0, private_burst=3)) as app:
        await asyncio.gather(*(app.bot.send_message(7, "Halo") for _ in range(5)))
    assert standin.flood_refusals == 0
    assert len(standin.bot_messages(7)) == 5
    assert time.monotonic() - started >= 1.5  # two past the burst, a second apart


async def test_a_429_is_retried_after_the_delay_telegram_gives(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    standin.private_user(7)
    standin.fail_next("sendMessage", 429, retry_after=1)
    async with _bot(_paced(standin_config)) as app:
        started = time.monotonic()
        await app.bot.send_message(7, "Halo")
        waited = time.monotonic() - started
        pacer = app.bot.rate_limiter
        assert isinstance(pacer, Pacer)
        assert pacer.retried_429 == 1
    assert waited >= 0.9
    assert len(standin.bot_messages(7)) == 1
