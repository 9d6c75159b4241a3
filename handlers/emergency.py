"""Emergency first: `/darurat`, the menu's emergency button, and urgent triage of every private text.

Triage runs in group TRIAGE, before any flow, and never stops the update: someone writing "tolong saya
dikurung" in the middle of a complaint or an offer check gets the contacts first and the flow carries on.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.config import AppConfig
from bot.context import BotApplication, BotContext
from faq.model import Language
from handlers.callbacks import MENU
from handlers.common import REPORT_URGENT, answer_callback, language_of, menu_row, send_html
from handlers.groups import COMMANDS, TRIAGE
from handlers.texts import Html, button, t

logger = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE


def register(app: BotApplication) -> None:
    app.add_handler(CommandHandler("darurat", emergency_command, filters=PRIVATE), group=COMMANDS)
    app.add_handler(
        CallbackQueryHandler(emergency_pressed, pattern=MENU.pattern("emergency")), group=COMMANDS
    )
    written = (filters.TEXT & ~filters.COMMAND) | filters.CAPTION
    app.add_handler(MessageHandler(PRIVATE & written, triage), group=TRIAGE)


def emergency_text(config: AppConfig, lang: Language) -> Html:
    hotlines = config.hotlines
    return t(
        "emergency",
        lang,
        police=hotlines.police,
        kp2mi=hotlines.kp2mi,
        kp2mi_abroad=hotlines.kp2mi_abroad,
        kp2mi_whatsapp=hotlines.kp2mi_whatsapp,
        sapa=hotlines.sapa,
        sapa_whatsapp=hotlines.sapa_whatsapp,
        kemlu=hotlines.kemlu,
        peduli_wni=config.links.peduli_wni,
        safe_travel=config.links.safe_travel,
    )


def emergency_keyboard(lang: Language) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(button("report_urgent", lang), callback_data=REPORT_URGENT)], menu_row(lang)]
    )


async def send_emergency(update: Update, context: BotContext) -> None:
    lang = await language_of(update, context)
    await send_html(update, context, emergency_text(context.services.config, lang), emergency_keyboard(lang))


async def emergency_command(update: Update, context: BotContext) -> None:
    await send_emergency(update, context)


async def emergency_pressed(update: Update, context: BotContext) -> None:
    await answer_callback(update)
    await send_emergency(update, context)


async def triage(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    text = message.text or message.caption or ""
    if not text or not context.services.faq.is_urgent(text):
        return
    logger.info("urgent message: emergency contacts sent first")
    await send_emergency(update, context)
