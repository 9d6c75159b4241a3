"""The timer sweep on several instances: only the one holding the sweep lease sweeps.

The holder takes the lease again at each of its sweeps, so it stays the sweeper while it lives; the lease
outlasts one interval by half, so another instance takes over only after the holder missed a sweep.
"""

from __future__ import annotations

from datetime import datetime

from telegram import Bot

from bot.context import BotContext
from bot.services import Services

SWEEP_LEASE = "timer-sweep"


async def sweep_if_our_turn(bot: Bot, services: Services, now: datetime | None = None) -> int | None:
    """Run the sweep if this instance holds the sweep lease; None when another instance does."""
    from handlers.staff import run_sweep

    interval = services.config.complaints.sweep_interval_seconds
    if not await services.leases.take(SWEEP_LEASE, interval * 1.5):
        return None
    return await run_sweep(bot, services, now)


async def sweep_job(context: BotContext) -> None:
    await sweep_if_our_turn(context.bot, context.services)
