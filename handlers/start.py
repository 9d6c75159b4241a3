"""/start, /bantuan (/help), /bahasa, /batal (/cancel) and the main menu's own buttons."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.commands import command_lines
from bot.context import BotApplication, BotContext
from faq.model import Language
from handlers.agency import prompt_for_agency
from handlers.callbacks import LANGUAGE, MENU
from handlers.common import (
    answer_callback,
    clear_flow,
    drop_held_text,
    language_of,
    main_menu,
    menu_only,
    send_html,
    take_reply_keyboard_left,
)
from handlers.emergency import send_emergency
from handlers.groups import COMMANDS, FLOW_RESET
from handlers.offer_check import start_check
from handlers.texts import Html, button, esc, t

PRIVATE = filters.ChatType.PRIVATE


async def _deep_link_ask(update: Update, context: BotContext) -> None:
    lang = await language_of(update, context)
    await send_html(update, context, t("ask_prompt", lang), menu_only(lang))


# Deep links for posters and leaflets: t.me/<bot>?start=<payload> opens the feature after the greeting.
DEEP_LINKS: dict[str, Callable[[Update, BotContext], Awaitable[None]]] = {
    "tanya": _deep_link_ask,
    "darurat": send_emergency,
    "cektawaran": start_check,
    "cekp3mi": prompt_for_agency,
}


def register(app: BotApplication) -> None:
    # Flows of this bot (offer check, agency check) forget what they waited for; no reply here.
    app.add_handler(
        CommandHandler(["start", "batal", "cancel"], reset_flows, filters=PRIVATE), group=FLOW_RESET
    )
    app.add_handler(CommandHandler("start", start, filters=PRIVATE), group=COMMANDS)
    app.add_handler(CommandHandler(["bantuan", "help"], help_command, filters=PRIVATE), group=COMMANDS)
    app.add_handler(CommandHandler("bahasa", language_command, filters=PRIVATE), group=COMMANDS)
    app.add_handler(CommandHandler(["batal", "cancel"], cancel, filters=PRIVATE), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(menu_pressed, pattern=MENU.pattern("main")), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(ask_pressed, pattern=MENU.pattern("ask")), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(language_pressed, pattern=LANGUAGE.pattern()), group=COMMANDS)


async def reset_flows(update: Update, context: BotContext) -> None:
    clear_flow(context)
    drop_held_text(context)


async def start(update: Update, context: BotContext) -> None:
    """Greets with the menu; a deep link (t.me/<bot>?start=darurat, on a poster) then opens that feature."""
    lang = await language_of(update, context)
    user = update.effective_user
    name = user.first_name if user is not None else ""
    text = t("start", lang, name=name, bot_name=context.services.config.bot.name)
    await send_with_menu(update, context, text, lang)
    payload = (context.args or [""])[0].lower()
    if payload in DEEP_LINKS:
        await DEEP_LINKS[payload](update, context)


async def help_command(update: Update, context: BotContext) -> None:
    lang = await language_of(update, context)
    commands = Html("\n".join(esc(line) for line in command_lines(lang)))
    await send_html(update, context, t("help", lang, commands=commands), main_menu(lang))


async def cancel(update: Update, context: BotContext) -> None:
    lang = await language_of(update, context)
    await send_with_menu(update, context, t("cancelled", lang), lang)


async def send_with_menu(update: Update, context: BotContext, text: Html, lang: Language) -> None:
    """`text` with the main menu. When a dropped flow left a reply keyboard on screen (the report's
    share-contact button), `text` removes it and the menu follows on its own: a message has one keyboard."""
    if take_reply_keyboard_left(context):
        await send_html(update, context, text, ReplyKeyboardRemove())
        await send_html(update, context, t("menu", lang), main_menu(lang))
    else:
        await send_html(update, context, text, main_menu(lang))


async def language_command(update: Update, context: BotContext) -> None:
    """`/bahasa` shows the choice; `/bahasa en` or `/bahasa id` switches at once."""
    argument = (context.args or [""])[0].lower()
    if argument in {"en", "english", "inggris"}:
        await _switch_language(update, context, "en")
        return
    if argument in {"id", "indonesia", "indonesian"}:
        await _switch_language(update, context, "id")
        return
    lang = await language_of(update, context)
    await send_html(update, context, t("language_choose", lang), language_keyboard(lang))


def language_keyboard(lang: Language) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(button("lang_id", lang), callback_data=LANGUAGE.pack("set", "id")),
                InlineKeyboardButton(button("lang_en", lang), callback_data=LANGUAGE.pack("set", "en")),
            ]
        ]
    )


async def language_pressed(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    chosen = (query.data or "").rsplit(":", 1)[-1]
    await answer_callback(update)
    if chosen in {"id", "en"}:
        await _switch_language(update, context, "en" if chosen == "en" else "id")
    else:
        lang = await language_of(update, context)
        await send_html(update, context, t("language_choose", lang), language_keyboard(lang))


async def _switch_language(update: Update, context: BotContext, lang: Language) -> None:
    user = update.effective_user
    if user is not None:
        await context.services.preferences.set_language(user.id, lang)
    await send_html(
        update, context, Html(t("language_set", lang) + "\n\n" + t("menu", lang)), main_menu(lang)
    )


async def menu_pressed(update: Update, context: BotContext) -> None:
    await answer_callback(update)
    lang = await language_of(update, context)
    await send_html(update, context, t("menu", lang), main_menu(lang))


async def ask_pressed(update: Update, context: BotContext) -> None:
    await answer_callback(update)
    lang = await language_of(update, context)
    await send_html(update, context, t("ask_prompt", lang), menu_only(lang))
