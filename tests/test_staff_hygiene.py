"""Staff group hygiene: the bot follows joins in staff chats and compares the member count with the staff
it finds; when someone who is not staff may be present the admins are warned and cards there become
summaries with a console link; start-up says when the bot is not an administrator of a staff chat."""

from __future__ import annotations

import logging

import pytest
from prometheus_client import REGISTRY

from bot.config import AppConfig
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from storage.db import Database
from storage.services.staff_chats import ExposedStaffChats
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
        assert await services.exposed_staff_chats.all() == set()
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
        assert await services.exposed_staff_chats.is_exposed(STAFF_CHAT)

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
        assert await services.exposed_staff_chats.is_exposed(STAFF_CHAT)
        assert "bukan petugas" in (await next_message(standin, ADMIN)).plain_text


async def test_start_up_says_when_the_bot_is_not_an_administrator(
    standin: BotApiStandIn, case_config: AppConfig, caplog: pytest.LogCaptureFixture
) -> None:
    prepare_chats(standin)
    with caplog.at_level(logging.WARNING, logger="handlers.staff_hygiene"):
        async with running_bot(with_api(case_config, standin)) as app:
            services: Services = app.bot_data["services"]
            assert await services.exposed_staff_chats.all() == set()
    assert any(
        "not an administrator of staff chat" in record.getMessage() and str(STAFF_CHAT) in record.getMessage()
        for record in caplog.records
    )


async def test_start_up_says_what_to_do_when_the_staff_chat_cannot_be_read(
    standin: BotApiStandIn, case_config: AppConfig, caplog: pytest.LogCaptureFixture
) -> None:
    """The bot is not in the group yet (or the id is wrong): the warning says what to do, and the failed
    membership check, not being a send, leaves the failed-sends counter alone."""
    standin.private_user(ADMIN, "Admin")  # no staff group known to Telegram
    failed_before = _failed_sends()
    with caplog.at_level(logging.WARNING, logger="handlers.staff_hygiene"):
        async with running_bot(with_api(case_config, standin)):
            pass
    warnings = [record.getMessage() for record in caplog.records]
    (warning,) = [line for line in warnings if f"staff chat {STAFF_CHAT}: cannot read" in line]
    assert "chat not found" in warning.lower()
    assert "add the bot to that group as an administrator" in warning
    assert "STAFF_CHAT_ID" in warning
    assert "getChatMember" in standin.calls
    assert _failed_sends() == failed_before


def _failed_sends() -> float:
    return sum(
        sample.value
        for metric in REGISTRY.collect()
        if metric.name == "migrasi_messages_failed"
        for sample in metric.samples
        if sample.name == "migrasi_messages_failed_total"
    )


async def test_a_restart_keeps_the_summaries_and_does_not_warn_again(
    standin: BotApiStandIn, case_config: AppConfig
) -> None:
    admin, officer = prepare_chats(standin)
    standin.set_member(STAFF_CHAT, standin.bot_user, "administrator")
    standin.set_member(STAFF_CHAT, admin, "administrator")
    standin.set_member(STAFF_CHAT, officer)
    config = with_api(case_config, standin)
    async with running_bot(config):
        standin.mark_read(ADMIN)
        await standin.member_joins(STAFF_CHAT, standin.private_user(4799, "Orang Luar"), by=officer)
        assert "bukan petugas" in (await next_message(standin, ADMIN)).plain_text
    warnings_before = sum("bukan petugas" in m.plain_text for m in standin.bot_messages(ADMIN))

    # The same database, a new process: the first card after the restart is already a summary.
    async with running_bot(config) as app:
        services: Services = app.bot_data["services"]
        assert await services.exposed_staff_chats.is_exposed(STAFF_CHAT)
        await file_report(standin, standin.private_user(4703, "Wati"), story=STORY)
        await standin.wait_until(lambda: card_count(standin) == 1)
        summary = card_of(standin, 0)
        assert "Buka di konsol" in summary
        assert STORY not in summary
        assert "Wati" not in summary
    assert sum("bukan petugas" in m.plain_text for m in standin.bot_messages(ADMIN)) == warnings_before


async def test_only_known_staff_again_clears_the_mark(standin: BotApiStandIn, case_config: AppConfig) -> None:
    _, officer = prepare_chats(standin)
    standin.set_member(STAFF_CHAT, standin.bot_user, "administrator")
    standin.set_member(STAFF_CHAT, officer)
    guest = standin.private_user(4798, "Tamu")
    standin.set_member(STAFF_CHAT, guest)
    config = with_api(case_config, standin)
    async with running_bot(config) as app:
        services: Services = app.bot_data["services"]
        assert await services.exposed_staff_chats.is_exposed(STAFF_CHAT)
    standin.set_member(STAFF_CHAT, guest, "left")
    async with running_bot(config) as app:
        services = app.bot_data["services"]
        assert await services.exposed_staff_chats.all() == set()


async def test_marks_are_stored_once_and_cleared(database: Database) -> None:
    chats = ExposedStaffChats(database)
    assert await chats.mark(-100, "3 anggota, 1 petugas dikenal + bot")
    assert not await chats.mark(-100, "lagi")
    assert await chats.mark(-200, "x" * 500)  # a long reason is cut, not refused
    assert await chats.all() == {-100, -200}
    assert await ExposedStaffChats(database).is_exposed(-100)
    assert await chats.clear(-100)
    assert not await chats.clear(-100)
    assert not await chats.is_exposed(-100)
    assert await chats.all() == {-200}
