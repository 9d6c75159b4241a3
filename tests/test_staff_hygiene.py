"""Staff group hygiene: the bot follows joins in staff chats and compares the member count with the staff
it finds; when someone who is not staff may be present the admins are warned and cards there become
summaries with a console link; start-up says when the bot is not an administrator of a staff chat."""

from __future__ import annotations

import logging

import pytest

from bot.config import AppConfig
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from tests.bot_fixtures import with_api
from tests.complaint_helpers import ADMIN, STAFF_CHAT, file_report, next_message, prepare_chats

STORY = "Majikan menahan paspor saya di Riyadh."


def card_count(api: BotApiStandIn) -> int:
    return sum(m.plain_text.startswith("📁") for m in api.bot_messages(STAFF_CHAT))


def card_of(api: BotApiStandIn, index: int) -> str:
    cards = [m.plain_text for m in api.bot_messages(STAFF_CHAT) if m.plain_text.startswith("📁")]
    return cards[index]


async def test_a_stranger_joining_turns_cards_into_summaries_and_warns_admins(
    standin: BotApiStandIn, case_config: AppConfig
) -> None:
    admin, officer = prepare_chats(standin)
    standin.set_member(STAFF_CHAT, standin.bot_user, "administrator")
    standin.set_member(STAFF_CHAT, admin, "administrator")
    standin.set_member(STAFF_CHAT, officer)
    async with running_bot(with_api(case_config, standin)) as app:
        services: Services = app.bot_data["services"]
        assert services.exposed_staff_chats == set()
        first = standin.private_user(4701, "Siti")
        await file_report(standin, first, story=STORY)
        await standin.wait_until(
            lambda: any(m.plain_text.startswith("📁") for m in standin.bot_messages(STAFF_CHAT))
        )
        assert STORY in card_of(standin, 0)

        standin.mark_read(ADMIN)
        stranger = standin.private_user(4799, "Orang Luar")
        await standin.member_joins(STAFF_CHAT, stranger, by=officer)
        warning = await next_message(standin, ADMIN)
        assert "bukan petugas" in warning.plain_text
        assert STAFF_CHAT in services.exposed_staff_chats

        second = standin.private_user(4702, "Wati")
        await file_report(standin, second, story=STORY)
        await standin.wait_until(lambda: card_count(standin) == 2)
        summary = card_of(standin, 1)
        assert "Buka di konsol" in summary
        assert f"{case_config.web.public_url}/kasus/2" in summary
        for personal in (STORY, "Wati", "PT Maju Jaya"):
            assert personal not in summary


async def test_more_members_than_known_staff_is_caught_at_start_up(
    standin: BotApiStandIn, case_config: AppConfig
) -> None:
    _, officer = prepare_chats(standin)
    standin.set_member(STAFF_CHAT, standin.bot_user, "administrator")
    standin.set_member(STAFF_CHAT, officer)
    standin.set_member(STAFF_CHAT, standin.private_user(4798, "Tamu"))  # joined while the bot was away
    async with running_bot(with_api(case_config, standin)) as app:
        services: Services = app.bot_data["services"]
        assert STAFF_CHAT in services.exposed_staff_chats
        assert "bukan petugas" in (await next_message(standin, ADMIN)).plain_text


async def test_start_up_says_when_the_bot_is_not_an_administrator(
    standin: BotApiStandIn, case_config: AppConfig, caplog: pytest.LogCaptureFixture
) -> None:
    prepare_chats(standin)
    with caplog.at_level(logging.WARNING, logger="handlers.staff_hygiene"):
        async with running_bot(with_api(case_config, standin)) as app:
            services: Services = app.bot_data["services"]
            assert services.exposed_staff_chats == set()
    assert any(
        "not an administrator of staff chat" in record.getMessage() and str(STAFF_CHAT) in record.getMessage()
        for record in caplog.records
    )
