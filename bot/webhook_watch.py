"""Whether Telegram still posts updates to a webhook at all: a `run` without `--webhook` elsewhere (or
`deleteWebhook` by hand) takes the bot off it, and then every instance idles, ready and with an empty inbox,
while nobody's messages arrive. Checked now and then with getWebhookInfo; a missing webhook is logged and
shown on `/readyz`.

Only a missing webhook counts: instances may register different public URLs (one per port behind a
stand-in), so another URL is not a fault.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import TelegramError

logger = logging.getLogger(__name__)

CHECK_SECONDS = 60.0


class WebhookWatch:
    def __init__(self, bot: Bot, *, every: float = CHECK_SECONDS) -> None:
        self._bot = bot
        self._every = every
        self.problem: str | None = None
        self._task: asyncio.Task[None] | None = None

    async def check_once(self) -> None:
        try:
            info = await self._bot.get_webhook_info()
        except TelegramError as exc:  # Telegram unreachable for now: not this check's finding
            logger.debug("could not read the webhook's state (%s)", type(exc).__name__)
            return
        problem = None if info.url else "the bot's webhook is not set: Telegram sends this bot no updates"
        if problem and problem != self.problem:
            logger.warning(
                "%s (a `migrasi-aman run` without --webhook, or deleteWebhook, took it off); restarting an "
                "instance sets it again",
                problem,
            )
        elif self.problem and not problem:
            logger.info("the bot's webhook is set again")
        self.problem = problem

    def start(self) -> None:
        self._task = asyncio.create_task(self._watch(), name="webhook-watch")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self._every)
            await self.check_once()
