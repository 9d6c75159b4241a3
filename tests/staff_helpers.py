# The helpers take `timeout=` like the stand-in's wait_* helpers.
# ruff: noqa: ASYNC109
"""Set-up shared by the staff flow's end-to-end tests: staff members with names, and reading the staff
chat of the Bot API stand-in (cards, the card as it reads now, the first message that matches)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.config import AppConfig, StaffMember
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from tests.complaint_helpers import (
    ADMIN,
    OFFICER,
    PROVINCE_OFFICER,
    STAFF_CHAT,
    complaint_config,
    file_report,
)


def named_staff_config(tmp_path: Path, complaint_settings: dict[str, Any], *more: StaffMember) -> AppConfig:
    """The complaint test config with its staff named (as the cards and lists show them), and `more`."""
    config = complaint_config(tmp_path, **complaint_settings)
    members = (
        StaffMember(user_id=ADMIN, role="admin", name="Admin Budi"),
        StaffMember(user_id=OFFICER, role="officer", name="Ratna"),
        *more,
        StaffMember(user_id=PROVINCE_OFFICER, role="officer", name="Nia", province="Nusa Tenggara Barat"),
    )
    return config.model_copy(update={"staff": config.staff.model_copy(update={"members": members})})


async def wait_for(
    api: BotApiStandIn, chat_id: int, predicate: Callable[[SentMessage], bool], timeout: float = 10.0
) -> SentMessage:
    """The first bot message in the chat (old or new) that matches, waiting for it."""
    await api.wait_until(lambda: any(predicate(m) for m in api.bot_messages(chat_id)), timeout)
    return next(m for m in api.bot_messages(chat_id) if predicate(m))


def cards(api: BotApiStandIn) -> list[SentMessage]:
    return [m for m in api.bot_messages(STAFF_CHAT) if m.plain_text.startswith("📁")]


async def filed_with_card(api: BotApiStandIn, user: StandInUser, **answers: str | None) -> SentMessage:
    """File a report and return its card: the newest card in the staff chat once it arrives."""
    cards_before = len(cards(api))
    await file_report(api, user, **answers)
    await api.wait_until(lambda: len(cards(api)) > cards_before, 10.0)
    return cards(api)[-1]


def card_now(api: BotApiStandIn, card: SentMessage) -> str:
    """The card's text as it reads now (it is edited in place as the case moves)."""
    return next(m for m in api.bot_messages(STAFF_CHAT) if m.message_id == card.message_id).plain_text
