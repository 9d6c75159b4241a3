"""Messages the bot cannot use (group FALLBACK): stickers, photos, voice notes, contacts, unknown commands
and stale buttons each get a short, helpful reply that leads back to the menu.

Flows that accept such input (the complaint's photos and phone number) consume it earlier, in FLOWS; a shared
location gets the emergency numbers of its country (handlers.emergency).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.commands import known_command_names
from bot.context import BotApplication, BotContext
from handlers.common import (
    STALE_CALLBACK_PATTERN,
    answer_callback,
    language_of,
    main_menu,
    menu_only,
    send_html,
)
from handlers.groups import FALLBACK
from handlers.texts import t

logger = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
_KINDS = (
    (filters.Sticker.ALL, "sticker"),
    (filters.PHOTO | filters.Document.ALL | filters.ANIMATION, "photo"),
    (filters.VOICE | filters.AUDIO | filters.VIDEO | filters.VIDEO_NOTE, "voice"),
    (filters.CONTACT, "contact"),
)


def register(app: BotApplication) -> None:
    media = filters.Sticker.ALL | filters.PHOTO | filters.Document.ALL | filters.ANIMATION | filters.VOICE
    media = media | filters.AUDIO | filters.VIDEO | filters.VIDEO_NOTE
    media = media | filters.CONTACT | filters.POLL | filters.Dice.ALL
    app.add_handler(
        MessageHandler(PRIVATE & media & ~filters.StatusUpdate.ALL, unusable_message), group=FALLBACK
    )
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, unknown_command), group=FALLBACK)
    app.add_handler(CallbackQueryHandler(stale_button, pattern=STALE_CALLBACK_PATTERN), group=FALLBACK)


async def unusable_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    kind = next(
        (name for message_filter, name in _KINDS if message_filter.check_update(update)), "unsupported"
    )
    lang = await language_of(update, context)
    await send_html(update, context, t(kind, lang), main_menu(lang))


async def unknown_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    name = message.text.split(maxsplit=1)[0].removeprefix("/").split("@", 1)[0].lower()
    if name in known_command_names():
        return
    lang = await language_of(update, context)
    await send_html(update, context, t("unknown_command", lang), main_menu(lang))


async def stale_button(update: Update, context: BotContext) -> None:
    lang = await language_of(update, context)
    logger.info("stale or unknown button pressed")
    await answer_callback(update, t("stale_button", lang))
    await send_html(update, context, t("stale_button", lang), menu_only(lang))
