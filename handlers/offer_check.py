"""/cektawaran: the job-offer red-flag check, one yes/no/don't-know question at a time.

The answers so far travel in the buttons' callback data (`offer:v1:ans:<fingerprint>:ynu...`, the
fingerprint naming the version of the questions), so the check needs no server-side state and survives a
restart; `user_data["flow"]` only remembers that a question is waiting, so typed text gets "please use the
buttons" and the question again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from faq.model import Language
from faq.offer_check import Answer, OfferAssessment
from faq.render import fill_placeholders
from handlers.callbacks import OFFER
from handlers.common import (
    AGENCY_START,
    NO_PREVIEW,
    OFFER_START,
    REPORT_START,
    WaitingFor,
    answer_callback,
    clear_flow,
    drop_buttons,
    keyboard,
    language_of,
    menu_row,
    send_html,
    set_flow,
)
from handlers.groups import COMMANDS, FLOWS
from handlers.texts import Html, button, esc, t

logger = logging.getLogger(__name__)

FLOW = "offer"
ANSWERS_KEY = "offer_answers"
ANSWER_PREFIX = "offer:v1:ans:"


def register(app: BotApplication) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("cektawaran", start_check, filters=private), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(start_pressed, pattern=OFFER.pattern("start")), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(answer_pressed, pattern=OFFER.pattern("ans")), group=COMMANDS)
    waiting_input = private & ~filters.COMMAND & ~filters.StatusUpdate.ALL & WaitingFor(app, FLOW)
    app.add_handler(MessageHandler(waiting_input, input_while_waiting), group=FLOWS)


async def start_check(update: Update, context: BotContext) -> None:
    lang = await language_of(update, context)
    questionnaire = context.services.offer_check
    await send_html(update, context, t("offer_intro", lang, count=len(questionnaire)))
    await _ask(update, context, (), lang)


async def start_pressed(update: Update, context: BotContext) -> None:
    await answer_callback(update)
    await start_check(update, context)


async def answer_pressed(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    assert query.data is not None
    lang = await language_of(update, context)
    questionnaire = context.services.offer_check
    fingerprint, _, encoded = query.data.removeprefix(ANSWER_PREFIX).partition(":")
    answers = questionnaire.parse_answers(encoded) if fingerprint == questionnaire.fingerprint else None
    if not answers:  # a button from an older version of the questions, or forged
        await answer_callback(update, t("stale_button", lang))
        return
    await answer_callback(update)
    if len(answers) < len(questionnaire):
        await _ask(
            update, context, answers, lang, edit=query.message if isinstance(query.message, Message) else None
        )
        return
    clear_flow(context)
    await drop_buttons(update)
    assessment = questionnaire.assess(answers)
    logger.info("offer check finished: %s risk", assessment.level.id)
    await send_html(
        update, context, result_text(assessment, lang, context), _result_keyboard(assessment, lang)
    )


async def input_while_waiting(update: Update, context: BotContext) -> None:
    """Text, a photo or a sticker while a question waits for its button: remind and ask it again."""
    lang = await language_of(update, context)
    encoded = context.user_data.get(ANSWERS_KEY, "") if context.user_data is not None else ""
    answers = context.services.offer_check.parse_answers(str(encoded)) or ()
    await send_html(update, context, t("offer_waiting", lang))
    await _ask(update, context, answers, lang)
    raise ApplicationHandlerStop


async def _ask(
    update: Update,
    context: BotContext,
    answers: tuple[Answer, ...],
    lang: Language,
    *,
    edit: Message | None = None,
) -> None:
    questionnaire = context.services.offer_check
    question = questionnaire.next_question(answers)
    if question is None:
        return
    text = t(
        "offer_question",
        lang,
        number=len(answers) + 1,
        count=len(questionnaire),
        question=question.text.get(lang),
    )
    markup = _answer_keyboard(answers, lang, questionnaire.fingerprint)
    set_flow(context, FLOW)
    if context.user_data is not None:
        context.user_data[ANSWERS_KEY] = "".join(answers)
    if edit is not None:
        try:
            await edit.edit_text(
                text, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW
            )
            return
        except (
            BadRequest
        ) as exc:  # e.g. the same button pressed twice: the message already shows this question
            logger.debug("editing the offer question failed, sending it anew: %s", exc)
            if "not modified" in str(exc).lower():
                return
    await send_html(update, context, text, markup)


def _answer_keyboard(answers: tuple[Answer, ...], lang: Language, fingerprint: str) -> InlineKeyboardMarkup:
    so_far = f"{fingerprint}:{''.join(answers)}"
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    button("yes", lang), callback_data=f"{ANSWER_PREFIX}{so_far}{Answer.YES}"
                ),
                InlineKeyboardButton(button("no", lang), callback_data=f"{ANSWER_PREFIX}{so_far}{Answer.NO}"),
            ],
            [
                InlineKeyboardButton(
                    button("unknown", lang), callback_data=f"{ANSWER_PREFIX}{so_far}{Answer.UNKNOWN}"
                )
            ],
        ]
    )


def result_text(assessment: OfferAssessment, lang: Language, context: BotContext) -> Html:
    placeholders = context.services.config.placeholders()
    flags = (
        t("offer_flags", lang, items=_bullets(question.flag.get(lang) for question in assessment.flags))
        if assessment.flags
        else t("offer_no_flags", lang)
    )
    unsure = (
        t("offer_unsure", lang, items=_bullets(question.flag.get(lang) for question in assessment.unsure))
        if assessment.unsure
        else Html("")
    )
    advice = fill_placeholders(assessment.level.advice.get(lang), placeholders)
    return t(
        "offer_result",
        lang,
        level=assessment.level.title.get(lang),
        flags=flags,
        unsure=unsure,
        advice=advice,
    )


def _bullets(items: Iterable[str]) -> Html:
    return Html("\n".join(f"• {esc(item)}" for item in items))


def _result_keyboard(assessment: OfferAssessment, lang: Language) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(button("report_problem", lang), callback_data=REPORT_START)]]
    rows.append([InlineKeyboardButton(button("agency", lang), callback_data=AGENCY_START)])
    rows.append([InlineKeyboardButton(button("offer_again", lang), callback_data=OFFER_START)])
    rows.append(menu_row(lang))
    return keyboard(rows)
