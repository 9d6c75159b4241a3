"""The durable update inbox: what the poller stores before confirming updates to Telegram.

Updates are known by their content key (`storage.update_keys`): update ids start again after a quiet
week, under a new token or in a fresh stand-in, so an id seen before says nothing. An update is stored
(`store`) before the `getUpdates` offset that makes Telegram forget it is sent, handed
to the application, and marked handled (`mark_handled`) once the application is done with it, whether a
handler succeeded or failed and the error handler reported it. At start-up `take_unhandled` returns what a
killed process left behind, oldest first, counting one more attempt for each; an update that already had
`max_attempts` is given up (marked handled, never replayed) so a poisonous update cannot loop forever.
Handled rows are kept for `keep_handled` (config `complaints.handled_update_retention_hours`) and then
pruned, here by the poller and by the timer sweep on webhook instances: their payloads are her messages.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.base import utcnow
from storage.db import Database
from storage.repositories.inbox import InboxRepository, InboxRows
from storage.services.uow import write_connection, write_transaction
from storage.update_keys import update_key

MAX_ATTEMPTS = 3
KEEP_HANDLED = timedelta(days=1)


@dataclass(frozen=True)
class FetchedUpdate:
    key: str
    update_id: int
    payload: dict[str, Any]

    @classmethod
    def of(cls, payload: dict[str, Any]) -> FetchedUpdate:
        """An update as the Bot API's JSON object, keyed by its content."""
        return cls(update_key(payload), int(payload["update_id"]), payload)

    @property
    def chat_id(self) -> int | None:
        return chat_of(self.payload)


def chat_of(payload: dict[str, Any]) -> int | None:
    """The chat an update belongs to (the sender's for updates without a chat), or None."""
    for kind, body in payload.items():
        if kind == "update_id" or not isinstance(body, dict):
            continue
        for holder in (body, body.get("message")):
            if isinstance(holder, dict) and isinstance(holder.get("chat"), dict):
                chat_id = holder["chat"].get("id")
                if isinstance(chat_id, int):
                    return chat_id
        sender = body.get("from") or body.get("user")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            return int(sender["id"])
    return None


# What `bare_payload` keeps: enough for python-telegram-bot to read the update and a handler to act on it.
BARE_FIELDS = frozenset({"update_id", "message_id", "date", "id", "type", "is_bot", "data", "chat_instance"})
BARE_PARTS = frozenset({"message", "callback_query", "chat", "from"})
BARE_COMMAND = re.compile(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?")


def bare_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """The update reduced to what handling it again needs: ids, dates, chat types, a button's data and a
    bare command; names, usernames, texts and the pressed message's contents go."""
    bare: dict[str, Any] = {}
    for key, value in payload.items():
        if key in BARE_FIELDS:
            bare[key] = value
        elif key in BARE_PARTS and isinstance(value, dict):
            bare[key] = bare_payload(value)
            if key == "from":
                bare[key]["first_name"] = ""  # required by the Bot API's User
        elif key == "text" and isinstance(value, str) and BARE_COMMAND.fullmatch(value):
            bare[key] = value
    return bare


@dataclass(frozen=True)
class PendingUpdate:
    """An update left unhandled by an earlier run; `attempt` is the attempt about to begin (1-based)."""

    key: str
    update_id: int
    payload: dict[str, Any]
    attempt: int


@dataclass(frozen=True)
class Leftovers:
    pending: list[PendingUpdate]
    given_up: list[int]  # their update ids, for the log


class UpdateInbox:
    def __init__(
        self, database: Database, *, max_attempts: int = MAX_ATTEMPTS, keep_handled: timedelta = KEEP_HANDLED
    ) -> None:
        self._database = database
        self.max_attempts = max_attempts
        self._keep_handled = keep_handled

    async def store(self, updates: Sequence[FetchedUpdate], *, handed_out: bool = True) -> set[str]:
        """Write the updates durably; return the keys that were new (Telegram may send one again).

        `handed_out`: their first handling begins now (the poller), so one attempt is counted; updates
        claimed later from the database (`storage.services.claims`) count theirs when claimed.
        """
        if not updates:
            return set()
        # Ahead of the handlers' writes: until the batch is stored, polling and handling wait for it.
        async with write_connection(self._database, urgent=True) as connection:
            fresh: dict[str, FetchedUpdate] = {}
            for fetched in updates:
                fresh.setdefault(fetched.key, fetched)  # the same update twice in one batch is one row
            now = utcnow()
            return await InboxRows(connection).add_new(
                [
                    {
                        "update_key": f.key,
                        "update_id": f.update_id,
                        "payload": f.payload,
                        "received_at": now,
                        "attempts": 1 if handed_out else 0,
                        "chat_id": f.chat_id,
                    }
                    for f in fresh.values()
                ]
            )

    async def mark_handled(self, keys: Collection[str]) -> None:
        if not keys:
            return
        async with write_connection(self._database, one_write=True) as connection:
            await InboxRows(connection).mark_handled(keys, utcnow())

    async def begin_retry(self, key: str) -> int:
        """Count one more attempt at an update whose handling failed; return that attempt's number.

        Past `max_attempts` the update is given up instead (marked handled) and the number returned is
        greater than `max_attempts`.
        """
        async with write_transaction(self._database) as session:
            row = await InboxRepository(session).get(key)
            if row is None:
                return self.max_attempts + 1
            if row.attempts >= self.max_attempts:
                row.handled_at = utcnow()
                return row.attempts + 1
            row.attempts += 1
            return row.attempts

    async def return_attempt(self, key: str) -> None:
        """Uncount the latest attempt at an update left for later through no fault of its own (the
        database could not be reached in time), so waiting for the database never gives an update up."""
        async with write_transaction(self._database) as session:
            row = await InboxRepository(session).get(key)
            if row is not None and row.handled_at is None and row.attempts > 0:
                row.attempts -= 1

    async def take_unhandled(self) -> Leftovers:
        """What an earlier run fetched but did not finish, oldest first, one more attempt counted for each."""
        pending: list[PendingUpdate] = []
        given_up: list[int] = []
        async with write_transaction(self._database) as session:
            now = utcnow()
            for row in await InboxRepository(session).unhandled():
                if row.attempts >= self.max_attempts:
                    row.handled_at = now
                    given_up.append(row.update_id)
                    continue
                row.attempts += 1
                pending.append(PendingUpdate(row.update_key, row.update_id, dict(row.payload), row.attempts))
        return Leftovers(pending, given_up)

    async def prune(self, now: datetime | None = None) -> int:
        """Delete rows handled more than `keep_handled` ago; return how many."""
        before = (now or utcnow()) - self._keep_handled
        async with write_transaction(self._database) as session:
            return await InboxRepository(session).delete_handled_before(before)
