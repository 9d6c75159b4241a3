"""A staff reply to a case card is never dropped silently: a card whose message id is not recorded yet (its
post runs concurrently, for another chat's update) is waited for; when it never is, or the replied message
is no case card at all, the staff member is told the reply did not reach the complainant."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from handlers.staff import replies as staff
from storage.models.cases import Case, LinkKind
from tests.bot_fixtures import BOT_USER, OfflineBot
from tests.complaint_helpers import ADMIN, OFFICER, STAFF_CHAT
from tests.storage_fixtures import walk_draft

USER = 7300
CARD_ID = 88
STAFF_GROUP = {"id": STAFF_CHAT, "type": "supergroup", "title": "Petugas"}


def staff_reply(text: str, replied_text: str, replied_from: dict[str, Any] = BOT_USER) -> dict[str, Any]:
    return {
        "message": {
            "message_id": 500,
            "date": 0,
            "chat": STAFF_GROUP,
            "from": {"id": OFFICER, "is_bot": False, "first_name": "Petugas"},
            "text": text,
            "reply_to_message": {
                "message_id": CARD_ID,
                "date": 0,
                "chat": STAFF_GROUP,
                "from": replied_from,
                "text": replied_text,
            },
        }
    }


async def filed_case(bot: OfflineBot) -> Case:
    await walk_draft(bot.services.intake, USER)
    return (await bot.services.intake.file(USER, update_key=None, complainant_name="Siti")).case


def card_text(case: Case) -> str:
    return f"📁 {case.ticket} · ⚪ normal · 🆕 Baru\nPetugas: belum ada"


def staff_chat_texts(bot: OfflineBot) -> list[str]:
    return [str(p.get("text")) for p in bot.request.sent() if p.get("chat_id") == STAFF_CHAT]


async def test_a_reply_that_overtakes_the_card_link_is_delivered_once_linked(
    offline_case_bot: OfflineBot,
) -> None:
    bot = offline_case_bot
    case = await filed_case(bot)

    async def link_card_later() -> None:
        await asyncio.sleep(0.5)
        await bot.services.cases.link_message(case.id, STAFF_CHAT, CARD_ID, LinkKind.CARD)

    linking = asyncio.create_task(link_card_later())
    await bot.process(staff_reply("Halo, kami bantu", card_text(case)))
    await linking
    to_user = [p for p in bot.request.sent() if p.get("chat_id") == USER]
    assert any("Halo, kami bantu" in str(p.get("text")) for p in to_user)
    assert any("Terkirim ke pelapor" in text for text in staff_chat_texts(bot))
    messages = (await bot.services.cases.detail(ADMIN, case.id)).messages
    assert [m.text for m in messages] == ["Halo, kami bantu"]


async def test_a_reply_to_a_card_never_linked_is_reported_as_not_delivered(
    offline_case_bot: OfflineBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(staff, "CARD_LINK_WAIT_SECONDS", 0.3)
    bot = offline_case_bot
    case = await filed_case(bot)
    await bot.process(staff_reply("Halo, kami bantu", card_text(case)))
    (notice,) = staff_chat_texts(bot)
    assert "tidak terkirim" in notice
    assert str(case.ticket) in notice
    assert all(p.get("chat_id") != USER for p in bot.request.sent())
    assert (await bot.services.cases.detail(ADMIN, case.id)).messages == []


async def test_a_reply_to_another_bot_message_is_told_it_went_nowhere(offline_case_bot: OfflineBot) -> None:
    bot = offline_case_bot
    await filed_case(bot)
    await bot.process(staff_reply("Halo", "📊 Statistik: 1 laporan"))
    (notice,) = staff_chat_texts(bot)
    assert "tidak diteruskan" in notice


async def test_staff_replying_to_each_other_get_no_answer_from_the_bot(offline_case_bot: OfflineBot) -> None:
    bot = offline_case_bot
    case = await filed_case(bot)
    colleague = {"id": ADMIN, "is_bot": False, "first_name": "Admin"}
    await bot.process(staff_reply("Siap, saya ambil", card_text(case), replied_from=colleague))
    assert bot.request.sent() == []
