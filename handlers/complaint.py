"""Complaint intake: /lapor, the menu's Lapor button and the urgent-report button start a guided
conversation whose state lives in the database (`IntakeService`), so it survives a restart.

The questions are the rows of `storage.services.intake_form.FORM`; `handlers.complaint_ask` asks them and
`handlers.complaint_answers` reads what the user sends. Buttons are `REPORT` callbacks. The case is written
durably before the user hears "received", and only then is the card posted to the staff chat (a timer
retries that).
"""

from __future__ import annotations

import enum
import logging
from typing import Final

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.commands import names_of
from bot.context import BotApplication, BotContext
from faq.emergency import Writer, danger_line, kind_line, never_left
from faq.model import as_language
from faq.places import load_places
from faq.triage import DangerCategory
from handlers import groups
from handlers.after_reply import after_reply
from handlers.callbacks import REPORT, Callback
from handlers.common import (
    FLOW_KEY,
    answering_callback,
    clear_flow,
    language_of,
    note_reply_keyboard_left,
)
from handlers.complaint_answers import handle_step, reply_again
from handlers.complaint_ask import ask, province_buttons, restate
from handlers.complaint_groups import INTAKE_FLOW, INTAKE_RESET
from handlers.complaint_io import drop_message_buttons, say
from handlers.texts_complaint import Raw, text
from storage.errors import (
    AnswerForEarlierStep,
    DraftNotFound,
    DuplicateUpdate,
    IncompleteDraft,
    InvalidInput,
    InvalidTransition,
)
from storage.models.cases import Case, CaseCategory, Reporter
from storage.services.intake import Draft, Step
from storage.update_keys import key_of

logger = logging.getLogger(__name__)
# A broker's fraud or a departure that never came: when her story says she never left, she is at home.
_AT_HOME_CATEGORIES: Final = frozenset({CaseCategory.FEES_FRAUD, CaseCategory.NOT_DEPARTED})

PRIVATE = filters.ChatType.PRIVATE


class Unknown(enum.Enum):
    """Not read yet (None is an answer: no country known)."""

    UNKNOWN = enum.auto()


UNKNOWN: Final = Unknown.UNKNOWN
INTAKE_ACTIONS: tuple[str, ...] = (
    "start",
    "consent",
    "rep",
    "cat",
    "country",
    "prov",
    "region",
    "place",
    "done",
    "att",
    "edit",
    "confirm",
    "cancel",
)
# Buttons that answer a choice step: action in the callback data -> the step it answers.
BUTTON_STEPS = {"consent": Step.CONSENT, "rep": Step.REPORTER, "cat": Step.CATEGORY}
# Steps at which the phone step's share-contact (reply) keyboard may still be on the user's screen.
REPLY_KEYBOARD_STEPS = frozenset({Step.PHONE, Step.CONFIRM})


def register(app: BotApplication) -> None:
    app.add_handler(
        CommandHandler(["batal", "cancel", "start"], drop_draft, filters=PRIVATE), group=INTAKE_RESET
    )
    app.add_handler(CommandHandler(names_of("lapor"), start_command, filters=PRIVATE), group=groups.COMMANDS)
    app.add_handler(
        CallbackQueryHandler(on_button, pattern=REPORT.pattern(*INTAKE_ACTIONS)), group=groups.COMMANDS
    )
    app.add_handler(
        MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL, on_message),
        group=INTAKE_FLOW,
    )


async def drop_draft(update: Update, context: BotContext) -> None:
    """/batal, /start: the draft goes silently (the /batal reply comes from handlers.start)."""
    user = update.effective_user
    if user is None:
        return
    dropped_at = await context.services.intake.discard(user.id)
    if dropped_at is None:
        return
    logger.info("complaint draft cancelled")
    if dropped_at in REPLY_KEYBOARD_STEPS:
        note_reply_keyboard_left(context)  # so the /batal reply takes the share-contact keyboard away


async def start_command(update: Update, context: BotContext) -> None:
    """/lapor: what she already told the bot (her story, the country) is filled in for her to confirm."""
    user = update.effective_user
    if user is None:
        return
    kept = await context.services.emergency.kept_for_report(user.id)
    story = kept.story
    urgent = story is not None and context.services.faq.is_urgent(story)
    await begin(update, context, urgent=urgent, story=story, country=kept.country)
    if story is not None:
        await context.services.emergency.drop_story(user.id)


async def begin(
    update: Update,
    context: BotContext,
    *,
    urgent: bool,
    story: str | None = None,
    country: str | Unknown | None = UNKNOWN,
) -> None:
    """Open (or resume) the user's draft; `story`: words already written to the bot, filled in for them,
    and the country she named (read here unless the caller read it already), to confirm at its step."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    lang = await language_of(update, context)
    clear_flow(context)  # typed answers go to the report now, not to an agency or offer check left open
    if isinstance(country, Unknown):
        country = await context.services.emergency.country_of(user.id)
    started = await context.services.intake.start(
        user.id, chat.id, lang, urgent=urgent, story=story, country_code=country if country != "ID" else None
    )
    if started.resumed:
        await say(context, chat.id, text(lang, "resumed"))
    if story and started.draft.text("story") == story:
        await say(context, chat.id, text(lang, "story_kept"))
    await ask(context, started.draft, lang)


# --- buttons ---


async def on_button(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    pressed = REPORT.unpack(query.data)
    lang = await language_of(update, context)
    # A replayed press (after a restart) has an expired query: not an error.
    async with answering_callback(update):
        if pressed is None or update.effective_chat is None or update.effective_chat.type != "private":
            return  # intake buttons mean nothing in a group
        action, arg = pressed.action, pressed.arg()
        if action == "start":
            await begin(update, context, urgent=arg == "urgent")
        elif action == "cancel" or (action == "consent" and arg != "yes"):
            await decline(context, user.id, query.message, lang)
        elif action == "confirm":
            await confirm(update, context, lang)
        elif action == "region":
            await show_region(context, user.id, pressed.int_arg(), lang)
        else:
            await answer_button(context, user.id, pressed, key_of(update), lang)


async def show_region(context: BotContext, user_id: int, region: int | None, lang: str) -> None:
    draft = await context.services.intake.current(user_id)
    markup = province_buttons(-1 if region is None else region)
    if draft is None or draft.step is not Step.PROVINCE or markup is None:
        await say(context, user_id, text(lang, "stale"))
        if draft is not None:
            await ask(context, draft, lang)
        return
    await say(context, user_id, text(lang, "province_pick"), markup)


async def answer_button(
    context: BotContext, user_id: int, pressed: Callback, update_key: str, lang: str
) -> None:
    """Record a step's button (a stale one re-asks the current question) and ask the next question."""
    intake = context.services.intake
    try:
        draft = await press(context, user_id, pressed, update_key)
    except DuplicateUpdate:
        # Handled before an interruption: whether its reply went out is unknown, so it is given (again).
        current = await intake.current(user_id)
        if current is None:
            return
        draft = current
    except DraftNotFound:
        await say(context, user_id, text(lang, "no_draft"))
        return
    except IncompleteDraft:
        await say(context, user_id, text(lang, "story_empty"))
        return
    except (InvalidTransition, InvalidInput):
        current = await intake.current(user_id)
        if current is not None:
            await say(context, user_id, text(lang, "stale"))
            await ask(context, current, lang)
        return
    if pressed.action == "place" and pressed.arg(1) == "n" and draft.text(pressed.arg()):
        typed = draft.text(pressed.arg()) or ""
        await say(context, user_id, text(lang, "place_kept", typed=typed))
    # The old question keeps its buttons (one call fewer per step); pressing one later is answered as stale.
    await ask(context, draft, lang)


async def press(context: BotContext, user_id: int, pressed: Callback, update_key: str) -> Draft:
    """What a step's button does to the draft."""
    intake = context.services.intake
    action, arg = pressed.action, pressed.arg()
    if action == "att":
        return await intake.finish(user_id, Step.ATTACHMENTS, update_key=update_key)
    if action == "done":
        return await intake.finish(user_id, step_of(arg), update_key=update_key)
    if action == "edit":
        return await intake.edit(user_id, step_of(arg), update_key=update_key)
    if action == "place":
        confirmed = pressed.arg(1) == "y"
        return await intake.settle_place(user_id, step_of(arg), confirmed=confirmed, update_key=update_key)
    if action in ("country", "prov"):
        step = Step.COUNTRY if action == "country" else Step.PROVINCE
        places = load_places()
        place = places.country(arg) if step is Step.COUNTRY else places.province(arg)
        if place is None:
            raise InvalidInput("unknown place button")
        return await intake.answer(user_id, step, place.name_id, update_key=update_key, place_code=place.code)
    choice = BUTTON_STEPS.get(action)
    if choice is None:
        raise InvalidInput("unknown action")
    return await intake.answer(user_id, choice, arg, update_key=update_key)


def step_of(value: str) -> Step:
    try:
        return Step(value)
    except ValueError:
        raise InvalidInput("unknown step") from None


async def decline(context: BotContext, user_id: int, message: object, lang: str) -> None:
    """No consent, or "cancel" on the summary: the draft and everything in it goes."""
    await context.services.intake.discard(user_id)
    await drop_message_buttons(message)
    hotline = context.services.config.hotlines.kp2mi
    await say(context, user_id, text(lang, "consent_declined", hotline=hotline), ReplyKeyboardRemove())


async def confirm(update: Update, context: BotContext, lang: str) -> None:
    user = update.effective_user
    assert user is not None
    services = context.services
    try:
        filed = await services.intake.file(
            user.id, update_key=key_of(update), complainant_name=user.full_name
        )
    except DraftNotFound:
        # Pressed twice, or the confirmation got lost in a crash after the commit: show the ticket again.
        latest = await services.cases.cases_of(user.id)
        if latest:
            await say(context, user.id, text(lang, "already_received", ticket=latest[-1].ticket))
        else:
            await say(context, user.id, text(lang, "no_draft"))
        return
    except IncompleteDraft:
        current = await services.intake.current(user.id)
        if current is not None:
            await ask(context, current, lang)
        return
    case = filed.case
    # Handled again after an interruption, it sends what had not gone out yet.
    if filed.created or not await services.cases.complainant_told(case.id):
        await tell_ticket(context, user.id, case, lang)
    # After the ticket, which she waits for; the summary's buttons only need to stop looking pressable.
    query = update.callback_query
    await after_reply(context, case, query.message if query is not None else None)


async def acknowledge(context: BotContext, user_id: int, case: Case, lang: str) -> None:
    """A case was just filed, durably: tell her its ticket and the numbers where she is; post the card."""
    await tell_ticket(context, user_id, case, lang)
    await after_reply(context, case)


async def tell_ticket(context: BotContext, user_id: int, case: Case, lang: str) -> None:
    services = context.services
    destination = services.destinations.get(case.country_code)
    if case.category in _AT_HOME_CATEGORIES and never_left(case.story or ""):
        destination = None  # the country she was to go to has no police for her; Indonesia's has
    writer = Writer.FAMILY if case.reporter is Reporter.FAMILY else Writer.SELF
    near = "\n".join((await services.emergency.place_of(user_id), case.story or ""))
    danger = danger_line(destination, as_language(lang), services.home_lines, near=near, writer=writer)
    dangers = services.faq.detector.assess(case.story or "").categories if case.triage_urgent else ()
    if DangerCategory.SUICIDAL in dangers:  # a kind word and who listens, before the police numbers
        danger = kind_line(destination, services.destinations, as_language(lang), writer) + "\n" + danger
    received = await say(
        context,
        user_id,
        text(lang, "received", ticket=case.ticket, danger=Raw(danger)),
        ReplyKeyboardRemove(),  # the phone step's share-contact keyboard goes with the confirmation
    )
    await services.cases.link_complainant_message(case.id, user_id, received.message_id)


# --- messages while a draft waits ---


async def on_message(update: Update, context: BotContext) -> None:
    message, user = update.message, update.effective_user
    if message is None or user is None:
        return
    is_command = bool(message.text and message.text.startswith("/"))
    command = message.text.split()[0].split("@")[0].lower() if is_command and message.text else ""
    if is_command and command != "/lewati":
        return  # /darurat, /batal, /status... belong to other handlers, also during intake
    if context.user_data and context.user_data.get(FLOW_KEY):
        return  # the user opened the agency or offer check meanwhile: that flow waits for this text
    draft = await context.services.intake.current(user.id)
    if draft is None:
        return
    replied = message.reply_to_message
    if replied is not None and await context.services.cases.case_for_complainant_message(
        user.id, message.chat_id, replied.message_id
    ):
        return  # an answer to the officer about an existing case, even while a new report is being written
    lang = await language_of(update, context)
    try:
        await handle_step(update, context, draft, message, user, lang, skip=command == "/lewati")
    except DuplicateUpdate:
        # Recorded meanwhile by another delivery of it: the reply it would have had, as handle_step gives.
        current = await context.services.intake.current(user.id)
        if current is not None:
            await reply_again(context, current, message, key_of(update), lang)
    except AnswerForEarlierStep:
        # Sent before the current question appeared (re-sent while the bot was down): restate the step.
        current = await context.services.intake.current(user.id)
        if current is not None:
            await restate(context, current, lang, repeated=False)
    except (InvalidTransition, DraftNotFound):
        pass  # another update of this user changed the draft meanwhile; its reply asks the next question
    raise ApplicationHandlerStop
