"""Sending to Telegram with retries: flood limits (429 RetryAfter) and server errors (5xx, timeouts).

`Forbidden` (the user blocked the bot, or the bot left the chat) is not retried: the caller decides what it
means (for a complainant: the case becomes "unreachable" and staff see it).
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

logger = logging.getLogger(__name__)

T = TypeVar("T")

MAX_ATTEMPTS = 5
MAX_RETRY_AFTER_SECONDS = 60.0
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0)


def retry_after_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():
        # python-telegram-bot 22 warns while moving `retry_after` from int to timedelta; accept both.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


async def with_retry(call: Callable[[], Awaitable[T]], *, what: str = "send") -> T:
    """Run `call` until it succeeds, retrying flood limits and transient server errors.

    BadRequest and Forbidden are raised at once (retrying cannot help); the last transient error is raised
    after MAX_ATTEMPTS.
    """
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return await call()
        except RetryAfter as error:
            if attempt == MAX_ATTEMPTS:
                raise
            wait = retry_after_seconds(error)
            logger.warning("%s: flood limit, retrying in %.1fs (attempt %d)", what, wait, attempt)
            await asyncio.sleep(wait)
        except BadRequest:
            raise
        except NetworkError as error:  # 5xx, 502, timeouts (TimedOut is a NetworkError)
            if attempt == MAX_ATTEMPTS:
                raise
            wait = BACKOFF_SECONDS[min(attempt - 1, len(BACKOFF_SECONDS) - 1)]
            logger.warning(
                "%s: %s, retrying in %.1fs (attempt %d)", what, type(error).__name__, wait, attempt
            )
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")  # pragma: no cover
