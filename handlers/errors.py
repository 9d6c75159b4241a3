"""The one error handler: log the failure with its traceback (no message text, no names), tell the user to
try again. A user who blocked the bot cannot be told anything, so that is only logged. Where updates can be
retried (`bot.deferred`), a database that could not be reached in time is retried instead, silently.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError

from bot.context import BotApplication, BotContext
from bot.deferred import DEFERRED_KEY, DeferredUpdates, is_database_unreachable
from handlers.common import answer_callback, menu_only, send_html
from handlers.texts import t

logger = logging.getLogger(__name__)


def register(app: BotApplication) -> None:
    app.add_error_handler(on_error)


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    deferred = context.application.bot_data.get(DEFERRED_KEY)
    if (
        isinstance(update, Update)
        and isinstance(deferred, DeferredUpdates)
        and is_database_unreachable(error)
        and deferred.defer(update.update_id)
    ):
        # Not the user's error and not lost: the update is handled again a little later.
        logger.warning(
            "update %s left for later: database not reachable (%s)", update.update_id, type(error).__name__
        )
        return
    if isinstance(update, Update) and isinstance(error, Forbidden):
        # The user blocked the bot or left the chat: expected, nothing to tell anyone, no traceback.
        logger.info("update %s: chat unreachable (%s)", update.update_id, type(error).__name__)
        return
    if isinstance(update, Update):
        kind = _update_kind(update)
        chat_id = update.effective_chat.id if update.effective_chat else None
        logger.error(
            "error while handling update %s (%s, chat %s)",
            update.update_id,
            kind,
            chat_id,
            exc_info=error,
        )
    else:
        logger.error("error outside an update (%s)", type(error).__name__, exc_info=error)
        return
    if update.effective_chat is None:
        return
    try:
        lang = await context.services.preferences.language_for(update.effective_user)
    except Exception:
        lang = context.services.config.bot.default_language
    try:
        if update.callback_query is not None:
            await answer_callback(update)
        await send_html(update, context, t("error", lang), menu_only(lang))
    except TelegramError as exc:
        logger.warning("could not tell the user about the error: %s", exc)


def _update_kind(update: Update) -> str:
    """What kind of update failed, for the log: field names only, never contents."""
    message = update.effective_message
    if update.callback_query is not None:
        data = update.callback_query.data or ""
        return "callback " + ":".join(data.split(":")[:3])  # feature:version:action, no arguments
    if message is None:
        return "update"
    if message.text is not None:
        return "command" if message.text.startswith("/") else "text"
    for kind in ("photo", "document", "voice", "sticker", "contact", "location", "video"):
        if getattr(message, kind, None):
            return kind
    return "message"
