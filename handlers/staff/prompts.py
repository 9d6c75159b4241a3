"""What the staff chat asks before a decision the worker will read: the reason (saved or written), the
agency of a referral, the question for the complainant, and whether to take over a colleague's case.

A prompt is linked to its case with what it asks for (`LinkKind.REASON_PROMPT` / `QUESTION_PROMPT` and a
detail), so the officer's button press or written reply carries on from it, even after a restart.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.context import BotContext
from bot.referrals import ReferralAgency, referral_agencies
from handlers.callbacks import CASE
from handlers.case_notify import staff_view
from handlers.case_view import STATUS_CODES
from handlers.staff.common import reply
from handlers.staff.texts import (
    ASK_AGENCY,
    ASK_QUESTION,
    ASK_REASON,
    ASK_REASON_TAIL,
    ASK_TAKE_OVER,
    CONFIRM_URGENT,
    CONFIRM_URGENT_YES,
    WAIT_TITLES,
)
from storage.errors import InvalidTransition
from storage.models.cases import Case, CaseStatus, LinkKind, WaitingReason
from storage.services.cases import Outcome, StaffActor, question_detail
from storage.services.rules import can_transition

logger = logging.getLogger(__name__)

BUTTON_TEXT_LIMIT = 48
REFERRAL = "ref"
DECISION_CODES = ("done", "rej", REFERRAL)  # they ask for a reason first


@dataclass(frozen=True)
class CardPress:
    """A parsed press by `actor` (whose role and scope the case core re-checks)."""

    update: Update
    context: BotContext
    actor: StaffActor
    case_id: int
    arg: str

    @property
    def message(self) -> Message | None:
        query = self.update.callback_query
        pressed = query.message if query is not None else None
        return pressed if isinstance(pressed, Message) else None


def short(text: str, limit: int = BUTTON_TEXT_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def addressed(press: CardPress, html_text: str) -> str:
    """A prompt that mentions the officer who pressed: the selective reply field then opens for her only."""
    view = await staff_view(press.context.services)
    return f"{view.mention(press.actor.user_id)}: {html_text}"


async def ask_take_over(press: CardPress, assignee: int) -> str:
    detail = await press.context.services.cases.detail(press.actor, press.case_id)
    view = await staff_view(press.context.services)
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "Ya, ambil alih", callback_data=CASE.pack("take", press.case_id, assignee)
                ),
                InlineKeyboardButton("Batal", callback_data=CASE.pack("x", press.case_id)),
            ]
        ]
    )
    text = ASK_TAKE_OVER.format(ticket=html.escape(detail.case.ticket or ""), name=view.who(assignee))
    await reply(press.update, press.context, text, markup)
    return f"Sudah diambil {view.names.get(assignee) or f'petugas #{assignee}'}."


async def case_for_move(press: CardPress, status: CaseStatus | None = None) -> Case:
    """The case as the caller may see it; with `status`, refused early when the move is not possible."""
    case = (await press.context.services.cases.detail(press.actor, press.case_id)).case
    if status is not None and not can_transition(case.status, status):
        raise InvalidTransition(f"{case.status} -> {status}")
    return case


async def ask_question(press: CardPress, waiting: WaitingReason) -> str:
    """The question is written as a reply (to this prompt or to the card) or chosen from the saved
    replies; the link remembers the officer, so her reply to the card is taken as the question."""
    case = await case_for_move(press, CaseStatus.WAITING_FOR_COMPLAINANT)
    templates = press.context.services.config.staff.saved_replies
    rows = [
        [
            InlineKeyboardButton(
                short(f"{index + 1}. {t.title}"), callback_data=CASE.pack("ask", case.id, index)
            )
        ]
        for index, t in enumerate(templates)
    ]
    rows.append([InlineKeyboardButton("Batal", callback_data=CASE.pack("x", case.id))])
    prompt = await reply(
        press.update,
        press.context,
        await addressed(
            press,
            ASK_QUESTION.format(title=WAIT_TITLES[waiting.value], ticket=html.escape(case.ticket or "")),
        ),
        InlineKeyboardMarkup(rows),
    )
    if prompt is not None:
        detail = question_detail(waiting, press.actor.user_id)
        await press.context.services.cases.link_message(
            case.id, prompt.chat_id, prompt.message_id, LinkKind.QUESTION_PROMPT, detail
        )
    return "Tulis atau pilih pertanyaannya."


# Closing an urgent case is asked twice: the one-tap mistake would leave someone in danger without help.
URGENT_CONFIRM_CODES = frozenset({"done", "rej"})


async def ask_urgent_confirmation(press: CardPress, code: str, case: Case) -> str:
    rows = [
        [
            InlineKeyboardButton(CONFIRM_URGENT_YES, callback_data=CASE.pack("sure", case.id, code)),
            InlineKeyboardButton("Batal", callback_data=CASE.pack("x", case.id)),
        ]
    ]
    body = CONFIRM_URGENT[code].format(ticket=html.escape(case.ticket or ""))
    await reply(press.update, press.context, body, InlineKeyboardMarkup(rows))
    return "Kasus URGEN: konfirmasi dulu."


async def ask_agency(press: CardPress) -> str:
    case = await case_for_move(press, CaseStatus.REFERRED)
    rows = [
        [InlineKeyboardButton(short(agency.name), callback_data=CASE.pack("ag", case.id, index))]
        for index, agency in enumerate(agencies_for(press.context, case))
    ]
    rows.append([InlineKeyboardButton("Batal", callback_data=CASE.pack("x", case.id))])
    prompt = await reply(
        press.update,
        press.context,
        ASK_AGENCY.format(ticket=html.escape(case.ticket or "")),
        InlineKeyboardMarkup(rows),
    )
    if prompt is not None:
        await press.context.services.cases.link_message(
            case.id, prompt.chat_id, prompt.message_id, LinkKind.REASON_PROMPT, REFERRAL
        )
    return "Pilih instansinya."


def agencies_for(context: BotContext, case: Case) -> tuple[ReferralAgency, ...]:
    """The referral choices for this case: its destination's Indonesian missions first."""
    services = context.services
    return referral_agencies(services.config, services.destinations, case.country_code)


async def ask_reason(press: CardPress, code: str, agency: str | None) -> str:
    """Saved reasons as buttons, free text by replying; the prompt's link remembers what it is for."""
    status = STATUS_CODES[code][0]
    case = await case_for_move(press, status)
    reasons = press.context.services.config.staff.reasons.get(status.value, ())
    head = ASK_REASON[code].format(ticket=html.escape(case.ticket or ""), agency=html.escape(agency or ""))
    listing = "\n".join(f"{index + 1}. {html.escape(reason)}" for index, reason in enumerate(reasons))
    rows = [
        [
            InlineKeyboardButton(
                short(f"{index + 1}. {reason}"), callback_data=CASE.pack("why", case.id, index)
            )
        ]
        for index, reason in enumerate(reasons)
    ]
    rows.append([InlineKeyboardButton("Batal", callback_data=CASE.pack("x", case.id))])
    body = f"{head}\n{listing}\n\n{ASK_REASON_TAIL}" if listing else f"{head}\n\n{ASK_REASON_TAIL}"
    prompt = await reply(press.update, press.context, body, InlineKeyboardMarkup(rows))
    if prompt is not None:
        detail = code if agency is None else f"{code}|{agency}"
        await press.context.services.cases.link_message(
            case.id, prompt.chat_id, prompt.message_id, LinkKind.REASON_PROMPT, detail[:200]
        )
    return "Pilih atau tulis alasannya."


async def decide(
    context: BotContext, actor: StaffActor, case_id: int, code: str, reason: str, agency: str | None
) -> Outcome:
    status = STATUS_CODES[code][0]
    return await context.services.cases.set_status(actor, case_id, status, reason=reason, agency=agency)


async def close_prompt(press: CardPress, done: str) -> None:
    """A prompt that did its job loses its buttons and says what was chosen, so it cannot act twice."""
    pressed = press.message
    if pressed is None:
        return
    try:
        await pressed.edit_text(
            f"{pressed.text_html}\n\n<b>{done}</b>", parse_mode=ParseMode.HTML, reply_markup=None
        )
    except BadRequest as error:
        logger.debug("could not close a prompt: %s", error)
