"""`/konsol`: a staff member asks, in a private chat with the bot, for a one-time link into the browser
console (valid ten minutes, used once, bound to her). Anyone else gets one neutral line."""

from __future__ import annotations

import html
import logging

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import CommandHandler

from bot.context import BotApplication, BotContext
from handlers import groups
from handlers.delivery import with_retry
from storage.errors import AccessDenied

logger = logging.getLogger(__name__)

STAFF_ONLY = "Perintah ini hanya untuk petugas."
PRIVATE_ONLY = "Kirim /konsol di chat pribadi dengan bot, supaya tautan masuk tidak terlihat orang lain."


def register(app: BotApplication) -> None:
    app.add_handler(CommandHandler("konsol", console_link), group=groups.COMMANDS)


async def console_link(update: Update, context: BotContext) -> None:
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    if chat.type != "private":
        if chat.id in context.services.config.staff.chat_ids():
            await with_retry(lambda: context.bot.send_message(chat.id, PRIVATE_ONLY))
        return
    try:
        token = await context.services.console.issue_link_token(user.id)
    except AccessDenied:
        await with_retry(lambda: context.bot.send_message(chat.id, STAFF_ONLY))
        return
    url = f"{context.services.config.web.public_url}/masuk?t={token}"
    message = (
        "🔐 Tautan masuk konsol petugas (berlaku 10 menit, sekali pakai, jangan diteruskan):\n"
        f'<a href="{html.escape(url)}">{html.escape(url)}</a>'
    )
    await with_retry(
        lambda: context.bot.send_message(
            chat.id,
            message,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )
    )


__all__ = ["console_link"]
