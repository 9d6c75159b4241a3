"""What operators ask the database: is it reachable and migrated, and the figures `/metrics` reports."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from storage.base import utcnow
from storage.db import Database
from storage.migrate import alembic_config, current_revision
from storage.models.cases import OPEN_STATUSES, Case, CaseTimer, TimerKind
from storage.models.inbox import InboxUpdate

# Timers that fire when staff let a case wait past its deadline: one past due is a breach of the SLA.
SLA_TIMERS = (TimerKind.URGENT_UNCLAIMED, TimerKind.UNANSWERED)


@dataclass(frozen=True)
class Readiness:
    ready: bool
    reason: str


@dataclass(frozen=True)
class Figures:
    inbox_backlog: int
    cases_by_status: dict[str, int]
    sla_breaches: int


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
        breaches = await session.scalar(
            select(func.count(func.distinct(CaseTimer.case_id)))
            .join(Case, Case.id == CaseTimer.case_id)
            .where(
                CaseTimer.kind.in_(SLA_TIMERS),
                CaseTimer.due_at < utcnow(),
                Case.status.in_(OPEN_STATUSES),
            )
        )
    return Figures(int(backlog or 0), {str(status): int(count) for status, count in rows}, int(breaches or 0))
