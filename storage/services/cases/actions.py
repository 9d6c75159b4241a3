"""Staff acting on a case: claim, status (with a reason; a question when waiting for the complainant),
priority, notes and replies. Each action re-checks the caller's role and province scope inside its own
transaction and returns an `Outcome` with the domain events a notifier acts on."""

from __future__ import annotations

import logging
from datetime import datetime

from storage.base import utcnow
from storage.errors import AlreadyClaimed, CaseClosed, InvalidInput, InvalidTransition
from storage.models.cases import (
    CLOSED_STATUSES,
    Case,
    CaseMessage,
    CasePriority,
    CaseStatus,
    Direction,
    EventKind,
    LinkKind,
    WaitingReason,
)
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.services.cases.base import Actor, CaseCore
from storage.services.cases.events import (
    Claimed,
    ComplainantUnreachable,
    DomainEvent,
    NoteAdded,
    Outcome,
    PriorityChanged,
    ReplySent,
    StatusChanged,
)
from storage.services.intake import clean_text
from storage.services.rules import can_transition
from storage.services.timers import rearm_timers
from storage.services.uow import write_transaction

logger = logging.getLogger(__name__)

REASON_REQUIRED = frozenset(CLOSED_STATUSES)  # closing a case always says why, so the worker learns it
REASON_MAX_CHARS = 1000


def _required_text(text: str | None, what: str) -> str:
    cleaned = clean_text(text or "").strip()
    if not cleaned:
        raise InvalidInput(f"{what} is required")
    if len(cleaned) > REASON_MAX_CHARS:
        raise InvalidInput(f"{what} is too long")
    return cleaned


class StaffActions(CaseCore):
    async def claim(self, actor: Actor, case_id: int, *, take_over_from: int | None = None) -> Outcome:
        """Assign the case to the caller; a new case moves to "in progress".

        Compare-and-set: the case is taken only while nobody holds it, or while `take_over_from` (the
        officer the caller was shown) still does; otherwise `AlreadyClaimed` names who holds it now. Of two
        concurrent claims exactly one wins.
        """
        async with write_transaction(self._database) as session:
            actor_id, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            case = await self._get(repo, case_id, scope)
            previous = case.assigned_to
            if previous == actor_id:
                return Outcome(case)
            if previous is not None and previous != take_over_from:
                raise AlreadyClaimed(previous)
            now = utcnow()
            claimed = await self._assign(repo, case, actor_id, previous, now)
            if claimed is None:
                raise AlreadyClaimed(case.assigned_to or 0)
            events: list[DomainEvent] = [claimed]
            if case.status is CaseStatus.NEW:
                await self._change_status(repo, case, CaseStatus.IN_PROGRESS, actor_id, now)
                events.append(StatusChanged(case, CaseStatus.NEW, CaseStatus.IN_PROGRESS, actor_id))
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return Outcome(case, tuple(events))

    @staticmethod
    async def _assign(
        repo: CaseRepository, case: Case, actor_id: int, previous: int | None, now: datetime
    ) -> Claimed | None:
        """Compare-and-set the assignee with its trail entry; None when someone else changed it first."""
        if not await repo.assign_if(case, expected=previous, assignee=actor_id, now=now):
            return None
        detail = f"{previous or '-'} -> {actor_id}"
        await repo.add_event(case.id, EventKind.CLAIMED, actor_user_id=actor_id, detail=detail, at=now)
        return Claimed(case, by=actor_id, previous_assignee=previous)

    async def _claim_if_free(
        self, repo: CaseRepository, case: Case, actor_id: int, now: datetime
    ) -> list[DomainEvent]:
        """Writing to the complainant or deciding on her case is handling it: an unassigned case becomes
        the caller's (a colleague who claimed it a moment earlier keeps it)."""
        if case.assigned_to is not None:
            return []
        claimed = await self._assign(repo, case, actor_id, None, now)
        return [] if claimed is None else [claimed]

    async def set_status(
        self,
        actor: Actor,
        case_id: int,
        status: CaseStatus,
        waiting_reason: WaitingReason | None = None,
        *,
        reason: str | None = None,
        agency: str | None = None,
        question: str | None = None,
    ) -> Outcome:
        """Move the case on. Closing (resolved, rejected, referred) needs a reason, a referral the agency,
        and waiting for the complainant the question she is asked (sent to her as a staff message). An
        unassigned case becomes the caller's."""
        if status in REASON_REQUIRED:
            reason = _required_text(reason, "reason")
            if not self._policy.reason_fits(status, reason):
                raise InvalidInput(f"reason is saved for another status than {status.value}")
        if status is CaseStatus.REFERRED:
            agency = _required_text(agency, "agency")
        if status is CaseStatus.WAITING_FOR_COMPLAINANT:
            question = _required_text(question, "question")
        async with write_transaction(self._database) as session:
            actor_id, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            case = await self._get(repo, case_id, scope)
            if case.erased_at is not None:
                raise CaseClosed("erased cases cannot change")
            previous = case.status
            if not can_transition(previous, status):
                raise InvalidTransition(f"{previous} -> {status}")
            if question is not None and case.complainant_chat_id is None:
                raise CaseClosed("the complainant's data was erased")
            now = utcnow()
            await self._change_status(
                repo, case, status, actor_id, now, waiting_reason=waiting_reason, reason=reason, agency=agency
            )
            events: list[DomainEvent] = [
                StatusChanged(
                    case,
                    previous,
                    status,
                    actor_id,
                    reason=reason,
                    agency=agency,
                    question=question,
                    waiting_reason=case.waiting_reason,
                )
            ]
            # Deciding on a case is handling it: the card then names who did.
            events += await self._claim_if_free(repo, case, actor_id, now)
            if question is not None:
                # Asked: no "Tunggu pelapor" prompt of this case waits for a question any more.
                await repo.delete_links(case.id, frozenset({LinkKind.QUESTION_PROMPT}))
                events.append(await self._record_reply(repo, case, actor_id, question, None, question=True))
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return Outcome(case, tuple(events))

    async def set_priority(self, actor: Actor, case_id: int, priority: CasePriority) -> Outcome:
        async with write_transaction(self._database) as session:
            actor_id, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            case = await self._get(repo, case_id, scope)
            old = case.priority
            if old is priority:
                return Outcome(case)
            now = utcnow()
            case.priority = priority
            case.updated_at = now
            await repo.add_event(
                case.id,
                EventKind.PRIORITY_CHANGED,
                actor_user_id=actor_id,
                detail=f"{old.value} -> {priority.value}",
                at=now,
            )
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return Outcome(case, (PriorityChanged(case, old, priority, actor_id),))

    async def add_note(self, actor: Actor, case_id: int, text: str) -> Outcome:
        text = clean_text(text)
        if not text.strip():
            raise InvalidInput("empty note")
        async with write_transaction(self._database) as session:
            actor_id, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            case = await self._get(repo, case_id, scope)
            now = utcnow()
            case.updated_at = now
            await repo.add_event(case.id, EventKind.NOTE, actor_user_id=actor_id, text=text, at=now)
            return Outcome(case, (NoteAdded(case, actor_id, text),))

    async def staff_reply(self, actor: Actor, case_id: int, text: str, *, update_key: str | None) -> Outcome:
        """Record a staff message to the complainant (the notifier delivers it). A reply means someone is
        on the case: an unassigned case becomes the replier's, and a new one moves to "in progress", so
        the card names her and the worker's /status says so."""
        text = clean_text(text)
        if not text.strip():
            raise InvalidInput("empty reply")
        async with write_transaction(self._database) as session:
            actor_id, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            if update_key is not None:
                existing = await repo.message_by_source_update(update_key)
                if existing is not None:
                    return Outcome(await self._get(repo, existing.case_id, scope), duplicate=True)
            case = await self._get(repo, case_id, scope)
            if case.complainant_chat_id is None:
                raise CaseClosed("the complainant's data was erased")
            now = utcnow()
            events: list[DomainEvent] = await self._claim_if_free(repo, case, actor_id, now)
            if case.status is CaseStatus.NEW:
                await self._change_status(repo, case, CaseStatus.IN_PROGRESS, actor_id, now)
                events.append(StatusChanged(case, CaseStatus.NEW, CaseStatus.IN_PROGRESS, actor_id))
            events.append(await self._record_reply(repo, case, actor_id, text, update_key))
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return Outcome(case, tuple(events))

    async def _record_reply(
        self,
        repo: CaseRepository,
        case: Case,
        actor_id: int,
        text: str,
        update_key: str | None,
        *,
        question: bool = False,
    ) -> ReplySent:
        now = utcnow()
        message = await repo.add_message(
            CaseMessage(
                case_id=case.id,
                direction=Direction.TO_COMPLAINANT,
                author_user_id=actor_id,
                text=text,
                source_update_key=update_key,
                created_at=now,
            )
        )
        case.last_staff_reply_at = now
        case.updated_at = now
        await repo.add_event(case.id, EventKind.MESSAGE_OUT, actor_user_id=actor_id, text=text, at=now)
        return ReplySent(case, actor_id, message.id, text, is_question=question)

    async def record_delivery(self, message_id: int, delivered: bool) -> None:
        async with write_transaction(self._database) as session:
            message = await CaseRepository(session).get_message(message_id)
            if message is not None:
                message.delivered = delivered

    async def mark_unreachable(self, case_id: int) -> Outcome:
        """The complainant blocked the bot (403): staff must see it; the 60-day closure clock starts.

        The outcome has no events when the case already was unreachable.
        """
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            case = await self._get(repo, case_id)
            if case.unreachable_since is not None:
                return Outcome(case)
            now = utcnow()
            case.unreachable_since = now
            case.updated_at = now
            await repo.add_event(case.id, EventKind.UNREACHABLE, at=now)
            await rearm_timers(TimerRepository(session), case, self._policy, now)
        logger.info("case %s: complainant unreachable", case.ticket)
        return Outcome(case, (ComplainantUnreachable(case),))

    async def mark_complainant_unreachable(self, user_id: int) -> list[Outcome]:
        """The user blocked the bot: their open cases become unreachable; returns those that just did."""
        async with self._database.sessions() as session:
            cases = await CaseRepository(session).of_complainant(user_id)
        outcomes = [await self.mark_unreachable(case.id) for case in cases if case.is_open]
        return [outcome for outcome in outcomes if outcome.events]
