"""What an operator sees: `/metrics` counts what the bot really sends (a reply raises
`migrasi_messages_sent_total`, a refused send `migrasi_messages_failed_total` under its reason), and
`/readyz` probes leave the log quiet."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import httpx
import pytest
from prometheus_client import REGISTRY
from telegram.request import BaseRequest

from bot.config import AppConfig, load_config
from bot.metered_request import MeteredRequest, failure_reason, send_method
from bot.run import running_webhook_bot
from bot.standin import BotApiStandIn
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN, with_api
from tests.cluster_helpers import webhook_config


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_a_reply_is_counted_as_sent_and_shows_on_metrics(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    user = standin.private_user(1001)
    config = webhook_config(standin_config)
    before = _sample("migrasi_messages_sent_total", method="sendMessage")
    async with running_webhook_bot(config) as _instance, httpx.AsyncClient() as client:
        await standin.send_text(user, "/start")
        replies = await standin.wait_for_bot_messages(1001, timeout=10)
        page = (await client.get(f"http://127.0.0.1:{config.webhook.listen_port}/metrics")).text
    assert _sample("migrasi_messages_sent_total", method="sendMessage") >= before + len(replies) > before
    assert 'migrasi_messages_sent_total{method="sendMessage"}' in page


async def test_a_send_to_a_user_who_blocked_the_bot_is_counted_as_failed(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    user = standin.private_user(1002)
    standin.block_bot(1002)
    config = webhook_config(standin_config)
    before = _sample("migrasi_messages_failed_total", reason="forbidden")
    async with running_webhook_bot(config):
        await standin.send_text(user, "/start")
        async with asyncio.timeout(10):
            while _sample("migrasi_messages_failed_total", reason="forbidden") <= before:  # noqa: ASYNC110
                await asyncio.sleep(0.05)


def test_only_sends_are_counted_and_failures_are_named() -> None:
    assert send_method("http://x/bot1:A/sendMessage") == "sendMessage"
    assert send_method("http://x/bot1:A/editMessageText") == "editMessageText"
    assert send_method("http://x/bot1:A/copyMessage") == "copyMessage"
    assert send_method("http://x/bot1:A/sendChatAction") is None
    assert send_method("http://x/bot1:A/getUpdates") is None
    assert [failure_reason(code) for code in (400, 403, 429, 502, 409)] == [
        "bad_request",
        "forbidden",
        "flood",
        "server_error",
        "http_409",
    ]


async def test_readiness_probes_write_no_log_lines(
    standin_config: AppConfig, caplog: pytest.LogCaptureFixture
) -> None:
    config = webhook_config(standin_config)
    async with running_webhook_bot(config, set_webhook=False), httpx.AsyncClient() as client:
        url = f"http://127.0.0.1:{config.webhook.listen_port}/readyz"
        assert (await client.get(url)).status_code == 200
        caplog.clear()
        with caplog.at_level(logging.DEBUG):
            for _ in range(3):
                assert (await client.get(url)).status_code == 200
        # (httpx's lines are this test's own client.)
        logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO and r.name != "httpx"]
        assert logged == []


class _Answering(BaseRequest):
    """Answers every call with one status and body."""

    def __init__(self, status: int, body: bytes) -> None:
        self.answer = (status, body)

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, *args: object, **kwargs: object) -> tuple[int, bytes]:
        return self.answer


@pytest.mark.parametrize(
    ("description", "counted"),
    [(b"Bad Request: message is not modified: same content", 0), (b"Bad Request: chat not found", 1)],
)
async def test_an_edit_that_changes_nothing_is_not_a_failure(description: bytes, counted: int) -> None:
    before = _sample("migrasi_messages_failed_total", reason="bad_request")
    request = MeteredRequest(_Answering(400, b'{"ok": false, "description": "' + description + b'"}'))
    await request.do_request("http://x/bot1:A/editMessageText", "POST")
    assert _sample("migrasi_messages_failed_total", reason="bad_request") == before + counted


async def test_two_instances_on_one_host_are_told_apart_by_their_ports(standin_config: AppConfig) -> None:
    """Their names (in the log lines, the lease table and `migrasi_instance_info`) carry the port each
    listens on, so "stopped without draining (…)" says which unit it was."""
    first, second = webhook_config(standin_config), webhook_config(standin_config)
    names = []
    for config in (first, second):
        port = config.webhook.listen_port
        async with running_webhook_bot(config, set_webhook=False) as instance, httpx.AsyncClient() as client:
            page = (await client.get(f"http://127.0.0.1:{port}/metrics")).text
        assert f":{port}-" in instance.name
        assert f'migrasi_instance_info{{name="{instance.name}"}} 1.0' in page
        names.append(instance.name)
    assert names[0].split("-")[0] != names[1].split("-")[0]


async def test_an_instance_takes_the_name_it_is_given(tmp_path: Path, standin: BotApiStandIn) -> None:
    environ = {
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "MIGRASI_INSTANCE_NAME": "jakarta-blue",
    }
    loaded = load_config(REPO_CONFIG, environ=environ)
    assert loaded.cluster.instance_name == "jakarta-blue"
    config = webhook_config(with_api(loaded, standin))
    config = config.model_copy(update={"cluster": loaded.cluster})
    async with running_webhook_bot(config, set_webhook=False) as instance:
        assert instance.name.startswith("jakarta-blue-")
