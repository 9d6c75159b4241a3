"""Updates whose handling failed only because the database could not be reached in time.

Under load a handler can wait past the pool's timeout for a connection, or find the database restarting.
That is no reason to tell the user something went wrong: the webhook worker keeps such an update in the
inbox and handles it again on a later turn of its chat. The error handler marks the update here
(`defer`); the worker asks after handling it (`take`). The worker's instance puts its `DeferredUpdates`
in `bot_data[DEFERRED_KEY]`; where there is none (long polling marks every update handled), the error
handler answers as for any other failure.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

DEFERRED_KEY = "deferred_updates"


def is_database_unreachable(error: BaseException | None) -> bool:
    """A wait for a pooled connection that timed out, or a connection lost or refused: worth a retry."""
    if isinstance(error, PoolTimeout | ConnectionError):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


class DeferredUpdates:
    def __init__(self) -> None:
        self._update_ids: set[int] = set()

    def defer(self, update_id: int) -> None:
        self._update_ids.add(update_id)

    def take(self, update_id: int) -> bool:
        """Whether the update was deferred (and forget it)."""
        if update_id in self._update_ids:
            self._update_ids.discard(update_id)
            return True
        return False
