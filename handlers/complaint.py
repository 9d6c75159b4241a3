"""Complaint intake: /lapor, the menu's Lapor button and the urgent-report button start a guided
conversation whose state lives in the database (`IntakeService`), so it survives a restart.

Each step asks one thing; buttons carry `report:v1:<action>[:<arg>]`. The case is written durably before
the user hears "received", and only then is the card posted to the staff chat (a timer retries that).
"""

from __future__ import annotations

import html
import logging

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
    User,
)
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from handlers import groups
from handlers.case_notify import post_card
from handlers.common import FLOW_KEY, clear_flow, language_of, note_reply_keyboard_left
from handlers.complaint_groups import INTAKE_FLOW, INTAKE_RESET
from handlers.complaint_io import download_attachment, drop_message_buttons, say
from handlers.telegram_text import message_text
from handlers.texts_complaint import (
    CATEGORY_LABELS,
    COUNTRY_SUGGESTIONS,
    REPORTER_LABELS,
    Raw,
    label,
    plain,
    text,
)
from storage.errors import (
    AnswerForEarlierStep,
    AnswerTooLong,
    DraftNotFound,
    DuplicateUpdate,
    IncompleteDraft,
    InvalidInput,
    InvalidTransition,
)
from storage.services.intake import MAX_ATTACHMENTS, OPTIONAL_STEPS, Draft, Step
from storage.update_keys import key_of

logger = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
SUMMARY_STORY_LIMIT = 1200
DONE_WORDS = frozenset({"selesai", "sudah", "done", "finish", "tidak ada", "ga ada", "gak ada", "no"})
BUTTON_STEPS = frozenset({Step.CONSENT, Step.REPORTER, Step.CATEGORY, Step.CONFIRM})
# Steps at which the phone step's share-contact (reply) keyboard may still be on the user's screen.
REPLY_KEYBOARD_STEPS = frozenset({Step.PHONE, Step.CONFIRM})


def register(app: BotApplication) -> None:
    app.add_handler(
        CommandHandler(["batal", "cancel", "start"], drop_draft, filters=PRIVATE), group=INTAKE_RESET
    )
    app.add_handler(CommandHandler("lapor", start_command, filters=PRIVATE), group=groups.COMMANDS)
    app.add_handler(
        CallbackQueryHandler(
            on_button, pattern=r"^report:v1:(start|consent|rep|cat|country|att|confirm|cancel)\b"
        ),
        group=groups.COMMANDS,
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
    await begin(update, context, urgent=False)


async def begin(update: Update, context: BotContext, *, urgent: bool) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    lang = await language_of(update, context)
    clear_flow(context)  # typed answers go to the report now, not to an agency or offer check left open
    started = await context.services.intake.start(user.id, chat.id, lang, urgent=urgent)
    if started.resumed:
        await say(context, chat.id, text(lang, "resumed"))
    await ask(context, started.draft, lang)


# --- asking ---


def _buttons(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d) for t, d in row] for row in rows])


async def ask(context: BotContext, draft: Draft, lang: str) -> None:
    """Send the question for the draft's current step."""
    chat_id, step = draft.chat_id, draft.step
    if step is Step.CONSENT:
        operator = context.services.config.bot.operator
        markup = _buttons(
            [
                [
                    (plain(lang, "consent_yes"), "report:v1:consent:yes"),
                    (plain(lang, "consent_no"), "report:v1:consent:no"),
                ]
            ]
        )
        await say(context, chat_id, text(lang, "consent", operator=operator), markup)
    elif step is Step.REPORTER:
        rows = [[(label(REPORTER_LABELS, code, lang), f"report:v1:rep:{code}")] for code in REPORTER_LABELS]
        await say(context, chat_id, text(lang, "reporter"), _buttons(rows))
    elif step is Step.CATEGORY:
        rows = [[(label(CATEGORY_LABELS, code, lang), f"report:v1:cat:{code}")] for code in CATEGORY_LABELS]
        await say(context, chat_id, text(lang, "category"), _buttons(rows))
    elif step is Step.COUNTRY:
        pairs = [(name, f"report:v1:country:{index}") for index, name in enumerate(COUNTRY_SUGGESTIONS)]
        await say(
            context,
            chat_id,
            text(lang, "country"),
            _buttons([pairs[i : i + 2] for i in range(0, len(pairs), 2)]),
        )
    elif step is Step.ATTACHMENTS:
        await say(
            context,
            chat_id,
            text(lang, "attachments"),
            _buttons([[(plain(lang, "attachments_done"), "report:v1:att:done")]]),
        )
    elif step is Step.PHONE:
        keyboard = ReplyKeyboardMarkup(
            [[KeyboardButton(plain(lang, "share_phone"), request_contact=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
        await say(context, chat_id, text(lang, "phone"), keyboard)
    elif step is Step.CONFIRM:
        markup = _buttons(
            [[(plain(lang, "send"), "report:v1:confirm"), (plain(lang, "cancel"), "report:v1:cancel")]]
        )
        await say(context, chat_id, text(lang, "summary", summary=Raw(summary(draft, lang))), markup)
    else:
        await say(context, chat_id, text(lang, step.value))


def summary(draft: Draft, lang: str) -> str:
    """The draft as the user will confirm it; every answer escaped, long ones shortened."""

    def value(key: str, limit: int | None = None) -> str:
        raw = draft.text(key)
        if not raw:
            return "-"
        if limit is not None and len(raw) > limit:
            raw = raw[:limit] + "…"
        return html.escape(raw)

    reporter = html.escape(label(REPORTER_LABELS, draft.answers.get("reporter"), lang))
    category = html.escape(label(CATEGORY_LABELS, draft.answers.get("category"), lang))
    rows = [
        ("sum_reporter", reporter),
        ("sum_category", category),
        ("sum_country", value("country")),
        ("sum_province", value("province")),
        ("sum_agency", value("agency", 300)),
        ("sum_attachments", str(len(draft.attachments))),
        ("sum_phone", value("phone")),
    ]
    lines = [f"<b>{text(lang, key)}:</b> {shown}" for key, shown in rows]
    lines.append(f"<b>{text(lang, 'sum_story')}:</b>\n{value('story', SUMMARY_STORY_LIMIT)}")
    return "\n".join(lines)


# --- buttons ---


# Buttons that answer a step: action in the callback data -> the step it answers.
STEP_BUTTONS = {"consent": Step.CONSENT, "rep": Step.REPORTER, "cat": Step.CATEGORY, "country": Step.COUNTRY}


async def on_button(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    parts = query.data.split(":")
    action, arg = parts[2], (parts[3] if len(parts) > 3 else "")
    lang = await language_of(update, context)
    await query.answer()
    if update.effective_chat is None or update.effective_chat.type != "private":
        return  # intake buttons mean nothing in a group
    if action == "start":
        await begin(update, context, urgent=arg == "urgent")
    elif action == "cancel" or (action == "consent" and arg != "yes"):
        await decline(context, user.id, query.message, lang)
    elif action == "confirm":
        await confirm(update, context, lang)
    else:
        await answer_button(context, user.id, action, arg, key_of(update), lang)


async def answer_button(
    context: BotContext, user_id: int, action: str, arg: str, update_key: str, lang: str
) -> None:
    """Record a step's button (a stale one re-asks the current question) and ask the next question."""
    intake = context.services.intake
    try:
        if action == "att":
            draft = await intake.skip(user_id, Step.ATTACHMENTS, update_key=update_key)
        elif action in STEP_BUTTONS:
            draft = await intake.answer(
                user_id, STEP_BUTTONS[action], button_value(action, arg), update_key=update_key
            )
        else:
            raise InvalidInput("unknown action")
    except DuplicateUpdate:
        return
    except DraftNotFound:
        await say(context, user_id, text(lang, "no_draft"))
        return
    except (InvalidTransition, InvalidInput):
        current = await intake.current(user_id)
        if current is not None:
            await say(context, user_id, text(lang, "stale"))
            await ask(context, current, lang)
        return
    # The old question keeps its buttons (one call fewer per step); pressing one later is answered as stale.
    await ask(context, draft, lang)


def button_value(action: str, arg: str) -> str:
    if action == "country":
        index = int(arg) if arg.isdigit() else -1
        if not 0 <= index < len(COUNTRY_SUGGESTIONS):
            raise InvalidInput("unknown country button")
        return COUNTRY_SUGGESTIONS[index]
    return arg


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
    query = update.callback_query
    if query is not None:
        await drop_message_buttons(query.message)
    if not filed.created:
        await say(context, user.id, text(lang, "already_received", ticket=case.ticket))
        return
    hotlines = services.config.hotlines
    received = await say(
        context,
        user.id,
        text(lang, "received", ticket=case.ticket, police=hotlines.police, hotline=hotlines.kp2mi),
        ReplyKeyboardRemove(),  # the phone step's share-contact keyboard goes with the confirmation
    )
    await services.cases.link_complainant_message(case.id, user.id, received.message_id)
    await post_card(context.bot, services, case)


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
        logger.info("update %s was delivered again; already handled", update.update_id)
    except AnswerForEarlierStep:
        # Written for an earlier question (re-sent while the bot was down): say so, ask the current one.
        current = await context.services.intake.current(user.id)
        if current is not None:
            await say(context, current.chat_id, text(lang, "earlier_answer"))
            await ask(context, current, lang)
    except (InvalidTransition, DraftNotFound):
        pass  # another update of this user changed the draft meanwhile; its reply asks the next question
    raise ApplicationHandlerStop


async def handle_step(
    update: Update, context: BotContext, draft: Draft, message: Message, user: User, lang: str, *, skip: bool
) -> None:
    intake = context.services.intake
    step = draft.step
    if skip:
        if step not in OPTIONAL_STEPS:
            await say(context, draft.chat_id, text(lang, "cannot_skip"))
            await ask(context, draft, lang)
            return
        await ask(
            context, await intake.skip(user.id, step, update_key=key_of(update), sent_at=message.date), lang
        )
        return
    if step is Step.ATTACHMENTS and (message.photo or message.document):
        await add_attachment(context, draft, message, user, lang, key_of(update))
        return
    if step is Step.PHONE and message.contact is not None:
        value: str | None = message.contact.phone_number
    else:
        value = message_text(message) if message.text is not None else None  # links written out
    if step in BUTTON_STEPS or value is None:
        key = "need_button" if step in BUTTON_STEPS or step is Step.ATTACHMENTS else "need_text"
        await say(context, draft.chat_id, text(lang, key))
        await ask(context, draft, lang)
        return
    if step is Step.ATTACHMENTS:
        if value.strip().lower() in DONE_WORDS:
            await ask(
                context,
                await intake.skip(user.id, step, update_key=key_of(update), sent_at=message.date),
                lang,
            )
        else:
            await ask(context, draft, lang)
        return
    if step is Step.STORY and (story_urgent := context.services.faq.is_urgent(value)) != draft.urgent:
        await intake.set_story_urgency(user.id, story_urgent)
    try:
        updated = await intake.answer(
            user.id,
            step,
            value,
            forwarded=message.forward_origin is not None,
            update_key=key_of(update),
            sent_at=message.date,
        )
    except AnswerTooLong:
        await say(context, draft.chat_id, text(lang, "too_long"))
        return
    except InvalidInput:
        await say(context, draft.chat_id, text(lang, "phone_invalid" if step is Step.PHONE else "need_text"))
        return
    await ask(context, updated, lang)


async def add_attachment(
    context: BotContext, draft: Draft, message: Message, user: User, lang: str, update_key: str
) -> None:
    if len(draft.attachments) >= MAX_ATTACHMENTS:
        await say(context, draft.chat_id, text(lang, "attachment_limit"))
        return
    attachment = await download_attachment(context, message, user.id)
    try:
        updated = await context.services.intake.add_attachment(user.id, attachment, update_key=update_key)
    except InvalidInput:
        await say(context, draft.chat_id, text(lang, "attachment_limit"))
        return
    key = "attachment_too_large" if attachment.not_stored_reason else "attachment_saved"
    done = _buttons([[(plain(lang, "attachments_done"), "report:v1:att:done")]])
    await say(context, draft.chat_id, text(lang, key, count=len(updated.attachments)), done)
