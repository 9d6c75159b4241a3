"""A database outage told in a few lines: one when the database stops answering, a reminder with a count at
most every `REMIND_SECONDS`, and one when it answers again. During an outage every webhook call, lease
renewal and timer sweep fails; a line (or a traceback) for each would bury everything else in the log."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError

from bot.deferred import is_database_unreachable

logger = logging.getLogger(__name__)

REMIND_SECONDS = 30.0


def is_outage(error: BaseException | None) -> bool:
    """The database could not be reached: refused, timed out, connection lost, or refused while connecting
    (a DBAPI error without a statement was raised while opening the connection: the database is shut, does
    not allow connections, or is restarting)."""
    if is_database_unreachable(error) or isinstance(error, TimeoutError):
        return True
    return isinstance(error, DBAPIError) and error.statement is None


class DatabaseOutage:
    def __init__(self, *, remind_every: float = REMIND_SECONDS, clock: Callable[[], float] = time.monotonic):
        self._remind_every = remind_every
        self._clock = clock
        self._since: float | None = None
        self._last_line = 0.0
        self._failures = 0  # since the last line
        self._total = 0

    @property
    def down(self) -> bool:
        return self._since is not None

    def failed(self, error: BaseException) -> None:
        now = self._clock()
        self._failures += 1
        self._total += 1
        if self._since is None:
            self._since = self._last_line = now
            self._failures = 0
            logger.warning(
                "database not reachable (%s): webhook calls are refused with 503 for Telegram to retry; "
                "failures are counted here, not logged one by one",
                type(error).__name__,
            )
        elif now - self._last_line >= self._remind_every:
            logger.warning(
                "database still not reachable after %.0f s (%s; %d failure(s) in the last %.0f s)",
                now - self._since,
                type(error).__name__,
                self._failures,
                now - self._last_line,
            )
            self._last_line = now
            self._failures = 0

    def answered(self) -> None:
        if self._since is None:
            return
        logger.warning(
            "database reachable again after %.0f s (%d failure(s) in all)",
            self._clock() - self._since,
            self._total,
        )
        self._since = None
        self._failures = self._total = 0


# One per process: the webhook, the worker and the timer sweep all report to it, so an outage is told once.
OUTAGE = DatabaseOutage()
