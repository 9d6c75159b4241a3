"""Complaint intake: a draft kept in the database step by step, then filed as a case in one transaction.

The draft lives in the database (not in memory) so a restart mid-conversation loses nothing: the next
message from the user continues at the step the draft records.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from faq.places import load_places
from storage.base import utcnow
from storage.db import Database
from storage.errors import (
    AnswerForEarlierStep,
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
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.repositories.intake import DraftRepository, DraftRow, DraftRows
from storage.services.intake_form import (
    MAX_ATTACHMENTS,
    NUL_REPLACEMENT,
    OPTIONAL_STEPS,
    STEP_ORDER,
    Kind,
    Step,
    clean_text,
    next_step,
    question,
)
from storage.services.rules import QueuePolicy, initial_priority, phone_and_note, ticket_code
from storage.services.timers import rearm_timers
from storage.services.uow import key_read_connection, write_connection, write_transaction

logger = logging.getLogger(__name__)


__all__ = [
    "MAX_ATTACHMENTS",
    "NUL_REPLACEMENT",
    "OPTIONAL_STEPS",
    "STEP_ORDER",
    "Draft",
    "DraftAttachment",
    "IntakeService",
    "Step",
    "clean_text",
    "next_step",
]

# The keys (storage.update_keys) of the last Telegram updates that changed the draft: a redelivered update
# (after a crash between handling it and confirming it to Telegram) must not be taken as the answer to the
# next question. Update ids cannot serve: Telegram starts them again.
# A country answer longer than this is a sentence ("my employer in Kuala Lumpur ..., my name is ..."): only
# the place words in it are kept as what she typed, not her story or her name.
TYPED_PLACE_MAX_WORDS = 5
HANDLED_KEYS = "_handled_updates"
HANDLED_KEYS_KEPT = 20
# When the draft reached its current step (epoch seconds). A message the user sent well before that was
# written for an earlier question: typically her answer re-sent while the bot was down, which must not
# become the answer to the next question. The grace covers clock skew and Telegram's whole seconds.
STEP_SINCE_KEY = "_step_since"
EARLIER_ANSWER_GRACE = timedelta(seconds=3)
# The step whose question the user was last sent. An answer arriving while it names another step was typed
# before she saw the current question. Moving the draft on records the new step as asked in the same write,
# since the caller asks it at once (one write per step, not two); if the bot stops in between, the update is
# handled again and restates the question, and a question that could not be sent is unmarked.
ASKED_KEY = "_asked"
# The update that moved the draft to its current step: handled again after an interruption, its reply is
# the current question; any other handled update (a story part, a file) stayed at the step.
MOVED_BY_KEY = "_moved_by"
LAST_TEXT_KEY = "_last_text"  # digest of the last text answer recorded: the same text again is a re-send
RETURN_TO_REVIEW_KEY = "_return_to_review"  # a field changed from the review screen goes back there
PENDING_PLACE_KEY = "_pending_place"  # a typed place waiting for "did you mean ...?"
# The country she already named to the bot: at the country step she confirms it instead of choosing again.
PREFILLED_COUNTRY_KEY = "_prefilled_country"
# "Bukan" to the province read from the story written before the report: the province step asks plainly.
PROVINCE_FROM_STORY_DENIED_KEY = "_province_from_story_denied"
DENIED_SUFFIX = "_denied"  # "country_denied": the code she said "Bukan" to for what she typed
STORY_COUNT_KEY = "story_messages"
# What she wrote at the phone step besides a number ("jgn ditelpon, chat aja"): filed with her story.
CONTACT_NOTE_KEY = "contact_note"
CONTACT_NOTE_MARK = "📵 Catatan kontak:"
# Locations she shared while the report was being written (as staff read them), filed with her story at
# whatever step they came: the staff card shows them near its top.
LOCATIONS_KEY = "shared_locations"
STORY_REPLACING_KEY = "_story_replacing"  # "change the story": the first new message replaces it
STORY_SEPARATOR = "\n"
# The story came from a message written before the report was started (see `start`).
PREFILLED_KEY = "story_prefilled"


def with_contact_note(story: str | None, note: str | None) -> str | None:
    """The story with what she wrote at the phone step after it, so nothing she wrote is lost."""
    if not note:
        return story
    return f"{story or ''}\n\n{CONTACT_NOTE_MARK} {note}".strip()


def with_locations(story: str | None, locations: list[str]) -> str | None:
    """The story with the locations she shared during the report after it, each on its own line."""
    if not locations:
        return story
    return "\n".join([story or "", *locations]).strip()


def _prefilled_story(story: str) -> dict[str, Any]:
    """The answers that make `story` the story so far, as if she had sent it at the story step."""
    return {Step.STORY.value: clean_text(story), STORY_COUNT_KEY: 1, PREFILLED_KEY: True}


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


def typed_place(
    step: Step, typed: str | None, code: str | None = None, denied: str | None = None
) -> str | None:
    """What is kept of a typed country or province: a short answer as typed ("kab blitar", "KL"); of a
    sentence, once it is matched to a place (`code`), only the places named in it, else that place's name.
    A sentence matched to nothing, or whose match she denied (`denied`: "di laut, kapal taiwan" is not
    Taiwan), stays as she wrote it: it is all the staff have of where she is."""
    if typed is None or denied is not None or len(typed.split()) <= TYPED_PLACE_MAX_WORDS:
        return typed
    places = load_places()
    found = places.country_mentions(typed) if step is Step.COUNTRY else places.province_mentions(typed)
    mentioned = dict.fromkeys(mention.name for mention in found)
    if mentioned:
        return ", ".join(mentioned)
    place = (places.country(code) if step is Step.COUNTRY else places.province(code)) if code else None
    return place.name_id if place is not None else typed


def text_digest(text: str) -> str:
    """A re-send is recognised by this, so the draft does not keep a typed sentence for the comparison."""
    return hashlib.sha256(clean_text(text).strip().encode()).hexdigest()


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
    updated_at: datetime  # when the row was last written: a write checks the draft is still as read

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

    @property
    def locations(self) -> list[str]:
        """The locations she shared during the report, as staff will read them."""
        return [str(item) for item in self.answers.get(LOCATIONS_KEY, ())]

    def country_code(self) -> str | None:
        """The code the user confirmed (answer `country_code`), else the one her typed country matches,
        unless she said "Bukan" to it ("di laut, kapal taiwan" is not Taiwan)."""
        matched = load_places().country_code(self.text("country"))
        return self.text("country_code") or self._not_denied(Step.COUNTRY, matched)

    def province_code(self) -> str | None:
        """The code the user confirmed (answer `province_code`), else the one her typed province matches,
        unless she said "Bukan" to it."""
        matched = load_places().province_code(self.text("province"))
        return self.text("province_code") or self._not_denied(Step.PROVINCE, matched)

    def _not_denied(self, step: Step, code: str | None) -> str | None:
        return None if code is not None and code == self.text(f"{step.value}{DENIED_SUFFIX}") else code

    @property
    def asked(self) -> Step | None:
        """The step whose question the user was last sent (None: not since the draft reached this step)."""
        value = self.answers.get(ASKED_KEY)
        return None if value is None else Step(value)

    @property
    def question_seen(self) -> bool:
        return self.asked is self.step

    @property
    def returns_to_review(self) -> bool:
        return bool(self.answers.get(RETURN_TO_REVIEW_KEY))

    @property
    def story_messages(self) -> int:
        return int(self.answers.get(STORY_COUNT_KEY) or 0)

    @property
    def replacing_story(self) -> bool:
        return bool(self.answers.get(STORY_REPLACING_KEY))

    def has_handled(self, update_key: str) -> bool:
        """The update was already recorded in the draft (delivered again after a crash)."""
        return update_key in self.answers.get(HANDLED_KEYS, ())

    def moved_by(self, update_key: str) -> bool:
        """The update moved the draft to its current step (rather than adding to the step, or holding a
        place for her to confirm)."""
        return self.answers.get(MOVED_BY_KEY) == update_key

    def repeats_last_answer(self, text: str) -> bool:
        """The same text as the last answer recorded: a re-send (after an outage), not a new answer."""
        last = self.answers.get(LAST_TEXT_KEY)
        if last is None:
            return False
        # A draft stored before digests kept the text itself.
        return str(last) in (text_digest(text), clean_text(text).strip())

    def pending_place(self) -> tuple[str, str] | None:
        """(typed text, code) of a place waiting for the user's confirmation at the current step: one she
        typed, or at the country step the country she named to the bot before the report."""
        pending = self.answers.get(PENDING_PLACE_KEY)
        if isinstance(pending, dict) and pending.get("step") == self.step.value:
            return str(pending["text"]), str(pending["code"])
        prefilled = self.prefilled_country
        if prefilled is not None and self.step is Step.COUNTRY and not self.text("country"):
            place = load_places().country(prefilled)
            return (place.name_id if place is not None else prefilled), prefilled
        from_story = self.province_in_story
        if from_story is not None and self.step is Step.PROVINCE and not self.text("province"):
            province = load_places().province(from_story)
            return (province.name_id if province is not None else from_story), from_story
        return None

    @property
    def province_in_story(self) -> str | None:
        """The one province the story written to the bot before the report names ("sy dari cirebon"), for
        her to confirm at the province step; None when it names none, several, or she said "Bukan"."""
        if not self.answers.get(PREFILLED_KEY) or self.answers.get(PROVINCE_FROM_STORY_DENIED_KEY):
            return None
        codes = {mention.code for mention in load_places().province_mentions(self.text("story") or "")}
        return codes.pop() if len(codes) == 1 else None

    @property
    def prefilled_country(self) -> str | None:
        code = self.answers.get(PREFILLED_COUNTRY_KEY)
        return None if code is None else str(code)

    @classmethod
    def of(cls, row: DraftRow) -> Draft:
        return cls(
            user_id=row.user_id,
            chat_id=row.chat_id,
            step=Step(row.step),
            language=row.language,
            urgent=row.urgent,
            answers=dict(row.answers),
            updated_at=row.updated_at,
        )


@dataclass(frozen=True)
class StartedDraft:
    draft: Draft
    resumed: bool


@dataclass(frozen=True)
class FiledCase:
    case: Case
    created: bool  # False when the same update was delivered again (idempotent on update id)


Change = Callable[[Draft], Draft]
Steps = Step | tuple[Step, ...]


class IntakeService:
    """Each write reads the draft and writes it back only if it is still as read (`updated_at`): a unit
    whose one statement that changes a row is its last (`write_connection(one_write=True)`). A handler
    that already read the draft for this update passes it as `seen`: the write then skips its own read, and
    reads after all only when the draft changed meanwhile (or `seen` does not allow the change)."""

    def __init__(self, database: Database, policy: QueuePolicy, *, card_poster: str | None = None) -> None:
        """`card_poster`: this instance's name, marked on a new case's card as the one posting it."""
        self._database = database
        self._policy = policy
        self._card_poster = card_poster

    async def current(self, user_id: int) -> Draft | None:
        async with key_read_connection(self._database) as connection:
            row = await DraftRows(connection).get(user_id)
            return None if row is None else Draft.of(row)

    async def start(
        self,
        user_id: int,
        chat_id: int,
        language: str,
        *,
        urgent: bool = False,
        story: str | None = None,
        country_code: str | None = None,
    ) -> StartedDraft:
        """Open a draft at the consent step, or return the one in progress (marked urgent if asked).

        `story`: the user's own words, already written to the bot, are the story so far, so nothing is typed
        twice: at the story step she may add to it or press "Selesai" (a draft in progress keeps a story it
        already has). `country_code`: the country she named to the bot; the country step asks her to
        confirm it rather than to choose again.
        """
        prefill: dict[str, Any] = {}
        if country_code is not None and load_places().country(country_code) is not None:
            prefill[PREFILLED_COUNTRY_KEY] = country_code.upper()
        async with write_connection(self._database, one_write=True) as connection:
            drafts = DraftRows(connection)
            row = await drafts.get(user_id, for_update=True)
            if row is not None:
                draft = Draft.of(row)
                answers = dict(draft.answers)
                if story and not answers.get(Step.STORY.value):
                    answers.update(_prefilled_story(story))
                if prefill and not answers.get(Step.COUNTRY.value):
                    answers.update(prefill)
                if (urgent and not draft.urgent) or answers != draft.answers:
                    changed = replace(
                        draft, urgent=draft.urgent or urgent, answers=answers, updated_at=utcnow()
                    )
                    await self._save(drafts, draft, changed, locked=True)
                    draft = changed
                return StartedDraft(draft, resumed=True)
            now = utcnow()
            draft = Draft(
                user_id=user_id,
                chat_id=chat_id,
                step=Step.CONSENT,
                language=language,
                urgent=urgent,
                answers={**(_prefilled_story(story) if story else {}), **prefill},
                updated_at=now,
            )
            await self._insert(drafts, draft)
            return StartedDraft(draft, resumed=False)

    async def discard(self, user_id: int) -> Step | None:
        """Drop the user's draft; returns the step it was waiting at (None when there was no draft)."""
        async with write_connection(self._database, one_write=True) as connection:
            drafts = DraftRows(connection)
            row = await drafts.get(user_id, for_update=True)
            if row is None:
                return None
            await drafts.delete(user_id)
            return Step(row.step)

    async def set_story_urgency(self, user_id: int, urgent: bool, *, seen: Draft | None = None) -> None:
        """Triage's reading of the story decides the case's urgency, whatever the draft started with."""
        await self._adjust(user_id, seen, lambda d: None if d.urgent == urgent else replace(d, urgent=urgent))

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
        denied_code: str | None = None,
        seen: Draft | None = None,
    ) -> Draft:
        """Record the answer to `step` (which must be the draft's current step) and move on.

        For the country and province steps, `place_code` is the code the user confirmed for what she typed
        ("MY", "ID-JI"); without it the case gets the code her words match when it is filed, unless that is
        `denied_code`, the one she said "Bukan" to.

        Raises DraftNotFound, DuplicateUpdate, InvalidTransition (a stale button or message for another
        step), AnswerForEarlierStep (the message was `sent_at` before the draft reached `step`) or
        InvalidInput (the answer does not fit; ask again).
        """
        note: str | None = None
        if question(step).kind is Kind.PHONE:
            stored, note = phone_and_note(value)
            if stored is None and not note:
                raise InvalidInput("empty answer")
        else:
            stored = question(step).parse(value)
        code = self._validate_place_code(step, place_code)
        last_text = text_digest(stored) if isinstance(stored, str) else None
        if question(step).kind is Kind.PLACE and isinstance(stored, str):
            stored = typed_place(step, stored, code, denied_code)

        def change(draft: Draft) -> Draft:
            answers = dict(draft.answers)
            answers[step.value] = stored
            if question(step).kind is Kind.PLACE:
                answers[f"{step.value}_code"] = code
                answers[f"{step.value}{DENIED_SUFFIX}"] = denied_code
            if question(step).kind is Kind.PHONE:
                answers[CONTACT_NOTE_KEY] = note or None
            if step is Step.STORY:
                answers[STORY_COUNT_KEY] = 1
                if forwarded:
                    answers["story_forwarded"] = True
            if last_text is not None:
                answers[LAST_TEXT_KEY] = last_text
            return self._advanced(draft, answers, update_key)

        return await self._change(user_id, step, update_key, sent_at, seen, change)

    async def add_to_story(
        self,
        user_id: int,
        value: str,
        *,
        forwarded: bool = False,
        update_key: str | None = None,
        sent_at: datetime | None = None,
        seen: Draft | None = None,
    ) -> Draft:
        """Add one message to the story and stay at the story step (the user presses "Selesai" to go on).

        A story typed in several messages is kept whole; "change the story" from the review screen makes
        the first new message replace the old story.
        """
        part = question(Step.STORY).parse(value)

        def change(draft: Draft) -> Draft:
            answers = dict(draft.answers)
            self._append_story(answers, part)
            if forwarded:
                answers["story_forwarded"] = True
            return self._touched(draft, answers, update_key)

        return await self._change(user_id, (Step.STORY, Step.ATTACHMENTS), update_key, sent_at, seen, change)

    async def add_location(
        self,
        user_id: int,
        where: str,
        *,
        country_code: str | None = None,
        update_key: str | None = None,
        seen: Draft | None = None,
    ) -> Draft:
        """Keep a location she shared, at any step: for a woman who does not know her address it is the
        most useful thing she can give, and it must not wait for the story step. The draft stays where it
        is; the location is filed with her story. `country_code`: the country it is in, which the country
        step then asks her to confirm, unless she answered it already or reports for someone else (her own
        location is not where the worker is)."""
        place = load_places().country(country_code) if country_code else None

        def change(draft: Draft) -> Draft:
            kept = draft.locations
            answers = {**draft.answers, LOCATIONS_KEY: kept if where in kept else [*kept, where]}
            unanswered = not draft.text(Step.COUNTRY.value) and draft.prefilled_country is None
            if (
                place is not None
                and place.code != "ID"
                and unanswered
                and draft.reporter is not Reporter.FAMILY
            ):
                answers[PREFILLED_COUNTRY_KEY] = place.code
            return self._touched(draft, answers, update_key)

        return await self._change(user_id, STEP_ORDER, update_key, None, seen, change)

    async def finish(
        self, user_id: int, step: Step, *, update_key: str | None = None, seen: Draft | None = None
    ) -> Draft:
        """ "Selesai" on a step that takes several messages (the story, the attachments): go on."""
        if question(step).kind not in (Kind.LONG_TEXT, Kind.FILES):
            raise InvalidInput(f"{step} is not finished with a button")

        def change(draft: Draft) -> Draft:
            answers = dict(draft.answers)
            if question(step).kind is Kind.LONG_TEXT and not str(answers.get(step.value) or "").strip():
                raise IncompleteDraft("nothing written yet")
            answers.pop(STORY_REPLACING_KEY, None)
            return self._advanced(draft, answers, update_key)

        return await self._change(user_id, step, update_key, None, seen, change)

    async def hold_place(
        self,
        user_id: int,
        step: Step,
        value: str,
        code: str,
        *,
        update_key: str | None = None,
        sent_at: datetime | None = None,
        seen: Draft | None = None,
    ) -> Draft:
        """Keep a typed place and the code it seems to mean until the user confirms or denies it."""
        stored = question(step).parse(value)
        code = self._validate_place_code(step, code) or code

        def change(draft: Draft) -> Draft:
            answers = dict(draft.answers)
            # As typed until she says yes (then only the place is kept) or no (then her words are).
            answers[PENDING_PLACE_KEY] = {"step": step.value, "text": stored, "code": code}
            return self._touched(draft, answers, update_key)

        return await self._change(user_id, step, update_key, sent_at, seen, change)

    async def settle_place(
        self, user_id: int, step: Step, *, confirmed: bool, update_key: str | None = None
    ) -> Draft:
        """The user's answer to "did you mean ...?": yes files the code, no keeps only what she typed."""
        draft = await self.current(user_id)
        if draft is None:
            raise DraftNotFound("no draft")
        if update_key is not None and draft.has_handled(update_key):
            raise DuplicateUpdate("this update was handled")  # the place it waited for is settled already
        pending = draft.pending_place() if draft.step is step else None
        if pending is None:
            raise InvalidTransition(f"no place waiting at {step}")
        typed, code = pending
        typed_here = isinstance(draft.answers.get(PENDING_PLACE_KEY), dict)
        if not typed_here and not confirmed:
            return await self._drop_prefilled(user_id, step, update_key, draft)
        return await self.answer(
            user_id,
            step,
            typed,
            update_key=update_key,
            place_code=code if confirmed else None,
            denied_code=None if confirmed else code,
            seen=draft,
        )

    async def _drop_prefilled(self, user_id: int, step: Step, update_key: str | None, seen: Draft) -> Draft:
        """ "Bukan" to the country she named before, or to the province read from her story: the step asks
        again, with its buttons."""

        def change(draft: Draft) -> Draft:
            answers = dict(draft.answers)
            if step is Step.COUNTRY:
                answers.pop(PREFILLED_COUNTRY_KEY, None)
            else:
                answers[PROVINCE_FROM_STORY_DENIED_KEY] = True
            return self._touched(draft, answers, update_key)

        return await self._change(user_id, step, update_key, None, seen, change)

    async def edit(self, user_id: int, step: Step, *, update_key: str | None = None) -> Draft:
        """From the review screen: go back to `step`; once it is answered the review is shown again."""
        if not question(step).editable:
            raise InvalidInput(f"{step} cannot be changed")

        def change(draft: Draft) -> Draft:
            answers = dict(draft.answers)
            answers[RETURN_TO_REVIEW_KEY] = True
            answers.pop(PENDING_PLACE_KEY, None)
            if step is Step.STORY:
                answers[STORY_REPLACING_KEY] = True
            now = utcnow()
            answers = {
                **_handled(answers, update_key),
                STEP_SINCE_KEY: now.timestamp(),
                ASKED_KEY: step.value,
                MOVED_BY_KEY: update_key,
            }
            return replace(draft, step=step, answers=answers, updated_at=now)

        return await self._change(user_id, Step.CONFIRM, update_key, None, None, change)

    async def mark_asked(self, user_id: int, step: Step, *, seen: Draft | None = None) -> None:
        """The question of `step` reached the user: answers from now on are to it."""

        def change(draft: Draft) -> Draft | None:
            if draft.step is not step or draft.answers.get(ASKED_KEY) == step.value:
                return None
            return replace(draft, answers={**draft.answers, ASKED_KEY: step.value})

        await self._adjust(user_id, seen, change)

    async def unmark_asked(self, user_id: int, step: Step) -> None:
        """The question of `step` could not be sent: an answer arriving next is restated, not filed."""

        def change(draft: Draft) -> Draft | None:
            if draft.answers.get(ASKED_KEY) != step.value:
                return None
            return replace(draft, answers={k: v for k, v in draft.answers.items() if k != ASKED_KEY})

        await self._adjust(user_id, None, change)

    async def skip(
        self,
        user_id: int,
        step: Step,
        *,
        update_key: str | None = None,
        sent_at: datetime | None = None,
        seen: Draft | None = None,
    ) -> Draft:
        if step not in OPTIONAL_STEPS:
            raise InvalidInput("this step cannot be skipped")

        def change(draft: Draft) -> Draft:
            answers = dict(draft.answers)
            if question(step).kind is not Kind.FILES:
                answers[step.value] = None
            if question(step).kind is Kind.PLACE:
                answers[f"{step.value}_code"] = None
            return self._advanced(draft, answers, update_key)

        return await self._change(user_id, step, update_key, sent_at, seen, change)

    async def add_attachment(
        self,
        user_id: int,
        attachment: DraftAttachment,
        *,
        caption: str | None = None,
        update_key: str | None = None,
        seen: Draft | None = None,
    ) -> Draft:
        """Keep a file as evidence, at the attachments step or while the story is being written (a photo
        sent with the story); its caption is added to the story, so staff read every word."""

        def change(draft: Draft) -> Draft:
            items = list(draft.answers.get("attachments", []))
            if len(items) >= MAX_ATTACHMENTS:
                raise InvalidInput("too many attachments")
            items.append(attachment.as_json())
            answers = {**draft.answers, "attachments": items}
            if caption and caption.strip():
                self._append_story(answers, clean_text(caption))
            return self._touched(draft, answers, update_key)

        return await self._change(user_id, (Step.ATTACHMENTS, Step.STORY), update_key, None, seen, change)

    async def file_talk(
        self,
        user_id: int,
        chat_id: int,
        language: str,
        story: str,
        *,
        country_code: str | None,
        update_key: str | None,
        complainant_name: str | None,
        reporter: Reporter = Reporter.WORKER,
    ) -> FiledCase:
        """ "Cerita ke petugas" after suicidal thoughts: her words become an urgent case at once (category
        Lainnya), with no form; she agreed in one line before writing. `reporter`: family writing about a
        relative, so staff know whom they will reach. Raises InvalidTransition when a report is already in
        progress (that draft is hers to finish)."""
        answers: dict[str, Any] = {
            Step.CONSENT.value: question(Step.CONSENT).parse("yes"),
            Step.REPORTER.value: question(Step.REPORTER).parse(reporter.value),
            Step.CATEGORY.value: question(Step.CATEGORY).parse(CaseCategory.OTHER.value),
            **_prefilled_story(story),
        }
        place = load_places().country(country_code) if country_code else None
        if place is not None:
            answers[Step.COUNTRY.value], answers[f"{Step.COUNTRY.value}_code"] = place.name_id, place.code
        async with write_transaction(self._database) as session:
            if update_key is not None:
                existing = await CaseRepository(session).get_by_source_update(update_key)
                if existing is not None:
                    return FiledCase(existing, created=False)
            drafts = DraftRepository(session)
            if await drafts.get(user_id, for_update=True) is not None:
                raise InvalidTransition("a report is in progress")
            draft = Draft(user_id, chat_id, Step.CONFIRM, language, True, answers, utcnow())
            await self._insert(drafts, draft)
        return await self.file(user_id, update_key=update_key, complainant_name=complainant_name)

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
                    story=with_contact_note(
                        with_locations(draft.text("story"), draft.locations), draft.text(CONTACT_NOTE_KEY)
                    ),
                    agency=draft.text("agency"),
                    country=typed_place(
                        Step.COUNTRY, draft.text("country"), denied=draft.text(f"country{DENIED_SUFFIX}")
                    ),
                    province=typed_place(
                        Step.PROVINCE, draft.text("province"), denied=draft.text(f"province{DENIED_SUFFIX}")
                    ),
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
            # must not leave a case nobody sees). Marked as this instance's to post: while it lives, no
            # other instance posts the card, however long pacing holds it.
            await timers.set(
                case.id,
                TimerKind.POST_CARD,
                now + timedelta(seconds=self._policy.card_retry_seconds),
                detail=self._card_poster,
            )
            await rearm_timers(timers, case, self._policy, now)
            await drafts.delete(user_id)
        logger.info("case %s filed (category %s, priority %s)", case.ticket, case.category, case.priority)
        return FiledCase(case, created=True)

    # --- reading and writing the draft ---

    async def _change(
        self,
        user_id: int,
        steps: Steps,
        update_key: str | None,
        sent_at: datetime | None,
        seen: Draft | None,
        change: Change,
    ) -> Draft:
        """Check the draft waits at `steps` for this update, apply `change`, write it: on `seen` when that
        allows it and is still current, else on the draft read now."""
        async with write_connection(self._database, one_write=True) as connection:
            drafts = DraftRows(connection)
            if seen is not None and seen.user_id == user_id:
                try:
                    changed = change(self._at(seen, steps, update_key, sent_at))
                except (
                    DuplicateUpdate,
                    InvalidTransition,
                    AnswerForEarlierStep,
                    IncompleteDraft,
                    InvalidInput,
                ):
                    changed = None  # judged on what was read before: judge again on the row itself
                if changed is not None and await self._save(drafts, seen, changed):
                    return changed
            row = await drafts.get(user_id, for_update=True)
            if row is None:
                raise DraftNotFound("no draft")
            draft = Draft.of(row)
            changed = change(self._at(draft, steps, update_key, sent_at))
            await self._save(drafts, draft, changed, locked=True)
            return changed

    async def _adjust(
        self, user_id: int, seen: Draft | None, change: Callable[[Draft], Draft | None]
    ) -> None:
        """Apply `change` (None: nothing to change) to the draft, if there is one; no step check."""
        async with write_connection(self._database, one_write=True) as connection:
            drafts = DraftRows(connection)
            if seen is not None and seen.user_id == user_id:
                changed = change(seen)
                if changed is None or await self._save(drafts, seen, replace(changed, updated_at=utcnow())):
                    return
            row = await drafts.get(user_id, for_update=True)
            if row is None:
                return
            draft = Draft.of(row)
            changed = change(draft)
            if changed is not None:
                await self._save(drafts, draft, replace(changed, updated_at=utcnow()), locked=True)

    @staticmethod
    def _at(draft: Draft, steps: Steps, update_key: str | None, sent_at: datetime | None) -> Draft:
        if update_key is not None and draft.has_handled(update_key):
            raise DuplicateUpdate("this update was handled")
        waiting = steps if isinstance(steps, tuple) else (steps,)
        if draft.step not in waiting:
            raise InvalidTransition(f"draft is at {draft.step}, not {steps}")
        if _written_before_step(draft.answers.get(STEP_SINCE_KEY), sent_at):
            raise AnswerForEarlierStep(f"written before the draft reached {steps}")
        return draft

    @staticmethod
    async def _save(drafts: DraftRows, before: Draft, after: Draft, *, locked: bool = False) -> bool:
        """Write `after` over `before`: if the row is still `before`, or at once when `locked` (read for
        update in this transaction)."""
        return await drafts.update(
            before.user_id,
            unchanged_since=None if locked else before.updated_at,
            step=after.step.value,
            urgent=after.urgent,
            answers=after.answers,
            updated_at=after.updated_at,
        )

    @staticmethod
    async def _insert(drafts: DraftRows, draft: Draft) -> None:
        await drafts.insert(
            user_id=draft.user_id,
            chat_id=draft.chat_id,
            step=draft.step.value,
            language=draft.language,
            urgent=draft.urgent,
            answers=draft.answers,
            created_at=draft.updated_at,
            updated_at=draft.updated_at,
        )

    @staticmethod
    def _append_story(answers: dict[str, Any], part: str) -> None:
        if answers.pop(STORY_REPLACING_KEY, False):
            answers[Step.STORY.value], answers[STORY_COUNT_KEY] = None, 0
        so_far = str(answers.get(Step.STORY.value) or "")
        answers[Step.STORY.value] = f"{so_far}{STORY_SEPARATOR}{part}" if so_far else part
        answers[STORY_COUNT_KEY] = int(answers.get(STORY_COUNT_KEY) or 0) + 1
        answers[LAST_TEXT_KEY] = text_digest(part)

    @staticmethod
    def _touched(draft: Draft, answers: dict[str, Any], update_key: str | None) -> Draft:
        return replace(draft, answers=_handled(answers, update_key), updated_at=utcnow())

    @staticmethod
    def _advanced(draft: Draft, answers: dict[str, Any], update_key: str | None) -> Draft:
        """Go to the next question, or back to the review when the user came from there."""
        answers.pop(PENDING_PLACE_KEY, None)
        step = Step.CONFIRM if answers.pop(RETURN_TO_REVIEW_KEY, False) else next_step(draft.step)
        now = utcnow()
        # The caller asks the next question at once (see ASKED_KEY).
        answers = {
            **_handled(answers, update_key),
            STEP_SINCE_KEY: now.timestamp(),
            ASKED_KEY: step.value,
            MOVED_BY_KEY: update_key,
        }
        return replace(draft, step=step, answers=answers, updated_at=now)

    @staticmethod
    def _validate_place_code(step: Step, code: str | None) -> str | None:
        if code is None:
            return None
        places = load_places()
        place = places.country(code) if step is Step.COUNTRY else places.province(code)
        if question(step).kind is not Kind.PLACE or place is None:
            raise InvalidInput(f"no place code {code!r} for {step}")
        return place.code
