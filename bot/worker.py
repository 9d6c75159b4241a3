"""Handle what the shared inbox holds, chat by chat, on any number of instances on one database.

Updates are stored by whichever instance Telegram's webhook call reached (`bot.webhook`). This worker looks
for chats with unhandled updates, takes a chat's lease (`storage.services.leases`) and hands the chat's
updates to the application one at a time, oldest stored first, until none is left; then it lets the lease
go. Different chats run concurrently. A heartbeat renews the leases held, so a lease only expires when its
instance died, and the chat's remaining updates are then taken over by another instance. An update whose
handling began on the dead instance is handled again; the handlers that matter are idempotent on the
update's content key, as for the single-instance replay.

`wake(chat_id)` (after the webhook stored an update) makes the worker try that chat at once; a periodic scan
finds everything else, including a chat whose update arrived just as another instance let its lease go.
`drain()` stops taking chats and lets those in hand finish the update being handled.

When more chats wait than an instance has places for, it is crowded: a chat in hand then lets its lease go
after each update, and a place that comes free is filled at once from a fresh scan, which offers the chats
whose oldest update has waited longest. Otherwise the first chats taken would keep their places for as long
as their users keep writing, while a complainant who wrote later waits for minutes without a first reply.

A chat in hand holds a database connection most of the time, so an instance takes no more chats at once
than its pool has connections to spare (`chats_in_hand_bound`): more would only queue for connections until
the pool's wait times out inside a handler. Such a wait, or any other moment the database cannot be
reached, is not the user's error: the handler's failure is deferred (`DeferredUpdates`), nobody is told
anything, and the update stays in the inbox for a later turn of its chat, its attempt not counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from telegram import Update

from bot import metrics
from bot.context import BotApplication
from bot.deferred import DeferredUpdates
from bot.outage import OUTAGE, is_outage
from storage.services.claims import ChatQueues, chat_of_lease, lease_name
from storage.services.inbox import UpdateInbox
from storage.services.leases import INSTANCE_PREFIX, LeaseBook

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1.0
# Connections an instance keeps for itself besides the chats in hand: storing webhook updates, the scan for
# waiting chats, the lease heartbeat, the timer sweep. So a renewal waits for a connection briefly at most.
RESERVED_CONNECTIONS = 4
RENEWALS_PER_LEASE = 4  # a renewal late by up to three quarters of a lease still keeps it


def chats_in_hand_bound(configured: int, pool_capacity: int | None) -> int:
    """How many chats an instance may hold at once: as configured, and no more than its pool can serve."""
    if pool_capacity is None:
        return configured
    return max(1, min(configured, pool_capacity - RESERVED_CONNECTIONS))


class ChatWorker:
    def __init__(
        self,
        app: BotApplication,
        inbox: UpdateInbox,
        queues: ChatQueues,
        leases: LeaseBook,
        *,
        lease_seconds: float,
        scan_interval: float,
        max_chats: int,
        deferred: DeferredUpdates | None = None,
        on_instances: Callable[[int], None] = lambda _count: None,
    ) -> None:
        """`deferred`: where the error handler leaves updates to retry later; `on_instances(count)`: told at
        each heartbeat how many instances are alive (pacing shares)."""
        self._app = app
        self._inbox = inbox
        self._queues = queues
        self._leases = leases
        self._lease_seconds = lease_seconds
        self._scan_interval = scan_interval
        self._max_chats = max_chats
        self._deferred = deferred or DeferredUpdates()
        self._on_instances = on_instances
        self._lost: set[int] = set()  # chats whose lease another instance took: stop after this update
        self._letting_go: set[int] = set()  # chats whose lease is being released (not lost when renewed)
        self._crowded = False  # the last scan left chats waiting for a place here
        self.most_chats_in_hand = 0
        self._hints: list[int] = []
        self._wake = asyncio.Event()
        self._draining = False
        self._chats: dict[int, asyncio.Task[None]] = {}
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def chats_in_hand(self) -> int:
        return len(self._chats)

    @property
    def max_chats(self) -> int:
        return self._max_chats

    def start(self) -> None:
        self._tasks = [
            asyncio.create_task(self._scan(), name="chat-worker-scan"),
            asyncio.create_task(self._heartbeat(), name="chat-worker-heartbeat"),
        ]

    def wake(self, chat_id: int) -> None:
        if not self._draining:
            self._hints.append(chat_id)
            self._wake.set()

    async def drain(self, grace: float) -> int:
        """Take no new chat; let each chat in hand finish its current update (for `grace` seconds). Returns
        how many chats were in hand."""
        self._draining = True
        self._wake.set()
        in_hand = list(self._chats.values())
        if in_hand:
            logger.info("draining: finishing the updates of %s chats", len(in_hand))
            _, late = await asyncio.wait(in_hand, timeout=grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await self._leases.release(INSTANCE_PREFIX + self._leases.holder)
        return len(in_hand)

    # ----- finding chats -----------------------------------------------------------------------------------

    async def _scan(self) -> None:
        next_full_scan = 0.0
        while not self._draining:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._scan_interval):
                    await self._wake.wait()
            self._wake.clear()
            if self._draining:
                return
            hints, self._hints = self._hints, []
            try:
                # Crowded, a new update waits its turn behind older ones: only the scan offers chats.
                if not self._crowded and await self._try_chats(hints):
                    self._crowded = True
                due = time.monotonic() >= next_full_scan or not hints or self._crowded
                if due and len(self._chats) < self._max_chats:
                    next_full_scan = time.monotonic() + self._scan_interval
                    limit = self._max_chats * 2
                    waiting = await self._queues.chats_waiting(limit)
                    # A full page may hide more behind it, even when each chat on it found a place.
                    self._crowded = await self._try_chats(waiting) > 0 or len(waiting) >= limit
            except Exception as exc:
                if is_outage(exc):
                    OUTAGE.failed(exc)
                else:
                    logger.warning("could not look for waiting chats (%s)", type(exc).__name__)
                await asyncio.sleep(RETRY_SECONDS)

    async def _try_chats(self, chat_ids: list[int]) -> int:
        """Take the leases of the chats given, in order, while there is room; return how many of them were
        left waiting for a place here."""
        candidates = [chat_id for chat_id in dict.fromkeys(chat_ids) if chat_id not in self._chats]
        for index, chat_id in enumerate(candidates):
            if self._draining or len(self._chats) >= self._max_chats:
                return len(candidates) - index
            if await self._leases.take(lease_name(chat_id), self._lease_seconds):
                task = asyncio.create_task(self._work_on(chat_id), name=f"chat-{chat_id}")
                self._chats[chat_id] = task
                self._lost.discard(chat_id)
                self.most_chats_in_hand = max(self.most_chats_in_hand, len(self._chats))
                metrics.CHATS_IN_HAND.set(len(self._chats))
        return 0

    async def _heartbeat(self) -> None:
        """Renew every lease held a few times per lease period, timed from each renewal's start, so a slow
        renewal under load still lands well before the leases expire."""
        me = INSTANCE_PREFIX + self._leases.holder
        period = self._lease_seconds / RENEWALS_PER_LEASE
        while True:
            started = time.monotonic()
            held = dict(self._chats)
            names = [lease_name(chat_id) for chat_id in held]
            try:
                async with asyncio.timeout(period * 2):
                    await self._leases.take(me, self._lease_seconds)
                    lost = await self._leases.renew(names, self._lease_seconds)
                    self._on_instances(await self._leases.count_live(INSTANCE_PREFIX))
                    dead = await self._leases.reap_expired(INSTANCE_PREFIX)
            except Exception as exc:
                if is_outage(exc):
                    OUTAGE.failed(exc)
                else:
                    logger.warning("could not renew chat leases (%s)", type(exc).__name__)
                await asyncio.sleep(
                    min(RETRY_SECONDS, period)
                )  # not a tight loop against a database that is down
                continue
            OUTAGE.answered()
            if dead:
                logger.warning(
                    "%s instance(s) stopped without draining (%s): their chats and the timer sweep pass to "
                    "the live instances",
                    len(dead),
                    ", ".join(dead),
                )
            # Not lost: a lease let go meanwhile, or the chat's work that held it has ended.
            lost_chats = {
                chat_id
                for chat_id in map(chat_of_lease, lost)
                if chat_id not in self._letting_go and self._chats.get(chat_id) is held[chat_id]
            }
            if lost_chats:
                self._lost |= lost_chats
                logger.warning(
                    "%s chat leases expired before renewal; another instance took them", len(lost_chats)
                )
            await asyncio.sleep(max(0.0, period - (time.monotonic() - started)))

    # ----- one chat ----------------------------------------------------------------------------------------

    async def _work_on(self, chat_id: int) -> None:
        retry_later = False
        turn_over = False  # let go for chats waiting longer; its next update waits its turn
        try:
            while not self._draining and chat_id not in self._lost:
                claimed = await self._queues.next_for_chat(chat_id)
                if claimed is None:
                    break
                if claimed.pending is None:
                    metrics.UPDATES_GIVEN_UP.inc()
                    logger.error("update %s given up after repeated attempts", claimed.given_up)
                    continue
                if not await self._handle(
                    claimed.pending.payload, claimed.pending.key, claimed.pending.attempt
                ):
                    retry_later = True
                    break
                if self._crowded:
                    turn_over = True
                    break
        except Exception as exc:
            logger.error("chat work stopped (%s); the chat is retried", type(exc).__name__)
            retry_later = True
        finally:
            # Let go while the chat still counts as in hand, so this instance cannot take the lease again
            # (and start a second task for the chat) before the release has landed.
            self._letting_go.add(chat_id)
            with contextlib.suppress(Exception):
                await self._leases.release(lease_name(chat_id))
            self._chats.pop(chat_id, None)
            self._letting_go.discard(chat_id)
            self._lost.discard(chat_id)
            metrics.CHATS_IN_HAND.set(len(self._chats))
            if retry_later:
                asyncio.get_running_loop().call_later(RETRY_SECONDS, self.wake, chat_id)
            elif not turn_over:
                with contextlib.suppress(Exception):
                    # One may have arrived, at another instance, while the lease was being let go.
                    if not self._draining and await self._queues.has_waiting(chat_id):
                        self.wake(chat_id)
            if self._crowded and not self._draining:
                self._wake.set()  # fill the place now, not at the next scan

    async def _handle(self, payload: dict[str, object], key: str, attempt: int) -> bool:
        """Handle one claimed update; False when it stays in the inbox for a later turn of its chat."""
        started = time.perf_counter()
        try:
            update = Update.de_json(payload, self._app.bot)
        except Exception as exc:
            logger.error("an update cannot be read back (%s); given up", type(exc).__name__)
            await self._queues.finish(key)
            return True
        try:
            # Handler errors go to the error handler inside process_update; this is anything else.
            await self._app.process_update(update)
        except Exception as exc:
            logger.error(
                "update %s failed outside the handlers on attempt %s (%s)",
                update.update_id,
                attempt,
                type(exc).__name__,
            )
            return False  # still unhandled: the next claim counts another attempt
        if self._deferred.take(update.update_id):
            metrics.UPDATES_DEFERRED.inc()
            with contextlib.suppress(Exception):
                await self._inbox.return_attempt(key)
            return False
        await self._queues.finish(key)
        metrics.UPDATES_HANDLED.inc()
        metrics.HANDLING_SECONDS.observe(time.perf_counter() - started)
        return True
