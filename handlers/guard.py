"""First look at every update (group GUARD): what this bot must not serve stops here.

- Staff chats pass untouched: the complaints feature serves them.
- Other groups and channels ("foreign groups") are ignored; when someone adds the bot to one, it says once
  that it works in private chat and leaves.
- Edited messages get a short note in private chat (we answered the original already).
- A per-user rate limit (messages; button presses have their own, looser one) answers the first update over
  the limit politely and drops the rest of the flood. A message describing danger always gets through.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.context import BotApplication, BotContext
from bot.ratelimit import Verdict
from handlers.common import answer_callback, language_of, menu_only, send_html
from handlers.groups import GUARD
from handlers.texts import t

logger = logging.getLogger(__name__)


def register(app: BotApplication) -> None:
    app.add_handler(TypeHandler(Update, guard), group=GUARD)


async def guard(update: Update, context: BotContext) -> None:
    chat = update.effective_chat
    if chat is None:
        raise ApplicationHandlerStop  # inline queries, polls and the like: nothing this bot serves
    if chat.type != ChatType.PRIVATE:
        if chat.id in context.services.config.staff.chat_ids():
            return
        await _foreign_chat(update, context)
        raise ApplicationHandlerStop
    if update.my_chat_member is not None:
        raise ApplicationHandlerStop  # the user blocked or restarted the bot: no one to talk to now
    if update.edited_message is not None:
        lang = await language_of(update, context)
        await send_html(update, context, t("edited", lang), menu_only(lang))
        raise ApplicationHandlerStop
    user = update.effective_user
    if user is None:
        raise ApplicationHandlerStop
    services = context.services
    limiter = services.button_rate_limiter if update.callback_query is not None else services.rate_limiter
    verdict = await limiter.check(user.id)
    if verdict is Verdict.ALLOW or _in_danger(update, context):
        return  # someone in danger is never told to wait: triage must see the message
    if verdict is Verdict.WARN:
        logger.info("rate limit reached for a user; further updates dropped for a while")
        lang = await language_of(update, context)
        if update.callback_query is not None:
            await answer_callback(update, t("rate_limited", lang))
        else:
            await send_html(update, context, t("rate_limited", lang))
    elif update.callback_query is not None:
        await answer_callback(update)
    raise ApplicationHandlerStop


def _in_danger(update: Update, context: BotContext) -> bool:
    message = update.message
    text = (message.text or message.caption or "") if message is not None else ""
    return bool(text) and context.services.faq.is_urgent(text)


async def _foreign_chat(update: Update, context: BotContext) -> None:
    """A group or channel this bot does not serve: say so once when added, leave, else stay silent."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or not message.new_chat_members:
        return
    if not any(member.id == context.bot.id for member in message.new_chat_members):
        return
    logger.info(
        "added to chat %s, which is not a staff chat, so leaving it; to make it the staff group, set "
        "STAFF_CHAT_ID=%s (or staff.chat_id in config.yaml) and add the bot again",
        chat.id,
        chat.id,
    )
    lang = await language_of(update, context)
    try:
        await send_html(update, context, t("foreign_group", lang, username=context.bot.username))
        await context.bot.leave_chat(chat.id)
    except TelegramError as exc:
        logger.warning("could not leave a foreign chat: %s", type(exc).__name__)
