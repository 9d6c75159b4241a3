"""Webhook mode: the secret token is checked before anything is stored; a good update is stored, answered
with 200 at once and handled afterwards by the chat worker."""

from __future__ import annotations

import json
import logging
import socket
import sys

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from bot.config import AppConfig, ConfigError, load_config
from bot.logjson import JsonFormatter
from bot.run import PortInUse, running_webhook_bot
from bot.standin import BotApiStandIn
from bot.webhook import LOCKED_OUT_AFTER, SECRET_HEADER, SecretRefusals
from storage.db import Database
from storage.models.inbox import InboxUpdate
from tests.bot_fixtures import REPO_CONFIG
from tests.cluster_helpers import WEBHOOK_SECRET, text_update, webhook_config


async def _stored(database: Database) -> int:
    async with database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(InboxUpdate)) or 0)


async def test_a_request_without_or_with_a_wrong_secret_is_refused_and_stores_nothing(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    config = webhook_config(standin_config)
    url = config.webhook.public_url
    assert url is not None
    async with running_webhook_bot(config, set_webhook=False) as instance, httpx.AsyncClient() as client:
        database = instance.worker_database
        update = text_update(1, 1001, "halo")
        missing = await client.post(url, json=update)
        wrong = await client.post(url, json=update, headers={SECRET_HEADER: WEBHOOK_SECRET + "x"})
        empty = await client.post(url, json=update, headers={SECRET_HEADER: ""})
        assert (missing.status_code, wrong.status_code, empty.status_code) == (401, 401, 401)
        assert await _stored(database) == 0
        assert standin.bot_messages(1001) == []


async def test_a_good_update_is_stored_answered_200_and_handled(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    user = standin.private_user(1001)
    config = webhook_config(standin_config)
    async with running_webhook_bot(config) as instance:
        assert standin.webhook_url == config.webhook.public_url
        assert standin.webhook_allowed_updates  # set at start, with the update types
        await standin.send_text(user, "/start")  # the stand-in posts it to the webhook with the secret
        replies = await standin.wait_for_bot_messages(1001, timeout=10)
        assert replies
        assert await _stored(instance.worker_database) == 1
        assert standin.webhook is not None
        assert standin.webhook.refused == 0


async def test_a_malformed_body_is_refused(standin_config: AppConfig) -> None:
    config = webhook_config(standin_config)
    url = config.webhook.public_url
    assert url is not None
    async with running_webhook_bot(config, set_webhook=False) as instance, httpx.AsyncClient() as client:
        response = await client.post(url, content=b"{not json", headers={SECRET_HEADER: WEBHOOK_SECRET})
        assert response.status_code == 400
        assert await _stored(instance.worker_database) == 0


async def test_operators_endpoints(standin_config: AppConfig) -> None:
    config = webhook_config(standin_config)
    base = f"http://127.0.0.1:{config.webhook.listen_port}"
    async with running_webhook_bot(config, set_webhook=False), httpx.AsyncClient() as client:
        assert (await client.get(f"{base}/healthz")).status_code == 200
        ready = await client.get(f"{base}/readyz")
        assert ready.status_code == 200, ready.text
        database = make_url(config.database.url)
        assert ready.text == f"ok (checked SQLite {database.database})", "names the database it checked"
        metrics = (await client.get(f"{base}/metrics")).text
        assert "migrasi_updates_received_total" in metrics
        assert "migrasi_inbox_backlog" in metrics


def test_json_log_lines_carry_no_traceback_text() -> None:
    try:
        raise ValueError("Siti +628123456789")
    except ValueError:
        record = logging.LogRecord(
            "bot", logging.ERROR, __file__, 1, "update %s failed", (7,), sys.exc_info()
        )
    line = json.loads(JsonFormatter().format(record))
    assert line["msg"] == "update 7 failed"
    assert line["exc_type"] == "ValueError"
    assert "628123456789" not in json.dumps(line)


@pytest.mark.parametrize("secret", ["bad secret!", "x" * 257, "kunci.rahasia"])
def test_a_malformed_secret_is_refused_at_start_up_naming_the_variable(secret: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_config(REPO_CONFIG, environ={"TELEGRAM_WEBHOOK_SECRET": secret})
    message = str(refused.value)
    assert "webhook.secret (from environment variable TELEGRAM_WEBHOOK_SECRET)" in message
    assert "A-Z, a-z, 0-9, _ and -" in message
    assert secret not in message


def test_refused_secrets_are_logged_at_most_once_a_minute_with_a_count(
    caplog: pytest.LogCaptureFixture,
) -> None:
    now = [0.0]
    refusals = SecretRefusals(clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="bot.webhook"):
        for _ in range(5):
            refusals.refused()
            now[0] += 1
        now[0] = 61.0
        refusals.refused()
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 2
    assert lines[0].startswith("1 webhook call(s) refused for a wrong secret token")
    assert lines[1].startswith("5 webhook call(s) refused for a wrong secret token (6 since")
    assert "TELEGRAM_WEBHOOK_SECRET" in lines[1]


async def test_readyz_says_degraded_while_every_update_is_refused_for_its_secret(
    standin_config: AppConfig, caplog: pytest.LogCaptureFixture
) -> None:
    config = webhook_config(standin_config)
    url = config.webhook.public_url
    assert url is not None
    base = f"http://127.0.0.1:{config.webhook.listen_port}"
    async with running_webhook_bot(config, set_webhook=False), httpx.AsyncClient() as client:
        with caplog.at_level(logging.WARNING, logger="bot.webhook"):
            for update_id in range(1, LOCKED_OUT_AFTER + 1):
                update = text_update(update_id, 1001, "halo")
                await client.post(url, json=update, headers={SECRET_HEADER: "another-secret"})
        ready = await client.get(f"{base}/readyz")
        assert ready.text.startswith(f"degraded: {LOCKED_OUT_AFTER} webhook calls refused")
        warnings = [r.getMessage() for r in caplog.records if "refused for a wrong secret" in r.getMessage()]
        assert len(warnings) == 1
        assert "another-secret" not in caplog.text
        assert "halo" not in caplog.text
        good = await client.post(
            url, json=text_update(99, 1001, "halo"), headers={SECRET_HEADER: WEBHOOK_SECRET}
        )
        assert good.status_code == 200
        assert (await client.get(f"{base}/readyz")).text.startswith("ok (checked SQLite ")


async def test_an_instance_notices_that_the_webhook_was_taken_off(
    standin_config: AppConfig, standin: BotApiStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    config = webhook_config(standin_config)
    base = f"http://127.0.0.1:{config.webhook.listen_port}"
    async with running_webhook_bot(config) as instance, httpx.AsyncClient() as client:
        await instance.watch.check_once()
        assert (await client.get(f"{base}/readyz")).text.startswith("ok (checked SQLite ")
        await instance.app.bot.delete_webhook()  # as a polling `run` elsewhere would
        with caplog.at_level(logging.WARNING, logger="bot.webhook_watch"):
            await instance.watch.check_once()
            await instance.watch.check_once()
        ready = await client.get(f"{base}/readyz")
        assert ready.text.startswith("degraded: the bot's webhook is not set")
        assert len([r for r in caplog.records if r.name == "bot.webhook_watch"]) == 1  # once, not each check
        assert standin.webhook_url == ""


async def test_a_port_in_use_stops_start_up_before_the_webhook_is_registered(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    config = webhook_config(standin_config)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", config.webhook.listen_port))
        taken.listen()
        with pytest.raises(PortInUse):
            async with running_webhook_bot(config):
                pass
    assert standin.webhook_url == ""  # the other instance's webhook and secret stay as they were
