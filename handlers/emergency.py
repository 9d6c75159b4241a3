"""Emergency first: urgent triage of every private text, `/darurat`, the menu's emergency button, a shared
location, and the "Di luar negeri" country choice.

Triage runs in group TRIAGE, before any flow, and never stops the update: someone writing "tolong saya
dikurung" in the middle of a complaint gets the contacts first and the flow carries on. The numbers are those
of the country where the person in danger is: named in the message, remembered from earlier, from the user's
open case, or from a shared location. The full block shows once per conversation and danger; later urgent
messages get a one-line reminder. The urgent message itself is stored first, so "Laporkan sekarang" opens a
report with the story already filled in.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.commands import names_of
from bot.context import BotApplication, BotContext
from bot.knowledge import Decision
from faq.emergency import (
    Action,
    Reply,
    Situation,
    Writer,
    abuser_is_back,
    act_under_way,
    all_clear_reply,
    asks_a_question,
    asks_for_numbers,
    asks_not_to_be_called,
    asks_to_write,
    asks_what_to_do,
    at_sea,
    back_home_reply,
    back_in_indonesia,
    by_message,
    cannot_ring_out,
    emergency_reply,
    follow_up_reply,
    has_run_away,
    held_for_ransom,
    in_scam_compound,
    is_home_now,
    is_injured,
    left_for_home,
    never_left,
    only_asks,
    reminder_reply,
    said_now,
    says_all_clear,
    which_house_reply,
    write_reply,
    writer_in,
)
from faq.geocode import country_at, town_at
from faq.model import Language
from faq.places import Place
from faq.triage import DangerCategory
from faq.whereabouts import country_in_message, depends_on_known, placing_mentions
from faq.written_language import written_in
from handlers.callbacks import MENU, REPORT, SOS
from handlers.case_view import location_words
from handlers.common import FLOW_KEY, answer_callback, drop_buttons, language_of, menu_row, send_html
from handlers.country_in_play import note_countries_named, note_country
from handlers.groups import COMMANDS, TRIAGE
from handlers.talk import FLOW as TALK_FLOW
from handlers.texts import Html, button, t
from storage.errors import CaseClosed, CaseNotFound
from storage.models.cases import Case, CasePriority, Reporter
from storage.update_keys import key_of

logger = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
REPORT_WITH_STORY: Final = REPORT.pack("story")
TALK: Final = REPORT.pack("talk")  # handled by handlers.talk
ABROAD: Final = SOS.pack("abroad")
MORE_COUNTRIES: Final = SOS.pack("more")
AT_SEA: Final = SOS.pack("sea")
# Kept in her story when she chooses "🚢 Di kapal / di laut": staff read where she is, and the later
# reminders read it as at sea.
AT_SEA_WORDS: Final = "(dipilih: di kapal / di laut)"
# The destinations people go to most, offered first after "Di luar negeri"; the rest under "Lainnya".
COMMON_DESTINATIONS: Final = ("MY", "TW", "HK", "SG", "SA", "AE", "KR", "JP", "BN", "QA")
INDONESIA: Final = "ID"
# user_data key: the update triage answered as urgent, so the FAQ reply stays silent after it.
URGENT_UPDATE_KEY: Final = "urgent_update"
# user_data key: the update was answered here (she said she is safe), so the FAQ reply stays silent.
ANSWERED_KEY: Final = "answered_update"
# user_data key: a message that is not urgent itself but follows an urgent one (the same emergency).
FOLLOW_UP_KEY: Final = "danger_follow_up"
# user_data key: an ordinary message during an emergency (no sign of danger in it): answered as any question,
# with the numbers in one line.
ASIDE_KEY: Final = "danger_aside"
# user_data key: this user sent an urgent message since the bot started (the database says how recently).
DANGER_SEEN_KEY: Final = "danger_seen"
# She said she is back in Indonesia after a danger abroad: threats that reach her by message now are
# Indonesia's to answer.
BACK_HOME_KEY: Final = "back_in_indonesia"
# user_data key: her last few messages before an alarm, (monotonic time, text), for the story it starts.
RECENT_KEY: Final = "recent_words"
RECENT_MESSAGES: Final = 5
RECENT_SECONDS: Final = 30 * 60
# user_data key: "🌏 Di luar negeri" was pressed, so a country typed next is her answer, not a question.
CHOOSING_COUNTRY_KEY: Final = "choosing_country"


def register(app: BotApplication) -> None:
    app.add_handler(CommandHandler(names_of("darurat"), emergency_command, filters=PRIVATE), group=COMMANDS)
    app.add_handler(
        CallbackQueryHandler(emergency_pressed, pattern=MENU.pattern("emergency")), group=COMMANDS
    )
    app.add_handler(
        CallbackQueryHandler(abroad_pressed, pattern=SOS.pattern("abroad", "more")), group=COMMANDS
    )
    app.add_handler(CallbackQueryHandler(country_pressed, pattern=SOS.pattern("cc")), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(at_sea_pressed, pattern=SOS.pattern("sea")), group=COMMANDS)
    app.add_handler(CallbackQueryHandler(report_with_story, pattern=REPORT.pattern("story")), group=COMMANDS)
    app.add_handler(
        MessageHandler(PRIVATE & (filters.LOCATION | filters.VENUE), location_shared), group=COMMANDS
    )
    written = (filters.TEXT & ~filters.COMMAND) | filters.CAPTION
    app.add_handler(MessageHandler(PRIVATE & written, triage), group=TRIAGE)


async def triage(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    text = message.text or message.caption or ""
    if not text:
        return
    note_countries_named(context, text)  # for a later "di sana", whatever this message turns out to be
    services = context.services
    choosing = _took_country_choice(context)  # only the message right after "🌏" answers it
    # "dulu sy di malaysia, skrg di rumah": not where she is; in a long story only that clause is set aside.
    # Never while a danger abroad is current: "sdh di rumah" there may be the employer's house.
    abroad = await _danger_abroad(context, user.id)
    if left_for_home(text) and abroad is None:
        await services.emergency.forget_country(user.id)
    # "blm prnh brgkt": the country she was to go to is not where she is ("msh di rumah" abroad is no proof)
    home = never_left(text, danger_abroad=abroad is not None)
    result = services.faq.detector.assess(text)
    named = (
        INDONESIA
        if home
        else await _country_named(context, user.id, said_now(text), urgent=result.urgent, choosing=choosing)
    )
    if named not in (None, INDONESIA) and context.user_data is not None:
        context.user_data.pop(BACK_HOME_KEY, None)  # abroad again
    if named is not None and await services.intake.current(user.id) is None:  # a report keeps its own
        await services.emergency.remember_country(user.id, named, "message", "" if home else text)
    if not result.urgent:
        if named is not None and choosing:
            await _country_typed(update, context, user.id, text, named)
            return
        _keep_recent(context, text)
        if abuser_is_back(text) and await _back_after_urgent_case(update, context, user.id, text):
            return
        await _follow_up(update, context, user.id, text, named, signs=bool(result.categories))
        return
    suicidal = DangerCategory.SUICIDAL in result.categories
    if not suicidal:
        # in a conversation about suicidal thoughts, "ini pesan terakhir" or a beating told next keeps
        # the kind word and the crisis line (the local numbers come with them); pills gathered after a
        # beating is still self-harm under way
        active = await services.emergency.active_danger(user.id)
        after_suicidal = active is not None and active.suicidal
        suicidal = after_suicidal or act_under_way(text)
    act = act_under_way(text, after_suicidal_words=suicidal)
    _mark(context, update, URGENT_UPDATE_KEY, suicidal=suicidal)
    if context.user_data is not None:
        context.user_data[DANGER_SEEN_KEY] = True
    lang = written_in(text, await language_of(update, context))  # English in, English out
    code = named or await _remembered_country(context, user.id)
    back_home = context.user_data is not None and context.user_data.get(BACK_HOME_KEY)
    if named is None and back_home and by_message(text):
        code = INDONESIA  # "tp majikan msh ancam2 lewat wa" from Lombok: 110, not the numbers abroad
    story = await services.emergency.story_of(user.id)
    situation = _situation(
        context,
        lang,
        code,
        await _writer(context, user.id, text, story),
        suicidal=suicidal,
        near=await _near(context, user.id, code, story, text),
        act=act,
    )
    # the words are stored before any button offers to report them, with what she wrote just before
    told = "\n".join([*_take_recent(context, story or ""), text])
    first = await services.emergency.note_urgent(user.id, _danger(code, suicidal=suicidal), told)
    if not first and not suicidal:
        if await services.intake.current(user.id) is not None:
            return  # the report she is writing is the help; a reminder in the middle of it is noise
        if asks_to_write(text):  # "sy dikunci, bs wa aja?": where she can write, not numbers to call
            await _send(
                update, context, write_reply(situation, services.destinations, services.home_lines), lang
            )
            return
        if situation.ran_away and has_run_away(text):  # "udh kabur ... gk tau mau kmn": where to go now
            reply = follow_up_reply(situation, services.destinations, services.home_lines)
            logger.info("urgent message says she has run away: where to go sent")
            await _send(update, context, reply, lang)
            return
        if asks_for_numbers(text):  # "nmr kjri brp, sy dipukul": the numbers again, in full
            reply = emergency_reply(situation, services.destinations, services.home_lines)
            logger.info("urgent message asks for the numbers: full reply sent again")
            await _send(update, context, reply, lang)
            return
        if asks_a_question(text):  # "hp sy diambil tiap malem, boleh ya?": its answer, the numbers in a line
            _mark(context, update, FOLLOW_UP_KEY, suicidal=False)
            return
    # suicidal thoughts again: a kind word and the line, not a cold list of numbers
    # after "Cerita ke petugas" her words go to an officer and the ticket brings the lines: one line here
    talking = context.user_data is not None and context.user_data.get(FLOW_KEY) == TALK_FLOW
    compose = emergency_reply if first else follow_up_reply if suicidal and not talking else reminder_reply
    reply = compose(situation, services.destinations, services.home_lines)
    logger.info("urgent message: %s emergency reply sent first", "full" if first else "reminder")
    await _send(update, context, reply, lang)


async def _follow_up(
    update: Update, context: BotContext, user_id: int, text: str, named: str | None, *, signs: bool
) -> None:
    """A message after an urgent one is part of the same emergency. Naming a country the numbers were not
    for (the block asked where she is) brings that country's numbers at once; anything else is marked for
    the FAQ reply, which then answers only what it is sure of and otherwise repeats the help. `signs`:
    triage read some sign of danger in it, though not enough to be urgent."""
    if context.user_data is None or not context.user_data.get(DANGER_SEEN_KEY):
        return  # ordinary traffic costs no database read here
    active = await context.services.emergency.active_danger(user_id)
    if active is None or await context.services.intake.current(user_id) is not None:
        return
    abroad = active.country not in (None, INDONESIA)
    stayed = never_left(text, danger_abroad=abroad)
    home_words = is_home_now(text) and not (says_all_clear(text) or stayed)
    if home_words and not active.suicidal and abroad:
        if await _home_while_abroad(update, context, user_id, text, active.country):
            return
        # family at home: her own house says nothing of the danger abroad; on as any follow-up
    elif not active.suicidal and (says_all_clear(text) or stayed or is_home_now(text)):
        await context.services.emergency.stand_down(user_id)
        logger.info("follow-up says all is well: the emergency stands down")
        if asks_a_question(text) or stayed:
            return  # answered as any question ("sy msh di rumah, uang sy bs balik gk")
        _mark(context, update, ANSWERED_KEY, suicidal=False)
        lang = written_in(text, await language_of(update, context))
        await _send(update, context, all_clear_reply(lang), lang)
        return
    # "aku gk bisa nelpon, ketahuan bos": how she may be reached is hers to tell the officer, kept too
    keep = asks_not_to_be_called(text) or not _answered_question(context, text)
    if named is not None or signs or active.suicidal or keep:
        await context.services.emergency.add_to_story(user_id, text)
    _take_recent(context, "")  # now in the story, or answered
    if _ordinary_aside(context, text, after_suicidal_words=active.suicidal, signs=signs):
        # "sy di malaysia permit mati, bisa diurus gk" after a (maybe false) alarm: her question gets its
        # answer with the numbers in one line, for the country she names now; the full block came once
        logger.info("follow-up asks an ordinary question: FAQ reply with the reminder")
        _mark(context, update, ASIDE_KEY, suicidal=False)
        return
    if named is not None and (named != active.country or _names_a_city(context, named, text)):
        _mark(context, update, URGENT_UPDATE_KEY, suicidal=active.suicidal)
        lang = written_in(text, await language_of(update, context))  # English in, English out
        story = await context.services.emergency.story_of(user_id) or text
        situation = _situation(
            context,
            lang,
            named,
            await _writer(context, user_id, text, story),
            suicidal=active.suicidal,
            near=await _near(context, user_id, named, story),
            act=_act_in_story(text, story, suicidal=active.suicidal),
        )
        await context.services.emergency.note_alert(user_id, _danger(named, suicidal=active.suicidal))
        # "sy di taiwan, ini pinjem hp temen, cuma bisa chat": where she can write there, not numbers to ring
        writes = not active.suicidal and asks_to_write(text)
        compose = write_reply if writes else emergency_reply
        logger.info(
            "follow-up names the country or a city in it: %s reply sent", "write" if writes else "full"
        )
        await _send(
            update,
            context,
            compose(situation, context.services.destinations, context.services.home_lines),
            lang,
        )
        return
    act = act_under_way(text, after_suicidal_words=active.suicidal)
    if not active.suicidal and not act and asks_for_numbers(text) and not asks_to_write(text):
        await _send_numbers_again(update, context, user_id, text, active.country)
        return
    if not active.suicidal and not act and (asks_to_write(text) or cannot_ring_out(text)):
        await _send_write_reply(update, context, user_id, text)
        return
    if not (active.suicidal or act or signs) and asks_a_question(text):
        # "lapor kemana", "sponsor bilang gk usah ke disnaker, bener gk": her question gets its answer
        _mark(context, update, ASIDE_KEY, suicidal=False)
        return
    _mark(context, update, FOLLOW_UP_KEY, suicidal=active.suicidal or act)


async def _back_after_urgent_case(update: Update, context: BotContext, user_id: int, text: str) -> bool:
    """ "kak majikan sy udh pulang" after her urgent report was filed: the numbers in one line, and the
    message reaches the officer marked as danger (the case takes her words, so no FAQ reply would follow).
    False when she has no open urgent case."""
    case = await _open_urgent_case(context, user_id)
    if case is None:
        return False
    _mark(context, update, URGENT_UPDATE_KEY, suicidal=False)
    lang = written_in(text, await language_of(update, context))
    code = await _remembered_country(context, user_id)
    story = case.story or ""
    situation = _situation(
        context,
        lang,
        code,
        await _writer(context, user_id, text, story),
        near=await _near(context, user_id, code, story),
    )
    reply = reminder_reply(situation, context.services.destinations, context.services.home_lines)
    logger.info("the employer is back after an urgent report: the numbers sent")
    await _send(update, context, reply, lang)
    return True


async def _danger_abroad(context: BotContext, user_id: int) -> str | None:
    """The country of a current danger outside Indonesia, else None."""
    if context.user_data is None or not context.user_data.get(DANGER_SEEN_KEY):
        return None  # ordinary traffic costs no database read here
    active = await context.services.emergency.active_danger(user_id)
    return None if active is None or active.country in (None, INDONESIA) else active.country


async def _home_while_abroad(
    update: Update, context: BotContext, user_id: int, text: str, code: str | None
) -> bool:
    """ "sdh di rumah" / "sdh pulang" from the one in danger abroad. Back in Indonesia: glad, no "I
    misunderstood", and the country stays known (a beating told next is still there). A bare "di rumah":
    whose house is asked and the numbers stay, her words kept. False for family, whose home it is."""
    story = await context.services.emergency.story_of(user_id) or ""
    writer = await _writer(context, user_id, text, story)
    if writer is Writer.FAMILY:
        return False
    _mark(context, update, ANSWERED_KEY, suicidal=False)
    lang = written_in(text, await language_of(update, context))
    if back_in_indonesia(text):
        if context.user_data is not None:
            context.user_data[BACK_HOME_KEY] = True
        await context.services.emergency.stand_down(user_id)
        logger.info("follow-up says she is back in Indonesia: the emergency stands down, country kept")
        await _send(update, context, back_home_reply(lang), lang)
        return True
    await context.services.emergency.add_to_story(user_id, text)
    _take_recent(context, "")
    situation = _situation(context, lang, code, writer, near=await _near(context, user_id, code, story))
    reply = which_house_reply(situation, context.services.destinations, context.services.home_lines)
    logger.info("follow-up says 'at home' while the danger is abroad: asked whose house, numbers kept")
    await _send(update, context, reply, lang)
    return True


async def _send_numbers_again(
    update: Update, context: BotContext, user_id: int, text: str, code: str | None
) -> None:
    """ "nmr yg bisa sy hubungi apa", "nmr kjri brp" in danger: the full block for where she is again, not
    topics to choose nor the menu; the FAQ stays silent."""
    _mark(context, update, ANSWERED_KEY, suicidal=False)
    lang = written_in(text, await language_of(update, context))
    # where she said she is last ("sy di malaysia" asked after a Taiwan alarm), else where the danger was
    code = await _remembered_country(context, user_id) or code
    story = await context.services.emergency.story_of(user_id) or ""
    situation = _situation(
        context,
        lang,
        code,
        await _writer(context, user_id, text, story),
        near=await _near(context, user_id, code, story),
    )
    situation = replace(situation, what_to_do=asks_what_to_do(text))  # "sy hrs telpon kemana"
    reply = emergency_reply(situation, context.services.destinations, context.services.home_lines)
    logger.info("follow-up asks for the numbers: full reply sent again")
    await _send(update, context, reply, lang)


async def _send_write_reply(update: Update, context: BotContext, user_id: int, text: str) -> None:
    """ "bs chat aja?" after the alarm: the chat channels for where she is; the FAQ stays silent."""
    _mark(context, update, ANSWERED_KEY, suicidal=False)
    lang = written_in(text, await language_of(update, context))
    code = await _remembered_country(context, user_id)
    story = await context.services.emergency.story_of(user_id) or ""
    situation = _situation(
        context,
        lang,
        code,
        await _writer(context, user_id, text, story),
        near=await _near(context, user_id, code, story),
    )
    reply = write_reply(situation, context.services.destinations, context.services.home_lines)
    logger.info("follow-up asks to write instead of calling: chat channels sent")
    await _send(update, context, reply, lang)


def _ordinary_aside(context: BotContext, text: str, *, after_suicidal_words: bool, signs: bool) -> bool:
    """A follow-up with no danger of its own that asks an ordinary question ("permit mati, bisa diurus gk",
    "can I work on my rest day") or tells an everyday matter the FAQ answers with confidence ("laoban suruh
    cari majikan baru sendiri"). Not a plea for numbers or a way to write, and nothing that goes on with the
    danger: triage reads no sign in it ("kalo gk capai target disetrum" has one)."""
    if after_suicidal_words or signs or act_under_way(text):
        return False
    if asks_for_numbers(text) or asks_to_write(text) or cannot_ring_out(text) or asks_what_to_do(text):
        return False
    if len(text) > context.services.config.ask.max_question_chars:
        return False  # a long message tells a story: it stays with the help and the report
    if asks_a_question(text):
        return True
    reply = context.services.faq.decide_reply(text)
    # what she tells is answered only when the FAQ is very sure: "tangan sy bengkak" (0.74, debts) goes on
    # with the danger; "laoban suruh cari majikan baru sendiri" (1.00, change of employer) is everyday
    if reply.decision is not Decision.ANSWER or reply.entry_id is None or reply.confidence < _SURE:
        return False
    # "sy di riyadh", "sy di hk kak, di tuen mun" say where she is: a country's overview matches the name
    # alone; "sy di malaysia permit mati, bisa diurus gk" asks more than that
    return not reply.entry_id.startswith(_COUNTRY_OVERVIEW) or len(text.split()) >= _MORE_THAN_A_PLACE


_COUNTRY_OVERVIEW: Final = "negara-"
_MORE_THAN_A_PLACE: Final = 7
_SURE: Final = 0.9


def _answered_question(context: BotContext, text: str) -> bool:
    """A plain question the FAQ answers with confidence ("KDEI itu apa?"): it gets its answer and stays out
    of the report she may file. What the FAQ is unsure of stays in her story, as does anything telling of
    her own situation, naming a place or showing a sign of danger, so nothing she tells is lost."""
    if not only_asks(text) or len(text) > context.services.config.ask.max_question_chars:
        return False
    reply = context.services.faq.decide_reply(text)
    return reply.decision is Decision.ANSWER and reply.entry_id is not None


def _keep_recent(context: BotContext, text: str) -> None:
    """What she wrote before any alarm ("sy udh bayar 25 jt ke calo nya"): kept for a while, so the story an
    urgent message starts has it too."""
    if context.user_data is None:
        return
    now = time.monotonic()
    kept = [item for item in context.user_data.get(RECENT_KEY, []) if now - item[0] < RECENT_SECONDS]
    context.user_data[RECENT_KEY] = [*kept, (now, text)][-RECENT_MESSAGES:]


def _take_recent(context: BotContext, story: str) -> list[str]:
    """The words kept by `_keep_recent` that the story does not hold yet; forgotten once taken."""
    if context.user_data is None:
        return []
    now = time.monotonic()
    kept = context.user_data.pop(RECENT_KEY, [])
    return [text for at, text in kept if now - at < RECENT_SECONDS and text not in story]


def _took_country_choice(context: BotContext) -> bool:
    """Whether "🌏 Di luar negeri" was pressed before this message (and forget it: one message answers)."""
    return context.user_data is not None and bool(context.user_data.pop(CHOOSING_COUNTRY_KEY, False))


async def _country_typed(update: Update, context: BotContext, user_id: int, text: str, code: str) -> None:
    """The country typed after "🌏 Di luar negeri" instead of pressing its button: the same numbers as the
    button, even when nothing urgent was written before (she came through /darurat)."""
    active = await context.services.emergency.active_danger(user_id)
    suicidal = active is not None and active.suicidal
    if active is not None:
        await context.services.emergency.add_to_story(user_id, text)
    _mark(context, update, URGENT_UPDATE_KEY, suicidal=suicidal)
    lang = written_in(text, await language_of(update, context))
    story = await context.services.emergency.story_of(user_id)
    situation = _situation(
        context,
        lang,
        code,
        await _writer(context, user_id, text, story),
        suicidal=suicidal,
        near=await _near(context, user_id, code, story, text),
    )
    await context.services.emergency.note_alert(user_id, _danger(code, suicidal=suicidal))
    logger.info("country typed after the abroad button: full emergency reply sent")
    await _send(
        update,
        context,
        emergency_reply(situation, context.services.destinations, context.services.home_lines),
        lang,
    )


async def send_follow_up(update: Update, context: BotContext, *, suicidal: bool) -> None:
    """For a follow-up the FAQ is not sure of: a kind word, or the numbers and the offer to report."""
    user, message = update.effective_user, update.effective_message
    if user is None:
        return
    written = (message.text or message.caption or "") if message is not None else ""
    lang = written_in(written, await language_of(update, context))  # English in, English out
    code = await _remembered_country(context, user.id)
    story = await context.services.emergency.story_of(user.id) or ""
    act = _act_in_story(written, story, suicidal=suicidal)
    situation = _situation(
        context,
        lang,
        code,
        await _writer(context, user.id, written, story),
        suicidal=suicidal or act,
        near=await _near(context, user.id, code, story),
        act=act,
    )
    situation = replace(situation, what_to_do=asks_what_to_do(written))
    reply = follow_up_reply(situation, context.services.destinations, context.services.home_lines)
    logger.info("follow-up to an urgent message: %s reply sent", "kind" if suicidal else "reminder")
    await _send(update, context, reply, lang)


def _act_in_story(text: str, story: str, *, suicidal: bool) -> bool:
    """An act under way in this message, or, in a conversation about suicidal thoughts, told earlier ("sy
    udh siapin baygon mau sy minum mlm ini"): naming her country or saying sorry does not end it."""
    if act_under_way(text, after_suicidal_words=suicidal):
        return True
    return suicidal and act_under_way(story, after_suicidal_words=True)


def _names_a_city(context: BotContext, code: str, text: str) -> bool:
    """ "sy di johor bahru" after Malaysia's numbers: she says where in the country she is, so the block
    comes again with the nearest mission first (a question about the country does not name a city)."""
    mentions = context.services.countries.country_mentions(said_now(text))
    return any(mention.by_city and mention.code == code for mention in mentions)


async def _writer(context: BotContext, user_id: int | None, text: str, story: str | None) -> Writer:
    """Who writes, within the conversation: her words about where she is and the kept story count too. In
    the report she is writing, her own answer to "who is reporting" decides: "anak sy di kampung" in the
    story of a worker who chose "Saya sendiri" is her child at home, not the one in danger."""
    if user_id is None:
        return writer_in(text, story or "")
    draft = await context.services.intake.current(user_id)
    if draft is not None and draft.reporter is not None:
        return Writer.FAMILY if draft.reporter is Reporter.FAMILY else Writer.SELF
    place = await context.services.emergency.place_of(user_id)
    return writer_in(text, "\n".join(part for part in (place, story) if part))


def _mark(context: BotContext, update: Update, key: str, *, suicidal: bool) -> None:
    if context.user_data is not None:
        context.user_data[key] = (update.update_id, suicidal)


async def emergency_command(update: Update, context: BotContext) -> None:
    await send_emergency(update, context)


async def emergency_pressed(update: Update, context: BotContext) -> None:
    await answer_callback(update)
    await send_emergency(update, context)


async def send_emergency(update: Update, context: BotContext) -> None:
    """The full block for where the user's emergency is (as far as the bot knows), always in full."""
    user = update.effective_user
    lang = await language_of(update, context)
    code = await _remembered_country(context, user.id) if user is not None else None
    story = await context.services.emergency.story_of(user.id) if user is not None else None
    near = await _near(context, user.id, code, story) if user is not None else ""
    situation = _situation(
        context,
        lang,
        code,
        await _writer(context, user.id if user is not None else None, "", story),
        near=near,
    )
    await _send(
        update,
        context,
        emergency_reply(situation, context.services.destinations, context.services.home_lines),
        lang,
    )


async def abroad_pressed(update: Update, context: BotContext) -> None:
    """ "Di luar negeri": the common destinations first; "Lainnya" lists the rest of the table."""
    query = update.callback_query
    assert query is not None
    await answer_callback(update)
    lang = await language_of(update, context)
    table = context.services.destinations
    more = query.data == MORE_COUNTRIES
    if context.user_data is not None:
        context.user_data[CHOOSING_COUNTRY_KEY] = True
    codes = [code for code in table.codes if (code not in COMMON_DESTINATIONS) == more]
    buttons = [
        InlineKeyboardButton(table.countries[code].name.get(lang), callback_data=SOS.pack("cc", code))
        for code in codes
    ]
    rows = [buttons[index : index + 2] for index in range(0, len(buttons), 2)]
    if not more:
        rows.append([InlineKeyboardButton(button("other_country", lang), callback_data=MORE_COUNTRIES)])
        # a crew member seldom knows where the ship is: the help for the sea needs no country
        rows.append([InlineKeyboardButton(button("at_sea", lang), callback_data=AT_SEA)])
    rows.append(menu_row(lang))
    await send_html(update, context, t("choose_country", lang), InlineKeyboardMarkup(rows))


async def at_sea_pressed(update: Update, context: BotContext) -> None:
    """ "🚢 Di kapal / di laut": who can reach a ship (Kemlu, KP2MI, the agency), no country needed; kept in
    her story so later replies and the report know she is at sea."""
    user = update.effective_user
    await answer_callback(update)
    if user is None:
        return
    await drop_buttons(update)
    if context.user_data is not None:
        context.user_data.pop(CHOOSING_COUNTRY_KEY, None)
    lang = await language_of(update, context)
    emergency = context.services.emergency
    story = await emergency.story_of(user.id) or ""
    if story and not at_sea(story):
        await emergency.add_to_story(user.id, AT_SEA_WORDS)
    code = await _remembered_country(context, user.id)  # a flag country named earlier adds its mission
    active = await emergency.active_danger(user.id)
    suicidal = active is not None and active.suicidal
    near = "\n".join(part for part in (AT_SEA_WORDS, await _near(context, user.id, code, story)) if part)
    situation = _situation(
        context, lang, code, await _writer(context, user.id, "", story), suicidal=suicidal, near=near
    )
    logger.info("at sea chosen: the reply for a ship's crew sent")
    await _send(
        update,
        context,
        emergency_reply(situation, context.services.destinations, context.services.home_lines),
        lang,
    )


async def country_pressed(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    assert query is not None
    assert query.data is not None
    await answer_callback(update)
    lang = await language_of(update, context)
    pressed = SOS.unpack(query.data)
    code = pressed.arg() if pressed is not None else ""
    if code not in context.services.destinations or user is None:
        await send_html(update, context, t("stale_button", lang), InlineKeyboardMarkup([menu_row(lang)]))
        return
    await drop_buttons(update)
    if context.user_data is not None:
        context.user_data.pop(CHOOSING_COUNTRY_KEY, None)
    await context.services.emergency.remember_country(user.id, code, "choice")
    note_country(context, code)
    active = await context.services.emergency.active_danger(user.id)
    suicidal = active is not None and active.suicidal  # the 💛 reply's 🌏 keeps the kind word
    await context.services.emergency.note_alert(user.id, _danger(code, suicidal=suicidal))  # seen in full
    story = await context.services.emergency.story_of(user.id)
    near = await _near(context, user.id, code, story)
    situation = _situation(
        context, lang, code, await _writer(context, user.id, "", story), suicidal=suicidal, near=near
    )
    await _send(
        update,
        context,
        emergency_reply(situation, context.services.destinations, context.services.home_lines),
        lang,
    )


async def location_shared(update: Update, context: BotContext) -> None:
    """A shared location: the numbers of the country it is in (found offline), remembered for later."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    place = message.location or (message.venue.location if message.venue is not None else None)
    lang = await language_of(update, context)
    code = await asyncio.to_thread(country_at, place.latitude, place.longitude) if place is not None else None
    if code is not None:
        note_country(context, code)
    # the town, as if she had typed it: Johor Bahru puts KJRI Johor Bahru first, Myawaddy is a compound
    town = await asyncio.to_thread(town_at, place.latitude, place.longitude) if place is not None else ""
    table = context.services.destinations
    if code is not None and (code in table or code == INDONESIA):
        await context.services.emergency.remember_country(user.id, code, "location", town)
        await context.services.emergency.note_alert(user.id, _danger(code))
    story = await context.services.emergency.story_of(user.id)
    near = await _near(context, user.id, code, story) if code is not None else ""
    situation = _situation(context, lang, code, await _writer(context, user.id, "", story), near=near)
    reply = emergency_reply(situation, table, context.services.home_lines)
    if situation.destination is not None:
        lead = t("location_country", lang, country=situation.destination.name.get(lang))
    elif code == INDONESIA:
        lead = t("location_country", lang, country="Indonesia")
    else:
        lead = t("location_unknown", lang)
    if place is not None:
        country = situation.destination.name.get("id") if situation.destination is not None else ""
        where = location_words(place.latitude, place.longitude, town, country)
        forwarded = await _location_to_staff(update, context, user.id, where)
        if forwarded is not None:
            lead = Html(f"{lead}\n{t('location_forwarded', lang, ticket=forwarded)}")
    await _send(update, context, Reply(f"{lead}\n\n{reply.html}", reply.actions), lang)


async def _location_to_staff(update: Update, context: BotContext, user_id: int, where: str) -> str | None:
    """Her location reaches staff: on her open urgent case at once (its ticket returned), else in the kept
    story that a report she files from here starts with."""
    from bot.telegram_notifier import notifier_of  # the notifier imports the handlers' texts

    case = await _open_urgent_case(context, user_id)
    if case is None:
        await context.services.emergency.add_to_story(user_id, where)
        return None
    try:
        incoming = await context.services.cases.complainant_message(
            user_id, case.id, where, update_key=key_of(update)
        )
    except (CaseClosed, CaseNotFound):
        await context.services.emergency.add_to_story(user_id, where)
        return None
    await notifier_of(context).publish(incoming.events)
    logger.info("shared location forwarded to an open urgent case")
    return incoming.case.ticket


async def report_with_story(update: Update, context: BotContext) -> None:
    """ "Laporkan sekarang" / "Laporkan dengan cerita ini": an urgent report with the kept story filled in."""
    from handlers.complaint import begin  # the complaint feature owns the form; imported late, it imports us

    user = update.effective_user
    await answer_callback(update)
    if user is None:
        return
    story = await context.services.emergency.story_of(user.id)
    urgent = story is None or context.services.faq.is_urgent(story)
    await begin(update, context, urgent=urgent, story=story)
    if story is not None:
        await context.services.emergency.drop_story(user.id)


def answered_here(context: BotContext, update: Update) -> bool:
    """This update got its reply here (she said she is safe): the FAQ reply stays silent."""
    return _marked(context, update, ANSWERED_KEY)[0]


async def reminder_line(update: Update, context: BotContext) -> str:
    """The numbers in one line, for an answer given during an emergency."""
    user, message = update.effective_user, update.effective_message
    if user is None:
        return ""
    written = (message.text or message.caption or "") if message is not None else ""
    lang = written_in(written, await language_of(update, context))
    code = await _remembered_country(context, user.id)
    story = await context.services.emergency.story_of(user.id) or ""
    situation = _situation(
        context,
        lang,
        code,
        await _writer(context, user.id, written, story),
        near=await _near(context, user.id, code, story),
    )
    return reminder_reply(situation, context.services.destinations, context.services.home_lines).html


def was_urgent(context: BotContext, update: Update) -> tuple[bool, bool]:
    """(urgent, suicidal) as triage found this update; the FAQ reply then stays silent."""
    return _marked(context, update, URGENT_UPDATE_KEY)


def follows_danger(context: BotContext, update: Update) -> tuple[bool, bool]:
    """(follow-up, suicidal): this update is not urgent but follows an urgent message of the conversation."""
    return _marked(context, update, FOLLOW_UP_KEY)


def aside_in_danger(context: BotContext, update: Update) -> bool:
    """This update shows no sign of danger but comes while an emergency of the conversation is current."""
    return _marked(context, update, ASIDE_KEY)[0]


def _marked(context: BotContext, update: Update, key: str) -> tuple[bool, bool]:
    marker = context.user_data.get(key) if context.user_data is not None else None
    if not isinstance(marker, tuple) or marker[0] != update.update_id:
        return False, False
    return True, bool(marker[1])


def _danger(code: str | None, *, suicidal: bool = False) -> str:
    """What "the same danger" means for showing the full block once: its kind and the country's numbers."""
    return f"{'suicidal' if suicidal else 'danger'}:{code or '-'}"


def _situation(
    context: BotContext,
    lang: Language,
    code: str | None,
    writer: Writer,
    *,
    suicidal: bool = False,
    near: str = "",
    act: bool = False,
) -> Situation:
    destination = context.services.destinations.get(code)
    elsewhere = context.services.countries.country(code) if destination is None and code else None
    return Situation(
        lang,
        destination,
        writer,
        suicidal=suicidal,
        in_indonesia=code == INDONESIA,
        near=near,
        act_under_way=act,
        elsewhere=_name(elsewhere, lang) if elsewhere is not None and code != INDONESIA else "",
        at_sea=at_sea(near),
        scam_compound=in_scam_compound(near),
        ransom=held_for_ransom(near),
        injured=is_injured(near),
        ran_away=has_run_away(near),
    )


def _name(place: Place, lang: Language) -> str:
    return place.name_en if lang == "en" else place.name_id


async def _country_named(
    context: BotContext, user_id: int, text: str, *, urgent: bool, choosing: bool
) -> str | None:
    """The country this message places her in, weighed against the one already known: a street name, a
    city of the known country or an old name ("burma") does not move her, nor a country she asks about or
    plans to go to ("gaji di taiwan brp", "anak sy mau ke jepang"). A country without numbers in the table
    counts only while none is known. `choosing`: she was asked to choose her country."""
    mentions = context.services.countries.country_mentions(text)
    if not mentions:
        return None  # most messages name no place and cost no database read
    if not choosing:  # a country typed after "🌏 Di luar negeri" is her answer, however it is put
        answering = not urgent and await context.services.emergency.active_danger(user_id) is not None
        mentions = placing_mentions(text, mentions, urgent=urgent, answering=answering)
        if not mentions:
            return None
    known = await _remembered_country(context, user_id) if depends_on_known(mentions) else None
    tabled = country_in_message(mentions, known, context.services.destinations)
    if tabled is not None:
        return tabled
    # a country the table has no numbers for ("polandia"): said plainly rather than answered with
    # Indonesia's police, but only while nothing is known (a Chinese employer in Malaysia moves no one)
    untabled = [mention.code for mention in mentions if mention.code != INDONESIA]
    if untabled and await _remembered_country(context, user_id) is None:
        return untabled[0]
    return None


async def _near(context: BotContext, user_id: int, code: str | None, *texts: str | None) -> str:
    """Where in the country she is, for the nearest mission: the words kept with the country, then the story
    and message; failing those, the place and story of her open case in that country ("Malaysia, Penang")."""
    place = await context.services.emergency.place_of(user_id)
    said = "\n".join(text for text in (place, *texts) if text)
    destination = context.services.destinations.get(code)
    if destination is None or destination.names_a_served_place(said):
        return said
    for case in reversed(await context.services.cases.cases_of(user_id)):
        if case.is_open and case.country_code == destination.code:
            return "\n".join(part for part in (said, case.country, case.story) if part)
    return said


async def country_known(context: BotContext, user_id: int) -> str | None:
    """Where she is, as far as the conversation, her report or her open case tell."""
    return await _remembered_country(context, user_id)


async def _remembered_country(context: BotContext, user_id: int) -> str | None:
    """Where the person in danger is, as far as known: remembered from the conversation, else the country of
    the report she is writing or of her open case."""
    remembered = await context.services.emergency.country_of(user_id)
    if remembered is not None:
        return remembered
    draft = await context.services.intake.current(user_id)
    if draft is not None and draft.country_code() in context.services.destinations:
        return draft.country_code()
    for case in reversed(await context.services.cases.cases_of(user_id)):
        if case.is_open and case.country_code in context.services.destinations:
            return case.country_code
    return None


async def _open_urgent_case(context: BotContext, user_id: int) -> Case | None:
    cases = await context.services.cases.cases_of(user_id)
    urgent = [
        case
        for case in cases
        if case.is_open and (case.priority is CasePriority.URGENT or case.triage_urgent)
    ]
    return urgent[-1] if urgent else None


async def _send(update: Update, context: BotContext, reply: Reply, lang: Language) -> None:
    user = update.effective_user
    case = await _open_urgent_case(context, user.id) if user is not None else None
    rows: list[list[InlineKeyboardButton]] = []
    for action in reply.actions:
        if action is Action.ABROAD:
            rows.append([InlineKeyboardButton(button("abroad", lang), callback_data=ABROAD)])
        elif case is not None:
            # An open urgent case already exists: the officer on it is the one to tell, not a new report.
            rows.append(
                [
                    InlineKeyboardButton(
                        button("message_officer", lang), callback_data=f"report:v1:msg:{case.id}"
                    )
                ]
            )
        elif action is Action.TALK:  # a few words to a person, not a form
            rows.append([InlineKeyboardButton(button("talk_officer", lang), callback_data=TALK)])
        else:
            rows.append(
                [InlineKeyboardButton(button("report_urgent", lang), callback_data=REPORT_WITH_STORY)]
            )
    rows.append(menu_row(lang))
    await send_html(update, context, Html(reply.html), InlineKeyboardMarkup(rows))
