"""Outgoing messages paced under Telegram's limits: about 30 a second for the bot, one a second in a
private chat (short bursts allowed), 20 a minute in a group.

The per-chat limits hold across instances because a chat's updates are handled by one instance at a time
(`bot.worker`); the bot-wide budget is split: each instance paces at its share, `1 / live instances`, which
the chat worker's heartbeat keeps current from the instances registered in the database. A 429 is retried
after the delay Telegram gives; other errors go to the caller (`handlers.delivery.with_retry` retries 5xx
and network errors where a send matters).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.config import PacingSettings

logger = logging.getLogger(__name__)

JsonResult = bool | dict[str, Any] | list[dict[str, Any]]
UNPACED = frozenset({"sendchataction", "answercallbackquery", "getchat", "getchatmember"})
MAX_CHATS_REMEMBERED = 50_000


class TokenBucket:
    """`reserve()` takes a token now or books the next one and says how long to wait for it."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = capacity
        self._updated = clock()

    def reserve(self) -> float:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
        self._updated = now
        self._tokens -= 1
        return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    @property
    def idle(self) -> bool:
        return self._tokens + (self._clock() - self._updated) * self.rate >= self.capacity


class Pacer(BaseRateLimiter[None]):
    def __init__(self, settings: PacingSettings) -> None:
        self._settings = settings
        self._share = 1.0
        self._global = TokenBucket(settings.global_per_second, 1.0)
        self._chats: dict[int, TokenBucket] = {}
        self.retried_429 = 0

    @property
    def share(self) -> float:
        return self._share

    def set_instances(self, count: int) -> None:
        """Pace at 1/count of the bot-wide budget (count: live instances, at least 1)."""
        share = 1.0 / max(count, 1)
        if share != self._share:
            self._share = share
            self._global = TokenBucket(self._settings.global_per_second * share, 1.0)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JsonResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> JsonResult:
        paced = endpoint.lower() not in UNPACED and "chat_id" in data
        for attempt in range(1, self._settings.max_retries + 2):
            if paced:
                await self._wait_turn(data["chat_id"])
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt > self._settings.max_retries:
                    raise
                delay = _seconds(error.retry_after)
                self.retried_429 += 1
                logger.warning("flood limit on %s: retrying in %.1f s", endpoint, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _wait_turn(self, chat_id: object) -> None:
        chat = self._chat_bucket(chat_id)
        delay = max(chat.reserve() if chat else 0.0, self._global.reserve())
        if delay > 0:
            await asyncio.sleep(delay)

    def _chat_bucket(self, chat_id: object) -> TokenBucket | None:
        try:
            key = int(str(chat_id))
        except ValueError:
            return None  # an @channel username: only the global budget applies
        bucket = self._chats.get(key)
        if bucket is None:
            if len(self._chats) > MAX_CHATS_REMEMBERED:
                self._chats = {k: b for k, b in self._chats.items() if not b.idle}
            settings = self._settings
            bucket = (
                TokenBucket(settings.private_per_second, settings.private_burst)
                if key > 0
                else TokenBucket(settings.group_per_minute / 60.0, settings.group_burst)
            )
            self._chats[key] = bucket
        return bucket


def _seconds(period: int | float | timedelta) -> float:
    return period.total_seconds() if isinstance(period, timedelta) else float(period)
