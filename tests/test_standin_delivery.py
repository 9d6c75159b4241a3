"""The stand-in says why it could not deliver an update to the bot's webhook, and when it gave up on one,
instead of leaving the rehearsing operator to guess; a webhook set again takes the undelivered updates over,
as Telegram's does."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from bot.__main__ import main
from bot.config import AppConfig
from bot.run import running_webhook_bot
from bot.standin import BotApiStandIn
from bot.standin.control import StandInControl
from bot.standin.http import HttpRequest
from bot.standin.webhook import WebhookDelivery
from tests.cluster_helpers import WEBHOOK_SECRET, webhook_config


async def _say(control: StandInControl, user: int, text: str, wait: float) -> dict[str, Any]:
    body = json.dumps({"user": user, "text": text, "wait": wait}).encode()
    response = await control.handle(HttpRequest("POST", "/standin/say", {}, body))
    assert response.status == 200
    answer: dict[str, Any] = json.loads(response.body)
    return answer


async def test_a_message_refused_for_its_secret_is_said_and_delivered_once_the_webhook_is_set_right(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    config = webhook_config(standin_config)
    url = config.webhook.public_url
    assert url is not None
    control = StandInControl(standin)
    async with running_webhook_bot(config) as instance:
        # As a stale instance elsewhere would: the webhook now carries another secret.
        await instance.app.bot.set_webhook(url, secret_token="stale-secret-xyz")
        refused = await _say(control, 4001, "apa itu P3MI", wait=1)
        assert refused["replies"] == []
        assert f"{url} answered HTTP 401" in refused["undelivered"]
        assert "another TELEGRAM_WEBHOOK_SECRET" in refused["undelivered"]
        assert "stale-secret-xyz" not in json.dumps(refused)
        standin.mark_read(4001)
        await instance.app.bot.set_webhook(url, secret_token=WEBHOOK_SECRET)
        (reply,) = await standin.wait_for_bot_messages(4001, timeout=10)
        assert reply.plain_text


async def test_an_update_refused_too_long_is_given_up_and_said(caplog: pytest.LogCaptureFixture) -> None:
    lines: list[tuple[int, str]] = []
    delivery = WebhookDelivery(
        ["http://127.0.0.1:9/telegram/webhook"],
        "secret",
        give_up_after=0.3,
        on_trouble=lambda chat, line: lines.append((chat, line)),
    )
    try:
        delivery.deliver(4001, {"update_id": 77, "message": {"chat": {"id": 4001}}})
        for _ in range(50):
            if len(lines) == 2:
                break
            await asyncio.sleep(0.1)
    finally:
        await delivery.close()
    (chat, first), (_, last) = lines
    assert chat == 4001
    assert first.startswith("refused update 77: http://127.0.0.1:9/telegram/webhook answered ConnectError")
    assert last.startswith("gave up on update 77 after ")
    assert "it is lost" in last
    assert delivery.pending == 0
    assert delivery.trouble(4001) == last


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (
            {"replies": [], "also": [], "undelivered": "refused update 5: http://x answered HTTP 401"},
            "the stand-in could not deliver it: refused update 5: http://x answered HTTP 401",
        ),
        ({"replies": [], "also": []}, "is a bot running against this stand-in?"),
    ],
)
def test_say_exits_1_saying_why_when_no_reply_came(
    answer: dict[str, Any], said: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def answered(_port: int, _action: str, _body: dict[str, Any]) -> dict[str, Any]:
        return answer

    monkeypatch.setattr("bot.cli_standin.standin_action", answered)
    assert main(["standin", "say", "--wait", "1", "4001", "apa itu P3MI"]) == 1
    assert said in capsys.readouterr().out
