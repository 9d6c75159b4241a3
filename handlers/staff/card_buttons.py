"""The buttons under case cards and under the bot's prompts (`case:v1:<action>:<case id>[:<arg>]`).

Buttons parse and ask; the case core decides (role and province re-checked in its transaction) and the
notifier tells whom it concerns. Decisions that the worker will read (close, reject, refer, wait for her)
first ask the officer for the reason, the agency or the question; taking a colleague's case asks first.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.context import BotContext
from bot.telegram_notifier import notifier_of
from handlers.callbacks import CASE, SEPARATOR, Callback
from handlers.case_notify import refresh_card, staff_view
from handlers.case_view import STATUS_CODES, card_keyboard, card_text, card_ticket
from handlers.staff.commands import show_case, show_queue, show_search
from handlers.staff.common import actor_of, in_staff_chat, reply
from handlers.staff.prompts import (
    DECISION_CODES,
    REFERRAL,
    URGENT_CONFIRM_CODES,
    CardPress,
    addressed,
    agencies_for,
    ask_agency,
    ask_question,
    ask_reason,
    ask_take_over,
    ask_urgent_confirmation,
    case_for_move,
    close_prompt,
    decide,
    short,
)
from handlers.staff.texts import (
    CANCELLED,
    NOT_FOUND,
    REFUSALS_TEXT,
    REFUSED,
    TEMPLATES_HEADER,
)
from storage.errors import (
    AccessDenied,
    AlreadyClaimed,
    CaseClosed,
    CaseNotFound,
    InvalidInput,
    InvalidTransition,
)
from storage.models.cases import CasePriority, CaseStatus, LinkKind, WaitingReason
from storage.services.cases import Outcome, parse_question_detail
from storage.update_keys import key_of

logger = logging.getLogger(__name__)


# Each action returns the toast to show (plain text; empty for none).
CardAction = Callable[[CardPress], Awaitable[str]]


async def publish(press: CardPress, outcome: Outcome) -> None:
    await notifier_of(press.context).publish(outcome.events)


async def claim_case(press: CardPress) -> str:
    cases = press.context.services.cases
    try:
        outcome = await cases.claim(press.actor, press.case_id)
    except AlreadyClaimed as taken:
        return await ask_take_over(press, taken.assignee)
    await publish(press, outcome)
    return "Diambil."


async def take_over(press: CardPress) -> str:
    if not press.arg.isdigit():
        raise InvalidInput("take-over without the officer")
    try:
        outcome = await press.context.services.cases.claim(
            press.actor, press.case_id, take_over_from=int(press.arg)
        )
    except AlreadyClaimed as taken:
        return await ask_take_over(press, taken.assignee)
    await close_prompt(press, "🙋 Diambil alih.")
    await publish(press, outcome)
    return "Diambil alih."


async def change_status(press: CardPress) -> str:
    if press.arg not in STATUS_CODES:
        raise InvalidInput("unknown status")
    status, waiting = STATUS_CODES[press.arg]
    cases = press.context.services.cases
    if status is CaseStatus.WAITING_FOR_COMPLAINANT:
        return await ask_question(press, WaitingReason(waiting or WaitingReason.CLARIFICATION))
    if press.arg == REFERRAL:
        return await ask_agency(press)
    if press.arg in URGENT_CONFIRM_CODES:
        case = await case_for_move(press, status)
        if case.priority is CasePriority.URGENT:
            return await ask_urgent_confirmation(press, press.arg, case)
    if press.arg in DECISION_CODES:
        return await ask_reason(press, press.arg, None)
    await publish(press, await cases.set_status(press.actor, press.case_id, status))
    return "Status diubah."


async def confirmed_urgent_decision(press: CardPress) -> str:
    """ "Ya, lanjutkan" under the urgent-case question: on to the reason, as for any other case."""
    if press.arg not in URGENT_CONFIRM_CODES:
        raise InvalidInput("not a decision that asks first")
    await close_prompt(press, "✔️ Dilanjutkan.")
    return await ask_reason(press, press.arg, None)


async def choose_agency(press: CardPress) -> str:
    agencies = agencies_for(press.context, await case_for_move(press))
    if not press.arg.isdigit() or int(press.arg) >= len(agencies):
        raise InvalidInput("unknown agency")
    name = agencies[int(press.arg)].name
    await close_prompt(press, f"↪️ Instansi: {html.escape(name)}")
    return await ask_reason(press, REFERRAL, name)


async def choose_reason(press: CardPress) -> str:
    """A saved reason pressed under a reason prompt: what it decides comes from the prompt's link."""
    pressed = press.message
    if pressed is None or not press.arg.isdigit():
        raise InvalidInput("reason without its prompt")
    linked = await press.context.services.cases.case_for_staff_message(
        press.actor, pressed.chat_id, pressed.message_id
    )
    if linked is None or linked.case.id != press.case_id or linked.kind is not LinkKind.REASON_PROMPT:
        raise InvalidInput("not a reason prompt")
    code, _, agency = (linked.detail or "").partition("|")
    if code not in DECISION_CODES:
        raise InvalidInput("unknown decision")
    status = STATUS_CODES[code][0]
    reasons = press.context.services.config.staff.reasons.get(status.value, ())
    if int(press.arg) >= len(reasons):
        raise InvalidInput("unknown reason")
    outcome = await decide(
        press.context, press.actor, press.case_id, code, reasons[int(press.arg)], agency or None
    )
    await close_prompt(press, f"✔️ Alasan: {html.escape(reasons[int(press.arg)])}")
    await notifier_of(press.context).publish(outcome.events)
    return "Status diubah."


async def choose_question(press: CardPress) -> str:
    """A saved reply pressed under a "Tunggu pelapor" prompt: sent to the worker as the question."""
    pressed = press.message
    templates = press.context.services.config.staff.saved_replies
    if pressed is None or not press.arg.isdigit() or int(press.arg) >= len(templates):
        raise InvalidInput("question without its prompt")
    cases = press.context.services.cases
    linked = await cases.case_for_staff_message(press.actor, pressed.chat_id, pressed.message_id)
    if linked is None or linked.case.id != press.case_id or linked.kind is not LinkKind.QUESTION_PROMPT:
        raise InvalidInput("not a question prompt")
    waiting, _ = parse_question_detail(linked.detail)
    template = templates[int(press.arg)]
    outcome = await cases.set_status(
        press.actor, press.case_id, CaseStatus.WAITING_FOR_COMPLAINANT, waiting, question=template.text
    )
    await close_prompt(press, f"❓ Ditanyakan: {html.escape(template.title)}")
    await publish(press, outcome)
    return "Pertanyaan dikirim."


async def change_priority(press: CardPress) -> str:
    if press.arg not in ("urgent", "normal"):
        raise InvalidInput("unknown priority")
    outcome = await press.context.services.cases.set_priority(
        press.actor, press.case_id, CasePriority(press.arg)
    )
    await publish(press, outcome)
    return "Prioritas diubah."


async def ask_for_note(press: CardPress) -> str:
    cases = press.context.services.cases
    detail = await cases.detail(press.actor, press.case_id)
    prompt = await reply(
        press.update,
        press.context,
        await addressed(
            press,
            f"📝 Catatan internal untuk <b>{html.escape(detail.case.ticket or '')}</b>: balas pesan ini.",
        ),
        ForceReply(selective=True),
    )
    if prompt is not None:
        await cases.link_message(press.case_id, prompt.chat_id, prompt.message_id, LinkKind.NOTE_PROMPT)
    return ""


async def saved_replies(press: CardPress) -> str:
    """Without an argument: the list; with one: send that saved reply to the complainant."""
    templates = press.context.services.config.staff.saved_replies
    cases = press.context.services.cases
    if not press.arg:
        case = (await cases.detail(press.actor, press.case_id)).case
        lines = [TEMPLATES_HEADER.format(ticket=html.escape(case.ticket or ""))]
        lines += [
            f"{index + 1}. <b>{html.escape(t.title)}</b>: {html.escape(t.text)}"
            for index, t in enumerate(templates)
        ]
        rows = [
            [
                InlineKeyboardButton(
                    short(f"{index + 1}. {t.title}"), callback_data=CASE.pack("tpl", case.id, index)
                )
            ]
            for index, t in enumerate(templates)
        ]
        rows.append([InlineKeyboardButton("Batal", callback_data=CASE.pack("x", case.id))])
        await reply(press.update, press.context, "\n".join(lines), InlineKeyboardMarkup(rows))
        return ""
    if not press.arg.isdigit() or int(press.arg) >= len(templates):
        raise InvalidInput("unknown saved reply")
    template = templates[int(press.arg)]
    outcome = await cases.staff_reply(
        press.actor, press.case_id, template.text, update_key=key_of(press.update)
    )
    await close_prompt(press, f"💬 Terkirim: {html.escape(template.title)}")
    if not outcome.duplicate:
        await publish(press, outcome)
    return "Dikirim."


async def cancel(press: CardPress) -> str:
    cases = press.context.services.cases
    await cases.detail(press.actor, press.case_id)  # staff and scope only
    if press.message is not None:
        await cases.drop_prompt(press.actor, press.case_id, press.message.chat_id, press.message.message_id)
    await close_prompt(press, CANCELLED)
    return CANCELLED


async def redraw_card(press: CardPress) -> str:
    case = (await press.context.services.cases.detail(press.actor, press.case_id)).case
    await refresh_card(press.context.bot, press.context.services, case)
    return "Diperbarui."


async def open_case(press: CardPress) -> str:
    await show_case(press.update, press.context, press.actor, press.case_id)
    return ""


async def next_queue_page(press: CardPress) -> str:
    words = [word for word in press.arg.split(".") if word]
    await show_queue(press.update, press.context, press.actor, words, max(press.case_id, 0))
    return ""


async def next_search_page(press: CardPress) -> str:
    await show_search(press.update, press.context, press.actor, press.arg, max(press.case_id, 0))
    return ""


CARD_ACTIONS: dict[str, CardAction] = {
    "claim": claim_case,
    "take": take_over,
    "st": change_status,
    "ag": choose_agency,
    "sure": confirmed_urgent_decision,
    "why": choose_reason,
    "ask": choose_question,
    "prio": change_priority,
    "note": ask_for_note,
    "tpl": saved_replies,
    "x": cancel,
    "show": redraw_card,
    "open": open_case,
    "pg": next_queue_page,
    "sp": next_search_page,
}
# Actions pressed on a card: a copy of the card (from `/kasus TICKET`) is redrawn too.
CARD_CHANGES = frozenset({"claim", "st", "prio", "show"})
REFUSALS: tuple[tuple[type[Exception], str], ...] = (
    (AccessDenied, REFUSED),
    (CaseNotFound, NOT_FOUND),
    (InvalidTransition, REFUSALS_TEXT["transition"]),
    (CaseClosed, REFUSALS_TEXT["transition"]),
    (InvalidInput, REFUSALS_TEXT["input"]),
)


def rest_of(pressed: Callback) -> str:
    """The arguments after the case id (or page offset), as one string: a search query's colons made
    it several arguments, joined back here."""
    return SEPARATOR.join(pressed.args[1:])


def parse_press(update: Update, context: BotContext, user_id: int, data: str) -> tuple[str, CardPress]:
    pressed = CASE.unpack(data) or Callback("")
    number = pressed.int_arg()
    rest = rest_of(pressed)
    press = CardPress(
        update, context, actor_of(update, context, user_id), -1 if number is None else number, rest
    )
    return pressed.action, press


async def on_card_button(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    if not in_staff_chat(update, context):
        logger.warning("case button refused outside a staff chat")
        await query.answer(REFUSED, show_alert=True)
        return
    name, press = parse_press(update, context, user.id, query.data)
    action = CARD_ACTIONS.get(name)
    try:
        if action is None:
            raise InvalidInput("unknown card action")
        notice = await action(press)
    except (AccessDenied, CaseNotFound, InvalidTransition, CaseClosed, InvalidInput) as error:
        await query.answer(next(text for kind, text in REFUSALS if isinstance(error, kind)), show_alert=True)
        return
    await query.answer(notice or None)
    if name in CARD_CHANGES:
        await redraw_copy(press)


async def redraw_copy(press: CardPress) -> None:
    """The notifier redraws the case's card; a copy of it the officer pressed on is redrawn here."""
    pressed = press.message
    if pressed is None or card_ticket(pressed.text) is None:
        return  # a prompt, not a card
    detail = await press.context.services.cases.detail_for_operator(press.case_id)
    if pressed.message_id == detail.case.card_message_id:
        return
    view = await staff_view(press.context.services)
    try:
        await pressed.edit_text(
            card_text(detail.case, detail.attachments, view=view),
            parse_mode=ParseMode.HTML,
            reply_markup=card_keyboard(detail.case),
        )
    except BadRequest as error:
        logger.debug("could not redraw a card copy: %s", error)
