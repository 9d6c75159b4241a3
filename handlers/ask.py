"""Asking: free text outside a flow goes to the FAQ matcher, and the three decisions become replies.

The reply is decided in `faq` (`FaqService.decide_reply`, the same decision `faq ask` prints); this module
only turns it into messages and buttons:
- answer: the entry, then (when the answer is likely rather than sure) "Bukan ini?" with one or two other
  entries, a button for a second topic the message asked about, related topics, 👍/👎 and the menu;
- clarify: "Maksud Anda:" with up to three entries and "Bukan semuanya";
- fallback: a kind reply with the hotline and the main menu (which offers Lapor).
After an urgent message (handlers.emergency answered first) nothing follows: a second set of buttons under
the emergency reply is the wrong one to press. A message that follows an urgent one in the same emergency
gets an answer only when the FAQ is sure of it, else the help again (a kind word, or the numbers and the
offer to report). A message too long to be only a question is kept: it gets its answer or topics with the
report offered beside it (the story filled in), or the report offer alone when the FAQ has nothing for it.
Greetings and thanks get a friendly word and the menu instead (bot.smalltalk).
Fallbacks, clarify choices, "Bukan ini?" choices and 👎 are logged without any user id so staff can improve
the FAQ (`faq gaps`).

Replies quote the user's question, so a later button press can log the question without keeping it in
memory: the pressed message's `reply_to_message` is the question.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.knowledge import Decision, ReplyDecision
from bot.smalltalk import SmallTalk
from bot.smalltalk import classify as classify_small_talk
from faq.back_reference import country_referred_to, refers_back, with_country
from faq.emergency import asks_a_question
from faq.missions import (
    asks_for_a_mission,
    missions_asked,
    missions_reply,
    names_other_countries_lines,
    own_lines,
)
from faq.model import FaqEntry, Language
from faq.places import load_places
from faq.written_language import written_in
from handlers.callbacks import FAQ, FEEDBACK, MENU
from handlers.common import (
    REPORT_START,
    answer_callback,
    drop_buttons,
    keyboard,
    language_of,
    main_menu,
    menu_row,
    send_html,
    show_typing,
)
from handlers.country_in_play import country_named_last
from handlers.emergency import (
    REPORT_WITH_STORY,
    answered_here,
    aside_in_danger,
    country_known,
    follows_danger,
    reminder_line,
    send_follow_up,
    was_urgent,
)
from handlers.groups import ASK, COMMANDS
from handlers.texts import Html, button, t
from storage.models.questions import QuestionEventKind

logger = logging.getLogger(__name__)

MAX_CALLBACK_BYTES = 64
# Marks the button of a second topic the message asked about (no extra line of text: one screen).
SECOND_TOPIC_MARK = "➕ "
_CHOICE_KINDS = frozenset({QuestionEventKind.CLARIFY_CHOICE, QuestionEventKind.NOT_THIS})
ROUTES_ENTRY_IDS = ("jalur-resmi", "jalur-p3mi")


def register(app: BotApplication) -> None:
    private_text = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    app.add_handler(MessageHandler(private_text, ask), group=ASK)
    app.add_handler(CallbackQueryHandler(show_entry, pattern=FAQ.pattern("show")), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(clarify_pick, pattern=FAQ.pattern("pick", "none")), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(not_this_pick, pattern=FAQ.pattern("alt")), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(feedback, pattern=FEEDBACK.pattern()), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(routes_pressed, pattern=MENU.pattern("routes")), group=COMMANDS)


async def ask(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    await answer_question(update, context, message.text, message)


async def answer_question(update: Update, context: BotContext, text: str, message: Message | None) -> None:
    """Answer `text` as a question in the update's chat (quoting `message` when given): an FAQ entry, a
    choice of entries, or the fallback."""
    lang = await language_of(update, context)
    question = text.strip()
    urgent, _ = was_urgent(context, update)
    follow_up, suicidal = follows_danger(context, update)  # an urgent question in an emergency is both
    if (urgent and not follow_up) or answered_here(context, update):
        return  # the emergency reply already offered the report or a person to talk to
    not_a_question = _reply_without_matching(question, lang)
    if await _send_missions(update, context, question, lang):
        return
    if follow_up and not_a_question is None:
        await _answer_follow_up(update, context, question, message, lang, suicidal=suicidal)
        return
    long_story = len(question) > context.services.config.ask.max_question_chars
    if not_a_question is not None and not long_story:
        # Someone worn out is offered a person to tell, not the menu of topics.
        weary = classify_small_talk(question) is SmallTalk.WEARY
        rows = [[InlineKeyboardButton(button("report", lang), callback_data=REPORT_START)], menu_row(lang)]
        await send_html(update, context, not_a_question, keyboard(rows) if weary else main_menu(lang))
        return
    await show_typing(update, context)
    reply = context.services.faq.decide_reply(await _about_country_discussed(update, context, question))
    logger.info("question: %s (confidence %.2f)", reply.decision, reply.confidence)
    # During an emergency an ordinary question gets its answer too, the numbers in one line beside it;
    # with nothing to answer, the help again rather than "no answer".
    aside = aside_in_danger(context, update)
    # an ordinary question in an emergency gets its answer or its topics; with nothing to answer, the help
    if aside and reply.decision is Decision.FALLBACK and not long_story:
        await send_follow_up(update, context, suicidal=False)
        return
    reminder = await reminder_line(update, context) if aside else ""
    # A long message may still be an ordinary question: it gets its answer (or topics) with the report
    # offered beside it; only a long message the FAQ has nothing for goes straight to the report offer.
    report_rows = await _keep_story(update, context, question, lang) if long_story else []
    english = lang == "id" and written_in(question, lang) == "en"
    notes = [
        note
        for note in (
            reminder,
            t("story_kept", lang) if report_rows else "",
            t("english_hint", lang) if english else "",
        )
        if note
    ]
    footer = Html("".join("\n\n" + note for note in notes)) if notes else None
    if reply.decision is Decision.ANSWER and reply.entry_id is not None:
        entry = context.services.faq.entry(reply.entry_id)
        if entry is not None:
            await send_entry(
                update,
                context,
                entry,
                lang,
                reply_to=message,
                alternatives=reply.alternatives,
                second_topic=reply.second_topic,
                footer=footer,
                extra_rows=report_rows,
            )
            return
    if reply.decision is Decision.CLARIFY and reply.candidates:
        lead = Html("".join(note + "\n\n" for note in notes))
        await _send_clarify(update, context, reply, lang, message, lead=lead, extra_rows=report_rows)
        return
    if long_story:
        await send_html(update, context, t("story_offer", lang), keyboard([*report_rows, menu_row(lang)]))
        return
    await _record(context, QuestionEventKind.FALLBACK, question, reply)
    await send_fallback(update, context, lang, reply_to=message)


async def _about_country_discussed(update: Update, context: BotContext, question: str) -> str:
    """The question to match: one that says "di sana" is about the country named last in the conversation
    (by triage, which reads every message first), else the one known for her (her open case)."""
    user = update.effective_user
    if user is None or not refers_back(question):
        return question  # most questions say no "there" and cost no database read
    named = country_named_last(context)
    known = None if named is not None else await country_known(context, user.id)
    code = country_referred_to(question, named, known)
    place = load_places().country(code) if code is not None else None
    return with_country(question, place.name_id) if place is not None else question


async def _send_missions(update: Update, context: BotContext, question: str, lang: Language) -> bool:
    """ "nomor kbri kl brp": the mission's number from the destinations table, for the country named or
    the one known for her. False when the message asks no such thing."""
    user = update.effective_user
    if user is None or not asks_for_a_mission(question):
        return False
    services = context.services
    mentions = services.countries.country_mentions(question)
    known = None if mentions else await country_known(context, user.id)
    found = missions_asked(question, mentions, known, services.destinations)
    if found is None:
        return False
    reply = missions_reply(*found, lang, services.config.hotlines.kemlu)
    await send_html(update, context, Html(reply), main_menu(lang))
    return True


async def _own_country_lines(update: Update, context: BotContext, answer: str, lang: Language) -> str:
    """An answer showing other countries' lines (Taiwan 1955) to someone known to be elsewhere: her own
    country's mission and police under it ("" when it needs none)."""
    user = update.effective_user
    table = context.services.destinations
    others = names_other_countries_lines(answer, table)
    if user is None or not others:
        return ""  # most answers name no country's line and cost no database read
    destination = table.get(await country_known(context, user.id))
    if destination is None or destination.code in others:
        return ""
    return "\n\n" + own_lines(destination, lang, context.services.config.hotlines.kemlu)


async def _answer_follow_up(
    update: Update,
    context: BotContext,
    question: str,
    message: Message | None,
    lang: Language,
    *,
    suicidal: bool,
) -> None:
    """In an emergency: an answer the FAQ is sure of to a question she asks ("cara lapor gmn"), alone; else
    the help again, never a guess at unrelated topics nor an answer to what she tells ("disetrum kalo gk
    capai target" is no question about scam job offers). Someone with suicidal thoughts gets a person."""
    asked = asks_a_question(question)  # "KJRI itu apa?": she wants the answer
    if asked and not suicidal and len(question) <= context.services.config.ask.max_question_chars:
        reply = context.services.faq.decide_reply(await _about_country_discussed(update, context, question))
        entry = context.services.faq.entry(reply.entry_id) if reply.entry_id is not None else None
        if reply.decision is Decision.ANSWER and entry is not None:
            footer = Html("\n\n" + await reminder_line(update, context))
            await send_entry(update, context, entry, lang, reply_to=message, footer=footer)
            return
    await send_follow_up(update, context, suicidal=suicidal)


async def _keep_story(
    update: Update, context: BotContext, story: str, lang: Language
) -> list[list[InlineKeyboardButton]]:
    """A message too long to be only a question tells a story: keep it, and return the button that files
    the report with it filled in."""
    user = update.effective_user
    if user is None:
        return []
    await context.services.emergency.keep_story(user.id, story)
    return [[InlineKeyboardButton(button("report_story", lang), callback_data=REPORT_WITH_STORY)]]


def _reply_without_matching(question: str, lang: Language) -> Html | None:
    """The reply for text that is not a question to match (emoji only, a greeting), else None.

    None of these is logged as a gap in the FAQ.
    """
    if not any(char.isalnum() for char in question):
        return t("emoji_only", lang, emoji=question[:8])
    small_talk = classify_small_talk(question)
    if small_talk is not None:
        return t(f"smalltalk_{small_talk}", lang)
    return None


async def send_entry(
    update: Update,
    context: BotContext,
    entry: FaqEntry,
    lang: Language,
    *,
    reply_to: Message | None = None,
    alternatives: Sequence[str] = (),
    second_topic: str | None = None,
    footer: Html | None = None,
    extra_rows: Sequence[list[InlineKeyboardButton]] = (),
) -> None:
    """`footer`: a line under the answer (the numbers, during an emergency); `extra_rows`: buttons above the
    menu (the report with a long message's story)."""
    faq = context.services.faq
    text = t("answer", lang, title=entry.title.get(lang), answer=faq.answer(entry, lang))
    text = Html(text + await _own_country_lines(update, context, text, lang))
    if footer is not None:  # under the answer, before "Bukan ini?" and the question its buttons answer
        text = Html(text + footer)
    rows: list[list[InlineKeyboardButton]] = []
    second = faq.entry(second_topic) if second_topic is not None else None
    if second is not None and _fits("faq:v1:show:", second.id):
        label = SECOND_TOPIC_MARK + second.title.get(lang)
        rows.append([InlineKeyboardButton(label, callback_data=_data("faq:v1:show:", second.id))])
    offered = [
        entry_id
        for entry_id in alternatives
        if faq.entry(entry_id) is not None and _fits("faq:v1:alt:", entry_id)
    ]
    if offered:
        text = Html(text + t("not_this", lang))
        rows.append(
            [
                InlineKeyboardButton(faq.title(entry_id, lang), callback_data=_data("faq:v1:alt:", entry_id))
                for entry_id in offered
            ]
        )
    shown = {entry.id, *offered, *([second_topic] if second_topic else [])}
    rows.extend(
        [InlineKeyboardButton(related.title.get(lang), callback_data=_data("faq:v1:show:", related.id))]
        for related in faq.related(entry)
        if related.id not in shown and _fits("faq:v1:show:", related.id)
    )
    if _fits("fb:v1:down:", entry.id):
        rows.append(
            [
                InlineKeyboardButton(button("thumbs_up", lang), callback_data=_data("fb:v1:up:", entry.id)),
                InlineKeyboardButton(
                    button("thumbs_down", lang), callback_data=_data("fb:v1:down:", entry.id)
                ),
            ]
        )
        if not offered:  # "Bukan ini?" already asks; one question line keeps the reply on one screen
            text = Html(text + t("answer_footer", lang))
    rows.extend(extra_rows)
    rows.append(menu_row(lang))
    await send_html(update, context, text, keyboard(rows), reply_to=reply_to)


async def _send_clarify(
    update: Update,
    context: BotContext,
    result: ReplyDecision,
    lang: Language,
    question: Message | None,
    *,
    lead: str = "",
    extra_rows: Sequence[list[InlineKeyboardButton]] = (),
) -> None:
    faq = context.services.faq
    rows = [
        [
            InlineKeyboardButton(
                faq.title(candidate.entry_id, lang), callback_data=_data("faq:v1:pick:", candidate.entry_id)
            )
        ]
        for candidate in result.candidates[:3]
        if faq.entry(candidate.entry_id) is not None and _fits("faq:v1:pick:", candidate.entry_id)
    ]
    rows.append([InlineKeyboardButton(button("none_of_these", lang), callback_data="faq:v1:none")])
    rows.extend(extra_rows)
    rows.append(menu_row(lang))
    await send_html(update, context, Html(lead + t("clarify", lang)), keyboard(rows), reply_to=question)


async def send_fallback(
    update: Update, context: BotContext, lang: Language, *, reply_to: Message | None = None
) -> None:
    hotline = context.services.config.hotlines.kp2mi
    await send_html(update, context, t("fallback", lang, hotline=hotline), main_menu(lang), reply_to=reply_to)


async def show_entry(update: Update, context: BotContext) -> None:
    await answer_callback(update)
    entry = context.services.faq.entry(_argument(update))
    lang = await language_of(update, context)
    if entry is None:
        await _stale(update, context, lang)
        return
    await send_entry(update, context, entry, lang)


async def routes_pressed(update: Update, context: BotContext) -> None:
    await answer_callback(update)
    lang = await language_of(update, context)
    entry = context.services.faq.first_existing(*ROUTES_ENTRY_IDS)
    if entry is None:
        await send_fallback(update, context, lang)
        return
    await send_entry(update, context, entry, lang)


async def clarify_pick(update: Update, context: BotContext) -> None:
    """The user chose one of the offered entries, or "none of these": log it, then answer or fall back."""
    query = update.callback_query
    assert query is not None
    await answer_callback(update)
    lang = await language_of(update, context)
    question_message = _question_of(update)
    question = question_message.text if question_message is not None and question_message.text else ""
    faq = context.services.faq
    if query.data == "faq:v1:none":
        await drop_buttons(update)
        if question:
            result = faq.decide_reply(question)
            await _record(context, QuestionEventKind.CLARIFY_CHOICE, question, result, chosen=None)
        await send_fallback(update, context, lang, reply_to=question_message)
        return
    entry = faq.entry(_argument(update))
    if entry is None:
        await _stale(update, context, lang)
        return
    await drop_buttons(update)
    if question:
        await _record(
            context, QuestionEventKind.CLARIFY_CHOICE, question, faq.decide_reply(question), chosen=entry.id
        )
    await send_entry(update, context, entry, lang, reply_to=question_message)


async def not_this_pick(update: Update, context: BotContext) -> None:
    """Under an answer the user said "Bukan ini?" and chose another entry: log it (the question belongs to
    the chosen entry, a phrasing the FAQ lacks), then show that entry."""
    await answer_callback(update)
    lang = await language_of(update, context)
    faq = context.services.faq
    entry = faq.entry(_argument(update))
    if entry is None:
        await _stale(update, context, lang)
        return
    question_message = _question_of(update)
    question = question_message.text if question_message is not None and question_message.text else ""
    if question:
        await _record(
            context, QuestionEventKind.NOT_THIS, question, faq.decide_reply(question), chosen=entry.id
        )
    await send_entry(update, context, entry, lang, reply_to=question_message)


async def feedback(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    lang = await language_of(update, context)
    faq = context.services.faq
    entry = faq.entry(_argument(update))
    if entry is None:
        await answer_callback(update, t("stale_button", lang))
        return
    helpful = (query.data or "").startswith("fb:v1:up:")
    question_message = _question_of(update)
    question = question_message.text if question_message is not None and question_message.text else ""
    kind = QuestionEventKind.THUMBS_UP if helpful else QuestionEventKind.THUMBS_DOWN
    await context.services.questions.record(
        kind,
        question or f"[{entry.id}]",
        decision="answer",
        normalized_question=faq.normalized(question) if question else "",
        entry_id=entry.id,
    )
    await answer_callback(update, t("feedback_thanks", lang))
    await _drop_feedback_buttons(update)
    if not helpful:
        hotline = context.services.config.hotlines.kp2mi
        await send_html(update, context, t("feedback_sorry", lang, hotline=hotline), main_menu(lang))


async def _drop_feedback_buttons(update: Update) -> None:
    """Keep the related-topic buttons but remove 👍/👎, so the same answer is not rated twice."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message) or query.message.reply_markup is None:
        return
    rows = [
        list(row)
        for row in query.message.reply_markup.inline_keyboard
        if not any(str(item.callback_data or "").startswith("fb:v1:") for item in row)
    ]
    try:
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))
    except BadRequest as exc:
        logger.debug("could not remove feedback buttons: %s", exc)


async def _record(
    context: BotContext,
    kind: QuestionEventKind,
    question: str,
    result: ReplyDecision,
    *,
    chosen: str | None = None,
) -> None:
    faq = context.services.faq
    await context.services.questions.record(
        kind,
        question,
        decision=str(result.decision),
        normalized_question=faq.normalized(question),
        entry_id=chosen if kind in _CHOICE_KINDS else result.entry_id,
        candidates=[(candidate.entry_id, candidate.score) for candidate in result.candidates],
    )


async def _stale(update: Update, context: BotContext, lang: Language) -> None:
    await send_html(update, context, t("stale_button", lang), main_menu(lang))


def _question_of(update: Update) -> Message | None:
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return None
    return query.message.reply_to_message


def _argument(update: Update) -> str:
    query = update.callback_query
    data = query.data if query is not None and query.data else ""
    return data.split(":", 3)[3] if data.count(":") >= 3 else ""


def _data(prefix: str, entry_id: str) -> str:
    return prefix + entry_id


def _fits(prefix: str, entry_id: str) -> bool:
    return len((prefix + entry_id).encode()) <= MAX_CALLBACK_BYTES
