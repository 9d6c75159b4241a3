"""Sending and receiving for the complaint feature: HTML messages, taking buttons off answered questions,
and attachments (Telegram's file id always; a copy on disk when within the configured size)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from telegram import InlineKeyboardMarkup, Message, ReplyKeyboardMarkup, ReplyKeyboardRemove
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.context import BotContext
from storage.models.cases import AttachmentKind
from storage.services.intake import DraftAttachment
from storage.services.rules import attachment_copy_path

logger = logging.getLogger(__name__)


async def say(
    context: BotContext,
    chat_id: int,
    html_text: str,
    markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None = None,
) -> Message:
    return await context.bot.send_message(chat_id, html_text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def drop_message_buttons(message: object) -> None:
    """Take the buttons off an answered question, so an old button cannot be pressed twice by accident."""
    if isinstance(message, Message):
        try:
            await message.edit_reply_markup(None)
        except TelegramError as error:
            logger.debug("could not remove buttons: %s", type(error).__name__)


async def download_attachment(context: BotContext, message: Message, user_id: int) -> DraftAttachment:
    """Keep Telegram's file id always; keep a copy on disk when it is within attachment_max_bytes."""
    settings = context.services.config.complaints
    if message.photo:
        photo = message.photo[-1]
        kind, file_id, unique, size = (
            AttachmentKind.PHOTO,
            photo.file_id,
            photo.file_unique_id,
            photo.file_size,
        )
        name: str | None = None
        mime: str | None = "image/jpeg"
        suffix = ".jpg"
    else:
        document = message.document
        assert document is not None
        kind, file_id, unique, size = (
            AttachmentKind.DOCUMENT,
            document.file_id,
            document.file_unique_id,
            document.file_size,
        )
        name, mime = document.file_name, document.mime_type
        suffix = Path(name).suffix if name else ""
    stored: str | None = None
    reason: str | None = None
    target = attachment_copy_path(
        settings.attachments_dir, user_id, unique, suffix, size, settings.attachment_max_bytes
    )
    if target is None:
        reason = "too_large"
    else:
        try:
            await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
            telegram_file = await context.bot.get_file(file_id)
            await telegram_file.download_to_drive(target)
            stored = str(target)
        except (TelegramError, OSError) as error:
            logger.warning("attachment download failed: %s", type(error).__name__)
            reason = "download_failed"
    return DraftAttachment(kind, file_id, unique, name, mime, size, stored, reason)
