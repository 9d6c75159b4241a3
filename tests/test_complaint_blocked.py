"""A complainant who blocks the bot: their open cases become unreachable at once and staff are told."""

from __future__ import annotations

from typing import Any

from telegram import Update

from storage.models.cases import CaseStatus, LinkKind
from tests.bot_fixtures import BOT_USER, OfflineBot
from tests.complaint_helpers import ADMIN, OFFICER, STAFF_CHAT
from tests.storage_fixtures import walk_draft

USER = 7200


def member_update(update_id: int, old: str, new: str) -> dict[str, Any]:
    user = {"id": USER, "is_bot": False, "first_name": "Siti"}
    return {
        "update_id": update_id,
        "my_chat_member": {
            "chat": {"id": USER, "type": "private", "first_name": "Siti"},
            "from": user,
            "date": 0,
            "old_chat_member": {"status": old, "user": BOT_USER},
            "new_chat_member": {"status": new, "user": BOT_USER, "until_date": 0},
        },
    }


async def test_blocking_the_bot_marks_open_cases_unreachable(
    offline_case_bot: OfflineBot,
) -> None:
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    cases = []
    for _ in range(2):
        await walk_draft(services.intake, USER)
        cases.append((await services.intake.file(USER, update_key=None, complainant_name="Siti")).case)
    for case in cases:
        await services.cases.link_message(case.id, STAFF_CHAT, 70 + case.id, LinkKind.CARD)
    await services.cases.set_status(OFFICER, cases[1].id, CaseStatus.REJECTED, reason="ganda")
    await application.process_update(Update.de_json(member_update(1, "member", "kicked"), application.bot))
    open_case = (await services.cases.detail(ADMIN, cases[0].id)).case
    closed_case = (await services.cases.detail(ADMIN, cases[1].id)).case
    assert open_case.unreachable_since is not None
    assert closed_case.unreachable_since is None
    notices = [p for p in request.sent() if p.get("chat_id") == STAFF_CHAT]
    assert len(notices) == 1
    assert "memblokir bot" in str(notices[0]["text"])
    assert all(params.get("chat_id") != USER for params in request.sent())
