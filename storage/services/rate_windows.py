"""Per-user rate-limit windows in the database, so every instance counts the same user's updates together.

One statement per update, without a transaction around it (`one_statement`): insert the user's window, or
count one more hit in it, or start a new window when the old one is over, and return the count. The
windows are fixed (a burst across a boundary may get up to twice the limit), which is enough to stop a
flood; a window older than a day is pruned.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import case, delete
from sqlalchemy.dialects import postgresql, sqlite

from storage.db import Database
from storage.models.shared_state import RateWindow
from storage.services.uow import one_statement

PRUNE_EVERY_SECONDS = 3600.0
KEEP_SECONDS = 86400.0


class RateWindows:
    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self._database = database
        self._clock = clock
        self._next_prune = 0.0

    async def hit(self, user_id: int, lane: str, per_seconds: float) -> int:
        """Count one update of `user_id` in `lane`; return how many its current window holds now."""
        now = self._clock()
        dialect = postgresql if self._database.engine.dialect.name == "postgresql" else sqlite
        table = RateWindow.__table__
        fresh = dialect.insert(table).values(user_id=user_id, lane=lane, started=now, hits=1)
        over = table.c.started <= now - per_seconds
        statement = fresh.on_conflict_do_update(
            index_elements=[table.c.user_id, table.c.lane],
            set_={
                "started": case((over, now), else_=table.c.started),
                "hits": case((over, 1), else_=table.c.hits + 1),
            },
        ).returning(table.c.hits)
        async with one_statement(self._database) as connection:
            hits = int((await connection.execute(statement)).scalar_one())
        if now >= self._next_prune:
            self._next_prune = now + PRUNE_EVERY_SECONDS
            async with one_statement(self._database) as connection:
                await connection.execute(delete(RateWindow).where(RateWindow.started < now - KEEP_SECONDS))
        return hits
