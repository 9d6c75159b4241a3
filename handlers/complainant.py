"""The complainant's side of a case: /status, /hapusdata, and messages about an open case.

A message reaches a case when the user (a) pressed "message the officer" first, (b) replied to one of the
bot's messages about the case, or (c) sent a photo/document while a case of theirs is open. Anything else
goes on to the FAQ, so a question is never swallowed by an old case.
"""

from __future__ import annotations

import html
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.context import BotApplication, BotContext
from handlers import groups
from handlers.callbacks import REPORT
from handlers.case_notify import refresh_card, send_file, staff_notice
from handlers.common import language_of
from handlers.complainant_routing import offer_reopen, plain_buttons, plain_text_case
from handlers.complaint_groups import CASE_MESSAGES
from handlers.complaint_io import download_attachment, drop_message_buttons, file_of, has_evidence, say
from handlers.delivery import with_retry
from handlers.telegram_text import html_with_links, message_text, split_text
from handlers.texts_complaint import CATEGORY_LABELS, STATUS_LABELS, label, plain, text
from storage.errors import CaseClosed, CaseNotFound
from storage.models.cases import Case
from storage.update_keys import key_of

logger = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
RELAY_CHUNK = 3000


def register(app: BotApplication) -> None:
    # Before the guard (which drops these updates): a user blocking the bot makes their open cases
    # unreachable at once, instead of at the next failed message.
    app.add_handler(
        ChatMemberHandler(on_bot_blocked, ChatMemberHandler.MY_CHAT_MEMBER), group=groups.GUARD - 1
    )
    app.add_handler(CommandHandler("status", status_command, filters=PRIVATE), group=groups.COMMANDS)
    app.add_handler(CommandHandler("hapusdata", erase_command, filters=PRIVATE), group=groups.COMMANDS)
    buttons = CallbackQueryHandler(on_button, pattern=REPORT.pattern("status", "msg", "erase"))
    app.add_handler(buttons, group=groups.COMMANDS)
    app.add_handler(
        MessageHandler(
            PRIVATE & filters.UpdateType.MESSAGE & ~filters.COMMAND & ~filters.StatusUpdate.ALL, on_message
        ),
        group=CASE_MESSAGES,
    )


async def on_bot_blocked(update: Update, context: BotContext) -> None:
    change = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    if change.new_chat_member.status != ChatMemberStatus.BANNED:
        return
    services = context.services
    for case in await services.cases.mark_complainant_unreachable(change.chat.id):
        await refresh_card(context.bot, services, case)
        ticket = html.escape(case.ticket or "")
        await staff_notice(
            context.bot, services, case, f"🚫 <b>{ticket}</b>: pelapor memblokir bot; tidak dapat dihubungi."
        )


async def status_command(update: Update, context: BotContext) -> None:
    if update.effective_user is not None:
        await show_status(update, context, update.effective_user.id)


async def show_status(update: Update, context: BotContext, user_id: int) -> None:
    lang = await language_of(update, context)
    cases = await context.services.cases.cases_of(user_id)
    if not cases:
        await say(context, user_id, text(lang, "status_none"))
        return
    lines = [text(lang, "status_header")]
    buttons = []
    for case in cases[-10:]:
        lines.append(
            text(
                lang,
                "status_line",
                ticket=case.ticket,
                category=label(CATEGORY_LABELS, case.category.value, lang),
                status=label(STATUS_LABELS, case.status.value, lang),
                updated=case.updated_at.strftime("%d-%m-%Y"),
            )
        )
        if case.is_open:
            title = plain(lang, "message_officer").format(ticket=case.ticket)
            buttons.append([InlineKeyboardButton(title, callback_data=f"report:v1:msg:{case.id}")])
    sent = await say(context, user_id, "\n".join(lines), InlineKeyboardMarkup(buttons) if buttons else None)
    for case in cases:
        if case.is_open:
            await context.services.cases.link_complainant_message(case.id, user_id, sent.message_id)
            break


async def erase_command(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    lang = await language_of(update, context)
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(plain(lang, "erase_yes"), callback_data="report:v1:erase:yes"),
                InlineKeyboardButton(plain(lang, "erase_no"), callback_data="report:v1:erase:no"),
            ]
        ]
    )
    await say(context, user.id, text(lang, "erase_confirm"), markup)


async def on_button(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    parts = query.data.split(":")
    action, arg = parts[2], (parts[3] if len(parts) > 3 else "")
    lang = await language_of(update, context)
    await query.answer()
    if update.effective_chat is None or update.effective_chat.type != "private":
        return  # complainant buttons mean nothing in a group
    if action == "status":
        await show_status(update, context, user.id)
    elif action == "msg":
        try:
            case = await context.services.cases.await_reply(user.id, int(arg) if arg.isdigit() else -1)
        except CaseNotFound:
            await say(context, user.id, text(lang, "stale"))
        except CaseClosed:
            await say(context, user.id, text(lang, "case_closed"))
        else:
            await say(context, user.id, text(lang, "write_now", ticket=case.ticket))
    elif action == "erase":
        await drop_message_buttons(query.message)
        if arg != "yes":
            await say(context, user.id, text(lang, "erase_kept"))
            return
        result = await context.services.cases.erase_personal_data(
            user.id, context.services.config.complaints.attachments_dir
        )
        await say(context, user.id, text(lang, "erased", count=len(result.erased)))
        for case_id in result.erased_case_ids:
            # The card in the staff chat showed the personal data: redraw it from the anonymised case.
            await refresh_card(
                context.bot, context.services, await context.services.cases.case_for_card(case_id)
            )
        if result.still_open:
            await say(context, user.id, text(lang, "erase_open", tickets=", ".join(result.still_open)))


async def on_message(update: Update, context: BotContext) -> None:
    message, user = update.message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    replied = message.reply_to_message
    case_id = await services.cases.case_for_incoming(
        user.id,
        message.chat_id,
        replied.message_id if replied is not None else None,
        has_media=has_evidence(message),
    )
    free_text = case_id is None
    if case_id is None:
        case_id = await plain_text_case(context, message)
        if case_id is None:
            return  # no open case, or another flow waits for this text: the FAQ or that flow gets it
    lang = await language_of(update, context)
    attachment = None
    if has_evidence(message):
        attachment = (await download_attachment(context, message, user.id)).to_model()
    body = message_text(message)
    if body is None and attachment is None:
        return  # a sticker or a location: the bot engineer's fallback explains what we can read
    try:
        incoming = await services.cases.complainant_message(
            user.id,
            case_id,
            body,
            update_key=key_of(update),
            forwarded=message.forward_origin is not None,
            attachment=attachment,
        )
    except CaseNotFound:
        return
    except CaseClosed:
        await offer_reopen(context, user.id, case_id, body, lang)
        raise ApplicationHandlerStop from None
    case = incoming.case
    if free_text:
        await say(
            context,
            user.id,
            text(lang, "relayed_plain", ticket=case.ticket),
            await plain_buttons(context, user.id, case, incoming.message_id, lang),
        )
    else:
        await say(context, user.id, text(lang, "relayed", ticket=case.ticket))
    if not incoming.duplicate:
        await relay_to_staff(context, case, message, body)
    raise ApplicationHandlerStop


async def relay_to_staff(context: BotContext, case: Case, message: Message, body: str | None) -> None:
    services = context.services
    forwarded = " (diteruskan)" if message.forward_origin is not None else ""
    parts = split_text(body or "", RELAY_CHUNK)
    header = f"⬅️ <b>{html.escape(case.ticket or '')}</b>: pesan dari pelapor{forwarded}"
    for index, part in enumerate(parts):
        more = f" ({index + 1}/{len(parts)})" if len(parts) > 1 else ""
        notice = f"{header}{more}\n{html_with_links(part)}\n<i>Balas pesan ini untuk menjawab pelapor.</i>"
        sent = await staff_notice(context.bot, services, case, notice)
    if sent is not None and has_evidence(message):
        found = file_of(message)
        caption = f"📎 {case.ticket}"
        try:
            await with_retry(
                lambda: send_file(context.bot, found.kind, sent.chat_id, found.file_id, caption=caption)
            )
        except TelegramError as error:
            logger.warning("case %s: attachment copy failed: %s", case.ticket, type(error).__name__)
    await refresh_card(context.bot, services, case)
