"""What operators ask the database: is it reachable and migrated, and the figures `/metrics` reports."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from storage.base import utcnow
from storage.db import Database
from storage.migrate import alembic_config, current_revision
from storage.models.cases import OPEN_STATUSES, Case, CasePriority, CaseStatus, CaseTimer, TimerKind
from storage.models.inbox import InboxUpdate
from storage.models.leases import WorkLease
from storage.services.leases import INSTANCE_PREFIX

# Timers that fire when staff let a case wait past its deadline: one past due is a breach of the SLA.
SLA_TIMERS = (TimerKind.URGENT_UNCLAIMED, TimerKind.UNANSWERED)


@dataclass(frozen=True)
class Readiness:
    ready: bool
    reason: str


@dataclass(frozen=True)
class Figures:
    inbox_backlog: int
    cases_by_status: dict[str, int]  # every status, 0 when no case has it
    sla_breaches: int
    urgent_unclaimed: int = 0
    oldest_unhandled_seconds: float = 0.0
    live_instances: int = 0


@functools.cache  # the migration scripts do not change while the process runs; /readyz asks often
def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def readiness(database: Database) -> Readiness:
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        revision = await current_revision(database)
    except Exception as exc:
        return Readiness(False, f"database unreachable ({type(exc).__name__})")
    head = head_revision()
    if revision != head:
        return Readiness(False, f"database at migration {revision}, code expects {head}")
    return Readiness(True, "ok")


async def figures(database: Database) -> Figures:
    async with database.sessions() as session:
        backlog = await session.scalar(
            select(func.count()).select_from(InboxUpdate).where(InboxUpdate.handled_at.is_(None))
        )
        rows = (await session.execute(select(Case.status, func.count()).group_by(Case.status))).all()
        now = utcnow()
        breaches = await session.scalar(
            select(func.count(func.distinct(CaseTimer.case_id)))
            .join(Case, Case.id == CaseTimer.case_id)
            .where(
                CaseTimer.kind.in_(SLA_TIMERS),
                CaseTimer.due_at < now,
                Case.status.in_(OPEN_STATUSES),
            )
        )
        urgent = await session.scalar(
            select(func.count())
            .select_from(Case)
            .where(
                Case.status.in_(OPEN_STATUSES),
                Case.priority == CasePriority.URGENT,
                Case.assigned_to.is_(None),
            )
        )
        # A backlog count of 0 cannot show that updates stopped arriving; the oldest waiting one's age
        # shows updates that arrived and wait.
        oldest = await session.scalar(
            select(func.min(InboxUpdate.received_at)).where(InboxUpdate.handled_at.is_(None))
        )
        live = await session.scalar(
            select(func.count())
            .select_from(WorkLease)
            .where(WorkLease.name.startswith(INSTANCE_PREFIX), WorkLease.expires_at > now)
        )
    by_status = {str(status): 0 for status in CaseStatus}
    by_status.update({str(status): int(count) for status, count in rows})
    return Figures(
        int(backlog or 0),
        by_status,
        int(breaches or 0),
        urgent_unclaimed=int(urgent or 0),
        oldest_unhandled_seconds=max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0.0,
        live_instances=int(live or 0),
    )
