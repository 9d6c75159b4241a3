"""Telegram's webhook: check the secret token, store the update durably, answer 200 at once.

Handling happens afterwards, by whichever instance takes the update's chat (`bot.worker`); Telegram only
needs to know the update is safe. A request without the right `X-Telegram-Bot-Api-Secret-Token` is refused
and stores nothing. While the instance drains, new updates are refused with 503 so Telegram delivers them
again (through the load balancer, to another instance).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot import metrics
from bot.deferred import is_database_unreachable
from bot.outage import OUTAGE, is_outage
from storage.services.claims import NO_CHAT, ChatQueues
from storage.services.inbox import FetchedUpdate

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1024 * 1024
# Pauses between tries to store an update while the database cannot be reached in time.
STORE_RETRY_PAUSES = (0.1, 0.5)
REFUSAL_LOG_SECONDS = 60.0  # at most one warning line a minute about refused secrets
LOCKED_OUT_AFTER = 20  # refused for the secret this many times in a row: say so in /readyz


class SecretRefusals:
    """Webhook calls refused for their secret token, told to the operator: a warning line at most once a
    minute (a count; never the secret or the body) and, after many in a row with none accepted, a degraded
    `/readyz`.

    Many in a row mostly means another instance registered the webhook with a different secret (every start
    registers it, the last one wins), and then every update Telegram sends is lost to all instances.
    """

    def __init__(
        self, *, log_every: float = REFUSAL_LOG_SECONDS, clock: Callable[[], float] = time.monotonic
    ):
        self._log_every = log_every
        self._clock = clock
        self._unlogged = 0
        self._last_logged: float | None = None
        self.since_accepted = 0

    def refused(self) -> None:
        self.since_accepted += 1
        self._unlogged += 1
        now = self._clock()
        if self._last_logged is not None and now - self._last_logged < self._log_every:
            return
        logger.warning(
            "%d webhook call(s) refused for a wrong secret token (%d since the last update accepted): "
            "every instance must have the same TELEGRAM_WEBHOOK_SECRET, and the last one started "
            "registers the webhook with its own",
            self._unlogged,
            self.since_accepted,
        )
        self._unlogged = 0
        self._last_logged = now

    def accepted(self) -> None:
        self.since_accepted = 0

    @property
    def locked_out(self) -> bool:
        return self.since_accepted >= LOCKED_OUT_AFTER


def webhook_routes(
    path: str,
    secret: str,
    queues: ChatQueues,
    *,
    on_stored: Callable[[int], None] = lambda _chat_id: None,
    accepting: Callable[[], bool] = lambda: True,
    refusals: SecretRefusals | None = None,
) -> list[Route]:
    """`on_stored(chat_id)` is called after a new update is committed (the local worker's wake-up)."""
    if not secret:
        raise ValueError("a webhook needs a secret token")
    expected = secret.encode("utf-8")
    refused = refusals or SecretRefusals()

    async def receive(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8")
        if not hmac.compare_digest(given, expected):
            metrics.WEBHOOK_REFUSED.labels(reason="secret").inc()
            refused.refused()
            return Response(status_code=401)
        refused.accepted()
        if not accepting():
            metrics.WEBHOOK_REFUSED.labels(reason="draining").inc()
            return Response(status_code=503)
        payload = _payload(await request.body())
        if payload is None:
            metrics.WEBHOOK_REFUSED.labels(reason="malformed").inc()
            return Response(status_code=400)
        fetched = FetchedUpdate.of(payload)
        try:
            fresh = await _stored(queues, fetched)  # the same update delivered twice is stored once
        except Exception as exc:
            # Not stored: Telegram must try again, so the update is not lost.
            if is_outage(exc):
                OUTAGE.failed(exc)
            else:
                logger.error("could not store a webhook update (%s)", type(exc).__name__)
            return Response(status_code=503)
        OUTAGE.answered()
        if fresh:
            metrics.UPDATES_RECEIVED.labels(via="webhook").inc()
            on_stored(fetched.chat_id if fetched.chat_id is not None else NO_CHAT)
        else:
            metrics.UPDATES_DUPLICATE.inc()
        return Response(status_code=200)

    return [Route(path, receive, methods=["POST"])]


async def _stored(queues: ChatQueues, fetched: FetchedUpdate) -> bool:
    """Store the update, again after a short pause while the database cannot be reached in time (SQLite's
    lock held by another process, say): Telegram's own retry of a refused update comes much later."""
    for pause in STORE_RETRY_PAUSES:
        try:
            return await queues.store(fetched)
        except Exception as exc:
            if not is_database_unreachable(exc):
                raise
            OUTAGE.failed(exc)
        await asyncio.sleep(pause)
    return await queues.store(fetched)


def _payload(body: bytes) -> dict[str, Any] | None:
    if len(body) > MAX_BODY_BYTES:
        return None
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
        return None
    return payload
