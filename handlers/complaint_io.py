"""Sending and receiving for the complaint feature: HTML messages, taking buttons off answered questions,
and attachments (Telegram's file id always; a copy on disk when within the configured size)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
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


def has_evidence(message: Message) -> bool:
    """A file the bot keeps as evidence: photo, document, voice note, audio, video or video note."""
    return bool(
        message.photo
        or message.document
        or message.voice
        or message.audio
        or message.video
        or message.video_note
    )


@dataclass(frozen=True)
class TelegramFile:
    kind: AttachmentKind
    file_id: str
    unique_id: str
    size: int | None
    name: str | None
    mime: str | None
    suffix: str


def file_of(message: Message) -> TelegramFile:
    """The evidence file of a message (call `has_evidence` first)."""
    if message.photo:
        photo = message.photo[-1]
        return TelegramFile(
            AttachmentKind.PHOTO,
            photo.file_id,
            photo.file_unique_id,
            photo.file_size,
            None,
            "image/jpeg",
            ".jpg",
        )
    if message.document:
        doc = message.document
        suffix = Path(doc.file_name).suffix if doc.file_name else ""
        return TelegramFile(
            AttachmentKind.DOCUMENT,
            doc.file_id,
            doc.file_unique_id,
            doc.file_size,
            doc.file_name,
            doc.mime_type,
            suffix,
        )
    if message.voice:
        voice = message.voice
        return TelegramFile(
            AttachmentKind.VOICE,
            voice.file_id,
            voice.file_unique_id,
            voice.file_size,
            None,
            voice.mime_type,
            ".ogg",
        )
    if message.audio:
        audio = message.audio
        suffix = Path(audio.file_name).suffix if audio.file_name else ".mp3"
        return TelegramFile(
            AttachmentKind.AUDIO,
            audio.file_id,
            audio.file_unique_id,
            audio.file_size,
            audio.file_name,
            audio.mime_type,
            suffix,
        )
    if message.video:
        video = message.video
        return TelegramFile(
            AttachmentKind.VIDEO,
            video.file_id,
            video.file_unique_id,
            video.file_size,
            video.file_name,
            video.mime_type,
            ".mp4",
        )
    note = message.video_note
    assert note is not None, "has_evidence() first"
    return TelegramFile(
        AttachmentKind.VIDEO, note.file_id, note.file_unique_id, note.file_size, None, "video/mp4", ".mp4"
    )


async def download_attachment(context: BotContext, message: Message, user_id: int) -> DraftAttachment:
    """Keep Telegram's file id always; keep a copy on disk when it is within attachment_max_bytes."""
    settings = context.services.config.complaints
    found = file_of(message)
    stored: str | None = None
    reason: str | None = None
    target = attachment_copy_path(
        settings.attachments_dir,
        user_id,
        found.unique_id,
        found.suffix,
        found.size,
        settings.attachment_max_bytes,
    )
    if target is None:
        reason = "too_large"
    else:
        try:
            await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
            telegram_file = await context.bot.get_file(found.file_id)
            await telegram_file.download_to_drive(target)
            stored = str(target)
        except (TelegramError, OSError) as error:
            logger.warning("attachment download failed: %s", type(error).__name__)
            reason = "download_failed"
    return DraftAttachment(
        found.kind, found.file_id, found.unique_id, found.name, found.mime, found.size, stored, reason
    )
