"""Staff replies in the staff chat: to a card (a message for the complainant, or a note when it starts
with "!"), and to the bot's prompts (a note, a reason, an agency, a question for the complainant)."""

from __future__ import annotations

import html
import logging

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop

from bot.context import BotContext
from bot.telegram_notifier import notifier_of
from handlers.case_view import STATUS_CODES, card_ticket
from handlers.staff.common import actor_of, reply
from handlers.staff.prompts import DECISION_CODES, REFERRAL, CardPress, ask_reason
from handlers.staff.texts import CARD_NOT_LINKED, NOT_A_CARD, SENT_AS_QUESTION
from handlers.telegram_text import message_text
from storage.errors import AccessDenied, CaseClosed, CaseNotFound, InvalidInput, InvalidTransition
from storage.models.cases import CaseStatus, LinkKind
from storage.services.cases import LinkedCase, OpenQuestion, Outcome, StaffActor, parse_question_detail
from storage.update_keys import key_of

logger = logging.getLogger(__name__)

CARD_LINK_WAIT_SECONDS = 5.0


async def on_staff_reply(update: Update, context: BotContext) -> None:
    message, user = update.message, update.effective_user
    if message is None or user is None or message.reply_to_message is None:
        return
    actor = actor_of(update, context, user.id)
    try:
        linked = await replied_case(update, context, actor, message.reply_to_message)
    except AccessDenied:
        return  # a non-staff member of the staff group: nothing happens, and it is logged
    if linked is None:
        return
    body = message_text(message)
    if not body:
        await reply(update, context, "Hanya pesan teks yang diteruskan ke pelapor.")
        raise ApplicationHandlerStop
    try:
        await act_on_reply(update, context, actor, linked, body)
    except InvalidInput:
        await reply(update, context, "Pesan kosong (atau terlalu panjang) tidak dikirim.")
    except CaseClosed:
        await reply(update, context, "Data pelapor sudah dihapus; pesan tidak bisa dikirim.")
    except InvalidTransition:
        await reply(update, context, "Perubahan status itu tidak bisa dari status sekarang.")
    except CaseNotFound:
        await reply(update, context, "Kasus tidak ditemukan.")
    raise ApplicationHandlerStop


async def act_on_reply(
    update: Update, context: BotContext, actor: StaffActor, linked: LinkedCase, body: str
) -> None:
    cases, case = context.services.cases, linked.case
    ticket = html.escape(case.ticket or "")
    outcome: Outcome
    if linked.kind is LinkKind.NOTE_PROMPT or body.startswith("!"):
        outcome = await cases.add_note(actor, case.id, body.removeprefix("!"))
        await reply(update, context, f"📝 Catatan disimpan ({ticket}).")
    elif linked.kind is LinkKind.QUESTION_PROMPT:
        waiting, _ = parse_question_detail(linked.detail)
        outcome = await cases.set_status(
            actor, case.id, CaseStatus.WAITING_FOR_COMPLAINANT, waiting, question=body
        )
    elif linked.kind is LinkKind.REASON_PROMPT:
        code, _, agency = (linked.detail or "").partition("|")
        if code == REFERRAL and not agency:
            # The agency was typed: now the reason for the referral.
            press = CardPress(update, context, actor, case.id, "")
            await ask_reason(press, REFERRAL, body.strip()[:150])
            return
        if code not in DECISION_CODES:
            raise InvalidInput("unknown decision")
        outcome = await cases.set_status(
            actor, case.id, STATUS_CODES[code][0], reason=body, agency=agency or None
        )
    elif (question := await cases.open_question(actor, case.id)) is not None:
        # She pressed "Tunggu pelapor" and then replied to the card, not to the prompt: this is her question.
        outcome = await cases.set_status(
            actor, case.id, CaseStatus.WAITING_FOR_COMPLAINANT, question.waiting, question=body
        )
        await close_question_prompt(context, question)
        await reply(update, context, SENT_AS_QUESTION.format(ticket=ticket))
    else:
        outcome = await cases.staff_reply(actor, case.id, body, update_key=key_of(update))
        if outcome.duplicate:
            return
    await notifier_of(context).publish(outcome.events)


async def close_question_prompt(context: BotContext, question: OpenQuestion) -> None:
    """The prompt's buttons go, so a saved question cannot be sent after the written one."""
    try:
        await context.bot.edit_message_reply_markup(question.chat_id, question.message_id, reply_markup=None)
    except BadRequest as error:
        logger.debug("could not close a question prompt: %s", error)


async def replied_case(
    update: Update, context: BotContext, actor: StaffActor, replied: Message
) -> LinkedCase | None:
    """The case of the bot message a staff member replied to. A reply meant for a complainant is never
    dropped silently: when the bot's message is not a case message, the staff member is told so."""
    cases = context.services.cases
    linked = await cases.case_for_staff_message(actor, replied.chat_id, replied.message_id)
    if linked is not None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return linked  # None here: staff replying to each other, not to the bot
    ticket = card_ticket(replied.text)
    if ticket is None:
        await reply(update, context, NOT_A_CARD)
        return None
    # Cards are posted while other chats' updates are handled; this card's id may not be recorded yet.
    linked = await cases.case_for_staff_message(
        actor, replied.chat_id, replied.message_id, wait_seconds=CARD_LINK_WAIT_SECONDS
    )
    if linked is None:
        logger.warning("reply to an unlinked card not delivered")
        await reply(update, context, CARD_NOT_LINKED.format(ticket=html.escape(ticket)))
    return linked
