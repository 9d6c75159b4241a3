"""Messages about a case that the bot sends on its own: the card in the staff chat, notices under it, and
pushes to the complainant (staff replies, status changes). All go through `with_retry`; a complainant who
blocked the bot marks the case unreachable and the staff chat is told under the card.
"""

from __future__ import annotations

import contextlib
import html
import logging
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.complaints import staff_chat_for
from bot.services import Services
from faq.triage import DangerCategory
from handlers.callbacks import REPORT
from handlers.case_view import STAFF_STATUS, StaffView, card_keyboard, card_text
from handlers.delivery import with_retry
from handlers.texts_complaint import CATEGORY_LABELS, label, plain
from storage.models.cases import AttachmentKind, Case, LinkKind

logger = logging.getLogger(__name__)


async def staff_view(services: Services) -> StaffView:
    """Names from the staff directory and the office's time zone, for everything staff read."""
    detector = services.faq.detector

    def suicidal(story: str) -> bool:
        return DangerCategory.SUICIDAL in detector.assess(story).categories

    names = await services.staff_directory.names()
    return StaffView(names, ZoneInfo(services.config.staff.time_zone), suicidal)


def reply_to(message_id: int | None) -> ReplyParameters | None:
    return None if message_id is None else ReplyParameters(message_id, allow_sending_without_reply=True)


async def exposed(services: Services, chat_id: int | None) -> bool:
    """A staff chat where someone who is not staff may be present: it gets summaries, not personal data."""
    return chat_id is not None and await services.exposed_staff_chats.is_exposed(chat_id)


def summary_card(services: Services, case: Case) -> str:
    """A card without personal data: what the case is, and where to read it (the console, after sign-in)."""
    link = f"{services.config.web.public_url}/kasus/{case.id}"
    return (
        f"📁 {html.escape(case.ticket or '')} · {STAFF_STATUS[case.status]}\n"
        f"Kategori: {html.escape(label(CATEGORY_LABELS, case.category.value, 'id'))}\n"
        "🔒 Data pribadi disembunyikan: grup ini mungkin berisi orang yang bukan petugas.\n"
        f'Buka di konsol: <a href="{html.escape(link)}">{html.escape(link)}</a>'
    )


async def _card(services: Services, chat_id: int, case: Case, text: str) -> str:
    return summary_card(services, case) if await exposed(services, chat_id) else text


async def post_card(
    bot: Bot,
    services: Services,
    case: Case,
    *,
    heading: str | None = None,
    turn: contextlib.AbstractAsyncContextManager[object] | None = None,
) -> Message | None:
    """Post the case card (and copies of its attachments) to the case's staff chat; link them to the case.

    Returns None when no staff chat is configured or Telegram refuses (the POST_CARD timer retries then),
    and when this process is already posting the case's card. `turn`: entered around the posting, once the
    card is marked as being posted by this process (so the timer sweep leaves it alone while it waits).
    """
    if heading is not None:
        return await _post_card(bot, services, case, heading)
    with services.case_timers.posting_card(case.id) as mine:
        if not mine:
            return None
        card = None
        try:
            async with turn or contextlib.nullcontext():
                card = await _post_card(bot, services, case, None)
        finally:
            if card is None:
                await _let_go_of_card(services, case)
        return card


async def _let_go_of_card(services: Services, case: Case) -> None:
    """Not posted: leave the card to any instance's sweep, not only this one's."""
    try:
        await services.case_timers.let_go_of_card(case.id)
    except Exception as exc:  # then it stays this instance's until its own sweep or its end
        logger.warning("case %s: could not let go of its card (%s)", case.ticket, type(exc).__name__)


async def _post_card(bot: Bot, services: Services, case: Case, heading: str | None) -> Message | None:
    chat_id = case.staff_chat_id or staff_chat_for(services.config, case.province_code)
    if chat_id is None:
        logger.warning("case %s: no staff chat configured (staff.chat_id / STAFF_CHAT_ID)", case.ticket)
        return None
    current, attachments = await services.cases.card_view(case.id)
    view = await staff_view(services)
    text = await _card(
        services, chat_id, current, card_text(current, attachments, view=view, heading=heading)
    )
    try:
        card = await with_retry(
            lambda: bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=card_keyboard(current),
            ),
            what="case card",
        )
    except TelegramError as error:
        logger.error("case %s: posting the card failed: %s", case.ticket, type(error).__name__)
        return None
    kind = LinkKind.CARD if heading is None else LinkKind.REMINDER
    # At once and ahead of other writers: a card Telegram accepted but whose id was never stored is
    # posted again after a crash (the Bot API has no idempotency key).
    await services.cases.link_message(case.id, chat_id, card.message_id, kind)
    if heading is None and not await exposed(services, chat_id):
        for attachment in attachments:
            await _copy_attachment(
                bot, services, case, chat_id, card.message_id, attachment.kind, attachment.file_id
            )
    return card


async def _copy_attachment(
    bot: Bot, services: Services, case: Case, chat_id: int, card_id: int, kind: AttachmentKind, file_id: str
) -> None:
    caption = f"📎 {case.ticket}"
    try:
        sent = await with_retry(
            lambda: send_file(
                bot, kind, chat_id, file_id, caption=caption, reply_parameters=reply_to(card_id)
            )
        )
    except TelegramError as error:
        logger.warning("case %s: copying an attachment failed: %s", case.ticket, type(error).__name__)
        return
    await services.cases.link_message(case.id, chat_id, sent.message_id, LinkKind.STAFF_COPY)


async def send_file(bot: Bot, kind: AttachmentKind, chat_id: int, file_id: str, **options: Any) -> Message:
    """Send a file Telegram already has with the method of its kind (a voice note's file id is refused
    by sendDocument)."""
    if kind is AttachmentKind.PHOTO:
        return await bot.send_photo(chat_id, file_id, **options)
    if kind is AttachmentKind.VOICE:
        return await bot.send_voice(chat_id, file_id, **options)
    if kind is AttachmentKind.AUDIO:
        return await bot.send_audio(chat_id, file_id, **options)
    if kind is AttachmentKind.VIDEO:
        return await bot.send_video(chat_id, file_id, **options)
    return await bot.send_document(chat_id, file_id, **options)


async def refresh_card(bot: Bot, services: Services, case: Case) -> None:
    """Redraw the card after a change (status, claim, unreachable...). Failing to edit is not fatal."""
    if case.staff_chat_id is None or case.card_message_id is None:
        return
    current, attachments = await services.cases.card_view(case.id)
    view = await staff_view(services)
    chat_id = case.staff_chat_id
    text = await _card(services, chat_id, current, card_text(current, attachments, view=view))
    try:
        await with_retry(
            lambda: bot.edit_message_text(
                text,
                chat_id=case.staff_chat_id,
                message_id=case.card_message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=card_keyboard(current),
            ),
            what="card refresh",
        )
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            logger.warning("case %s: card refresh failed: %s", case.ticket, error)
    except TelegramError as error:
        logger.warning("case %s: card refresh failed: %s", case.ticket, type(error).__name__)


async def staff_notice(bot: Bot, services: Services, case: Case, html_text: str) -> Message | None:
    """A line for the staff under the case card (or in the default staff chat when there is no card)."""
    chat_id = case.staff_chat_id or staff_chat_for(services.config, case.province_code)
    if chat_id is None:
        return None
    if await exposed(services, chat_id):
        link = f"{services.config.web.public_url}/kasus/{case.id}"
        html_text = (
            f"ℹ️ <b>{html.escape(case.ticket or '')}</b>: ada pembaruan. Buka di konsol: {html.escape(link)}"
        )
    try:
        sent = await with_retry(
            lambda: bot.send_message(
                chat_id, html_text, parse_mode=ParseMode.HTML, reply_parameters=reply_to(case.card_message_id)
            ),
            what="staff notice",
        )
    except TelegramError as error:
        logger.warning("case %s: staff notice failed: %s", case.ticket, type(error).__name__)
        return None
    await services.cases.link_message(case.id, chat_id, sent.message_id, LinkKind.STAFF_COPY)
    return sent


def message_officer_button(case: Case) -> InlineKeyboardMarkup:
    label = plain(case.language, "message_officer").format(ticket=case.ticket)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=REPORT.pack("msg", case.id))]])


async def notify_complainant(
    bot: Bot, services: Services, case: Case, html_text: str, *, with_reply_button: bool = True
) -> bool:
    """Push a message about the case to the complainant. False when it could not be delivered.

    Forbidden (blocked bot, deleted account) marks the case unreachable and tells the staff chat once.
    """
    if case.complainant_chat_id is None:
        return False
    chat_id = case.complainant_chat_id
    # Closed or refused cases keep the button: the worker can always write to staff about her case.
    markup = message_officer_button(case) if with_reply_button else None
    try:
        sent = await with_retry(
            lambda: bot.send_message(chat_id, html_text, parse_mode=ParseMode.HTML, reply_markup=markup),
            what="complainant push",
        )
    except Forbidden:
        marked = await services.cases.mark_unreachable(case.id)
        if marked.events:
            await refresh_card(bot, services, marked.case)
            await staff_notice(
                bot,
                services,
                marked.case,
                f"🚫 <b>{marked.case.ticket}</b>: pelapor tidak dapat dihubungi (bot diblokir). "
                "Pesan tidak terkirim.",
            )
        return False
    except TelegramError as error:
        logger.warning("case %s: push to complainant failed: %s", case.ticket, type(error).__name__)
        return False
    await services.cases.link_complainant_message(case.id, chat_id, sent.message_id)
    return True
