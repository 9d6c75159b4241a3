"""The figures behind the console's reports, within the caller's province scope: one row per case with
when it came in, its category and places, its first staff message to the complainant, and its closure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from storage.models.cases import Case, CaseEvent, CaseMessage, CaseStatus, Direction, EventKind
from storage.services.cases.base import Actor, CaseCore


@dataclass(frozen=True)
class ReportRow:
    case_id: int
    created_at: datetime
    category: str
    province_code: str | None
    country_code: str | None
    status: CaseStatus
    first_response_at: datetime | None  # the first staff message to the complainant
    closed_at: datetime | None
    case: Case | None = None  # the whole case, for the export
    decision: str | None = None  # the last status change's words ("Instansi: …" and the reason)


class CaseReport(CaseCore):
    async def report_rows(self, actor: Actor, start: datetime, end: datetime) -> Sequence[ReportRow]:
        """Cases created in [start, end) that the caller may see."""
        async with self._database.sessions() as session:
            _, scope = await self._scope(session, actor)
            first_reply = (
                select(CaseMessage.case_id, func.min(CaseMessage.created_at).label("first_at"))
                .where(CaseMessage.direction == Direction.TO_COMPLAINANT)
                .group_by(CaseMessage.case_id)
                .subquery()
            )
            statement = (
                select(Case, first_reply.c.first_at)
                .outerjoin(first_reply, first_reply.c.case_id == Case.id)
                .where(Case.created_at >= start, Case.created_at < end)
                .order_by(Case.id)  # ticket order, as the queue lists them
            )
            if scope is not None:
                statement = statement.where(Case.province_code.in_(sorted(scope)))
            rows = (await session.execute(statement)).all()
            decisions: dict[int, str | None] = {}
            closed = [case.id for case, _ in rows if case.closed_at is not None]
            if closed:
                changes = await session.execute(
                    select(CaseEvent.case_id, CaseEvent.text)
                    .where(CaseEvent.case_id.in_(closed), CaseEvent.kind == EventKind.STATUS_CHANGED)
                    .order_by(CaseEvent.id)
                )
                decisions = {case_id: text for case_id, text in changes.all()}  # the last one wins
        return [
            ReportRow(
                case.id,
                case.created_at,
                case.category.value,
                case.province_code,
                case.country_code,
                case.status,
                _aware(first_at),
                case.closed_at,
                case,
                decisions.get(case.id),
            )
            for case, first_at in rows
        ]


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite returns the aggregate as naive text-parsed time; the stored values are UTC."""
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
