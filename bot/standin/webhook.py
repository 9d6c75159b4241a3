"""The stand-in's webhook delivery: POST each update to the bot's URL with the secret-token header.

Like Telegram, it keeps trying an update until the bot answers 2xx, and a chat's next update waits for
the previous one, so each chat's updates arrive in order; different chats are delivered concurrently (up
to `max_connections`). Given several URLs (`BotApiStandIn.spread_webhook_over`) it plays the load balancer
in front of several instances: each update goes to the next URL in turn, and a failed attempt to the
others, so an instance that died is skipped.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections import defaultdict
from typing import Any

import httpx

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RETRY_SECONDS = 0.2


class WebhookDelivery:
    def __init__(self, urls: list[str], secret: str | None, max_connections: int = 40) -> None:
        self.urls = urls
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

    async def _deliver_chat(self, chat_id: int) -> None:
        queue = self._queues[chat_id]
        try:
            while queue:
                if await self._post(queue[0]):
                    queue.pop(0)
                else:
                    await asyncio.sleep(RETRY_SECONDS)
        finally:
            self._workers.pop(chat_id, None)
            if not queue:
                self._queues.pop(chat_id, None)

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
