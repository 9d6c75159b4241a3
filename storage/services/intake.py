"""Complaint intake: a draft kept in the database step by step, then filed as a case in one transaction.

The draft lives in the database (not in memory) so a restart mid-conversation loses nothing: the next
message from the user continues at the step the draft records.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from faq.places import load_places
from storage.base import utcnow
from storage.db import Database
from storage.errors import (
    AnswerForEarlierStep,
    AnswerTooLong,
    DraftNotFound,
    DuplicateUpdate,
    IncompleteDraft,
    InvalidInput,
    InvalidTransition,
)
from storage.models.cases import (
    Attachment,
    AttachmentKind,
    Case,
    CaseCategory,
    EventKind,
    Reporter,
    TimerKind,
)
from storage.models.intake import ComplaintDraft
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.repositories.intake import DraftRepository
from storage.services.rules import QueuePolicy, initial_priority, normalise_phone, ticket_code
from storage.services.timers import rearm_timers
from storage.services.uow import write_transaction

logger = logging.getLogger(__name__)


class Step(StrEnum):
    CONSENT = "consent"
    REPORTER = "reporter"
    CATEGORY = "category"
    COUNTRY = "country"
    PROVINCE = "province"
    AGENCY = "agency"
    STORY = "story"
    ATTACHMENTS = "attachments"
    PHONE = "phone"
    CONFIRM = "confirm"


STEP_ORDER: tuple[Step, ...] = tuple(Step)
# Steps `/lewati` may skip. Country and province are skippable too: a family member may not know them,
# and a report without them is still worth filing.
OPTIONAL_STEPS = frozenset({Step.COUNTRY, Step.PROVINCE, Step.AGENCY, Step.ATTACHMENTS, Step.PHONE})
SHORT_TEXT_MAX = 120  # country and province columns
MAX_ATTACHMENTS = 10
NUL_REPLACEMENT = "\N{SYMBOL FOR NULL}"
# The keys (storage.update_keys) of the last Telegram updates that changed the draft: a redelivered update
# (after a crash between handling it and confirming it to Telegram) must not be taken as the answer to the
# next question. Update ids cannot serve: Telegram starts them again.
HANDLED_KEYS = "_handled_updates"
HANDLED_KEYS_KEPT = 20
# When the draft reached its current step (epoch seconds). A message the user sent well before that was
# written for an earlier question: typically her answer re-sent while the bot was down, which must not
# become the answer to the next question. The grace covers clock skew and Telegram's whole seconds.
STEP_SINCE_KEY = "_step_since"
EARLIER_ANSWER_GRACE = timedelta(seconds=3)


def clean_text(text: str) -> str:
    """The user's text as sent, except NUL characters (which no text column on PostgreSQL accepts)."""
    return text.replace("\x00", NUL_REPLACEMENT)


def _handled(answers: dict[str, Any], update_key: str | None) -> dict[str, Any]:
    """The answers with `update_key` remembered among the last few handled updates."""
    if update_key is None:
        return answers
    kept = [key for key in answers.get(HANDLED_KEYS, ()) if key != update_key]
    return {**answers, HANDLED_KEYS: [*kept, update_key][-HANDLED_KEYS_KEPT:]}


def _written_before_step(step_since: object, sent_at: datetime | None) -> bool:
    if sent_at is None or not isinstance(step_since, int | float):
        return False
    return (sent_at + EARLIER_ANSWER_GRACE).timestamp() < step_since


def next_step(step: Step) -> Step:
    index = STEP_ORDER.index(step)
    return STEP_ORDER[min(index + 1, len(STEP_ORDER) - 1)]


@dataclass(frozen=True)
class DraftAttachment:
    kind: AttachmentKind
    file_id: str
    file_unique_id: str | None
    file_name: str | None
    mime_type: str | None
    size_bytes: int | None
    stored_path: str | None
    not_stored_reason: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_name": self.file_name,
            "mime_type": self.mime_type,
            "size_bytes": self.size_bytes,
            "stored_path": self.stored_path,
            "not_stored_reason": self.not_stored_reason,
        }

    def to_model(self) -> Attachment:
        """The attachment row; whoever adds it to a case sets its case and time."""
        return Attachment(
            kind=self.kind,
            file_id=self.file_id,
            file_unique_id=self.file_unique_id,
            file_name=clean_text(self.file_name) if self.file_name else None,
            mime_type=self.mime_type,
            size_bytes=self.size_bytes,
            stored_path=self.stored_path,
            not_stored_reason=self.not_stored_reason,
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DraftAttachment:
        return cls(
            kind=AttachmentKind(data["kind"]),
            file_id=str(data["file_id"]),
            file_unique_id=data.get("file_unique_id"),
            file_name=data.get("file_name"),
            mime_type=data.get("mime_type"),
            size_bytes=data.get("size_bytes"),
            stored_path=data.get("stored_path"),
            not_stored_reason=data.get("not_stored_reason"),
        )


@dataclass(frozen=True)
class Draft:
    """A read-only snapshot of a draft for the handlers."""

    user_id: int
    chat_id: int
    step: Step
    language: str
    urgent: bool
    answers: dict[str, Any]

    @property
    def attachments(self) -> list[DraftAttachment]:
        return [DraftAttachment.from_json(item) for item in self.answers.get("attachments", [])]

    @property
    def category(self) -> CaseCategory | None:
        value = self.answers.get("category")
        return None if value is None else CaseCategory(value)

    @property
    def reporter(self) -> Reporter | None:
        value = self.answers.get("reporter")
        return None if value is None else Reporter(value)

    def text(self, key: str) -> str | None:
        value = self.answers.get(key)
        return None if value is None else str(value)

    def country_code(self) -> str | None:
        """The code the user confirmed (answer `country_code`), else the one her typed country matches."""
        return self.text("country_code") or load_places().country_code(self.text("country"))

    def province_code(self) -> str | None:
        """The code the user confirmed (answer `province_code`), else the one her typed province matches."""
        return self.text("province_code") or load_places().province_code(self.text("province"))

    @classmethod
    def of(cls, row: ComplaintDraft) -> Draft:
        return cls(
            user_id=row.user_id,
            chat_id=row.chat_id,
            step=Step(row.step),
            language=row.language,
            urgent=row.urgent,
            answers=dict(row.answers),
        )


@dataclass(frozen=True)
class StartedDraft:
    draft: Draft
    resumed: bool


@dataclass(frozen=True)
class FiledCase:
    case: Case
    created: bool  # False when the same update was delivered again (idempotent on update id)


class IntakeService:
    def __init__(self, database: Database, policy: QueuePolicy) -> None:
        self._database = database
        self._policy = policy

    async def current(self, user_id: int) -> Draft | None:
        async with self._database.sessions() as session:
            row = await DraftRepository(session).get(user_id)
            return None if row is None else Draft.of(row)

    async def start(self, user_id: int, chat_id: int, language: str, *, urgent: bool = False) -> StartedDraft:
        """Open a draft at the consent step, or return the one in progress (marked urgent if asked)."""
        async with write_transaction(self._database) as session:
            drafts = DraftRepository(session)
            row = await drafts.get(user_id, for_update=True)
            if row is not None:
                if urgent and not row.urgent:
                    row.urgent = True
                    row.updated_at = utcnow()
                return StartedDraft(Draft.of(row), resumed=True)
            row = await drafts.add(
                ComplaintDraft(
                    user_id=user_id,
                    chat_id=chat_id,
                    step=Step.CONSENT.value,
                    language=language,
                    urgent=urgent,
                )
            )
            return StartedDraft(Draft.of(row), resumed=False)

    async def discard(self, user_id: int) -> Step | None:
        """Drop the user's draft; returns the step it was waiting at (None when there was no draft)."""
        async with write_transaction(self._database) as session:
            drafts = DraftRepository(session)
            row = await drafts.get(user_id, for_update=True)
            if row is None:
                return None
            await drafts.delete(user_id)
            return Step(row.step)

    async def set_story_urgency(self, user_id: int, urgent: bool) -> None:
        """Triage's reading of the story decides the case's urgency, whatever the draft started with."""
        async with write_transaction(self._database) as session:
            row = await DraftRepository(session).get(user_id, for_update=True)
            if row is not None:
                row.urgent = urgent

    async def answer(
        self,
        user_id: int,
        step: Step,
        value: str,
        *,
        forwarded: bool = False,
        update_key: str | None = None,
        sent_at: datetime | None = None,
        place_code: str | None = None,
    ) -> Draft:
        """Record the answer to `step` (which must be the draft's current step) and move on.

        For the country and province steps, `place_code` is the code the user confirmed for what she typed
        ("MY", "ID-JI"); without it the case gets the code her words match when it is filed.

        Raises DraftNotFound, DuplicateUpdate, InvalidTransition (a stale button or message for another
        step), AnswerForEarlierStep (the message was `sent_at` before the draft reached `step`) or
        InvalidInput (the answer does not fit; ask again).
        """
        stored = self._validate(step, value)
        code = self._validate_place_code(step, place_code)
        async with write_transaction(self._database) as session:
            row = await self._row_at(session, user_id, step, update_key, sent_at)
            answers = dict(row.answers)
            answers[step.value] = stored
            if step in (Step.COUNTRY, Step.PROVINCE):
                answers[f"{step.value}_code"] = code
            if step is Step.STORY and forwarded:
                answers["story_forwarded"] = True
            self._advance(row, answers, update_key)
            return Draft.of(row)

    async def skip(
        self, user_id: int, step: Step, *, update_key: str | None = None, sent_at: datetime | None = None
    ) -> Draft:
        if step not in OPTIONAL_STEPS:
            raise InvalidInput("this step cannot be skipped")
        async with write_transaction(self._database) as session:
            row = await self._row_at(session, user_id, step, update_key, sent_at)
            answers = dict(row.answers)
            if step is not Step.ATTACHMENTS:
                answers[step.value] = None
            if step in (Step.COUNTRY, Step.PROVINCE):
                answers[f"{step.value}_code"] = None
            self._advance(row, answers, update_key)
            return Draft.of(row)

    async def add_attachment(
        self, user_id: int, attachment: DraftAttachment, *, update_key: str | None = None
    ) -> Draft:
        async with write_transaction(self._database) as session:
            row = await self._row_at(session, user_id, Step.ATTACHMENTS, update_key)
            items = list(row.answers.get("attachments", []))
            if len(items) >= MAX_ATTACHMENTS:
                raise InvalidInput("too many attachments")
            items.append(attachment.as_json())
            answers = _handled({**row.answers, "attachments": items}, update_key)
            row.answers = answers
            row.updated_at = utcnow()
            return Draft.of(row)

    async def file(self, user_id: int, *, update_key: str | None, complainant_name: str | None) -> FiledCase:
        """Turn the draft into a case, durably, in one transaction; the caller confirms to the user after.

        Idempotent on the update's key: a redelivered confirmation returns the case it created.
        """
        async with write_transaction(self._database) as session:
            cases = CaseRepository(session)
            if update_key is not None:
                existing = await cases.get_by_source_update(update_key)
                if existing is not None:
                    return FiledCase(existing, created=False)
            drafts = DraftRepository(session)
            row = await drafts.get(user_id, for_update=True)
            if row is None:
                raise DraftNotFound("no draft")
            draft = Draft.of(row)
            if draft.step is not Step.CONFIRM or draft.category is None or draft.reporter is None:
                raise IncompleteDraft(f"draft is at step {draft.step}")
            if not draft.text("story"):
                raise IncompleteDraft("no story")
            now = utcnow()
            case = await cases.add(
                Case(
                    category=draft.category,
                    reporter=draft.reporter,
                    priority=initial_priority(draft.urgent),
                    triage_urgent=draft.urgent,
                    language=draft.language,
                    complainant_user_id=user_id,
                    complainant_chat_id=draft.chat_id,
                    complainant_name=clean_text(complainant_name) if complainant_name else None,
                    phone=draft.text("phone"),
                    story=draft.text("story"),
                    agency=draft.text("agency"),
                    country=draft.text("country"),
                    province=draft.text("province"),
                    country_code=draft.country_code(),
                    province_code=draft.province_code(),
                    source_update_key=update_key,
                    created_at=now,
                    updated_at=now,
                    status_changed_at=now,
                    last_complainant_at=now,
                )
            )
            case.ticket = ticket_code(self._policy.ticket_prefix, case.id)
            detail = "forwarded" if draft.answers.get("story_forwarded") else None
            await cases.add_event(case.id, EventKind.CREATED, actor_user_id=user_id, detail=detail, at=now)
            for item in draft.attachments:
                attachment = item.to_model()
                attachment.case_id, attachment.created_at = case.id, now
                await cases.add_attachment(attachment)
            timers = TimerRepository(session)
            # Until the card is in the staff chat, the sweep keeps trying (a crash right after this commit
            # must not leave a case nobody sees).
            await timers.set(
                case.id, TimerKind.POST_CARD, now + timedelta(seconds=self._policy.card_retry_seconds)
            )
            await rearm_timers(timers, case, self._policy, now)
            await drafts.delete(user_id)
        logger.info("case %s filed (category %s, priority %s)", case.ticket, case.category, case.priority)
        return FiledCase(case, created=True)

    async def _row_at(
        self, session: Any, user_id: int, step: Step, update_key: str | None, sent_at: datetime | None = None
    ) -> ComplaintDraft:
        row = await DraftRepository(session).get(user_id, for_update=True)
        if row is None:
            raise DraftNotFound("no draft")
        if update_key is not None and update_key in row.answers.get(HANDLED_KEYS, ()):
            raise DuplicateUpdate("this update was handled")
        if row.step != step.value:
            raise InvalidTransition(f"draft is at {row.step}, not {step}")
        if _written_before_step(row.answers.get(STEP_SINCE_KEY), sent_at):
            raise AnswerForEarlierStep(f"written before the draft reached {step}")
        return row

    @staticmethod
    def _advance(row: ComplaintDraft, answers: dict[str, Any], update_key: str | None) -> None:
        now = utcnow()
        row.answers = {**_handled(answers, update_key), STEP_SINCE_KEY: now.timestamp()}
        row.step = next_step(Step(row.step)).value
        row.updated_at = now

    @staticmethod
    def _validate_place_code(step: Step, code: str | None) -> str | None:
        if code is None:
            return None
        places = load_places()
        place = places.country(code) if step is Step.COUNTRY else places.province(code)
        if step not in (Step.COUNTRY, Step.PROVINCE) or place is None:
            raise InvalidInput(f"no place code {code!r} for {step}")
        return place.code

    @staticmethod
    def _validate(step: Step, value: str) -> Any:
        if step is Step.CONSENT:
            if value != "yes":
                raise InvalidInput("consent must be yes")
            return True
        if step is Step.REPORTER:
            try:
                return Reporter(value).value
            except ValueError:
                raise InvalidInput("unknown reporter") from None
        if step is Step.CATEGORY:
            try:
                return CaseCategory(value).value
            except ValueError:
                raise InvalidInput("unknown category") from None
        if step is Step.PHONE:
            return normalise_phone(value)
        if step in (Step.ATTACHMENTS, Step.CONFIRM):
            raise InvalidInput(f"{step} takes no text answer")
        text = clean_text(value)
        if not text.strip():
            raise InvalidInput("empty answer")
        if step in (Step.COUNTRY, Step.PROVINCE):
            text = text.strip()
            if len(text) > SHORT_TEXT_MAX:
                raise AnswerTooLong("too long")
        return text
