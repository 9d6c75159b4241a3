"""The case queue: staff actions with their audit trail, relayed messages, erasure, search, stats, export."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from storage.base import utcnow
from storage.db import Database
from storage.errors import (
    AccessDenied,
    AlreadyClaimed,
    CaseClosed,
    CaseNotFound,
    InvalidInput,
    InvalidTransition,
)
from storage.models.cases import (
    AttachmentKind,
    Case,
    CasePriority,
    CaseStatus,
    Direction,
    EventKind,
    LinkKind,
)
from storage.models.staff import StaffRole
from storage.repositories.cases import CaseFilter
from storage.services.cases import (
    ERASED_TEXT,
    CaseQueue,
    Claimed,
    ComplainantMessaged,
    DataErased,
    Outcome,
    ReplySent,
    StaffActor,
    StatusChanged,
    new_attachment,
)
from storage.services.intake import IntakeService
from storage.services.rules import QueuePolicy
from storage.services.staff import StaffDirectory, StaffProfile
from tests.storage_fixtures import ADMIN_ID, OFFICER_ID, STRANGER_ID, file_case


async def test_claim_moves_new_case_to_work_and_is_audited(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 1)
    claimed = (await queue.claim(OFFICER_ID, case.id)).case
    assert claimed.assigned_to == OFFICER_ID
    assert claimed.status is CaseStatus.IN_PROGRESS
    kinds = [event.kind for event in (await queue.detail(OFFICER_ID, case.id)).events]
    assert kinds == [EventKind.CREATED, EventKind.CLAIMED, EventKind.STATUS_CHANGED]


async def test_status_transitions_are_validated(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 1)
    with pytest.raises(InvalidTransition):
        await queue.set_status(OFFICER_ID, case.id, CaseStatus.RESOLVED, reason="beres")
    await queue.set_status(OFFICER_ID, case.id, CaseStatus.IN_PROGRESS)
    change = await queue.set_status(
        OFFICER_ID, case.id, CaseStatus.WAITING_FOR_COMPLAINANT, question="Kapan terakhir digaji?"
    )
    assert change.of(StatusChanged)[0].old is CaseStatus.IN_PROGRESS
    resolved = await queue.set_status(OFFICER_ID, case.id, CaseStatus.RESOLVED, reason="Gaji dibayar")
    assert resolved.case.closed_at is not None


@pytest.mark.parametrize(
    ("status", "values"),
    [
        (CaseStatus.RESOLVED, {}),
        (CaseStatus.REJECTED, {"reason": "   "}),
        (CaseStatus.REFERRED, {"reason": "pidana"}),  # no agency
        (CaseStatus.WAITING_FOR_COMPLAINANT, {}),  # no question
    ],
)
async def test_decisions_need_their_reason_agency_or_question(
    intake: IntakeService, queue: CaseQueue, status: CaseStatus, values: dict[str, str]
) -> None:
    case = await file_case(intake, 1)
    await queue.claim(OFFICER_ID, case.id)
    with pytest.raises(InvalidInput):
        await queue.set_status(OFFICER_ID, case.id, status, **values)
    assert (await queue.detail(OFFICER_ID, case.id)).case.status is CaseStatus.IN_PROGRESS


async def test_priority_and_note(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 1)
    assert (
        await queue.set_priority(OFFICER_ID, case.id, CasePriority.URGENT)
    ).case.priority is CasePriority.URGENT
    await queue.add_note(OFFICER_ID, case.id, "<i>cek</i> ke P3MI")
    with pytest.raises(InvalidInput):
        await queue.add_note(OFFICER_ID, case.id, "   ")
    events = (await queue.detail(OFFICER_ID, case.id)).events
    assert events[-1].kind is EventKind.NOTE
    assert events[-1].text == "<i>cek</i> ke P3MI"


async def test_non_staff_can_neither_read_nor_act(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 1)
    for action in (
        queue.detail(STRANGER_ID, case.id),
        queue.queue(STRANGER_ID, CaseFilter()),
        queue.search(STRANGER_ID, "Gaji"),
        queue.statistics(STRANGER_ID),
        queue.export_csv(STRANGER_ID, utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)),
        queue.claim(STRANGER_ID, case.id),
        queue.set_status(STRANGER_ID, case.id, CaseStatus.IN_PROGRESS),
        queue.set_priority(STRANGER_ID, case.id, CasePriority.URGENT),
        queue.add_note(STRANGER_ID, case.id, "x"),
        queue.staff_reply(STRANGER_ID, case.id, "x", update_key=None),
        queue.case_for_staff_message(STRANGER_ID, -100, 1),
    ):
        with pytest.raises(AccessDenied):
            await action
    after = (await queue.detail(ADMIN_ID, case.id)).case
    assert after.status is CaseStatus.NEW
    assert after.assigned_to is None


async def test_complainant_only_reaches_own_cases(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 1)
    with pytest.raises(CaseNotFound):
        await queue.own_case(2, case.id)
    with pytest.raises(CaseNotFound):
        await queue.complainant_message(2, case.id, "hi", update_key=None)
    with pytest.raises(CaseNotFound):
        await queue.await_reply(2, case.id)


async def test_messages_both_ways_and_idempotency(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 1)
    incoming = await queue.complainant_message(1, case.id, "Ada kabar?", update_key="k500", forwarded=True)
    again = await queue.complainant_message(1, case.id, "Ada kabar?", update_key="k500")
    assert again.duplicate
    # Stored once; shown to staff again, since whether the first handling posted it is unknown.
    (shown_again,) = again.of(ComplainantMessaged)
    assert shown_again.message_id == incoming.message_id
    assert shown_again.forwarded
    assert not any(isinstance(event, StatusChanged) for event in again.events)
    assert incoming.of(ComplainantMessaged)[0].forwarded
    outgoing = await queue.staff_reply(OFFICER_ID, case.id, "Sedang kami proses", update_key="501")
    assert (await queue.staff_reply(OFFICER_ID, case.id, "Sedang kami proses", update_key="501")).duplicate
    await queue.record_delivery(outgoing.of(ReplySent)[0].message_id, True)
    messages = (await queue.detail(OFFICER_ID, case.id)).messages
    assert [(m.direction, m.text, m.forwarded) for m in messages] == [
        (Direction.FROM_COMPLAINANT, "Ada kabar?", True),
        (Direction.TO_COMPLAINANT, "Sedang kami proses", False),
    ]
    assert messages[1].delivered is True


async def test_reply_mode_and_links(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 1)
    await queue.await_reply(1, case.id)
    assert await queue.pending_reply_case(1) == case.id
    await queue.complainant_message(1, case.id, "ok", update_key=None)
    assert await queue.pending_reply_case(1) is None
    await queue.link_complainant_message(case.id, 1, 10)
    assert (await queue.case_for_complainant_message(1, 1, 10)) is not None
    assert (await queue.case_for_complainant_message(2, 1, 10)) is None
    await queue.link_message(case.id, -100, 20, LinkKind.CARD)
    linked = await queue.case_for_staff_message(OFFICER_ID, -100, 20)
    assert linked is not None
    assert linked.case.card_message_id == 20
    assert await queue.case_for_staff_message(OFFICER_ID, 1, 10) is None  # complainant links are not cards


async def test_unreachable_is_marked_once_and_cleared_by_a_new_message(
    intake: IntakeService, queue: CaseQueue
) -> None:
    case = await file_case(intake, 1)
    assert (await queue.mark_unreachable(case.id)).events
    assert (await queue.mark_unreachable(case.id)).events == ()
    await queue.complainant_message(1, case.id, "saya kembali", update_key=None)
    assert (await queue.own_case(1, case.id)).unreachable_since is None


async def test_erase_anonymises_closed_cases_only(
    intake: IntakeService, queue: CaseQueue, tmp_path: Path
) -> None:
    closed = await file_case(intake, 1)
    still_open = await file_case(intake, 1)
    stored = tmp_path / "photo.jpg"
    stored.write_bytes(b"jpg")
    attachment = new_attachment(AttachmentKind.PHOTO, "f1", stored_path=str(stored))
    await queue.complainant_message(1, closed.id, "rahasia", update_key=None, attachment=attachment)
    await queue.set_status(OFFICER_ID, closed.id, CaseStatus.REJECTED, reason="bukan wewenang")
    result = await queue.erase_personal_data(1, tmp_path)
    assert result.erased == [closed.ticket]
    assert result.still_open == [still_open.ticket]
    assert not stored.exists()
    detail = await queue.detail(ADMIN_ID, closed.id)
    assert detail.case.story == ERASED_TEXT
    assert detail.case.phone is None
    assert detail.case.complainant_user_id is None
    assert detail.case.category is not None  # the statistics survive
    assert detail.attachments == []
    assert all(message.text is None for message in detail.messages)
    assert [case.id for case in await queue.cases_of(1)] == [still_open.id]
    with pytest.raises(CaseClosed):
        await queue.set_status(OFFICER_ID, closed.id, CaseStatus.IN_PROGRESS)


async def test_queue_filters_and_search(intake: IntakeService, queue: CaseQueue) -> None:
    first = await file_case(intake, 1, agency="PT 100%_Sukses")
    second = await file_case(intake, 2, category="violence", urgent=True)
    await queue.claim(OFFICER_ID, first.id)
    mine = await queue.queue(OFFICER_ID, CaseFilter(assigned_to=OFFICER_ID))
    assert [case.id for case in mine] == [first.id]
    urgent = await queue.queue(OFFICER_ID, CaseFilter(priority=CasePriority.URGENT))
    assert [case.id for case in urgent] == [second.id]
    unassigned = await queue.queue(OFFICER_ID, CaseFilter(unassigned=True))
    assert [case.id for case in unassigned] == [second.id]
    assert [case.id for case in await queue.search(OFFICER_ID, "100%_s")] == [first.id]
    assert [case.id for case in await queue.search(OFFICER_ID, "xyz-nothing")] == []
    assert {case.id for case in await queue.search(OFFICER_ID, "gaji")} == {first.id, second.id}


async def test_statistics_and_export(intake: IntakeService, queue: CaseQueue) -> None:
    await file_case(intake, 1, agency='=HYPERLINK("x")')
    await file_case(intake, 2, category="violence", country="Kamboja", urgent=True)
    stats = await queue.statistics(OFFICER_ID)
    assert stats.total == 2
    assert dict(stats.by_status) == {"new": 2}
    assert dict(stats.by_country) == {"Malaysia": 1, "Kamboja": 1}
    assert dict(stats.open_by_age)["< 1 hari"] == 2
    assert stats.open_urgent == 1
    content, count = await queue.export_csv(
        OFFICER_ID, utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)
    )
    rows = list(csv.DictReader(io.StringIO(content)))
    assert count == 2
    assert [row["ticket"] for row in rows] == ["ADU-000001", "ADU-000002"]
    assert rows[0]["agency"].startswith("'=")
    with pytest.raises(InvalidInput):
        await queue.export_csv(OFFICER_ID, utcnow(), utcnow() - timedelta(days=1))


async def test_staff_directory_admin_adds_and_removes_officers(staff: StaffDirectory) -> None:
    assert await staff.role_of(STRANGER_ID) is None
    with pytest.raises(AccessDenied):
        await staff.add_officer(OFFICER_ID, STRANGER_ID)
    await staff.add_officer(ADMIN_ID, STRANGER_ID)
    assert await staff.role_of(STRANGER_ID) == "officer"
    assert STRANGER_ID in [entry.user_id for entry in await staff.members(OFFICER_ID)]
    with pytest.raises(InvalidInput):
        await staff.remove_officer(ADMIN_ID, OFFICER_ID)  # configured staff change in config
    assert await staff.remove_officer(ADMIN_ID, STRANGER_ID)
    assert await staff.role_of(STRANGER_ID) is None


async def test_concurrent_claims_resolve_to_exactly_one(
    intake: IntakeService, queue: CaseQueue, staff: StaffDirectory
) -> None:
    case = await file_case(intake, 1)
    await staff.add_officer(ADMIN_ID, STRANGER_ID)
    results = await asyncio.gather(
        queue.claim(OFFICER_ID, case.id), queue.claim(STRANGER_ID, case.id), return_exceptions=True
    )
    winners = [result for result in results if isinstance(result, Outcome)]
    losers = [result for result in results if isinstance(result, AlreadyClaimed)]
    assert len(winners) == 1
    assert len(losers) == 1
    holder = (await queue.detail(ADMIN_ID, case.id)).case.assigned_to
    assert winners[0].of(Claimed)[0].by == holder
    assert losers[0].assignee == holder
    claims = [e for e in (await queue.detail(ADMIN_ID, case.id)).events if e.kind is EventKind.CLAIMED]
    assert len(claims) == 1


async def test_a_take_over_names_the_officer_it_takes_from(
    intake: IntakeService, queue: CaseQueue, staff: StaffDirectory
) -> None:
    case = await file_case(intake, 1)
    await staff.add_officer(ADMIN_ID, STRANGER_ID)
    await queue.claim(OFFICER_ID, case.id)
    with pytest.raises(AlreadyClaimed):
        await queue.claim(STRANGER_ID, case.id)  # not without asking
    with pytest.raises(AlreadyClaimed):
        await queue.claim(STRANGER_ID, case.id, take_over_from=ADMIN_ID)  # a stale view of who holds it
    taken = await queue.claim(STRANGER_ID, case.id, take_over_from=OFFICER_ID)
    assert taken.of(Claimed)[0].previous_assignee == OFFICER_ID
    assert taken.case.assigned_to == STRANGER_ID


async def test_erasure_removes_her_data_and_keeps_the_evidence(
    intake: IntakeService, queue: CaseQueue, tmp_path: Path
) -> None:
    case = await file_case(
        intake, 1, agency="PT Penipu Jaya, rekening BCA 123", story="Saya Siti dari Blitar"
    )
    stored = tmp_path / "bukti.jpg"
    stored.write_bytes(b"jpg")
    attachment = new_attachment(AttachmentKind.PHOTO, "f9", stored_path=str(stored))
    await queue.complainant_message(1, case.id, "nomor saya 0812", update_key=None, attachment=attachment)
    await queue.staff_reply(OFFICER_ID, case.id, "Bu Siti, kami cek", update_key=None)
    await queue.add_note(OFFICER_ID, case.id, "Rekening BCA 123 dilaporkan ke bank")
    await queue.set_status(OFFICER_ID, case.id, CaseStatus.REFERRED, reason="Penipuan", agency="Polri")
    result = await queue.erase_personal_data(1, tmp_path)
    assert result.erased == [case.ticket]
    assert [type(event) for event in result.events] == [DataErased]
    detail = await queue.detail(ADMIN_ID, case.id)
    erased = detail.case
    removed = (erased.complainant_name, erased.phone, erased.complainant_user_id, erased.complainant_chat_id)
    assert removed == (None, None, None, None)
    assert erased.story == ERASED_TEXT
    assert detail.attachments == []
    assert not stored.exists()
    assert all(message.text is None and message.author_user_id != 1 for message in detail.messages)
    assert all(event.actor_user_id != 1 for event in detail.events)
    # The evidence and the staff's work stay.
    assert erased.agency == "PT Penipu Jaya, rekening BCA 123"
    texts = [event.text for event in detail.events if event.text]
    assert "Rekening BCA 123 dilaporkan ke bank" in texts
    assert "Instansi: Polri\nPenipuan" in texts
    assert not any("Siti" in text or "0812" in text for text in texts)
    # The places as she typed them go (a sentence can hold her name); their codes stay for statistics.
    assert (erased.category, erased.country, erased.country_code, erased.status) == (
        case.category,
        None,
        "MY",
        CaseStatus.REFERRED,
    )


async def test_province_scope_is_enforced_inside_the_core(
    database: Database, intake: IntakeService, policy: QueuePolicy
) -> None:
    ntb_officer = 9010
    staff = StaffDirectory(
        database,
        {
            ADMIN_ID: StaffRole.ADMIN,
            OFFICER_ID: StaffRole.OFFICER,
            ntb_officer: StaffProfile(StaffRole.OFFICER, "Nia", "ID-NB"),
        },
    )
    queue = CaseQueue(database, staff, policy)
    east_java = await file_case(intake, 1, province="Jawa Timur", country="Kamboja")
    ntb = await file_case(intake, 2, province="Nusa Tenggara Barat")
    assert (east_java.province_code, ntb.province_code) == ("ID-JI", "ID-NB")
    for action in (
        queue.detail(ntb_officer, east_java.id),
        queue.detail(ntb_officer, east_java.ticket or ""),
        queue.claim(ntb_officer, east_java.id),
        queue.set_status(ntb_officer, east_java.id, CaseStatus.REJECTED, reason="x"),
        queue.set_priority(ntb_officer, east_java.id, CasePriority.URGENT),
        queue.add_note(ntb_officer, east_java.id, "x"),
        queue.staff_reply(ntb_officer, east_java.id, "x", update_key=None),
        # A national officer acting in the NTB chat sees the NTB window only.
        queue.claim(StaffActor(OFFICER_ID, frozenset({"ID-NB"})), east_java.id),
    ):
        with pytest.raises(CaseNotFound):
            await action
    await queue.link_message(east_java.id, -100, 5, LinkKind.CARD)
    assert await queue.case_for_staff_message(ntb_officer, -100, 5) is None
    untouched = (await queue.detail(ADMIN_ID, east_java.id)).case
    assert (untouched.assigned_to, untouched.status, untouched.priority) == (
        None,
        CaseStatus.NEW,
        CasePriority.NORMAL,
    )
    assert [c.id for c in await queue.queue(ntb_officer, CaseFilter(statuses=None))] == [ntb.id]
    assert [c.id for c in await queue.search(ntb_officer, "gaji")] == [ntb.id]
    assert (await queue.queue_page(ntb_officer, CaseFilter())).total == 1
    stats = await queue.statistics(ntb_officer)
    assert stats.total == 1
    assert "Kamboja" not in dict(stats.by_country)
    content, count = await queue.export_csv(
        ntb_officer, utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)
    )
    assert count == 1
    assert "Kamboja" not in content
    assert (await queue.claim(ntb_officer, ntb.id)).case.assigned_to == ntb_officer
    # National staff see both.
    assert (await queue.statistics(OFFICER_ID)).total == 2
    assert {c.id for c in await queue.queue(StaffActor(OFFICER_ID), CaseFilter())} == {east_java.id, ntb.id}


async def test_province_filter_uses_the_code_of_any_spelling(intake: IntakeService, queue: CaseQueue) -> None:
    first = await file_case(intake, 1, province="  Nusa Tenggara BARAT ")
    second = await file_case(intake, 2, province="lombok timur")
    await file_case(intake, 3, province="Jawa Timur")
    ntb = frozenset({"ID-NB"})
    in_ntb = [first.id, second.id]
    assert sorted(c.id for c in await queue.queue(OFFICER_ID, CaseFilter(provinces=ntb))) == in_ntb
    in_ntb_chat = StaffActor(OFFICER_ID, ntb)
    assert sorted(c.id for c in await queue.search(in_ntb_chat, "gaji")) == in_ntb


@pytest.mark.parametrize("typed", ["malaysa", "msia", "KL", "Penang", "negeri jiran", "Malaysia"])
async def test_search_and_statistics_find_a_country_by_code_whatever_was_typed(
    intake: IntakeService, queue: CaseQueue, typed: str
) -> None:
    typed_case = await file_case(intake, 1, country=typed)
    other = await file_case(intake, 2, country="arab", province="jatim, kab. blitar")
    assert (typed_case.country, typed_case.country_code) == (typed, "MY")
    assert (other.country_code, other.province, other.province_code) == ("SA", "jatim, kab. blitar", "ID-JI")
    assert [c.id for c in await queue.search(OFFICER_ID, "Malaysia")] == [typed_case.id]
    assert [c.id for c in await queue.search(OFFICER_ID, "Arab Saudi")] == [other.id]
    # The first case was typed "Jawa Timur": found by the code of "jatim", not by its text.
    assert sorted(c.id for c in await queue.search(OFFICER_ID, "jatim")) == [typed_case.id, other.id]
    assert dict((await queue.statistics(OFFICER_ID)).by_country) == {"Malaysia": 1, "Arab Saudi": 1}
    content, _ = await queue.export_csv(
        OFFICER_ID, utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)
    )
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [(row["country"], row["country_code"], row["province_code"]) for row in rows] == [
        (typed, "MY", "ID-JI"),
        ("arab", "SA", "ID-JI"),
    ]


async def test_a_province_admin_manages_officers_of_her_province_only(database: Database) -> None:
    staff = StaffDirectory(database, {ADMIN_ID: StaffProfile(StaffRole.ADMIN, "Budi", "ID-JI")})
    with pytest.raises(AccessDenied):
        await staff.add_officer(ADMIN_ID, STRANGER_ID, province_code="ID-NB")
    with pytest.raises(AccessDenied):
        await staff.add_officer(ADMIN_ID, STRANGER_ID)  # a national officer
    added = await staff.add_officer(ADMIN_ID, STRANGER_ID, province_code="ID-JI", name="Ratna")
    assert (added.province_code, added.name) == ("ID-JI", "Ratna")
    assert (await staff.names())[STRANGER_ID] == "Ratna"


async def test_lists_follow_ticket_order_even_when_filing_times_cross(
    database: Database, intake: IntakeService, queue: CaseQueue
) -> None:
    # Two reports sent at the same moment: the later ticket's transaction began a moment earlier.
    first = await file_case(intake, 1)
    second = await file_case(intake, 2)
    async with database.sessions.begin() as session:
        await session.execute(
            update(Case)
            .where(Case.id == second.id)
            .values(created_at=first.created_at - timedelta(seconds=1))
        )
    for order, expected in (
        ("priority", [first.ticket, second.ticket]),
        ("oldest", [first.ticket, second.ticket]),
        ("newest", [second.ticket, first.ticket]),
    ):
        listed = await queue.queue(OFFICER_ID, CaseFilter(order=order))
        assert [case.ticket for case in listed] == expected, order
