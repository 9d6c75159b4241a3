"""The complainant's side of a case: /status, /hapusdata, and messages about an open case.

A message reaches a case when the user (a) pressed "message the officer" first, (b) replied to one of the
bot's messages about the case, or (c) sent a photo/document while a case of theirs is open. Anything else
goes on to the FAQ, so a question is never swallowed by an old case. What staff are told then is the
notifier's business (`bot.telegram_notifier`), as for every other change to a case.
"""

from __future__ import annotations

import html
import logging
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.context import BotApplication, BotContext
from bot.referrals import agency_contact
from bot.telegram_notifier import notifier_of
from faq.emergency import kind_line, says_it_is_herself
from faq.model import as_language
from faq.report_questions import asks_if_received
from handlers import groups
from handlers.callbacks import REPORT
from handlers.case_view import local_when
from handlers.common import answer_callback, language_of
from handlers.complainant_routing import (
    ask_which_case,
    chosen_case,
    offer_reopen,
    plain_buttons,
    plain_text_cases,
)
from handlers.complaint_groups import CASE_MESSAGES
from handlers.complaint_io import download_attachment, drop_message_buttons, has_evidence, say
from handlers.emergency import was_urgent
from handlers.telegram_text import message_text, truncate
from handlers.texts_complaint import CATEGORY_LABELS, STATUS_LABELS, Raw, label, plain, text
from storage.errors import CaseClosed, CaseNotFound
from storage.models.cases import Case
from storage.services.cases.base import Decision
from storage.update_keys import key_of

logger = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
STATUS_REASON_LIMIT = 300  # ten cases' reasons must fit one message


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
    for outcome in await context.services.cases.mark_complainant_unreachable(change.chat.id):
        await notifier_of(context).publish(outcome.events)


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
    shown = cases[-10:]
    decisions = await context.services.cases.decisions_of(
        user_id, [case.id for case in shown if case.status.is_closed]
    )
    zone = ZoneInfo(context.services.config.staff.time_zone)
    for case in shown:
        lines.append(status_line(case, lang, zone) + decision_lines(context, decisions.get(case.id), lang))
        if case.erased_at is None:
            title = plain(lang, "message_officer").format(ticket=case.ticket)
            buttons.append([InlineKeyboardButton(title, callback_data=REPORT.pack("msg", case.id))])
    sent = await say(context, user_id, "\n".join(lines), InlineKeyboardMarkup(buttons) if buttons else None)
    for case in cases:
        if case.is_open:
            await context.services.cases.link_complainant_message(case.id, user_id, sent.message_id)
            break


def status_line(case: Case, lang: str, zone: ZoneInfo) -> str:
    line = text(
        lang,
        "status_line",
        ticket=case.ticket,
        category=label(CATEGORY_LABELS, case.category.value, lang),
        status=label(STATUS_LABELS, case.status.value, lang),
        updated=local_when(case.updated_at, zone),
    )
    if case.last_staff_reply_at is not None:
        line += text(lang, "status_replied", when=local_when(case.last_staff_reply_at, zone))
    return line


def decision_lines(context: BotContext, decision: Decision | None, lang: str) -> str:
    """Why her case was closed, and where a referral went with its number: what the decision message
    told her, still there when that message scrolled away."""
    if decision is None:
        return ""
    lines = ""
    if decision.reason:
        lines += text(lang, "status_reason", reason=truncate(decision.reason, STATUS_REASON_LIMIT))
    if decision.agency:
        services = context.services
        found = agency_contact(services.config, services.destinations, decision.agency, as_language(lang))
        contact = f": {html.escape(found)}" if found else ""
        lines += text(lang, "status_agency", agency=decision.agency, contact=Raw(contact))
    return lines


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
    await answer_callback(update)  # a press handled again (after a restart) has an expired query
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
            user.id, context.services.config.complaints.attachments_dir, request_key=key_of(update)
        )
        await say(context, user.id, text(lang, "erased", count=len(result.erased)))
        # The cards in the staff chat showed the personal data: they are redrawn from the anonymised cases.
        await notifier_of(context).publish(result.events)
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
    lang = await language_of(update, context)
    danger, suicidal = was_urgent(context, update)
    if case_id is None:
        candidates = await plain_text_cases(context, message)
        if not candidates:
            return  # no case to offer, or another flow waits for this text: the FAQ or that flow gets it
        case_id = chosen_case(context, candidates)
        if case_id is None:
            held = message_text(message) or ""
            await ask_which_case(context, user.id, candidates, held, key_of(update), lang, danger=danger)
            raise ApplicationHandlerStop
    attachment = None
    if has_evidence(message):
        attachment = (await download_attachment(context, message, user.id)).to_model()
    body = message_text(message)
    if body is None and attachment is None:
        return  # a sticker or a location: the bot engineer's fallback explains what we can read
    herself = body is not None and says_it_is_herself(body)
    try:
        incoming = await services.cases.complainant_message(
            user.id,
            case_id,
            body,
            update_key=key_of(update),
            forwarded=message.forward_origin is not None,
            attachment=attachment,
            danger=danger,
            herself=herself,
        )
    except CaseNotFound:
        return
    except CaseClosed:
        await say(context, user.id, text(lang, "case_closed"))
        raise ApplicationHandlerStop from None
    case = incoming.case
    if free_text and case.is_open and body is not None and asks_if_received(body):
        # "sdh diterima blm?", "kapan dibalas": where her report stands, not only "passed on"
        status = label(STATUS_LABELS, case.status.value, lang)
        await say(context, user.id, text(lang, "case_status", ticket=case.ticket, status=status))
    elif free_text:
        await say(
            context,
            user.id,
            text(lang, "relayed_plain", ticket=case.ticket),
            await plain_buttons(context, user.id, case, incoming.message_id, lang),
        )
    elif case.is_open:
        await say(context, user.id, text(lang, "relayed", ticket=case.ticket))
    if herself and not suicidal and case.is_open:
        # "bukan kak, aku sendiri yg gk kuat": a kind word and who listens where she is, as the first reply
        # gave; triage reading thoughts of suicide in it has already said it, any other alarm has not
        place = services.destinations.get(case.country_code)
        await say(context, user.id, kind_line(place, services.destinations, as_language(lang)))
    await notifier_of(context).publish(incoming.events)
    if not case.is_open:
        # Kept on the closed case and staff heard it; she may reopen it or file a new report.
        await offer_reopen(context, user.id, case, lang)
    raise ApplicationHandlerStop
