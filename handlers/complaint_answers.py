"""Reading what the user sends while a complaint draft waits, by the kind of the question it waits for.

Nothing she writes is dropped: every message at the story step is added to the story, a caption goes into
the story and its file into the evidence, a location she shares at any step is filed with the story (and
shown on the staff card), and a re-sent answer (after an outage) is never taken as the
answer to the next question: the bot restates the step it waits for instead.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime

from telegram import Message, Update, User

from bot.context import BotContext
from faq.geocode import country_at, town_at
from faq.places import PlaceMatch, load_places
from faq.places.text import place_key
from faq.report_questions import asks_if_received
from handlers.case_view import location_words
from handlers.complaint_ask import ask, done_button, place_question, restate
from handlers.complaint_io import download_attachment, has_evidence, say
from handlers.country_in_play import note_country
from handlers.telegram_text import message_text
from handlers.texts_complaint import Raw, text
from storage.errors import AnswerTooLong, IncompleteDraft, InvalidInput
from storage.services.intake import Draft
from storage.services.intake_form import MAX_ATTACHMENTS, Kind, Question, Step, question
from storage.update_keys import key_of


@dataclass(frozen=True)
class Arrival:
    """Which update brought the message (its inbox key) and when she sent it."""

    key: str
    sent_at: datetime | None


DONE_WORDS = frozenset({"selesai", "sudah", "done", "finish", "tidak ada", "ga ada", "gak ada", "no"})
TEXT_KINDS = frozenset({Kind.PLACE, Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.PHONE, Kind.FILES})


async def handle_step(
    update: Update, context: BotContext, draft: Draft, message: Message, user: User, lang: str, *, skip: bool
) -> None:
    q = question(draft.step)
    arrival = Arrival(key_of(update), message.date)
    if draft.has_handled(arrival.key):
        await reply_again(context, draft, message, arrival.key, lang)
        return
    if skip:
        await skip_step(context, draft, q, lang, arrival)
        return
    if message.location is not None or message.venue is not None:
        await add_location(context, draft, message, lang, arrival)
        return
    if has_evidence(message) and q.kind in (Kind.LONG_TEXT, Kind.FILES):
        await add_evidence(context, draft, message, user, lang, arrival)
        return
    if q.kind is Kind.PHONE and message.contact is not None:
        value: str | None = message.contact.phone_number
    else:
        value = message_text(message) if message.text is not None else None  # links written out
    if q.kind not in TEXT_KINDS or value is None:
        key = "need_button" if q.kind not in TEXT_KINDS or q.kind is Kind.FILES else "need_text"
        await say(context, draft.chat_id, text(lang, key))
        await ask(context, draft, lang)
        return
    if message.contact is None and draft.repeats_last_answer(value):
        await restate(context, draft, lang, repeated=True)
        return
    if not draft.question_seen:
        await restate(context, draft, lang, repeated=False)
        return
    if q.kind is Kind.LONG_TEXT:
        await add_to_story(context, draft, message, value, lang, arrival)
    elif q.kind is Kind.FILES:
        await text_at_files(context, draft, message, value, lang, arrival)
    elif q.kind is Kind.PLACE:
        await answer_place(context, draft, q, value, lang, arrival)
    else:
        await answer_text(
            context, draft, q, value, lang, arrival, forwarded=message.forward_origin is not None
        )


async def reply_again(context: BotContext, draft: Draft, message: Message, key: str, lang: str) -> None:
    """An update already stored, delivered again (its instance was killed while handling it, or the bot
    restarted before confirming it): nothing is stored twice, and she gets the reply it would have had,
    worked out from the draft it left (no later update of her chat was handled before it). If that reply
    had gone out already she sees it twice, word for word; never a notice that sounds like an error."""
    pending = draft.pending_place()
    if draft.moved_by(key):
        await ask(context, draft, lang)
    elif pending is not None:  # a place she typed, held for her yes or no
        body, markup = place_question(lang, draft.step, pending[1])
        await say(context, draft.chat_id, body, markup)
    elif draft.step in (Step.STORY, Step.ATTACHMENTS):
        if has_evidence(message):
            attachments = draft.attachments
            too_large = bool(attachments) and bool(attachments[-1].not_stored_reason)
            captioned = bool(message.caption and message.caption.strip())
            await evidence_reply(context, draft, captioned, too_large, lang)
        elif draft.step is Step.STORY:
            await story_reply(context, draft, lang)
        else:
            await added_reply(context, draft, lang)
    else:
        await ask(context, draft, lang)


async def add_location(
    context: BotContext, draft: Draft, message: Message, lang: str, arrival: Arrival
) -> None:
    """A location shared in the middle of the report: kept with it whatever the step (she may not know her
    address, and this is how staff find her), its country offered at the country step and remembered for
    the numbers she is given, and the question she was at asked again so the report carries on."""
    place = message.location or (message.venue.location if message.venue is not None else None)
    if place is None:
        return
    code = await asyncio.to_thread(country_at, place.latitude, place.longitude)
    town = await asyncio.to_thread(town_at, place.latitude, place.longitude)
    country = load_places().country(code) if code is not None else None
    where = location_words(place.latitude, place.longitude, town, country.name_id if country else "")
    updated = await context.services.intake.add_location(
        draft.user_id, where, country_code=code, update_key=arrival.key, seen=draft
    )
    if code is not None and code in context.services.destinations:
        await context.services.emergency.remember_country(draft.user_id, code, "location", town)
    if code is not None:
        note_country(context, code)
    if country is not None:
        named = ", ".join(
            part for part in (town, country.name_en if lang == "en" else country.name_id) if part
        )
        await say(context, draft.chat_id, text(lang, "location_in_report", place=named))
    else:
        await say(context, draft.chat_id, text(lang, "location_in_report_unnamed"))
    await ask(context, updated, lang)


async def skip_step(context: BotContext, draft: Draft, q: Question, lang: str, arrival: Arrival) -> None:
    if not q.optional:
        await say(context, draft.chat_id, text(lang, "cannot_skip"))
        await ask(context, draft, lang)
        return
    await ask(
        context,
        await context.services.intake.skip(
            draft.user_id, q.step, update_key=arrival.key, sent_at=arrival.sent_at, seen=draft
        ),
        lang,
    )


async def judge_story(context: BotContext, draft: Draft) -> None:
    """Triage reads the whole story so far (every message of it): its reading decides the case's urgency."""
    urgent = context.services.faq.is_urgent(draft.text("story") or "")
    if urgent != draft.urgent:
        await context.services.intake.set_story_urgency(draft.user_id, urgent, seen=draft)


async def answer_text(
    context: BotContext,
    draft: Draft,
    q: Question,
    value: str,
    lang: str,
    arrival: Arrival,
    *,
    forwarded: bool,
) -> None:
    try:
        updated = await context.services.intake.answer(
            draft.user_id,
            q.step,
            value,
            forwarded=forwarded,
            update_key=arrival.key,
            sent_at=arrival.sent_at,
            seen=draft,
        )
    except AnswerTooLong:
        await say(context, draft.chat_id, text(lang, "too_long"))
        return
    except InvalidInput:
        await say(
            context, draft.chat_id, text(lang, "phone_invalid" if q.kind is Kind.PHONE else "need_text")
        )
        return
    await ask(context, updated, lang)


async def answer_place(
    context: BotContext, draft: Draft, q: Question, value: str, lang: str, arrival: Arrival
) -> None:
    """A typed country or province: taken at once when she typed its name, confirmed with her when it was
    matched through an abbreviation, slang or a typo ("malaysa", "jatim"), kept as typed (no code) when
    nothing matches."""
    places = load_places()
    match = places.match_country(value) if q.step is Step.COUNTRY else places.match_province(value)
    intake = context.services.intake
    try:
        if match is not None and not names_it(value, match):
            held = await intake.hold_place(
                draft.user_id,
                q.step,
                value,
                match.code,
                update_key=arrival.key,
                sent_at=arrival.sent_at,
                seen=draft,
            )
            body, markup = place_question(lang, q.step, match.code)
            await say(context, held.chat_id, body, markup)
            return
        code = match.code if match is not None else None
        updated = await intake.answer(
            draft.user_id,
            q.step,
            value,
            update_key=arrival.key,
            sent_at=arrival.sent_at,
            place_code=code,
            seen=draft,
        )
    except AnswerTooLong:
        await say(context, draft.chat_id, text(lang, "too_long"))
        return
    except InvalidInput:
        await say(context, draft.chat_id, text(lang, "need_text"))
        return
    await ask(context, updated, lang)


def names_it(typed: str, match: PlaceMatch) -> bool:
    """She typed the place's own name (in Indonesian or English), not an alias or a misspelling."""
    return match.exact and place_key(typed) in {place_key(match.name_id), place_key(match.name_en)}


async def add_to_story(
    context: BotContext, draft: Draft, message: Message, value: str, lang: str, arrival: Arrival
) -> None:
    intake = context.services.intake
    if value.strip().lower() in DONE_WORDS and draft.text("story"):
        try:
            finished = await intake.finish(draft.user_id, Step.STORY, update_key=arrival.key, seen=draft)
            await ask(context, finished, lang)
        except IncompleteDraft:
            await say(context, draft.chat_id, text(lang, "story_empty"))
        return
    try:
        updated = await intake.add_to_story(
            draft.user_id,
            value,
            forwarded=message.forward_origin is not None,
            update_key=arrival.key,
            sent_at=arrival.sent_at,
            seen=draft,
        )
    except InvalidInput:
        await say(context, draft.chat_id, text(lang, "need_text"))
        return
    await judge_story(context, updated)
    await story_reply(context, updated, lang, asked=value)


async def story_reply(context: BotContext, draft: Draft, lang: str, *, asked: str = "") -> None:
    """ "Tersimpan"; when what she added asks whether the report arrived ("sdh diterima blm?"), that it is
    not sent yet (her words stay in the story: taking them out would lose what she may mean by them)."""
    story = draft.text("story") or ""
    saved = text(lang, "story_saved", messages=draft.story_messages, letters=len(story))
    if asks_if_received(asked):
        saved = text(lang, "not_sent_yet")
    await say(context, draft.chat_id, saved, done_button(lang, Step.STORY))


async def text_at_files(
    context: BotContext, draft: Draft, message: Message, value: str, lang: str, arrival: Arrival
) -> None:
    """Text while the bot waits for files: "selesai" moves on; anything else is more of the story."""
    intake = context.services.intake
    if value.strip().lower() in DONE_WORDS:
        finished = await intake.finish(draft.user_id, Step.ATTACHMENTS, update_key=arrival.key, seen=draft)
        await ask(context, finished, lang)
        return
    try:
        updated = await intake.add_to_story(
            draft.user_id,
            value,
            forwarded=message.forward_origin is not None,
            update_key=arrival.key,
            sent_at=arrival.sent_at,
            seen=draft,
        )
    except InvalidInput:
        await ask(context, draft, lang)
        return
    await judge_story(context, updated)
    await added_reply(context, updated, lang)


async def added_reply(context: BotContext, draft: Draft, lang: str) -> None:
    added = text(lang, "story_added", messages=draft.story_messages)
    await say(context, draft.chat_id, added, done_button(lang, Step.ATTACHMENTS))


async def add_evidence(
    context: BotContext, draft: Draft, message: Message, user: User, lang: str, arrival: Arrival
) -> None:
    """A photo, document, voice note or video: kept as evidence; its caption goes into the story."""
    if len(draft.attachments) >= MAX_ATTACHMENTS:
        await say(context, draft.chat_id, text(lang, "attachment_limit"))
        return
    caption = message.caption
    attachment = await download_attachment(context, message, user.id)
    try:
        updated = await context.services.intake.add_attachment(
            user.id, attachment, caption=caption, update_key=arrival.key, seen=draft
        )
    except InvalidInput:
        await say(context, draft.chat_id, text(lang, "attachment_limit"))
        return
    captioned = bool(caption and caption.strip())
    if captioned:
        await judge_story(context, updated)
    await evidence_reply(context, updated, captioned, bool(attachment.not_stored_reason), lang)


async def evidence_reply(
    context: BotContext, draft: Draft, captioned: bool, too_large: bool, lang: str
) -> None:
    count = len(draft.attachments)
    if draft.step is Step.STORY:
        note = text(lang, "caption_added") if captioned else ""
        reply = text(lang, "attachment_with_story", count=count, caption=Raw(note))
    else:
        reply = text(lang, "attachment_too_large" if too_large else "attachment_saved", count=count)
    await say(context, draft.chat_id, reply, done_button(lang, draft.step))
