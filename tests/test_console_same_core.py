"""Two front ends, one case core: the same decision taken in the browser console and in the Telegram staff
chat writes the same trail and sends the worker the same message."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from bot.web import secret_key
from handlers.web.common import SESSION_COOKIE, cookie_signer
from tests.bot_fixtures import with_api
from tests.complaint_helpers import OFFICER, STAFF_CHAT, file_report, next_message, prepare_chats
from tests.console_helpers import console_config

REASON = "Majikan di luar negeri bukan P3MI"
Decide = Callable[[BotApplication, BotApiStandIn, AppConfig, SentMessage, int], Awaitable[None]]


@pytest.fixture
def case_config(tmp_path: Path) -> AppConfig:
    return console_config(tmp_path)


@pytest.fixture
async def console_bot(case_config: AppConfig, standin: BotApiStandIn) -> AsyncIterator[BotApplication]:
    prepare_chats(standin)
    async with running_bot(with_api(case_config, standin)) as app:
        yield app


async def in_console(
    app: BotApplication, api: BotApiStandIn, config: AppConfig, card: SentMessage, case_id: int
) -> None:
    services: Services = app.bot_data["services"]
    token = await services.console.issue_link_token(OFFICER)
    opened = await services.console.redeem(token)
    cookie = cookie_signer(secret_key(config)).dumps(opened.session_id)
    async with httpx.AsyncClient(base_url=config.web.public_url, cookies={SESSION_COOKIE: cookie}) as client:
        response = await client.post(
            f"/kasus/{case_id}/status",
            data={"csrf": opened.signed_in.csrf_token, "status": "rejected", "reason_text": REASON},
        )
    assert response.status_code == 303
    assert "ok=1" in response.headers["location"]


async def in_telegram(
    app: BotApplication, api: BotApiStandIn, config: AppConfig, card: SentMessage, case_id: int
) -> None:
    officer = api.private_user(OFFICER, "Petugas")
    await api.press_button(officer, card, "⛔ Tolak")
    await api.wait_until(
        lambda: any(
            "Tolak" in m.plain_text and "alasan" in m.plain_text for m in api.bot_messages(STAFF_CHAT)
        )
    )
    prompt = next(
        m for m in api.bot_messages(STAFF_CHAT) if "Tolak" in m.plain_text and "alasan" in m.plain_text
    )
    await api.send_text(officer, REASON, chat_id=STAFF_CHAT, reply_to=prompt)


FRONT_ENDS: dict[str, Decide] = {"console": in_console, "telegram": in_telegram}


async def test_a_decision_in_either_front_end_has_the_same_effect(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    results: dict[str, tuple[list[tuple[str, str | None, str | None, int | None]], str]] = {}
    for index, (name, decide) in enumerate(FRONT_ENDS.items()):
        worker: StandInUser = standin.private_user(4500 + index, "Wati")
        await file_report(standin, worker)
        await standin.wait_until(
            lambda cards=index + 1: (
                sum(m.plain_text.startswith("📁") for m in standin.bot_messages(STAFF_CHAT)) == cards
            )
        )
        card = [m for m in standin.bot_messages(STAFF_CHAT) if m.plain_text.startswith("📁")][-1]
        case_id = index + 1
        ticket = (await services.cases.detail(OFFICER, case_id)).case.ticket or ""
        standin.mark_read(worker.id)
        await decide(console_bot, standin, case_config, card, case_id)
        push = await next_message(standin, worker.id)
        detail = await services.cases.detail(OFFICER, case_id)
        trail = [
            (event.kind.value, event.detail, event.text, event.actor_user_id)
            for event in detail.events
            if event.kind.value != "created"
        ]
        results[name] = (trail, push.plain_text.replace(ticket, "TICKET"))
        await standin.wait_until(
            lambda card=card: (
                "Ditolak"
                in next(
                    m for m in standin.bot_messages(STAFF_CHAT) if m.message_id == card.message_id
                ).plain_text
            )
        )
    assert results["console"] == results["telegram"]
    trail, push = results["console"]
    assert trail == [
        ("status_changed", "new -> rejected", REASON, OFFICER),
        ("claimed", f"- -> {OFFICER}", None, OFFICER),  # deciding on an unassigned case is handling it
    ]
    assert REASON in push


async def console_post(
    app: BotApplication, config: AppConfig, path: str, data: dict[str, str]
) -> httpx.Response:
    services: Services = app.bot_data["services"]
    token = await services.console.issue_link_token(OFFICER)
    opened = await services.console.redeem(token)
    cookie = cookie_signer(secret_key(config)).dumps(opened.session_id)
    async with httpx.AsyncClient(base_url=config.web.public_url, cookies={SESSION_COOKIE: cookie}) as client:
        return await client.post(path, data={"csrf": opened.signed_in.csrf_token, **data})


async def test_a_console_reply_claims_the_unclaimed_case(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    worker = standin.private_user(4600, "Wati")
    await file_report(standin, worker)
    standin.mark_read(worker.id)
    response = await console_post(
        console_bot, case_config, "/kasus/1/balas", {"text": "Diterima, sedang dicek"}
    )
    assert response.status_code == 303
    assert "Diterima, sedang dicek" in (await next_message(standin, worker.id)).plain_text
    case = (await services.cases.detail(OFFICER, 1)).case
    assert case.assigned_to == OFFICER  # in her "milik saya", and the card names her
    assert case.status.value == "in_progress"


async def test_a_saved_reason_of_another_status_is_refused_and_free_text_is_not(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    resolved_reason = case_config.staff.reasons["resolved"][-1]
    worker = standin.private_user(4601, "Wati")
    await file_report(standin, worker)
    told_before = len(standin.bot_messages(worker.id))
    refused = await console_post(
        console_bot, case_config, "/kasus/1/status", {"status": "rejected", "reason_text": resolved_reason}
    )
    assert "ok=1" not in refused.headers.get("location", "")
    assert (await services.cases.detail(OFFICER, 1)).case.status.value == "new"
    assert len(standin.bot_messages(worker.id)) == told_before  # the worker was told nothing
    accepted = await console_post(
        console_bot, case_config, "/kasus/1/status", {"status": "rejected", "reason_text": REASON}
    )
    assert "ok=1" in accepted.headers["location"]
    assert (await services.cases.detail(OFFICER, 1)).case.status.value == "rejected"
