"""Counts for `/statistik`, within the caller's province scope."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from faq.places import load_places
from storage.base import utcnow
from storage.models.cases import URGENT_WATCHED_STATUSES, CasePriority
from storage.repositories.cases import CaseFilter, CaseRepository
from storage.services.cases.base import Actor, CaseCore

AGE_BUCKETS: tuple[tuple[str, timedelta], ...] = (
    ("< 1 hari", timedelta(days=1)),
    ("1-7 hari", timedelta(days=7)),
    ("7-30 hari", timedelta(days=30)),
)
OLDEST_BUCKET = "> 30 hari"


@dataclass(frozen=True)
class Statistics:
    total: int
    by_status: list[tuple[str | None, int]]
    by_category: list[tuple[str | None, int]]
    by_country: list[tuple[str | None, int]]
    by_province: list[tuple[str | None, int]]
    open_by_age: list[tuple[str, int]]
    open_unassigned: int
    open_urgent: int
    unreachable: int


def country_name(code: str | None) -> str | None:
    place = load_places().country(code) if code else None
    return place.name_id if place is not None else code


def province_name(code: str | None) -> str | None:
    place = load_places().province(code) if code else None
    return place.name_id if place is not None else code


class CaseStatistics(CaseCore):
    async def statistics(self, actor: Actor, now: datetime | None = None) -> Statistics:
        now = now or utcnow()
        async with self._database.sessions() as session:
            _, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            ages: dict[str, int] = {label: 0 for label, _ in AGE_BUCKETS} | {OLDEST_BUCKET: 0}
            for created in await repo.open_created_times(scope):
                age = now - created
                label = next((name for name, limit in AGE_BUCKETS if age < limit), OLDEST_BUCKET)
                ages[label] += 1
            open_cases = await repo.filtered(replace(CaseFilter(limit=None), provinces=scope))
            watched = CaseFilter(statuses=URGENT_WATCHED_STATUSES, priority=CasePriority.URGENT, limit=None)
            urgent_cases = await repo.filtered(replace(watched, provinces=scope))
            return Statistics(
                total=await repo.total(scope),
                by_status=await repo.count_by("status", provinces=scope),
                by_category=await repo.count_by("category", provinces=scope),
                by_country=[
                    (country_name(code), count)
                    for code, count in (await repo.count_by("country_code", provinces=scope))[:10]
                ],
                by_province=[
                    (province_name(code), count)
                    for code, count in await repo.count_by("province_code", provinces=scope)
                ],
                open_by_age=list(ages.items()),
                open_unassigned=sum(1 for case in open_cases if case.assigned_to is None),
                open_urgent=len(urgent_cases),
                unreachable=sum(1 for case in open_cases if case.is_unreachable),
            )
