"""The case queue: staff actions with their audit trail, relayed messages, erasure, search, stats, export."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from storage.base import utcnow
from storage.errors import AccessDenied, CaseClosed, CaseNotFound, InvalidInput, InvalidTransition
from storage.models.cases import AttachmentKind, CasePriority, CaseStatus, Direction, EventKind, LinkKind
from storage.repositories.cases import CaseFilter
from storage.services.cases import ERASED_TEXT, CaseQueue, new_attachment
from storage.services.intake import IntakeService
from storage.services.staff import StaffDirectory
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
        await queue.set_status(OFFICER_ID, case.id, CaseStatus.RESOLVED)
    await queue.set_status(OFFICER_ID, case.id, CaseStatus.IN_PROGRESS)
    change = await queue.set_status(OFFICER_ID, case.id, CaseStatus.WAITING_FOR_COMPLAINANT)
    assert change.previous is CaseStatus.IN_PROGRESS
    resolved = await queue.set_status(OFFICER_ID, case.id, CaseStatus.RESOLVED)
    assert resolved.case.closed_at is not None


async def test_priority_and_note(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 1)
    assert (
        await queue.set_priority(OFFICER_ID, case.id, CasePriority.URGENT)
    ).priority is CasePriority.URGENT
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
    assert again.message_id == incoming.message_id
    outgoing = await queue.staff_reply(OFFICER_ID, case.id, "Sedang kami proses", update_key="k501")
    assert (await queue.staff_reply(OFFICER_ID, case.id, "Sedang kami proses", update_key="k501")).duplicate
    await queue.record_delivery(outgoing.message_id, True)
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
    assert await queue.mark_unreachable(case.id) is not None
    assert await queue.mark_unreachable(case.id) is None
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
    await queue.set_status(OFFICER_ID, closed.id, CaseStatus.REJECTED)
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


async def test_province_filter_uses_the_code_of_any_spelling(intake: IntakeService, queue: CaseQueue) -> None:
    first = await file_case(intake, 1, province="  Nusa Tenggara BARAT ")
    second = await file_case(intake, 2, province="lombok timur")
    await file_case(intake, 3, province="Jawa Timur")
    ntb = frozenset({"ID-NB"})
    in_ntb = [first.id, second.id]
    assert sorted(c.id for c in await queue.queue(OFFICER_ID, CaseFilter(provinces=ntb))) == in_ntb
    assert sorted(c.id for c in await queue.search(OFFICER_ID, "gaji", ntb)) == in_ntb


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
