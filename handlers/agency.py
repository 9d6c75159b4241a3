"""/cekp3mi: is this placement company (P3MI) on the licensed list, and what is its licence status?"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from faq.agencies import AgencyMatch, AgencyRegistry, AgencyStatus, normalize_agency_name
from faq.model import Language
from handlers.callbacks import AGENCY
from handlers.common import (
    AGENCY_START,
    REPORT_START,
    WaitingFor,
    answer_callback,
    clear_flow,
    keyboard,
    language_of,
    menu_only,
    menu_row,
    send_html,
    set_flow,
    show_typing,
)
from handlers.groups import COMMANDS, FLOWS
from handlers.texts import AGENCY_STATUS, Html, button, t

logger = logging.getLogger(__name__)

FLOW = "agency"
MAX_NAME_CHARS = 200


def register(app: BotApplication) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("cekp3mi", check_command, filters=private), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(start_pressed, pattern=AGENCY.pattern("start")), group=COMMANDS)
    waiting = private & ~filters.COMMAND & ~filters.StatusUpdate.ALL & WaitingFor(app, FLOW)
    app.add_handler(MessageHandler(waiting, name_typed), group=FLOWS)


async def check_command(update: Update, context: BotContext) -> None:
    name = " ".join(context.args or [])
    if name.strip():
        await check_name(update, context, name)
    else:
        await prompt_for_agency(update, context)


async def start_pressed(update: Update, context: BotContext) -> None:
    await answer_callback(update)
    await prompt_for_agency(update, context)


async def prompt_for_agency(update: Update, context: BotContext) -> None:
    lang = await language_of(update, context)
    set_flow(context, FLOW)
    await send_html(update, context, t("agency_prompt", lang), menu_only(lang))


async def name_typed(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None or not message.text:
        lang = await language_of(update, context)
        await send_html(update, context, t("agency_prompt", lang), menu_only(lang))
        raise ApplicationHandlerStop
    if context.services.faq.is_urgent(message.text):
        # Someone in danger wrote, not a company name: triage already sent the emergency contacts.
        clear_flow(context)
        raise ApplicationHandlerStop
    await check_name(update, context, message.text)
    raise ApplicationHandlerStop


async def check_name(update: Update, context: BotContext, name: str) -> None:
    lang = await language_of(update, context)
    query = " ".join(name.split())[:MAX_NAME_CHARS]
    if len(normalize_agency_name(query)) < 3:
        set_flow(context, FLOW)
        await send_html(update, context, t("agency_too_short", lang), menu_only(lang))
        return
    clear_flow(context)
    await show_typing(update, context)
    registry = await context.services.agencies.current()
    matches = registry.search(query)
    logger.info("agency check: %s match(es)", len(matches))
    text = _result_text(registry, matches, query, lang, context.services.config.links.siskop2mi)
    rows = []
    if not matches or any(match.agency.status is not AgencyStatus.ACTIVE for match in matches):
        rows.append([InlineKeyboardButton(button("report_problem", lang), callback_data=REPORT_START)])
    rows.append([InlineKeyboardButton(button("agency_again", lang), callback_data=AGENCY_START)])
    rows.append(menu_row(lang))
    await send_html(update, context, text, keyboard(rows))


def _result_text(
    registry: AgencyRegistry, matches: list[AgencyMatch], query: str, lang: Language, siskop: str
) -> Html:
    if not matches:
        text = t("agency_not_found", lang, query=query, siskop=siskop)
    else:
        items = [
            t(
                "agency_item",
                lang,
                number=number,
                name=match.agency.name,
                status=AGENCY_STATUS[match.agency.status.value][lang],
                licence=match.agency.licence_number or "-",
                province=match.agency.province or "-",
            )
            for number, match in enumerate(matches, start=1)
        ]
        listing = "\n".join(items)
        if not matches[0].is_match:
            listing = t("agency_similar", lang) + "\n" + listing
        bad = any(match.agency.status is not AgencyStatus.ACTIVE for match in matches)
        advice = t("agency_advice_bad" if bad else "agency_advice_active", lang, siskop=siskop)
        text = t("agency_found", lang, query=query, items=Html(listing), advice=advice)
    as_of = registry.as_of
    sources = sorted({agency.source for agency in registry.agencies if agency.source})
    if as_of is not None:
        text = Html(
            text + t("agency_as_of", lang, as_of=as_of.isoformat(), source=", ".join(sources[:2]) or "-")
        )
    if registry.is_sample:
        text = Html(text + t("agency_sample", lang))
    return text
