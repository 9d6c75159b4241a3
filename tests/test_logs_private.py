"""The logs of a whole conversation hold no chat id, user id, name, phone number or message text, and an
expected Telegram or network failure is one line with its class and reason, not a traceback.

The real application long-polls the Bot API stand-in, or serves its webhook (the shared inbox, the chat
worker); the stand-in refuses or fails some of its sends."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

from bot.config import AppConfig
from bot.run import running_bot, running_webhook_bot
from bot.standin import BotApiStandIn
from tests.bot_fixtures import with_api
from tests.cluster_helpers import webhook_config
from tests.complaint_helpers import (
    STAFF_CHAT,
    file_report,
    next_message,
    next_question,
    prepare_chats,
    replies_to,
)

HER_ID = 4_242_421
HER_NAME = "Sulastri"
HER_SURNAME = "Wahyuningsih"
PHONE = "+6281234567890"
STORY = "Majikan Bu Sulastri menahan paspor di Johor sejak Maret"
QUESTION = "bagaimana cara cek agensi resmi"
PRIVATE = (str(HER_ID), HER_NAME, HER_SURNAME, PHONE, "81234567890", "paspor", "Johor", "cek agensi")


def leaks(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every logged line (tracebacks included) that shows something of hers."""
    lines = caplog.text.splitlines()
    return [line for line in lines if any(word.lower() in line.lower() for word in PRIVATE)]


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.WARNING, logger="httpx")  # as `bot.__main__` sets it: its lines hold the token
    return caplog


@pytest.fixture(params=["polling", "webhook"])
async def serving(
    request: pytest.FixtureRequest, case_config: AppConfig, standin: BotApiStandIn
) -> AsyncIterator[None]:
    prepare_chats(standin)
    config = with_api(case_config, standin)
    if request.param == "polling":
        async with running_bot(config):
            yield
    else:
        async with running_webhook_bot(webhook_config(config)):
            yield


async def test_a_conversation_with_failures_logs_nothing_of_hers(
    logs: pytest.LogCaptureFixture, standin: BotApiStandIn, serving: None
) -> None:
    her = standin.private_user(HER_ID, HER_NAME, "id", last_name=HER_SURNAME, username="sulastri_jb")
    assert await replies_to(standin, her, QUESTION)
    received = await file_report(standin, her, phone=PHONE, story=STORY, country="Malaysia")
    assert "Laporan diterima" in received
    await next_message(standin, STAFF_CHAT)  # the card
    # Telegram fails: a server error past every retry, then a refusal of the reply itself.
    standin.fail_next("sendMessage", 502, times=2)
    await standin.send_text(her, QUESTION)
    await standin.send_text(her, "/start")
    await next_question(standin, her.id, "Halo", timeout=30)
    standin.fail_next("sendMessage", 400, description="Bad Request: chat not found", times=2)
    await standin.send_text(her, QUESTION)
    await standin.send_text(her, "/start")
    await next_question(standin, her.id, "Halo", timeout=30)
    assert leaks(logs) == []
    failures = [r for r in logs.records if r.name == "handlers.errors"]
    assert len(failures) >= 2
    for record in failures:
        assert record.exc_info is None, record.getMessage()
        assert "\n" not in record.getMessage()
    assert any("NetworkError" in r.getMessage() or "TimedOut" in r.getMessage() for r in failures)
    assert any("BadRequest: Chat not found" in r.getMessage() for r in failures)
