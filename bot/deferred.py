"""Updates whose handling failed only because the database could not be reached in time.

Under load a handler can wait past the pool's timeout for a connection, or find the database restarting.
On SQLite, another process (the CLI) may hold the write lock past the busy timeout. None of that is a
reason to tell the user something went wrong: the webhook worker keeps such an update in the inbox and
handles it again on a later turn of its chat; the long-polling inbox handles it again after a pause, within
the chat's turn, and on the last try the error handler answers as for any other failure. The error handler
marks the update here (`defer`); the worker or poller asks after handling it (`take`). Both put their
`DeferredUpdates` in `bot_data[DEFERRED_KEY]`; where there is none, every failure is answered.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

DEFERRED_KEY = "deferred_updates"


def is_database_unreachable(error: BaseException | None) -> bool:
    """A wait for a pooled connection that timed out, a connection lost or refused, or SQLite's write lock
    not had within the busy timeout ("database is locked"): worth a retry."""
    if isinstance(error, PoolTimeout | ConnectionError):
        return True
    if isinstance(error, OperationalError) and _sqlite_busy(error.orig):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


def _sqlite_busy(error: BaseException | None) -> bool:
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)  # absent when raised by hand
    return (isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_BUSY) or "database is locked" in str(
        error
    )


class DeferredUpdates:
    def __init__(self) -> None:
        self._update_ids: set[int] = set()
        self._last_tries: set[int] = set()

    def last_try(self, update_id: int) -> None:
        """The update's next failure is answered as any other (`defer` refuses it)."""
        self._last_tries.add(update_id)

    def defer(self, update_id: int) -> bool:
        """Leave the update for another try; False (nothing done) when this was its last try."""
        if update_id in self._last_tries:
            return False
        self._update_ids.add(update_id)
        return True

    def take(self, update_id: int) -> bool:
        """Whether the update was deferred (and forget it)."""
        self._last_tries.discard(update_id)
        if update_id in self._update_ids:
            self._update_ids.discard(update_id)
            return True
        return False
