"""What a report needs once the complainant has her ticket, and she does not wait for: the card in the staff
chat and taking the buttons off the summary she confirmed.

With chats handled concurrently (`bot.updates.PerChatUpdateProcessor`) this leaves her chat's turn and its
slot and runs a few cases at a time in the background, so the tickets and questions other people wait for
go out first. The case's POST_CARD timer, written with the case, posts the card if the process ends before
it is done. Handling one update at a time, it is done in place, before the update counts as handled.
"""

from __future__ import annotations

import asyncio
import logging

from bot.context import BotContext
from handlers.case_notify import post_card
from handlers.complaint_io import drop_message_buttons
from storage.models.cases import Case

logger = logging.getLogger(__name__)

# Cards posted at once in the background: fewer than the update slots, so replies come first, but enough
# that the cards do not fall behind. With 300 complainants confirming at once (durability benchmark), 8
# kept up with the tickets as 32 did, and the tickets came sooner (confirmation to ticket p95 about 3.0 s
# against 3.3-4.4 s on a loaded machine); with 4 the last card reached staff seconds after the last ticket.
CONCURRENCY = 8
_TURNS_KEY = "after_reply_turns"


async def after_reply(context: BotContext, case: Case, summary: object | None = None) -> None:
    """Post the case's card (unless it is posted) and take the buttons off `summary`, if given."""
    if context.application.update_processor.max_concurrent_updates <= 1:
        await _finish(context, case, summary, None)
        return
    turns = context.bot_data.get(_TURNS_KEY)
    if not isinstance(turns, asyncio.Semaphore):
        turns = context.bot_data[_TURNS_KEY] = asyncio.Semaphore(CONCURRENCY)
    # Awaited by the application's stop(), so a clean shutdown still posts it.
    context.application.create_task(_in_background(context, case, summary, turns), name="after-reply")


async def _in_background(
    context: BotContext, case: Case, summary: object | None, turns: asyncio.Semaphore
) -> None:
    try:
        await _finish(context, case, summary, turns)
    except Exception as exc:  # not her update's error any more: the card's timer retries it
        logger.error("case %s: work after the reply failed (%s)", case.ticket, type(exc).__name__)


async def _finish(
    context: BotContext, case: Case, summary: object | None, turns: asyncio.Semaphore | None
) -> None:
    if case.card_message_id is None:
        await post_card(context.bot, context.services, case, turn=turns)
    if summary is not None:
        await drop_message_buttons(summary)
