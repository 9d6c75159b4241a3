"""The P3MI registry /cekp3mi reads, kept current without a restart.

The registry in force lives in the database (`migrasi-aman agencies import` puts it there), so every
instance reads the same list. Each instance holds a copy and, at most every `check_seconds`, compares the
database's version with the copy's: a new import is loaded at the next check after it, on every instance.
Until anything is imported into the database, the file at `agencies.registry_path` (or the bundled sample)
is used, as before.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from faq.agencies import AgencyRegistry
from storage.services.agency_registry import AgencyRegistryStore

logger = logging.getLogger(__name__)

CHECK_SECONDS = 30.0
DATABASE_SOURCE = Path("database")  # where a registry loaded from the database says it came from


class LiveAgencyRegistry:
    def __init__(
        self,
        store: AgencyRegistryStore,
        fallback: AgencyRegistry,
        *,
        check_seconds: float = CHECK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._fallback = fallback
        self._check_seconds = check_seconds
        self._clock = clock
        self._registry = fallback
        self._version: int | None = None
        self._next_check = 0.0

    async def current(self) -> AgencyRegistry:
        """The registry in force, reloaded when another import was made since the last check."""
        now = self._clock()
        if now < self._next_check:
            return self._registry
        self._next_check = now + self._check_seconds
        try:
            version = await self._store.version()
            if version != self._version:
                await self._reload()
        except Exception as exc:
            # The copy held is still a good answer; the next check tries again.
            logger.warning("could not check the agency registry's version (%s)", type(exc).__name__)
        return self._registry

    async def _reload(self) -> None:
        loaded = await self._store.load()
        if loaded is None:
            self._registry, self._version = self._fallback, None
            return
        version, agencies = loaded
        self._registry = AgencyRegistry(agencies, DATABASE_SOURCE, is_sample=False)
        self._version = version
        logger.info("agency registry version %s loaded (%s agencies)", version, len(agencies))
