"""Timers stored as due times and the sweep that acts on them (reminders, closure flags, missing cards).

Every change to a case calls `rearm_timers` in the same transaction, so the due times always match the
case. The sweep job runs every `sweep_interval_seconds` and survives restarts because nothing lives in memory.
It also deletes what is kept only for a while: abandoned drafts and handled updates in the inbox.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from storage.base import utcnow
from storage.db import Database
from storage.models.cases import (
    Case,
    CasePriority,
    ClosureReason,
    EventKind,
    TimerKind,
)
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.repositories.inbox import InboxRepository
from storage.repositories.intake import DraftRepository
from storage.services.rules import QueuePolicy, next_closure_deadline
from storage.services.uow import write_transaction

logger = logging.getLogger(__name__)

SWEEP_BATCH = 200


class ActionKind(StrEnum):
    POST_CARD = "post_card"
    URGENT_UNCLAIMED = "urgent_unclaimed"
    UNANSWERED = "unanswered"
    CLOSURE_FLAGGED = "closure_flagged"


@dataclass(frozen=True)
class TimerAction:
    """Something the sweep found due; the handler posts it to the staff chat."""

    kind: ActionKind
    case: Case
    closure_reason: ClosureReason | None = None


def _needs_urgent_reminder(case: Case) -> bool:
    return case.is_open and case.priority is CasePriority.URGENT and case.assigned_to is None


def _unanswered(case: Case) -> bool:
    return case.is_open and (
        case.last_staff_reply_at is None or case.last_staff_reply_at < case.last_complainant_at
    )


async def rearm_timers(timers: TimerRepository, case: Case, policy: QueuePolicy, now: datetime) -> None:
    """Set or clear the reminder and closure timers to match the case as it is now."""
    if _needs_urgent_reminder(case):
        await timers.set(
            case.id, TimerKind.URGENT_UNCLAIMED, now + timedelta(minutes=policy.urgent_unclaimed_minutes)
        )
    else:
        await timers.clear(case.id, TimerKind.URGENT_UNCLAIMED)
    if _unanswered(case):
        await timers.set(
            case.id, TimerKind.UNANSWERED, case.last_complainant_at + timedelta(hours=policy.unanswered_hours)
        )
    else:
        await timers.clear(case.id, TimerKind.UNANSWERED)
    deadline = next_closure_deadline(case, policy)
    if deadline is None:
        await timers.clear(case.id, TimerKind.CLOSURE)
    else:
        due, reason = deadline
        await timers.set(case.id, TimerKind.CLOSURE, due, detail=reason.value)


class TimerSweep:
    def __init__(self, database: Database, policy: QueuePolicy) -> None:
        self._database = database
        self._policy = policy
        # Cards this process is sending right now. Flood limits can hold a card longer than its retry
        # time; the sweep must not post a second one meanwhile.
        self._posting: set[int] = set()

    @contextlib.contextmanager
    def posting_card(self, case_id: int) -> Iterator[bool]:
        """Mark a case's card as being posted; yields False when it already is (then post nothing)."""
        if case_id in self._posting:
            yield False
            return
        self._posting.add(case_id)
        try:
            yield True
        finally:
            self._posting.discard(case_id)

    async def take_unposted_cards(self, now: datetime | None = None) -> list[Case]:
        """Every case whose card is not in the staff chat yet, due or not, each leased like the sweep does.

        For start-up: a card still missing then belongs to a run that was killed between filing the case
        and posting its card, and should not wait for its retry time.
        """
        now = now or utcnow()
        unposted: list[Case] = []
        async with write_transaction(self._database) as session:
            timers = TimerRepository(session)
            cases = CaseRepository(session)
            for timer in await timers.of_kind(TimerKind.POST_CARD, SWEEP_BATCH):
                case = await cases.get(timer.case_id, for_update=True)
                if case is not None and case.id not in self._posting:
                    timer.due_at = now + timedelta(seconds=self._policy.card_retry_seconds)
                    unposted.append(case)
        return unposted

    async def sweep(self, now: datetime | None = None) -> list[TimerAction]:
        """Handle every due timer in one transaction; return what the staff chat must be told."""
        now = now or utcnow()
        actions: list[TimerAction] = []
        async with write_transaction(self._database) as session:
            timers = TimerRepository(session)
            cases = CaseRepository(session)
            for timer in await timers.due(now, SWEEP_BATCH):
                case = await cases.get(timer.case_id, for_update=True)
                if case is None:
                    continue
                kind = timer.kind
                if kind is TimerKind.POST_CARD:
                    if case.id in self._posting:
                        continue  # still on its way: the timer stays due until the card is linked
                    # Leased: if posting fails again the next sweep retries; posting clears the timer.
                    timer.due_at = now + timedelta(seconds=self._policy.card_retry_seconds)
                    actions.append(TimerAction(ActionKind.POST_CARD, case))
                elif kind is TimerKind.URGENT_UNCLAIMED:
                    if _needs_urgent_reminder(case):
                        timer.due_at = now + timedelta(minutes=self._policy.urgent_unclaimed_minutes)
                        await cases.add_event(case.id, EventKind.REMINDER, detail=kind.value, at=now)
                        actions.append(TimerAction(ActionKind.URGENT_UNCLAIMED, case))
                    else:
                        await timers.clear(case.id, kind)
                elif kind is TimerKind.UNANSWERED:
                    if _unanswered(case):
                        timer.due_at = now + timedelta(hours=self._policy.unanswered_hours)
                        await cases.add_event(case.id, EventKind.REMINDER, detail=kind.value, at=now)
                        actions.append(TimerAction(ActionKind.UNANSWERED, case))
                    else:
                        await timers.clear(case.id, kind)
                elif kind is TimerKind.CLOSURE:
                    deadline = next_closure_deadline(case, self._policy)
                    if deadline is not None and deadline[0] <= now:
                        reason = deadline[1]
                        case.closure_flag = reason
                        case.updated_at = now
                        await cases.add_event(case.id, EventKind.CLOSURE_FLAGGED, detail=reason.value, at=now)
                        actions.append(TimerAction(ActionKind.CLOSURE_FLAGGED, case, reason))
                        logger.info("case %s flagged for closing: %s", case.ticket, reason)
                    await rearm_timers(timers, case, self._policy, now)
            purged = await DraftRepository(session).delete_stale(
                now - timedelta(days=self._policy.draft_retention_days)
            )
            handled_updates = await InboxRepository(session).delete_handled_before(
                now - timedelta(hours=self._policy.handled_update_retention_hours)
            )
        if purged:
            logger.info("%d abandoned complaint draft(s) deleted", purged)
        if handled_updates:
            logger.info("%d handled update(s) deleted from the inbox", handled_updates)
        return actions
