"""What every part of the case core shares: the database, the staff directory, the queue policy, the
lookups that hide what the caller may not see, and the one place a status changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database
from storage.errors import CaseNotFound
from storage.models.cases import CLOSED_STATUSES, Case, CaseStatus, EventKind, WaitingReason
from storage.repositories.cases import CaseRepository
from storage.services.rules import QueuePolicy
from storage.services.staff import StaffDirectory


@dataclass(frozen=True)
class StaffActor:
    """Who acts, and through which window: a province staff chat passes its provinces, and the caller then
    sees only those whatever her own scope (None: the default staff chat, the console, the command line)."""

    user_id: int
    chat_provinces: frozenset[str] | None = None


Actor = int | StaffActor


def as_actor(actor: Actor) -> StaffActor:
    return actor if isinstance(actor, StaffActor) else StaffActor(actor)


Scope = frozenset[str] | None  # province codes the caller may see; None: every case


def narrow(first: Scope, second: Scope) -> Scope:
    if first is None:
        return second
    if second is None:
        return first
    return first & second


def in_scope(case: Case, scope: Scope) -> bool:
    return scope is None or (case.province_code or "") in scope


AGENCY_PREFIX = "Instansi: "  # a status change's trail text: the agency's line, then the reason


@dataclass(frozen=True)
class Decision:
    """Why a case was closed as the trail holds it: the officer's reason and, for a referral, the agency."""

    reason: str | None
    agency: str | None

    @classmethod
    def from_trail(cls, text: str | None) -> Decision:
        first, _, rest = (text or "").partition("\n")
        if first.startswith(AGENCY_PREFIX):
            return cls(rest.strip() or None, first.removeprefix(AGENCY_PREFIX).strip() or None)
        return cls((text or "").strip() or None, None)


class CaseCore:
    def __init__(self, database: Database, staff: StaffDirectory, policy: QueuePolicy) -> None:
        self._database = database
        self._staff = staff
        self._policy = policy

    async def _scope(self, session: AsyncSession, actor: Actor) -> tuple[int, Scope]:
        """Re-check the caller is staff inside the open unit of work; return her id and what she may see."""
        who = as_actor(actor)
        access = await self._staff.require_access(session, who.user_id)
        return who.user_id, narrow(access.provinces, who.chat_provinces)

    async def _get(self, repo: CaseRepository, case_id: int, scope: Scope = None) -> Case:
        case = await repo.get(case_id, for_update=True)
        # A case outside the caller's provinces looks exactly like a missing one: nothing is revealed.
        if case is None or not in_scope(case, scope):
            raise CaseNotFound(str(case_id))
        return case

    async def _find(self, repo: CaseRepository, ticket_or_id: str | int, scope: Scope = None) -> Case:
        case = (
            await repo.get(ticket_or_id)
            if isinstance(ticket_or_id, int)
            else await repo.get_by_ticket(ticket_or_id)
        )
        if case is None or not in_scope(case, scope):
            raise CaseNotFound(str(ticket_or_id))
        return case

    async def _own(self, repo: CaseRepository, user_id: int, case_id: int) -> Case:
        case = await repo.get(case_id)
        # Someone else's case looks exactly like a missing one: nothing is revealed.
        if case is None or case.complainant_user_id != user_id:
            raise CaseNotFound(str(case_id))
        return case

    async def _change_status(
        self,
        repo: CaseRepository,
        case: Case,
        status: CaseStatus,
        actor_id: int | None,
        now: datetime,
        *,
        waiting_reason: WaitingReason | None = None,
        reason: str | None = None,
        agency: str | None = None,
    ) -> None:
        """Move the case and write the trail line: `detail` holds the machine-readable codes, `text` the
        officer's reason (and the agency of a referral), which staff read in the trail."""
        previous = case.status
        case.status = status
        case.status_changed_at = now
        case.updated_at = now
        case.closure_flag = None
        case.waiting_reason = (
            (waiting_reason or WaitingReason.CLARIFICATION)
            if status is CaseStatus.WAITING_FOR_COMPLAINANT
            else None
        )
        case.closed_at = now if status in CLOSED_STATUSES else None
        detail = f"{previous.value} -> {status.value}"
        if case.waiting_reason is not None:
            detail += f" ({case.waiting_reason.value})"
        text = "\n".join(part for part in (f"{AGENCY_PREFIX}{agency}" if agency else None, reason) if part)
        await repo.add_event(
            case.id,
            EventKind.STATUS_CHANGED,
            actor_user_id=actor_id,
            detail=detail,
            text=text or None,
            at=now,
        )
