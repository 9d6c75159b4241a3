"""Per-user rate limits: a sliding window in memory for one instance, or windows in the database
(`SharedRateLimiter`) that every instance on it counts together, so a flood spread over several instances
by the load balancer is limited as one."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from storage.services.rate_windows import RateWindows


class Verdict(StrEnum):
    ALLOW = "allow"
    WARN = "warn"  # the first update over the limit: tell the user once
    DROP = "drop"  # further updates in the same window: ignore silently


@dataclass
class _Window:
    times: deque[float] = field(default_factory=deque)
    warned: bool = False


class UserRateLimit(Protocol):
    async def check(self, user_id: int) -> Verdict: ...


class SharedRateLimiter:
    """The same verdicts from windows kept in the database (`lane` keeps messages and buttons apart)."""

    def __init__(self, windows: RateWindows, lane: str, max_events: int, per_seconds: float) -> None:
        self._windows = windows
        self.lane = lane
        self.max_events = max_events
        self.per_seconds = per_seconds

    async def check(self, user_id: int) -> Verdict:
        hits = await self._windows.hit(user_id, self.lane, self.per_seconds)
        if hits <= self.max_events:
            return Verdict.ALLOW
        return Verdict.WARN if hits == self.max_events + 1 else Verdict.DROP


class RateLimiter:
    """In memory: for a single instance (polling, or SQLite), where no other process counts."""

    def __init__(
        self, max_events: int, per_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_events = max_events
        self.per_seconds = per_seconds
        self._clock = clock
        self._windows: dict[int, _Window] = {}

    async def check(self, user_id: int) -> Verdict:
        return self.check_now(user_id)

    def check_now(self, user_id: int) -> Verdict:
        now = self._clock()
        window = self._windows.setdefault(user_id, _Window())
        while window.times and now - window.times[0] >= self.per_seconds:
            window.times.popleft()
        if len(window.times) < self.max_events:
            window.times.append(now)
            window.warned = False
            if len(self._windows) > 50_000:
                self._forget_idle(now)
            return Verdict.ALLOW
        if window.warned:
            return Verdict.DROP
        window.warned = True
        return Verdict.WARN

    def _forget_idle(self, now: float) -> None:
        idle = [
            uid for uid, w in self._windows.items() if not w.times or now - w.times[-1] >= self.per_seconds
        ]
        for user_id in idle:
            del self._windows[user_id]
