"""State several instances share through the database: a user's rate limit counted across instances,
and the agency registry a new import replaces on every instance without a restart (SQLite; PostgreSQL when
TEST_DATABASE_URL is set). Each "instance" has its own service objects: only the database joins them."""

from __future__ import annotations

import datetime as dt

from bot.agency_registry import LiveAgencyRegistry
from bot.ratelimit import SharedRateLimiter, Verdict
from faq.agencies import Agency, AgencyStatus, load_registry
from storage.db import Database
from storage.services.agency_registry import AgencyRegistryStore
from storage.services.rate_windows import RateWindows

USER = 7300
OTHER_USER = 7301


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def agency(name: str, status: AgencyStatus = AgencyStatus.ACTIVE) -> Agency:
    return Agency(name, "1/2026", status, "Jawa Timur", "KP2MI", dt.date(2026, 12, 1))


async def test_a_users_updates_are_counted_together_across_instances(database: Database) -> None:
    clock = Clock()
    first, second = (
        SharedRateLimiter(RateWindows(database, clock), "messages", max_events=3, per_seconds=60)
        for _ in range(2)
    )
    verdicts = [await (first if turn % 2 else second).check(USER) for turn in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert await first.check(OTHER_USER) is Verdict.ALLOW  # another user has a window of her own
    clock.now += 60  # the window is over
    assert await second.check(USER) is Verdict.ALLOW


async def test_lanes_are_counted_apart(database: Database) -> None:
    windows = RateWindows(database, Clock())
    messages = SharedRateLimiter(windows, "messages", max_events=1, per_seconds=60)
    buttons = SharedRateLimiter(windows, "buttons", max_events=1, per_seconds=60)
    assert await messages.check(USER) is Verdict.ALLOW
    assert await buttons.check(USER) is Verdict.ALLOW
    assert await messages.check(USER) is Verdict.WARN


async def test_an_import_reaches_every_instance_without_a_restart(database: Database) -> None:
    clock = Clock()
    sample = load_registry()
    instances = [
        LiveAgencyRegistry(AgencyRegistryStore(database), sample, check_seconds=30, clock=clock)
        for _ in range(2)
    ]
    for instance in instances:
        assert (await instance.current()).is_sample  # nothing imported yet: the file or the sample
    await AgencyRegistryStore(database).install(
        [agency("PT Resmi Jaya"), agency("PT Nakal", AgencyStatus.REVOKED)]
    )
    assert (await instances[0].current()).is_sample  # checked again only after check_seconds
    clock.now += 30
    for instance in instances:
        registry = await instance.current()
        assert not registry.is_sample
        assert [found.agency.name for found in registry.search("nakal")] == ["PT Nakal"]
    await AgencyRegistryStore(database).install([agency("PT Baru Sekali")])
    clock.now += 30
    for instance in instances:
        assert [a.name for a in (await instance.current()).agencies] == ["PT Baru Sekali"]


async def test_the_registry_in_force_is_kept_while_the_database_cannot_be_read(database: Database) -> None:
    clock = Clock()
    store = FlakyStore(database)
    live = LiveAgencyRegistry(store, load_registry(), check_seconds=30, clock=clock)
    await store.install([agency("PT Resmi Jaya")])
    assert [a.name for a in (await live.current()).agencies] == ["PT Resmi Jaya"]
    store.down = True
    clock.now += 30
    assert [a.name for a in (await live.current()).agencies] == ["PT Resmi Jaya"]  # not the sample
    store.down = False
    await store.install([agency("PT Baru Sekali")])
    clock.now += 30
    assert [a.name for a in (await live.current()).agencies] == ["PT Baru Sekali"]


class FlakyStore(AgencyRegistryStore):
    down = False

    async def version(self) -> int | None:
        if self.down:
            raise ConnectionError("database down")
        return await super().version()
