"""Timers stored as due times: card posting, urgent/unanswered reminders and closure flags, swept by a job."""

from __future__ import annotations

from datetime import timedelta

from storage.base import utcnow
from storage.models.cases import CaseStatus, ClosureReason, LinkKind, WaitingReason
from storage.services.cases import CaseQueue
from storage.services.intake import IntakeService
from storage.services.rules import add_working_days
from storage.services.timers import ActionKind, TimerSweep
from tests.storage_fixtures import OFFICER_ID, file_case


async def test_nothing_is_due_right_after_filing(intake: IntakeService, sweep: TimerSweep) -> None:
    await file_case(intake, 1, urgent=True)
    assert await sweep.sweep(utcnow()) == []


async def test_unposted_card_is_retried_until_linked(
    intake: IntakeService, queue: CaseQueue, sweep: TimerSweep
) -> None:
    case = await file_case(intake, 1)
    later = utcnow() + timedelta(minutes=2)
    assert [a.kind for a in await sweep.sweep(later)] == [ActionKind.POST_CARD]
    assert await sweep.sweep(later) == []  # leased: not handed out twice in a row
    await queue.link_message(case.id, -100, 5, LinkKind.CARD)
    assert await sweep.sweep(later + timedelta(minutes=5)) == []


async def test_urgent_unclaimed_reminds_until_claimed(
    intake: IntakeService, queue: CaseQueue, sweep: TimerSweep
) -> None:
    case = await file_case(intake, 1, category="violence", urgent=True)
    await queue.link_message(case.id, -100, 5, LinkKind.CARD)
    after_30 = utcnow() + timedelta(minutes=31)
    assert [a.kind for a in await sweep.sweep(after_30)] == [ActionKind.URGENT_UNCLAIMED]
    assert await sweep.sweep(after_30) == []
    assert [a.kind for a in await sweep.sweep(after_30 + timedelta(minutes=31))] == [
        ActionKind.URGENT_UNCLAIMED
    ]
    await queue.claim(OFFICER_ID, case.id)
    assert await sweep.sweep(after_30 + timedelta(hours=2)) == []


async def test_unanswered_case_reminds_until_staff_reply(
    intake: IntakeService, queue: CaseQueue, sweep: TimerSweep
) -> None:
    case = await file_case(intake, 1)
    await queue.link_message(case.id, -100, 5, LinkKind.CARD)
    day = utcnow() + timedelta(hours=25)
    assert [a.kind for a in await sweep.sweep(day)] == [ActionKind.UNANSWERED]
    await queue.staff_reply(OFFICER_ID, case.id, "Kami proses", update_key=None)
    assert await sweep.sweep(day + timedelta(hours=25)) == []


async def test_waiting_case_is_flagged_after_fifteen_working_days(
    intake: IntakeService, queue: CaseQueue, sweep: TimerSweep
) -> None:
    case = await file_case(intake, 1)
    await queue.link_message(case.id, -100, 5, LinkKind.CARD)
    await queue.claim(OFFICER_ID, case.id)
    await queue.staff_reply(OFFICER_ID, case.id, "Mohon kirim kontrak", update_key=None)
    change = await queue.set_status(
        OFFICER_ID, case.id, CaseStatus.WAITING_FOR_COMPLAINANT, question="Kontraknya ada?"
    )
    due = add_working_days(change.case.status_changed_at, 15)
    actions = [
        a for a in await sweep.sweep(due - timedelta(minutes=1)) if a.kind is ActionKind.CLOSURE_FLAGGED
    ]
    assert actions == []
    actions = [
        a for a in await sweep.sweep(due + timedelta(minutes=1)) if a.kind is ActionKind.CLOSURE_FLAGGED
    ]
    assert [a.closure_reason for a in actions] == [ClosureReason.NO_CLARIFICATION]
    assert (await queue.own_case(1, case.id)).closure_flag is ClosureReason.NO_CLARIFICATION


async def test_documents_and_unreachable_rules(
    intake: IntakeService, queue: CaseQueue, sweep: TimerSweep
) -> None:
    case = await file_case(intake, 1)
    await queue.link_message(case.id, -100, 5, LinkKind.CARD)
    await queue.claim(OFFICER_ID, case.id)
    await queue.staff_reply(OFFICER_ID, case.id, "Mohon dokumen", update_key=None)
    await queue.set_status(
        OFFICER_ID,
        case.id,
        CaseStatus.WAITING_FOR_COMPLAINANT,
        WaitingReason.DOCUMENTS,
        question="Kirim paspor",
    )
    await queue.mark_unreachable(case.id)
    flagged = [
        a.closure_reason
        for a in await sweep.sweep(utcnow() + timedelta(days=31))
        if a.kind is ActionKind.CLOSURE_FLAGGED
    ]
    assert flagged == [ClosureReason.DOCUMENTS_INCOMPLETE]
    flagged = [
        a.closure_reason
        for a in await sweep.sweep(utcnow() + timedelta(days=61))
        if a.kind is ActionKind.CLOSURE_FLAGGED
    ]
    assert flagged == [ClosureReason.UNREACHABLE]


async def test_no_response_for_six_months(intake: IntakeService, queue: CaseQueue, sweep: TimerSweep) -> None:
    case = await file_case(intake, 1)
    await queue.link_message(case.id, -100, 5, LinkKind.CARD)
    await queue.staff_reply(OFFICER_ID, case.id, "Halo", update_key=None)
    flagged = [
        a.closure_reason
        for a in await sweep.sweep(utcnow() + timedelta(days=181))
        if a.kind is ActionKind.CLOSURE_FLAGGED
    ]
    assert flagged == [ClosureReason.NO_RESPONSE]


async def test_closed_case_has_no_timers(intake: IntakeService, queue: CaseQueue, sweep: TimerSweep) -> None:
    case = await file_case(intake, 1, category="violence", urgent=True)
    await queue.link_message(case.id, -100, 5, LinkKind.CARD)
    await queue.set_status(OFFICER_ID, case.id, CaseStatus.REJECTED, reason="ganda")
    assert await sweep.sweep(utcnow() + timedelta(days=400)) == []


async def test_abandoned_drafts_are_deleted_after_thirty_days(
    intake: IntakeService, sweep: TimerSweep
) -> None:
    await intake.start(1, 1, "id")
    await sweep.sweep(utcnow() + timedelta(days=29))
    assert await intake.current(1) is not None
    await sweep.sweep(utcnow() + timedelta(days=31))
    assert await intake.current(1) is None
