"""What every staff handler needs: where it may run, who acts (with the chat's provinces), replying."""

from __future__ import annotations

import logging

from telegram import ForceReply, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.ext import ApplicationHandlerStop

from bot.complaints import province_code_of, provinces_of_chat
from bot.context import BotContext
from handlers.delivery import with_retry
from handlers.staff.texts import NOT_HERE
from storage.services.cases import StaffActor

logger = logging.getLogger(__name__)


def in_staff_chat(update: Update, context: BotContext) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.id in context.services.config.staff.chat_ids()


def actor_of(update: Update, context: BotContext, user_id: int) -> StaffActor:
    """The acting user, seen through the chat she acts in: a province staff chat shows only its
    provinces' cases, whoever acts there (the case core enforces it inside its transactions)."""
    chat = update.effective_chat
    names = None if chat is None else provinces_of_chat(context.services.config, chat.id)
    codes = None if names is None else frozenset(province_code_of(name) or name for name in names)
    return StaffActor(user_id, codes)


async def reply(
    update: Update,
    context: BotContext,
    html_text: str,
    markup: InlineKeyboardMarkup | ForceReply | None = None,
    *,
    reply_to: int | None = None,
) -> Message | None:
    chat = update.effective_chat
    if chat is None:
        return None
    parameters = None if reply_to is None else ReplyParameters(reply_to, allow_sending_without_reply=True)
    return await with_retry(
        lambda: context.bot.send_message(
            chat.id, html_text, parse_mode=ParseMode.HTML, reply_markup=markup, reply_parameters=parameters
        )
    )


async def refuse_outside(update: Update, context: BotContext) -> None:
    """A staff command outside a staff chat: one neutral line, whoever asks."""
    logger.warning("staff command refused outside a staff chat")
    if update.effective_chat is not None and update.effective_chat.type == "private":
        await reply(update, context, NOT_HERE)
    raise ApplicationHandlerStop


async def require_staff(update: Update, context: BotContext) -> StaffActor | None:
    user = update.effective_user
    if user is None:
        return None
    if await context.services.staff_directory.role_of(user.id) is None:
        logger.warning("staff command refused for someone who is not staff")
        await reply(update, context, NOT_HERE)
        return None
    return actor_of(update, context, user.id)
