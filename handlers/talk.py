""" "💬 Cerita ke petugas" after suicidal thoughts: no form at the worst moment. She writes in her own words
and an officer reads them: the words are filed as an urgent case (category Lainnya) before she hears
"received"; consent is one line above where she writes. A report already in progress is resumed instead."""

from __future__ import annotations

import logging
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from faq.emergency import Writer, asks_not_to_be_reported, writer_of
from faq.model import Language
from handlers.callbacks import REPORT
from handlers.common import (
    WaitingFor,
    answer_callback,
    clear_flow,
    drop_buttons,
    language_of,
    menu_only,
    menu_row,
    send_html,
    set_flow,
)
from handlers.groups import COMMANDS, FLOWS
from handlers.texts import button, t
from storage.errors import InvalidTransition
from storage.models.cases import Reporter
from storage.services.intake import clean_text
from storage.update_keys import key_of

logger = logging.getLogger(__name__)

FLOW: Final = "talk"
TALK: Final = REPORT.pack("talk")


def register(app: BotApplication) -> None:
    app.add_handler(CallbackQueryHandler(talk_pressed, pattern=REPORT.pattern("talk")), group=COMMANDS)
    private = filters.ChatType.PRIVATE
    waiting = private & filters.TEXT & ~filters.COMMAND & WaitingFor(app, FLOW)
    app.add_handler(MessageHandler(waiting, talk_written), group=FLOWS)


async def talk_pressed(update: Update, context: BotContext) -> None:
    from handlers.complaint import begin  # the complaint feature owns the form; it imports the emergency

    user = update.effective_user
    await answer_callback(update)
    if user is None:
        return
    query = update.callback_query
    answer = (query.data or "").split(":")[3:] if query is not None else []
    if answer in (["send"], ["keep"]):
        await _after_asking(update, context, send=answer == ["send"])
        return
    if await context.services.intake.current(user.id) is not None:
        await begin(update, context, urgent=True)  # her report in progress is hers to finish
        return
    lang = await language_of(update, context)
    set_flow(context, FLOW)
    await send_html(update, context, t("talk_prompt", lang), menu_only(lang))


async def talk_written(update: Update, context: BotContext) -> None:
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or not message.text:
        return
    clear_flow(context)
    services = context.services
    lang = await language_of(update, context)
    # triage may already have added this message to the kept story (a follow-up in the same danger)
    kept, written = await services.emergency.story_of(user.id) or "", clean_text(message.text)
    story = kept if kept.endswith(written) else "\n".join(part for part in (kept, written) if part)
    if asks_not_to_be_reported(story):
        # "jgn lapor2 kak, sy cm mau ngomong": nothing is filed until she says so
        await services.emergency.keep_story(user.id, story)
        await send_html(update, context, t("talk_ask_first", lang), _ask_first_buttons(lang))
        raise ApplicationHandlerStop
    await _file(update, context, story, lang)
    raise ApplicationHandlerStop


def _ask_first_buttons(lang: Language) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(button("talk_send", lang), callback_data=REPORT.pack("talk", "send"))],
            [InlineKeyboardButton(button("talk_keep", lang), callback_data=REPORT.pack("talk", "keep"))],
            menu_row(lang),
        ]
    )


async def _after_asking(update: Update, context: BotContext, *, send: bool) -> None:
    """Her answer to "send this to an officer?": her kept words filed, or kept between her and the bot."""
    user = update.effective_user
    if user is None:
        return
    await drop_buttons(update)
    lang = await language_of(update, context)
    story = await context.services.emergency.story_of(user.id)
    if not send or not story:
        await send_html(update, context, t("talk_kept", lang), _talk_again(lang))
        return
    await _file(update, context, story, lang)


def _talk_again(lang: Language) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(button("talk_officer", lang), callback_data=TALK)], menu_row(lang)]
    )


async def _file(update: Update, context: BotContext, story: str, lang: Language) -> None:
    """Her words filed as an urgent case, and "received" with the ticket."""
    from handlers.complaint import acknowledge, begin

    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    services = context.services
    country = await services.emergency.country_of(user.id)
    try:
        filed = await services.intake.file_talk(
            user.id,
            chat.id,
            lang,
            story,
            country_code=country if country != "ID" else None,
            update_key=key_of(update),
            complainant_name=user.full_name,
            reporter=Reporter.FAMILY if writer_of(story) is Writer.FAMILY else Reporter.WORKER,
        )
    except InvalidTransition:
        await begin(update, context, urgent=True, story=story)
        return
    await services.emergency.drop_story(user.id)
    if filed.created:
        logger.info("talk to an officer: case filed")
        await acknowledge(context, user.id, filed.case, lang)
