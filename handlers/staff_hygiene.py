"""Who is in the staff chats. The Bot API cannot list a group's members, so the bot follows joins and
leaves (`chat_member` updates, sent only to administrators: start-up says when the bot is not one) and
compares `getChatMemberCount` with the staff it finds there. When someone who is not staff may be present,
the admins are warned and the chat's cards and notices become summaries with a console link.
"""

from __future__ import annotations

import html
import logging

from telegram import Bot, ChatMember, Update
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import TelegramError
from telegram.ext import ChatMemberHandler

from bot.app import add_startup_hook, services_of
from bot.context import BotApplication, BotContext
from bot.services import Services
from handlers import groups
from handlers.delivery import with_retry
from storage.models.staff import StaffRole

logger = logging.getLogger(__name__)

PRESENT = frozenset({ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER})


def register(app: BotApplication) -> None:
    chat_ids = sorted(services_of(app).config.staff.chat_ids())
    if not chat_ids:
        return
    app.add_handler(
        ChatMemberHandler(on_member_change, ChatMemberHandler.CHAT_MEMBER, chat_id=chat_ids),
        group=groups.COMMANDS,
    )
    add_startup_hook(app, check_staff_chats)


# A member check that fails must never stop the bot: it is logged and tried again on the next change.
CHECK_ERRORS = (TelegramError, ValueError, TypeError, AttributeError, KeyError)


async def check_staff_chats(app: BotApplication) -> None:
    services = services_of(app)
    for chat_id in sorted(services.config.staff.chat_ids()):
        try:
            me = await app.bot.get_chat_member(chat_id, app.bot.id)
        except TelegramError as error:
            # Usually "Chat not found": the bot is not in that group yet, or the id is not the group's.
            logger.warning(
                "staff chat %s: cannot read the bot's membership (%s: %s): add the bot to that group as an "
                "administrator, and check the id in staff.chat_id, staff.province_chats or STAFF_CHAT_ID "
                "(a supergroup's id starts with -100)",
                chat_id,
                type(error).__name__,
                error.message,
            )
            continue
        if me.status not in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
            logger.warning(
                "the bot is not an administrator of staff chat %s: Telegram will not tell it who joins "
                "or leaves; make it an administrator there (group settings, Administrators, add the bot)",
                chat_id,
            )
        await audit_chat(app.bot, services, chat_id)


async def on_member_change(update: Update, context: BotContext) -> None:
    change = update.chat_member
    if change is None:
        return
    services = context.services
    staff = {entry.user_id for entry in await services.staff_directory.everyone()}
    joined = change.new_chat_member
    if joined.status in PRESENT and not joined.user.is_bot and joined.user.id not in staff:
        # Someone not on the staff list is in the chat now: no need to wait for the count.
        await mark_exposed(context.bot, services, change.chat.id, reason="anggota baru yang bukan petugas")
        return
    await audit_chat(context.bot, services, change.chat.id)


async def audit_chat(bot: Bot, services: Services, chat_id: int) -> None:
    """Compare the chat's member count with the staff (and this bot) found in it."""
    try:
        count = await bot.get_chat_member_count(chat_id)
        known = 1  # this bot
        for entry in await services.staff_directory.everyone():
            member: ChatMember = await bot.get_chat_member(chat_id, entry.user_id)
            known += member.status in PRESENT
    except CHECK_ERRORS as error:
        logger.warning("staff chat %s: member check failed: %s", chat_id, type(error).__name__)
        return
    if count > known:
        await mark_exposed(
            bot, services, chat_id, reason=f"{count} anggota, {known - 1} petugas dikenal + bot"
        )
    elif await services.exposed_staff_chats.clear(chat_id):
        logger.info("staff chat %s: only known staff present again", chat_id)


async def mark_exposed(bot: Bot, services: Services, chat_id: int, *, reason: str) -> None:
    if not await services.exposed_staff_chats.mark(chat_id, reason):
        return  # marked before (perhaps before a restart): the admins were warned then
    logger.warning(
        "staff chat %s: someone who is not staff may be present; cards there are summaries", chat_id
    )
    text = (
        f"⚠️ Grup staf <code>{chat_id}</code> mungkin berisi orang yang bukan petugas "
        f"({html.escape(reason)}).\n"
        "Kartu kasus di grup itu kini hanya ringkasan dengan tautan konsol. Periksa anggota grup; "
        "daftarkan petugas dengan /staff add."
    )
    for entry in await services.staff_directory.everyone():
        if entry.role is not StaffRole.ADMIN:
            continue
        try:
            await _warn(bot, entry.user_id, text)
        except TelegramError as error:
            logger.warning("warning an admin failed: %s", type(error).__name__)


async def _warn(bot: Bot, user_id: int, text: str) -> None:
    await with_retry(lambda: bot.send_message(user_id, text, parse_mode=ParseMode.HTML))
