"""Where a complainant's plain message goes: while she has an open case, her free text goes to it (the bot
says so in one line) with a button to send it to the FAQ instead; with several open cases she is first
asked which one (ticket and category), and that choice holds for the rest of the conversation, with a
button per other case to move a message. Her first plain message after one of her cases was decided is
asked about too, with that case among the choices, whatever she chose before: it is often about the
decision ("I have not been picked up yet"). A message about a closed case offers to reopen it or to file a new
report, and staff are told either way.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler

from bot.context import BotApplication, BotContext
from bot.telegram_notifier import notifier_of
from handlers import groups
from handlers.ask import answer_question
from handlers.callbacks import REPORT, Callback
from handlers.case_notify import refresh_card, staff_notice
from handlers.common import FLOW_KEY, HELD_TEXT_KEY, language_of
from handlers.complaint import begin
from handlers.complaint_io import drop_message_buttons, say
from handlers.texts_complaint import CATEGORY_LABELS, STATUS_LABELS, label, plain, text
from storage.errors import CaseClosed, CaseNotFound
from storage.models.cases import Case, CasePriority
from storage.services.case_routing import PlainTextCandidates
from storage.services.cases.statistics import country_name

logger = logging.getLogger(__name__)

ROUTING_ACTIONS = ("faq", "to", "pick", "reopen", "new")
# user_data keys: the case she picked for her free text in this conversation, and a text waiting for her pick.
CHOSEN_CASE_KEY = "chosen_case"
# user_data key: the decided case she was already asked about, so she is asked once per decision.
ASKED_DECIDED_KEY = "asked_decided_case"


@dataclass(frozen=True)
class HeldText:
    """What she wrote before saying which case it is for: every message of a burst, in order."""

    texts: tuple[str, ...]
    update_key: str | None  # the first message's: a redelivered burst is stored once
    danger: bool = False  # the triage found danger in one of them

    @property
    def text(self) -> str:
        return "\n".join(self.texts)


def register(app: BotApplication) -> None:
    app.add_handler(
        CallbackQueryHandler(on_button, pattern=REPORT.pattern(*ROUTING_ACTIONS)), group=groups.COMMANDS
    )


NO_CANDIDATES = PlainTextCandidates((), None)


async def plain_text_cases(context: BotContext, message: Message) -> PlainTextCandidates:
    """The cases a plain text (no reply gesture, no button) may be for: her open ones and a case decided
    since she last wrote that she was not yet asked about. None when she has none, or when the offer or
    agency check waits for this text."""
    user = message.from_user
    if message.text is None or user is None or (context.user_data and context.user_data.get(FLOW_KEY)):
        return NO_CANDIDATES
    candidates = await context.services.routing.plain_text_candidates(user.id)
    decided = candidates.decided
    asked = context.user_data.get(ASKED_DECIDED_KEY) if context.user_data is not None else None
    if decided is not None and decided.id == asked:
        return PlainTextCandidates(candidates.open, None)
    return candidates


def chosen_case(context: BotContext, candidates: PlainTextCandidates) -> int | None:
    """Her only open case, or the one she picked earlier in this conversation; None: ask her (always while
    a case was just decided)."""
    open_cases = candidates.open
    if candidates.decided is not None:
        return None
    if len(open_cases) == 1:
        return open_cases[0].id
    chosen = context.user_data.get(CHOSEN_CASE_KEY) if context.user_data is not None else None
    return chosen if chosen in {case.id for case in open_cases} else None


def remember_case(context: BotContext, case_id: int) -> None:
    if context.user_data is not None:
        context.user_data[CHOSEN_CASE_KEY] = case_id


async def ask_which_case(
    context: BotContext,
    user_id: int,
    candidates: PlainTextCandidates,
    body: str,
    update_key: str | None,
    lang: str,
    *,
    danger: bool = False,
) -> None:
    """Several candidate cases and no choice yet: her text waits here until she picks the case (or says it
    is a question for the FAQ). More messages before she picks join it, so none is lost."""
    if context.user_data is None:
        return
    held = context.user_data.get(HELD_TEXT_KEY)
    waiting = (
        HeldText((*held.texts, body), held.update_key, held.danger or danger)
        if isinstance(held, HeldText)
        else HeldText((body,), update_key, danger)
    )
    target = danger_case(candidates) if waiting.danger else None
    if target is not None:
        # Danger does not wait for a choice: staff read it now, and the buttons under it let her move it.
        context.user_data.pop(HELD_TEXT_KEY, None)
        await relay_plain_text(context, user_id, target.id, waiting, lang)
        return
    context.user_data[HELD_TEXT_KEY] = waiting
    decided = candidates.decided
    shown = [*([decided] if decided is not None else []), *reversed(candidates.open)]  # latest first
    rows = [
        [InlineKeyboardButton(case_title(case, lang), callback_data=REPORT.pack("pick", case.id))]
        for case in shown
    ]
    rows.append([InlineKeyboardButton(plain(lang, "faq_instead"), callback_data=REPORT.pack("pick", 0))])
    if isinstance(held, HeldText):
        # The buttons again under this answer: the first ones may have scrolled away behind other messages.
        await say(context, user_id, text(lang, "which_case_held"), InlineKeyboardMarkup(rows))
        return
    if decided is None:
        question = text(lang, "which_case", count=len(candidates.open))
    else:
        context.user_data[ASKED_DECIDED_KEY] = decided.id
        status = label(STATUS_LABELS, decided.status.value, lang)
        question = text(lang, "which_case_decided", ticket=decided.ticket, status=status)
    await say(context, user_id, question, InlineKeyboardMarkup(rows))


def danger_case(candidates: PlainTextCandidates) -> Case | None:
    """Where a message with danger in it goes at once: her latest urgent open case, else the case just
    decided (what she answers), else her latest open case."""
    urgent = [case for case in candidates.open if case.priority is CasePriority.URGENT]
    if urgent:
        return urgent[-1]  # the open cases come oldest activity first
    if candidates.decided is not None:
        return candidates.decided
    return candidates.open[-1] if candidates.open else None


def case_title(case: Case, lang: str) -> str:
    """Ticket, kind, country and filing day: two wage cases still read differently."""
    title = f"{case.ticket} · {label(CATEGORY_LABELS, case.category.value, lang)}"
    country = country_name(case.country_code) or case.country
    if country:
        title += f" · {country}"
    title += f" · {case.created_at:%d-%m}"
    if case.is_open:
        return title
    return f"{title} · {label(STATUS_LABELS, case.status.value, lang)}"


async def plain_buttons(
    context: BotContext, user_id: int, case: Case, message_id: int, lang: str
) -> InlineKeyboardMarkup:
    """ "It's a question, not for the officer", and with several open cases, one button per other case."""
    rows = [[InlineKeyboardButton(plain(lang, "faq_instead"), callback_data=REPORT.pack("faq", message_id))]]
    for other in await context.services.routing.open_cases(user_id):
        if other.id != case.id:
            title = plain(lang, "to_case").format(ticket=other.ticket)
            rows.append([InlineKeyboardButton(title, callback_data=REPORT.pack("to", message_id, other.id))])
    return InlineKeyboardMarkup(rows)


async def offer_reopen(context: BotContext, user_id: int, case: Case, lang: str) -> None:
    """She wrote about a closed case (kept on it; staff were told): she may reopen it or file a new report."""
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    plain(lang, "reopen").format(ticket=case.ticket),
                    callback_data=REPORT.pack("reopen", case.id),
                )
            ],
            [InlineKeyboardButton(plain(lang, "new_report"), callback_data=REPORT.pack("new", case.id))],
        ]
    )
    await say(context, user_id, text(lang, "closed_offer", ticket=case.ticket), markup)


async def on_button(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    pressed = REPORT.unpack(query.data if query is not None else None)
    if query is None or user is None or pressed is None:
        return
    await query.answer()
    if update.effective_chat is None or update.effective_chat.type != "private":
        return  # complainant buttons mean nothing in a group
    lang = await language_of(update, context)
    try:
        if pressed.action == "faq":
            await to_faq(update, context, user.id, pressed, lang)
        elif pressed.action == "to":
            await to_other_case(context, user.id, pressed, lang)
        elif pressed.action == "pick":
            await picked_case(update, context, user.id, pressed, lang)
        elif pressed.action == "reopen":
            await reopen(context, user.id, pressed, lang)
        elif pressed.action == "new":
            await new_report(update, context, user.id, pressed)
    except (CaseNotFound, CaseClosed):
        await say(context, user.id, text(lang, "stale"))
        return
    await drop_message_buttons(query.message)


async def to_faq(update: Update, context: BotContext, user_id: int, pressed: Callback, lang: str) -> None:
    """ "It's a question, not for the officer": off the case (staff are told), and answered as a question."""
    moved = await context.services.routing.withdraw(user_id, pressed.int_arg() or -1)
    ticket = html.escape(moved.source.ticket or "")
    await staff_notice(
        context.bot,
        context.services,
        moved.source,
        f"↩️ <b>{ticket}</b>: pesan pelapor tadi ditarik; itu pertanyaan untuk FAQ, bukan untuk petugas.",
    )
    await refresh_card(context.bot, context.services, moved.source)
    await say(context, user_id, text(lang, "withdrawn"))
    await answer_question(update, context, moved.text, None)


async def picked_case(
    update: Update, context: BotContext, user_id: int, pressed: Callback, lang: str
) -> None:
    """She said which case her held text is for (remembered for what she writes next), or that it is a
    question: then the FAQ answers it."""
    held = context.user_data.pop(HELD_TEXT_KEY, None) if context.user_data is not None else None
    if not isinstance(held, HeldText):
        await say(context, user_id, text(lang, "message_lost"))
        return
    case_id = pressed.int_arg() or 0
    if case_id == 0:
        await answer_question(update, context, held.text, None)
        return
    await relay_plain_text(context, user_id, case_id, held, lang)


async def relay_plain_text(
    context: BotContext, user_id: int, case_id: int, held: HeldText, lang: str
) -> None:
    """Her free text onto the case she chose: staff hear it, she reads one line with the way back out."""
    incoming = await context.services.cases.complainant_message(
        user_id, case_id, held.text, update_key=held.update_key, danger=held.danger
    )
    case = incoming.case
    if case.is_open:
        remember_case(context, case.id)
    await say(
        context,
        user_id,
        text(lang, "relayed_plain", ticket=case.ticket),
        await plain_buttons(context, user_id, case, incoming.message_id, lang),
    )
    # handled again after an interruption, it is shown to staff again: at least once, never not at all
    await notifier_of(context).publish(incoming.events)
    if not case.is_open:
        # Kept on the decided case and staff heard it; she may reopen it or file a new report.
        await offer_reopen(context, user_id, case, lang)


async def to_other_case(context: BotContext, user_id: int, pressed: Callback, lang: str) -> None:
    target_id = pressed.int_arg(1)
    if target_id is not None:
        remember_case(context, target_id)
    moved = await context.services.routing.move(user_id, pressed.int_arg() or -1, target_id or -1)
    assert moved.target is not None
    source, target = html.escape(moved.source.ticket or ""), html.escape(moved.target.ticket or "")
    await staff_notice(
        context.bot, context.services, moved.source, f"↪️ <b>{source}</b>: pesan pelapor tadi untuk {target}."
    )
    await staff_notice(
        context.bot,
        context.services,
        moved.target,
        f"⬅️ <b>{target}</b>: pesan dari pelapor\n{html.escape(moved.text)}\n"
        "<i>Balas pesan ini untuk menjawab pelapor.</i>",
    )
    await say(context, user_id, text(lang, "moved", ticket=moved.target.ticket))


async def reopen(context: BotContext, user_id: int, pressed: Callback, lang: str) -> None:
    """Through the case core, so the trail and whatever front end staff use hear of it."""
    outcome = await context.services.cases.reopen_own_case(user_id, pressed.int_arg() or -1)
    await notifier_of(context).publish(outcome.events)
    await say(context, user_id, text(lang, "reopened", ticket=outcome.case.ticket))


async def new_report(update: Update, context: BotContext, user_id: int, pressed: Callback) -> None:
    case = await context.services.cases.own_case(user_id, pressed.int_arg() or -1)
    ticket = html.escape(case.ticket or "")
    await staff_notice(
        context.bot,
        context.services,
        case,
        f"📝 <b>{ticket}</b>: pelapor memilih membuat laporan baru; kasus ini tetap ditutup.",
    )
    await begin(update, context, urgent=False)
