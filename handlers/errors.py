"""The one error handler: log the failure (no message text, names or chat ids), tell the user to try again.
A bug is logged with its traceback; an expected failure of Telegram or the network (a timeout, a 5xx, a
flood limit, a chat that is gone) is one line with its class and Telegram's reason. A user who blocked the
bot cannot be told anything, so that is only logged. Where updates can be retried (`bot.deferred`), a
database that could not be reached in time is retried instead, silently.
"""

from __future__ import annotations

import logging
import re

from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.context import BotApplication, BotContext
from bot.deferred import DEFERRED_KEY, DeferredUpdates, is_database_unreachable
from bot.outage import OUTAGE, is_outage
from handlers.common import answer_callback, menu_only, send_html
from handlers.texts import t

logger = logging.getLogger(__name__)

# Refusals about the state of a chat, message or button at Telegram's end, not about what the bot sent: a
# bad request of any other kind (entities that do not parse, a text too long) is a bug and keeps its
# traceback.
EXPECTED_BAD_REQUESTS = (
    "chat not found",
    "user not found",
    "message to edit not found",
    "message to delete not found",
    "message can't be edited",
    "message can't be deleted",
    "message is not modified",
    "query is too old",
    "query id is invalid",
    "replied message not found",
    "not enough rights",
    "have no rights",
    "bot was kicked",
    "group chat was upgraded",
)
LONG_NUMBER = re.compile(r"\d{5,}")
REASON_LIMIT = 120


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
    if isinstance(update, Update) and is_expected(error):
        logger.warning(
            "update %s (%s) failed: %s", update.update_id, _update_kind(update), short_reason(error)
        )
    elif isinstance(update, Update):
        logger.error(
            "error while handling update %s (%s)", update.update_id, _update_kind(update), exc_info=error
        )
    elif error is not None and is_outage(error):
        # A timer sweep or lease renewal while the database is down: told once for the whole outage.
        OUTAGE.failed(error)
        return
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
        logger.warning("could not tell the user about the error: %s", short_reason(exc))


def is_expected(error: BaseException | None) -> bool:
    """A failure of Telegram or the network that the code cannot prevent, rather than a bug."""
    if isinstance(error, BadRequest):
        return any(phrase in str(error).lower() for phrase in EXPECTED_BAD_REQUESTS)
    return isinstance(error, TelegramError)


def short_reason(error: BaseException | None) -> str:
    """The error's class and Telegram's description, short, with any long number (an id) masked."""
    reason = LONG_NUMBER.sub("…", str(error))[:REASON_LIMIT].strip()
    return f"{type(error).__name__}: {reason}" if reason else type(error).__name__


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
