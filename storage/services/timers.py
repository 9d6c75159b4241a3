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

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.base import utcnow
from storage.db import Database
from storage.models.cases import (
    Case,
    CasePriority,
    CaseTimer,
    ClosureReason,
    EventKind,
    TimerKind,
)
from storage.models.leases import WorkLease
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.repositories.inbox import InboxRepository
from storage.repositories.intake import DraftRepository
from storage.services.leases import INSTANCE_PREFIX
from storage.services.rules import QueuePolicy, next_closure_deadline
from storage.services.uow import one_statement, write_transaction

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


async def _live_instances(session: AsyncSession) -> set[str]:
    """Names of the instances alive now (by the clock, whatever time the sweep is asked about)."""
    statement = select(WorkLease.name).where(
        WorkLease.name.startswith(INSTANCE_PREFIX), WorkLease.expires_at > utcnow()
    )
    names = (await session.execute(statement)).scalars().all()
    return {name.removeprefix(INSTANCE_PREFIX) for name in names}


class TimerSweep:
    """The sweep, and the cards not yet in the staff chat.

    A card's POST_CARD timer names the instance posting it (`detail`): the one that filed the case, or the
    one that took the card over. Another instance takes a card only when nobody is posting it or its poster
    is gone (no live instance lease): pacing can hold a card in a live instance for minutes, and posting it
    again from elsewhere would give the officers two cards for one case. The timer rows are locked while a
    card is taken (`FOR UPDATE SKIP LOCKED`), so two instances never take the same card.
    """

    def __init__(self, database: Database, policy: QueuePolicy, *, holder: str = "") -> None:
        self._database = database
        self._policy = policy
        self._holder = holder
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

    def _card_is_free(self, timer: CaseTimer, live: set[str]) -> bool:
        poster = timer.detail
        if poster is None or poster == self._holder:
            return timer.case_id not in self._posting
        return poster not in live

    def _take_card(self, timer: CaseTimer, now: datetime) -> None:
        # Leased: if posting fails the poster lets go of it, and the sweep retries once it is due again.
        timer.due_at = now + timedelta(seconds=self._policy.card_retry_seconds)
        timer.detail = self._holder or None

    async def take_unposted_cards(self, now: datetime | None = None) -> list[Case]:
        """Every case whose card is not in the staff chat yet and whose poster is gone, due or not, taken
        over by this instance.

        For start-up: such a card belongs to a run that was killed between filing the case and posting its
        card, and should not wait for its retry time. A card a live instance is still posting stays its own.
        """
        now = now or utcnow()
        unposted: list[Case] = []
        async with write_transaction(self._database) as session:
            timers = TimerRepository(session)
            cases = CaseRepository(session)
            live = await _live_instances(session)
            for timer in await timers.of_kind(TimerKind.POST_CARD, SWEEP_BATCH):
                if not self._card_is_free(timer, live):
                    continue
                case = await cases.get(timer.case_id, for_update=True)
                if case is not None:
                    self._take_card(timer, now)
                    unposted.append(case)
        return unposted

    async def let_go_of_card(self, case_id: int) -> None:
        """This instance did not post the card (Telegram refused, no staff chat): any instance's sweep may
        retry it when it is due."""
        async with one_statement(self._database) as connection:
            await connection.execute(
                update(CaseTimer)
                .where(
                    CaseTimer.case_id == case_id,
                    CaseTimer.kind == TimerKind.POST_CARD,
                    CaseTimer.detail == (self._holder or None),
                )
                .values(detail=None)
            )

    async def sweep(self, now: datetime | None = None) -> list[TimerAction]:
        """Handle every due timer in one transaction; return what the staff chat must be told."""
        now = now or utcnow()
        actions: list[TimerAction] = []
        async with write_transaction(self._database) as session:
            timers = TimerRepository(session)
            cases = CaseRepository(session)
            live = await _live_instances(session)
            for timer in await timers.due(now, SWEEP_BATCH):
                if timer.kind is TimerKind.POST_CARD and not self._card_is_free(timer, live):
                    continue  # still on its way, here or in a live instance: the card is linked when posted
                case = await cases.get(timer.case_id, for_update=True)
                if case is None:
                    continue
                kind = timer.kind
                if kind is TimerKind.POST_CARD:
                    self._take_card(timer, now)
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
