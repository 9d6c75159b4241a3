"""The sweep job: every due timer (a missing card, a reminder, a closure flag) becomes a staff-chat post."""

from __future__ import annotations

import logging
from datetime import datetime

from telegram import Bot
from telegram.error import TelegramError

from bot.context import BotApplication
from bot.services import Services
from handlers.case_notify import post_card, refresh_card, staff_notice
from handlers.case_view import CLOSURE_TEXT
from storage.services.timers import ActionKind

logger = logging.getLogger(__name__)

HEADINGS = {
    ActionKind.URGENT_UNCLAIMED: "⏰ <b>Pengingat</b>: kasus urgen belum diambil petugas.",
    ActionKind.UNANSWERED: "⏰ <b>Pengingat</b>: pelapor belum mendapat balasan.",
}


async def post_unposted_cards(app: BotApplication) -> None:
    """At start-up, before any update is handled: the cards a stopped instance filed or took but never
    posted (not those a live instance is still posting)."""
    services: Services = app.bot_data["services"]
    unposted = await services.case_timers.take_unposted_cards()
    for case in unposted:
        await post_card(app.bot, services, case)
    if unposted:
        logger.info("posted %d case card(s) left unposted by a stopped instance", len(unposted))


async def run_sweep(bot: Bot, services: Services, now: datetime | None = None) -> int:
    """Act on every due timer; returns how many actions were taken (for tests and logs)."""
    actions = await services.case_timers.sweep(now)
    for action in actions:
        try:
            if action.kind is ActionKind.POST_CARD:
                await post_card(bot, services, action.case)
            elif action.kind in HEADINGS:
                await post_card(bot, services, action.case, heading=HEADINGS[action.kind])
            elif action.kind is ActionKind.CLOSURE_FLAGGED and action.closure_reason is not None:
                await refresh_card(bot, services, action.case)
                reason = CLOSURE_TEXT[action.closure_reason]
                await staff_notice(
                    bot, services, action.case, f"⚑ <b>{action.case.ticket}</b> diusulkan ditutup: {reason}."
                )
        except TelegramError as error:
            logger.warning("sweep action %s failed: %s", action.kind, type(error).__name__)
    if actions:
        logger.info("case timers: %d action(s)", len(actions))
    return len(actions)
