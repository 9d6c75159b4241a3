"""Long polling through a durable inbox: no update is confirmed to Telegram before it is in the database.

PTB's `Updater` confirms updates (the next `getUpdates` carries a higher offset) as soon as it has fetched
them, before they are handled: a process killed in between loses the user's message for good. This poller
stores every fetched update in `update_inbox` first, only then advances the offset, hands the update to the
application through its update processor (so `PerChatUpdateProcessor` keeps each chat in order) and marks
it handled once the application is done with it. Handler errors are the error handler's business: an
update whose handler failed and was reported counts as handled.

At start-up, what a killed run left unhandled is replayed first, oldest first; each replay counts an
attempt and an update is given up after `MAX_ATTEMPTS` (only its id is logged). Handlers that matter are
idempotent on the update's content key (`storage.update_keys`: complaint intake, relayed messages), so a
replay never files a second case; an FAQ question replayed is simply answered again.

Update ids are not identities: Telegram starts them again after a quiet week or under a new token, and a
fresh stand-in starts at 1. The inbox therefore deduplicates on content keys, and the offset is always the
last fetched batch's highest id plus one, even when that is lower than before (an offset kept rising
would tell the server to drop every update of the new sequence).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence
from datetime import timedelta
from typing import Any, cast

from telegram import Update
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError, TimedOut

from bot.context import BotApplication
from bot.deferred import DEFERRED_KEY, DeferredUpdates
from bot.outage import OUTAGE, is_outage
from storage.services.inbox import FetchedUpdate, UpdateInbox

logger = logging.getLogger(__name__)

FIRST_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 30.0
SHUTDOWN_GRACE_SECONDS = 15.0
PRUNE_EVERY_SECONDS = 3600.0
# An update whose handling failed only because the database could not be reached in time (SQLite's lock
# held by another process, say) is handled again after these pauses, in its chat's turn; then answered.
DATABASE_RETRY_PAUSES = (0.5, 2.0)
# How much longer than the long poll itself an answer to getUpdates may take before the poll is given up
# and asked again: a connection dropped while the server holds the poll is otherwise never noticed.
POLL_READ_MARGIN_SECONDS = 15.0

Fetched = tuple[dict[str, Any], Update]  # an update as the Bot API's JSON object, and as PTB reads it


class InboxPoller:
    """Fetch, store, confirm, handle. `start()` replays leftovers and starts polling; `stop()` winds down."""

    def __init__(
        self,
        app: BotApplication,
        inbox: UpdateInbox,
        *,
        poll_timeout: float,
        allowed_updates: Sequence[str] = Update.ALL_TYPES,
    ) -> None:
        self._app = app
        self._inbox = inbox
        self._poll_timeout = poll_timeout
        self._allowed_updates = list(allowed_updates)
        self._offset: int | None = None
        self._stopping = asyncio.Event()
        self._queue: asyncio.Queue[tuple[Update, str, int]] = asyncio.Queue()
        self._handling: set[asyncio.Task[None]] = set()
        self._marks = _HandledMarks(inbox)
        self._deferred = DeferredUpdates()
        app.bot_data[DEFERRED_KEY] = self._deferred
        self._dispatcher: asyncio.Task[None] | None = None
        self._poller: asyncio.Task[None] | None = None
        self._next_prune = 0.0

    @property
    def polling(self) -> asyncio.Task[None] | None:
        """The polling task: it ends with an exception only when polling cannot go on (a revoked token)."""
        return self._poller

    async def start(self) -> None:
        """Remove any webhook, hand over what the last run left unhandled (and wait for it), then poll."""
        # Same bootstrap as PTB's start_polling: getUpdates is refused while a webhook is set.
        await self._app.bot.delete_webhook()
        self._marks.start()
        self._dispatcher = asyncio.create_task(self._dispatch(), name="inbox-dispatcher")
        await self._prune()
        await self._replay_leftovers()
        self._poller = asyncio.create_task(self._poll(), name="inbox-poller")

    async def stop(self) -> None:
        """Stop fetching, let running handlers finish (for a while), record what was handled."""
        self._stopping.set()
        if self._poller is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._poller
            await self._confirm_offset()
        try:
            async with asyncio.timeout(SHUTDOWN_GRACE_SECONDS):
                await self._queue.join()
        except TimeoutError:
            logger.warning(
                "%s updates still being handled at shutdown; they are replayed at the next start",
                len(self._handling) + self._queue.qsize(),
            )
        for task in [*self._handling, *([self._dispatcher] if self._dispatcher else [])]:
            task.cancel()
        await asyncio.gather(
            *self._handling, *([self._dispatcher] if self._dispatcher else []), return_exceptions=True
        )
        await self._marks.close()

    # ----- start-up ---------------------------------------------------------------------------------------

    async def _replay_leftovers(self) -> None:
        leftovers = await self._inbox.take_unhandled()
        for update_id in leftovers.given_up:
            logger.error("update %s given up after %s attempts", update_id, self._inbox.max_attempts)
        if not leftovers.pending:
            return
        logger.info("replaying %s updates the last run fetched but did not finish", len(leftovers.pending))
        for pending in leftovers.pending:
            try:
                update = Update.de_json(pending.payload, self._app.bot)
            except Exception as exc:
                logger.error(
                    "update %s cannot be read back (%s); given up", pending.update_id, type(exc).__name__
                )
                await self._inbox.mark_handled([pending.key])
                continue
            self._queue.put_nowait((update, pending.key, pending.attempt))
        # Replays come first: new updates are fetched only once every leftover has been handled.
        await self._queue.join()

    # ----- polling ----------------------------------------------------------------------------------------

    async def _poll(self) -> None:
        backoff = FIRST_BACKOFF_SECONDS
        while not self._stopping.is_set():
            try:
                updates = await self._fetch()
                if updates is None:
                    return
                await self._accept(updates)
                if updates:
                    OUTAGE.answered()  # stored: the database answers again
                backoff = FIRST_BACKOFF_SECONDS
                if time.monotonic() >= self._next_prune:
                    await self._prune()
                continue
            except InvalidToken:
                logger.error("Telegram refused the bot token while polling; stopping")
                raise
            except RetryAfter as exc:
                delay = _seconds(exc.retry_after)
                logger.warning("flood limit on getUpdates: waiting %.0f s", delay)
            except TimedOut:
                continue  # a long poll that outlived the read timeout: just ask again
            except Conflict:
                delay = backoff
                logger.warning(
                    "getUpdates conflict (another instance polls with this token?); retrying in %.0f s", delay
                )
            except TelegramError as exc:
                delay = backoff
                logger.warning("getUpdates failed (%s); retrying in %.0f s", type(exc).__name__, delay)
            except Exception as exc:
                # Most likely the database: nothing was confirmed, so Telegram sends the updates again.
                delay = backoff
                if is_outage(exc):
                    OUTAGE.failed(exc)
                else:
                    logger.error(
                        "could not store fetched updates (%s); retrying in %.0f s", type(exc).__name__, delay
                    )
            backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await self._stopping.wait()

    async def _fetch(self) -> list[Fetched] | None:
        """One long poll; None when `stop()` interrupted it (those updates stay unconfirmed at Telegram)."""
        fetching = asyncio.ensure_future(self._get_updates())
        stopping = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait({fetching, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
            if not fetching.done():
                fetching.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await fetching
        if fetching.cancelled():
            return None
        return fetching.result()

    async def _get_updates(self) -> list[Fetched]:
        """`Bot.get_updates` keeping each update's JSON object: that is what the inbox stores, where
        `get_updates` would hand over only PTB's objects, to be turned back into JSON for storing."""
        bot = self._app.bot
        data = {
            "offset": self._offset,
            "timeout": self._poll_timeout,
            "allowed_updates": self._allowed_updates,
        }
        # Bot._post is what get_updates itself calls (rate limiter, defaults, errors as TelegramError).
        result = await bot._post(
            "getUpdates", data, read_timeout=self._poll_timeout + POLL_READ_MARGIN_SECONDS
        )
        fetched: list[Fetched] = []
        for payload in cast("list[dict[str, Any]]", result):
            update = Update.de_json(payload, bot)  # reads a copy: the payload stays as Telegram sent it
            bot.insert_callback_data(update)
            fetched.append((payload, update))
        return fetched

    async def _accept(self, updates: Sequence[Fetched]) -> None:
        if not updates:
            return
        fetched = [FetchedUpdate.of(payload) for payload, _update in updates]
        fresh = await self._inbox.store(fetched)
        # Only now that they are stored may the next getUpdates tell Telegram to forget them.
        highest = max(stored.update_id for stored in fetched)
        if self._offset is not None and highest < self._offset - 1:
            logger.info("update ids started again (now %s, before %s)", highest, self._offset - 1)
        self._offset = highest + 1
        for (_payload, update), stored in zip(updates, fetched, strict=True):
            if stored.key in fresh:
                fresh.discard(stored.key)  # the same update twice in one batch is handled once
                self._queue.put_nowait((update, stored.key, 1))

    async def _confirm_offset(self) -> None:
        """Tell Telegram about the last stored updates, so the next start does not fetch them again."""
        if self._offset is None:
            return
        try:
            await self._app.bot.get_updates(
                offset=self._offset, timeout=0, allowed_updates=self._allowed_updates
            )
        except TelegramError as exc:
            # Harmless: they are stored, and a second delivery is recognised by its content key.
            logger.info("could not confirm the last updates at shutdown (%s)", type(exc).__name__)

    async def _prune(self) -> None:
        self._next_prune = time.monotonic() + PRUNE_EVERY_SECONDS
        try:
            pruned = await self._inbox.prune()
        except Exception as exc:
            logger.warning("could not prune the update inbox (%s)", type(exc).__name__)
            return
        if pruned:
            logger.info("pruned %s handled updates from the inbox", pruned)

    # ----- handling ---------------------------------------------------------------------------------------

    async def _dispatch(self) -> None:
        """Hand updates over in the order they were fetched, as PTB's own update fetcher does."""
        processor = self._app.update_processor
        while True:
            update, key, attempt = await self._queue.get()
            if processor.max_concurrent_updates > 1:
                task = asyncio.create_task(
                    self._handle(update, key, attempt), name=f"inbox-update-{update.update_id}"
                )
                self._handling.add(task)
                task.add_done_callback(self._handling.discard)
            else:
                await self._handle(update, key, attempt)

    async def _handle(self, update: Update, key: str, attempt: int) -> None:
        try:
            while True:
                handling = self._handled_with_retries(update)
                try:
                    await self._app.update_processor.process_update(update, handling)
                except Exception as exc:
                    # Handler errors go to the error handler inside process_update; this is anything else.
                    logger.error(
                        "update %s failed outside the handlers on attempt %s (%s)",
                        update.update_id,
                        attempt,
                        type(exc).__name__,
                    )
                    attempt = await self._inbox.begin_retry(key)
                    if attempt > self._inbox.max_attempts:
                        logger.error("update %s given up after %s attempts", update.update_id, attempt - 1)
                        return
                    continue
                finally:
                    # Cancelled (at shutdown) before the processor started it: close it, so it is not
                    # reported as never awaited. A started or finished one is unaffected.
                    handling.close()
                self._marks.add(key)
                return
        except Exception as exc:
            logger.error("update %s: could not record its outcome (%s)", update.update_id, type(exc).__name__)
        finally:
            self._queue.task_done()

    async def _handled_with_retries(self, update: Update) -> None:
        """`process_update`, again after a pause while the error handler deferred the update (the database
        could not be reached in time); still in the chat's turn, so its updates stay in order."""
        for pause in DATABASE_RETRY_PAUSES:
            await self._app.process_update(update)
            if not self._deferred.take(update.update_id):
                return
            await asyncio.sleep(pause)
        self._deferred.last_try(update.update_id)
        await self._app.process_update(update)
        self._deferred.take(update.update_id)


class _HandledMarks:
    """Marks handled updates in batches: while one write runs, the next ones gather (a group commit).

    A mark lost to a kill only means that update is replayed at the next start, which is safe.
    """

    def __init__(self, inbox: UpdateInbox) -> None:
        self._inbox = inbox
        self._keys: list[str] = []
        self._wake = asyncio.Event()
        self._closing = False
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="inbox-handled-marks")

    def add(self, key: str) -> None:
        self._keys.append(key)
        self._wake.set()

    async def close(self) -> None:
        self._closing = True
        self._wake.set()
        if self._task is not None:
            await self._task

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            batch, self._keys = self._keys, []
            if batch:
                try:
                    await self._inbox.mark_handled(batch)
                except Exception as exc:
                    logger.warning("could not mark %s updates handled (%s)", len(batch), type(exc).__name__)
                    if not self._closing:
                        self._keys[:0] = batch
                        self._wake.set()
                        await asyncio.sleep(FIRST_BACKOFF_SECONDS)
            if self._closing and not self._keys:
                return


def _seconds(period: int | float | timedelta) -> float:
    return period.total_seconds() if isinstance(period, timedelta) else float(period)
