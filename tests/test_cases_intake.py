"""Complaint drafts in the database and filing them as cases: durable, idempotent, distinct tickets."""

from __future__ import annotations

import asyncio

import pytest

from storage.db import Database
from storage.errors import DraftNotFound, IncompleteDraft, InvalidInput, InvalidTransition
from storage.models.cases import AttachmentKind, CaseCategory, CasePriority, CaseStatus
from storage.repositories.cases import CaseFilter
from storage.services.cases import CaseQueue
from storage.services.intake import DraftAttachment, IntakeService, Step
from storage.services.rules import QueuePolicy
from tests.storage_fixtures import ADMIN_ID, file_case, walk_draft

NASTY = "<b>PT</b> *Maju* _Jaya_ \x00 😀 مرحبا " + "x" * 3900


async def test_draft_survives_a_new_service_instance(database: Database, policy: QueuePolicy) -> None:
    first = IntakeService(database, policy)
    await first.start(1, 1, "id")
    await first.answer(1, Step.CONSENT, "yes")
    again = IntakeService(database, policy)  # as after a restart: nothing in memory
    draft = await again.current(1)
    assert draft is not None
    assert draft.step is Step.REPORTER
    started = await again.start(1, 1, "id")
    assert started.resumed
    assert started.draft.step is Step.REPORTER


async def test_stale_step_and_bad_values_are_refused(intake: IntakeService) -> None:
    await intake.start(1, 1, "id")
    with pytest.raises(InvalidTransition):
        await intake.answer(1, Step.CATEGORY, "violence")
    with pytest.raises(InvalidInput):
        await intake.answer(1, Step.CONSENT, "no")
    await intake.answer(1, Step.CONSENT, "yes")
    with pytest.raises(InvalidInput):
        await intake.answer(1, Step.REPORTER, "alien")
    with pytest.raises(InvalidInput):
        await intake.skip(1, Step.REPORTER)
    with pytest.raises(DraftNotFound):
        await intake.answer(2, Step.CONSENT, "yes")


async def test_file_creates_case_with_ticket_and_deletes_draft(
    intake: IntakeService, queue: CaseQueue
) -> None:
    case = await file_case(intake, 5, update_key="k77")
    assert case.ticket == f"ADU-{case.id:06d}"
    assert case.status is CaseStatus.NEW
    assert case.priority is CasePriority.NORMAL
    assert case.phone == "+6281234567890"
    assert await intake.current(5) is None
    detail = await queue.detail(ADMIN_ID, case.ticket)
    assert [event.kind.value for event in detail.events] == ["created"]


async def test_filing_is_idempotent_on_update_key(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 5, update_key="k77")
    again = await intake.file(5, update_key="k77", complainant_name="Siti")
    assert not again.created
    assert again.case.id == case.id
    with pytest.raises(DraftNotFound):
        await intake.file(5, update_key="k78", complainant_name="Siti")
    assert len(await queue.cases_of(5)) == 1


async def test_incomplete_draft_cannot_be_filed(intake: IntakeService) -> None:
    await intake.start(1, 1, "id")
    with pytest.raises(IncompleteDraft):
        await intake.file(1, update_key="k1", complainant_name=None)


async def test_urgent_by_triage_not_by_category(intake: IntakeService) -> None:
    assert (await file_case(intake, 1, urgent=True)).priority is CasePriority.URGENT
    assert (
        await file_case(intake, 2, category=CaseCategory.TRAFFICKING.value)
    ).priority is CasePriority.NORMAL


async def test_the_story_decides_over_how_the_draft_started(intake: IntakeService) -> None:
    await walk_draft(intake, 1, urgent=True)
    await intake.set_story_urgency(1, False)
    assert (await intake.file(1, update_key=None, complainant_name=None)).case.priority is CasePriority.NORMAL
    await walk_draft(intake, 2)
    await intake.set_story_urgency(2, True)
    assert (await intake.file(2, update_key=None, complainant_name=None)).case.priority is CasePriority.URGENT


async def test_bad_input_is_stored_intact(intake: IntakeService, queue: CaseQueue) -> None:
    case = await file_case(intake, 3, story=NASTY, agency=NASTY)
    detail = await queue.detail(ADMIN_ID, case.id)
    expected = NASTY.replace("\x00", "\N{SYMBOL FOR NULL}")
    assert detail.case.story == expected
    assert detail.case.agency == expected


async def test_country_longer_than_a_name_is_refused(intake: IntakeService) -> None:
    await walk_draft(intake, 1)
    await intake.discard(1)
    await intake.start(1, 1, "id")
    for step, value in ((Step.CONSENT, "yes"), (Step.REPORTER, "family"), (Step.CATEGORY, "other")):
        await intake.answer(1, step, value)
    with pytest.raises(InvalidInput):
        await intake.answer(1, Step.COUNTRY, "x" * 500)


async def test_attachments_move_into_the_case(intake: IntakeService, queue: CaseQueue) -> None:
    await intake.start(1, 1, "id")
    for step, value in (
        (Step.CONSENT, "yes"),
        (Step.REPORTER, "family"),
        (Step.CATEGORY, "documents_kept"),
        (Step.COUNTRY, "Taiwan"),
        (Step.PROVINCE, "Jawa Tengah"),
        (Step.AGENCY, "PT A"),
        (Step.STORY, "Paspor ditahan"),
    ):
        await intake.answer(1, step, value)
    photo = DraftAttachment(AttachmentKind.PHOTO, "file-1", "u1", None, "image/jpeg", 10, "/tmp/x", None)
    big = DraftAttachment(AttachmentKind.DOCUMENT, "file-2", "u2", "<a>.pdf", None, 10**9, None, "too_large")
    await intake.add_attachment(1, photo)
    await intake.add_attachment(1, big)
    await intake.skip(1, Step.ATTACHMENTS)
    await intake.skip(1, Step.PHONE)
    case = (await intake.file(1, update_key=None, complainant_name=None)).case
    attachments = (await queue.detail(ADMIN_ID, case.id)).attachments
    assert [(a.file_id, a.not_stored_reason) for a in attachments] == [
        ("file-1", None),
        ("file-2", "too_large"),
    ]
    assert attachments[1].file_name == "<a>.pdf"


async def test_concurrent_filing_gives_distinct_tickets(intake: IntakeService, queue: CaseQueue) -> None:
    users = range(100, 140)
    await asyncio.gather(*(walk_draft(intake, user) for user in users))
    filed = await asyncio.gather(
        *(intake.file(user, update_key=f"k{user}", complainant_name=None) for user in users)
    )
    tickets = {f.case.ticket for f in filed}
    assert len(tickets) == len(users)
    assert len(await queue.list_all(CaseFilter(limit=None))) == len(users)


async def test_a_redelivered_update_is_not_taken_as_the_next_answer(intake: IntakeService) -> None:
    from storage.errors import DuplicateUpdate

    await intake.start(1, 1, "id")
    await intake.answer(1, Step.CONSENT, "yes", update_key="k10")
    await intake.answer(1, Step.REPORTER, "worker", update_key="k11")
    await intake.answer(1, Step.CATEGORY, "other", update_key="k12")
    await intake.answer(1, Step.COUNTRY, "Malaysia", update_key="k13")
    with pytest.raises(DuplicateUpdate):
        await intake.answer(1, Step.PROVINCE, "Malaysia", update_key="k13")
    draft = await intake.current(1)
    assert draft is not None
    assert draft.step is Step.PROVINCE


async def test_a_confirmed_place_code_is_kept_with_the_typed_text(intake: IntakeService) -> None:
    await intake.start(1, 1, "id")
    await intake.answer(1, Step.CONSENT, "yes")
    await intake.answer(1, Step.REPORTER, "worker")
    await intake.answer(1, Step.CATEGORY, "unpaid_wages")
    with pytest.raises(InvalidInput):
        await intake.answer(1, Step.COUNTRY, "Atlantis", place_code="XX")
    with pytest.raises(InvalidInput):
        await intake.answer(1, Step.COUNTRY, "Malaysia", place_code="ID-JI")
    await intake.answer(1, Step.COUNTRY, "negri sebrang", place_code="my")
    draft = await intake.answer(1, Step.PROVINCE, "desa sukamaju", place_code="ID-JT")
    assert (draft.text("country"), draft.country_code()) == ("negri sebrang", "MY")
    assert (draft.text("province"), draft.province_code()) == ("desa sukamaju", "ID-JT")
    await intake.skip(1, Step.AGENCY)
    await intake.answer(1, Step.STORY, "Gaji tidak dibayar")
    await intake.skip(1, Step.ATTACHMENTS)
    await intake.skip(1, Step.PHONE)
    case = (await intake.file(1, update_key=None, complainant_name=None)).case
    assert (case.country, case.country_code, case.province, case.province_code) == (
        "negri sebrang",
        "MY",
        "desa sukamaju",
        "ID-JT",
    )


async def test_unmatched_places_keep_their_text_and_have_no_code(intake: IntakeService) -> None:
    case = await file_case(intake, 1, country="di kapal ikan", province="tidak tahu")
    assert (case.country, case.country_code, case.province, case.province_code) == (
        "di kapal ikan",
        None,
        "tidak tahu",
        None,
    )


async def walk_to(intake: IntakeService, step: Step) -> None:
    await intake.start(1, 1, "id")
    answers = {Step.CONSENT: "yes", Step.REPORTER: "worker", Step.CATEGORY: "other"}
    answers |= {Step.COUNTRY: "Taiwan", Step.PROVINCE: "Jawa Tengah", Step.AGENCY: "PT A"}
    for answered, value in answers.items():
        if answered is step:
            return
        await intake.answer(1, answered, value)


async def test_the_story_keeps_every_message_and_a_caption_until_selesai(intake: IntakeService) -> None:
    await walk_to(intake, Step.STORY)
    with pytest.raises(IncompleteDraft):
        await intake.finish(1, Step.STORY)  # nothing written yet
    for part in ("satu", "dua", "tiga"):
        draft = await intake.add_to_story(1, part)
    photo = DraftAttachment(AttachmentKind.PHOTO, "f1", "u1", None, "image/jpeg", 10, None, None)
    draft = await intake.add_attachment(1, photo, caption="empat")
    assert (draft.step, draft.text("story"), draft.story_messages) == (
        Step.STORY,
        "satu\ndua\ntiga\nempat",
        4,
    )
    draft = await intake.finish(1, Step.STORY)
    assert draft.step is Step.ATTACHMENTS
    assert len(draft.attachments) == 1


async def test_a_field_changed_from_the_review_returns_to_the_review(intake: IntakeService) -> None:
    await walk_to(intake, Step.STORY)
    await intake.add_to_story(1, "cerita lama")
    await intake.finish(1, Step.STORY)
    await intake.skip(1, Step.ATTACHMENTS)
    await intake.skip(1, Step.PHONE)
    with pytest.raises(InvalidInput):
        await intake.edit(1, Step.CONSENT)  # consent is not a field to change
    draft = await intake.edit(1, Step.COUNTRY)
    assert draft.step is Step.COUNTRY
    draft = await intake.answer(1, Step.COUNTRY, "malaysa", place_code="MY")
    assert (draft.step, draft.text("country"), draft.country_code()) == (Step.CONFIRM, "malaysa", "MY")
    await intake.edit(1, Step.STORY)
    draft = await intake.add_to_story(1, "cerita baru")  # the first new message replaces the story
    draft = await intake.finish(1, Step.STORY)
    assert (draft.step, draft.text("story")) == (Step.CONFIRM, "cerita baru")


async def test_a_typed_place_waits_for_her_yes_or_no(intake: IntakeService) -> None:
    await walk_to(intake, Step.COUNTRY)
    draft = await intake.hold_place(1, Step.COUNTRY, "arab", "SA")
    assert (draft.step, draft.pending_place()) == (Step.COUNTRY, ("arab", "SA"))
    draft = await intake.settle_place(1, Step.COUNTRY, confirmed=False)
    assert (draft.step, draft.text("country"), draft.text("country_code")) == (Step.PROVINCE, "arab", None)
    with pytest.raises(InvalidTransition):
        await intake.settle_place(1, Step.PROVINCE, confirmed=True)  # nothing waits there


async def test_a_re_sent_answer_is_recognised_and_an_unsent_question_is_not_seen(
    intake: IntakeService,
) -> None:
    await walk_to(intake, Step.STORY)
    draft = await intake.current(1)
    assert draft is not None
    assert draft.repeats_last_answer(" PT A ")
    assert draft.question_seen  # moving on counts the next question asked: the caller asks it at once
    await intake.unmark_asked(1, Step.STORY)  # ... and it could not be sent
    draft = await intake.current(1)
    assert draft is not None
    assert not draft.question_seen
    await intake.mark_asked(1, Step.STORY)
    draft = await intake.current(1)
    assert draft is not None
    assert draft.question_seen
