"""Small helpers every handler module of the bot uses: the user's language, keyboards, sending HTML.

Callback data is versioned, `<feature>:v1:<action>[:<arg>]`, packed by the codecs of `handlers.callbacks`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyKeyboardRemove,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import filters

from bot.context import BotApplication, BotContext
from faq.model import Language
from handlers.callbacks import AGENCY, LANGUAGE, MENU, OFFER, REPORT, stale_pattern
from handlers.texts import Html, button

logger = logging.getLogger(__name__)

# Callback data the menus link to (the codecs live in handlers.callbacks).
REPORT_START = REPORT.pack("start")
REPORT_URGENT = REPORT.pack("start", "urgent")
REPORT_STATUS = REPORT.pack("status")

MENU_MAIN = MENU.pack("main")
MENU_ASK = MENU.pack("ask")
MENU_ROUTES = MENU.pack("routes")
MENU_EMERGENCY = MENU.pack("emergency")
OFFER_START = OFFER.pack("start")
AGENCY_START = AGENCY.pack("start")

# Callback data no handler understands: derived from every codec, so it never overlaps a handler's pattern.
STALE_CALLBACK_PATTERN = stale_pattern()

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # previews of hotline links cost data on cheap phones
FLOW_KEY = "flow"  # user_data key: which of this bot's flows waits for the user (offer, agency)
HELD_TEXT_KEY = "held_case_text"  # user_data key: her text waiting for her to say which case it is for
# user_data key: a flow dropped by /batal left a reply keyboard (the report's share-contact button) on screen.
REPLY_KEYBOARD_KEY = "reply_keyboard_shown"


async def language_of(update: Update, context: BotContext) -> Language:
    return await context.services.preferences.language_for(update.effective_user)


def menu_row(lang: Language) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(button("menu", lang), callback_data=MENU_MAIN)]


def menu_only(lang: Language) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([menu_row(lang)])


def main_menu(lang: Language) -> InlineKeyboardMarkup:
    other = "en" if lang == "id" else "id"
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(button("ask", lang), callback_data=MENU_ASK),
                InlineKeyboardButton(button("routes", lang), callback_data=MENU_ROUTES),
            ],
            [
                InlineKeyboardButton(button("offer", lang), callback_data=OFFER_START),
                InlineKeyboardButton(button("agency", lang), callback_data=AGENCY_START),
            ],
            [
                InlineKeyboardButton(button("report", lang), callback_data=REPORT_START),
                InlineKeyboardButton(button("status", lang), callback_data=REPORT_STATUS),
            ],
            [InlineKeyboardButton(button("emergency", lang), callback_data=MENU_EMERGENCY)],
            [InlineKeyboardButton(button("language", lang), callback_data=LANGUAGE.pack("set", other))],
        ]
    )


def keyboard(rows: Sequence[Sequence[InlineKeyboardButton]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(row) for row in rows if row])


async def send_html(
    update: Update,
    context: BotContext,
    text: Html,
    markup: InlineKeyboardMarkup | ReplyKeyboardRemove | None = None,
    *,
    reply_to: Message | None = None,
) -> Message | None:
    """Send HTML to the update's chat (quoting `reply_to` when given); returns None if there is no chat."""
    chat = update.effective_chat
    if chat is None:
        return None
    return await context.bot.send_message(
        chat.id,
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        reply_parameters=(
            ReplyParameters(reply_to.message_id, allow_sending_without_reply=True) if reply_to else None
        ),
        link_preview_options=NO_PREVIEW,
    )


async def show_typing(update: Update, context: BotContext) -> None:
    """The "typing…" indicator for work that may take a moment; a failure here is never worth an error."""
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
    except TelegramError as exc:
        logger.debug("typing indicator failed: %s", exc)


async def answer_callback(update: Update, text: str | None = None) -> None:
    """Stop the button's spinner; an expired query (after a restart) is not worth an error."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer(text)
    except BadRequest as exc:
        logger.debug("callback answer failed: %s", exc)


@contextlib.asynccontextmanager
async def answering_callback(update: Update) -> AsyncIterator[None]:
    """Stop the button's spinner while the block does the press's work, not before it: under load a call
    to Telegram waits its turn for a connection, and the reply the user waits for need not wait for it."""
    answering = asyncio.create_task(answer_callback(update))
    try:
        yield
    finally:
        with contextlib.suppress(TelegramError):  # a spinner left turning is not worth failing the press
            await answering


async def drop_buttons(update: Update) -> None:
    """Remove the inline keyboard from the message whose button was pressed (no-op if already gone)."""
    query = update.callback_query
    if query is None or query.message is None or not isinstance(query.message, Message):
        return
    if query.message.reply_markup is None:
        return
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest as exc:
        logger.debug("removing buttons failed: %s", exc)


def note_reply_keyboard_left(context: BotContext) -> None:
    if context.user_data is not None:
        context.user_data[REPLY_KEYBOARD_KEY] = True


def take_reply_keyboard_left(context: BotContext) -> bool:
    """Whether a reply keyboard must be removed (and forget it: it is removed once)."""
    return context.user_data is not None and bool(context.user_data.pop(REPLY_KEYBOARD_KEY, False))


def clear_flow(context: BotContext) -> None:
    if context.user_data is not None:
        context.user_data.pop(FLOW_KEY, None)


def drop_held_text(context: BotContext) -> None:
    """/batal and /start let go of a text waiting for her to pick a case, so she is never stuck there."""
    if context.user_data is not None:
        context.user_data.pop(HELD_TEXT_KEY, None)


def set_flow(context: BotContext, flow: str) -> None:
    if context.user_data is not None:
        context.user_data[FLOW_KEY] = flow


class WaitingFor(filters.MessageFilter):
    """Matches messages from a user for whom `flow` waits. Within one handler group only the first matching
    handler runs, so a flow's FLOWS handler must not match when its flow is not waiting."""

    def __init__(self, app: BotApplication, flow: str) -> None:
        super().__init__(name=f"WaitingFor({flow})")
        self._user_data = app.user_data
        self._flow = flow

    def filter(self, message: Message) -> bool:
        user = message.from_user
        if user is None:
            return False
        data = self._user_data.get(user.id)
        return data is not None and data.get(FLOW_KEY) == self._flow
