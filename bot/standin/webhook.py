"""The stand-in's webhook delivery: POST each update to the bot's URL with the secret-token header.

Like Telegram, it keeps trying an update until the bot answers 2xx, and a chat's next update waits for
the previous one, so each chat's updates arrive in order; different chats are delivered concurrently (up
to `max_connections`). Given several URLs (`BotApiStandIn.spread_webhook_over`) it plays the load balancer
in front of several instances: each update goes to the next URL in turn, and a failed attempt to the
others, so an instance that died is skipped. Like Telegram too, it gives up on an update still refused
after `give_up_after` seconds. It says the first refusal of each update and why, and when it gives up
(`on_trouble`), so a rehearsal shows the loss instead of silence.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import httpx

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RETRY_SECONDS = 0.2
GIVE_UP_SECONDS = 120.0
# What a refusal most likely means, for the operator rehearsing.
WHY = {
    401: "the bot refused the secret token: is an instance running with another TELEGRAM_WEBHOOK_SECRET?",
    403: "the bot refused the secret token: is an instance running with another TELEGRAM_WEBHOOK_SECRET?",
    503: "the instance is draining or not ready",
}


class WebhookDelivery:
    def __init__(
        self,
        urls: list[str],
        secret: str | None,
        max_connections: int = 40,
        *,
        give_up_after: float = GIVE_UP_SECONDS,
        on_trouble: Callable[[int, str], None] = lambda _chat, _line: None,
    ) -> None:
        self.urls = urls
        self._give_up_after = give_up_after
        self._on_trouble = on_trouble
        # Per chat: why its oldest update is not delivered yet, or why the last one was given up.
        self._trouble: dict[int, str] = {}
        self._secret = secret
        self._next_url = itertools.cycle(range(len(urls)))
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(10.0), limits=httpx.Limits(max_connections=max_connections)
        )
        self._slots = asyncio.Semaphore(max_connections)
        self._queues: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._delivered = 0
        self.attempts = 0
        self.refused = 0
        self.last_failure = ""

    def spread_over(self, urls: list[str]) -> None:
        self.urls = list(urls)
        self._next_url = itertools.cycle(range(len(urls)))

    @property
    def pending(self) -> int:
        return sum(len(queue) for queue in self._queues.values())

    def deliver(self, chat_id: int, update: dict[str, Any]) -> None:
        self._queues[chat_id].append(update)
        if chat_id not in self._workers:
            self._workers[chat_id] = asyncio.create_task(self._deliver_chat(chat_id))

    async def close(self) -> None:
        for task in self._workers.values():
            task.cancel()
        await asyncio.gather(*self._workers.values(), return_exceptions=True)
        self._workers.clear()
        await self._client.aclose()

    def take_pending(self) -> list[tuple[int, dict[str, Any]]]:
        """The updates not delivered yet, by chat, in order (a new webhook takes them over, as Telegram's
        setWebhook keeps pending updates)."""
        pending = [(chat_id, update) for chat_id, queue in self._queues.items() for update in queue]
        self._queues.clear()
        return pending

    def trouble(self, chat_id: int) -> str | None:
        """Why the chat's oldest update is not delivered, or why its last one was given up; None when
        the chat's updates went through."""
        return self._trouble.get(chat_id)

    async def _deliver_chat(self, chat_id: int) -> None:
        queue = self._queues[chat_id]
        try:
            while queue:
                update, started, refusals = queue[0], time.monotonic(), 0
                while not await self._post(update):
                    refusals += 1
                    if refusals == 1:
                        self._report(chat_id, f"refused update {update.get('update_id')}: {self._why()}")
                    if time.monotonic() - started >= self._give_up_after:
                        self._report(
                            chat_id,
                            f"gave up on update {update.get('update_id')} after {refusals} refusals in "
                            f"{self._give_up_after:g} s, as Telegram does: it is lost ({self._why()})",
                        )
                        break
                    await asyncio.sleep(RETRY_SECONDS)
                else:
                    self._trouble.pop(chat_id, None)
                if queue and queue[0] is update:
                    queue.pop(0)
        finally:
            self._workers.pop(chat_id, None)
            if not queue:
                self._queues.pop(chat_id, None)

    def _why(self) -> str:
        url, _, failure = self.last_failure.partition(": ")
        code = int(failure.removeprefix("HTTP ")) if failure.startswith("HTTP ") else None
        hint = WHY.get(code) if code is not None else "nothing answers there"
        return f"{url} answered {failure}" + (f" ({hint})" if hint else "")

    def _report(self, chat_id: int, line: str) -> None:
        self._trouble[chat_id] = line
        logger.warning("webhook delivery to chat %s: %s", chat_id, line)
        self._on_trouble(chat_id, line)

    async def _post(self, update: dict[str, Any]) -> bool:
        """One delivery: the next URL in turn, and on failure each other URL once (as a load balancer
        passes a request on to the next upstream)."""
        first = next(self._next_url)
        for offset in range(len(self.urls)):
            if await self._post_to(self.urls[(first + offset) % len(self.urls)], update):
                return True
        return False

    async def _post_to(self, url: str, update: dict[str, Any]) -> bool:
        headers = {SECRET_HEADER: self._secret} if self._secret else {}
        async with self._slots:
            self.attempts += 1
            try:
                response = await self._client.post(url, json=update, headers=headers)
            except httpx.HTTPError as error:
                self.last_failure = f"{url}: {type(error).__name__}"
            else:
                if 200 <= response.status_code < 300:
                    return True
                self.last_failure = f"{url}: HTTP {response.status_code}"
        self.refused += 1
        return False
