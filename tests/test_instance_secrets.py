"""Instances on one database that disagree on a secret they must share are found at start-up: another
webhook secret stops the newcomer before it sets the webhook (it would make the others refuse every update),
another console key, or none shared, is a loud line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.__main__ import main
from bot.config import EXAMPLE_OPERATOR, AppConfig
from bot.instance_check import SecretDisagrees
from bot.run import running_webhook_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from storage.db import Database
from storage.services.leases import INSTANCE_PREFIX, LeaseBook
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN, with_api
from tests.cluster_helpers import webhook_config
from tests.console_helpers import console_config


def with_secret(config: AppConfig, secret: str) -> AppConfig:
    webhook = config.webhook.model_copy(update={"secret": SecretStr(secret)})
    return config.model_copy(update={"webhook": webhook})


async def test_an_instance_with_another_webhook_secret_refuses_to_start_and_sets_no_webhook(
    standin_config: AppConfig, standin: BotApiStandIn, database: Database
) -> None:
    first = webhook_config(standin_config)
    stale = with_secret(webhook_config(standin_config), "stale-secret-xyz")
    leases = LeaseBook(database, "test")
    async with running_webhook_bot(first, services=Services(first, database)) as running:
        with pytest.raises(SecretDisagrees) as refused:
            async with running_webhook_bot(stale, services=Services(stale, database)):
                pass
        assert refused.value.others == [running.name]
        assert standin.webhook_url == first.webhook.public_url, "the stale instance did not set the webhook"
        assert await leases.count_live(INSTANCE_PREFIX) == 1, "the refused instance does not count as live"
    # Once every instance stopped, a new secret may be started (that is how the secret is changed).
    async with running_webhook_bot(stale, services=Services(stale, database)):
        assert standin.webhook_url == stale.webhook.public_url


async def test_instances_with_one_secret_start_side_by_side(
    standin_config: AppConfig, database: Database
) -> None:
    first, second = webhook_config(standin_config), webhook_config(standin_config)
    async with (
        running_webhook_bot(first, services=Services(first, database)),
        running_webhook_bot(second, services=Services(second, database)),
    ):
        assert await LeaseBook(database, "test").count_live(INSTANCE_PREFIX) == 2


def test_run_says_in_one_line_which_live_instances_have_another_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def disagrees(_config: AppConfig, *_args: object) -> None:
        raise SecretDisagrees(["vm:8081-41-a1b2c3", "vm:8082-42-d4e5f6"], 2)

    monkeypatch.setattr("bot.run.run_webhook_until_signal", disagrees)
    for name in ("MIGRASI_CONFIG", "STAFF_CHAT_ID", "TELEGRAM_API_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "stale-secret-xyz")
    monkeypatch.setenv("WEBHOOK_PUBLIC_URL", "https://bot.example.go.id/telegram/webhook")
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:pw@db.internal/migrasi")
    config = tmp_path / "config.yaml"
    config.write_text(REPO_CONFIG.read_text(encoding="utf-8").replace(EXAMPLE_OPERATOR, "BP3MI"), "utf-8")
    assert main(["run", "--webhook", "--config", str(config)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("migrasi-aman: TELEGRAM_WEBHOOK_SECRET (or TELEGRAM_BOT_TOKEN) differs from")
    assert "2 live instance(s) on PostgreSQL migrasi on db.internal:5432" in line
    assert "vm:8081-41-a1b2c3, vm:8082-42-d4e5f6" in line
    assert "Nothing was registered with Telegram" in line
    assert "stale-secret-xyz" not in line


def console_instance(tmp_path: Path, standin: BotApiStandIn, name: str) -> AppConfig:
    config = with_api(console_config(tmp_path), standin)
    web = config.web.model_copy(update={"data_dir": tmp_path / f"data-{name}"})
    return webhook_config(config.model_copy(update={"web": web}))


async def test_an_instance_without_web_secret_key_warns_that_officers_would_be_signed_out(
    standin: BotApiStandIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.delenv("WEB_SECRET_KEY", raising=False)
    with caplog.at_level(logging.WARNING, logger="bot.instance_check"):
        async with running_webhook_bot(console_instance(tmp_path, standin, "a")):
            pass
    (warning,) = [r for r in caplog.records if r.name == "bot.instance_check"]
    assert warning.levelno == logging.WARNING
    assert warning.getMessage().startswith("WEB_SECRET_KEY is not set")
    assert "signed out" in warning.getMessage()


async def test_an_instance_whose_console_key_differs_from_a_live_ones_says_so_loudly(
    standin: BotApiStandIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("WEB_SECRET_KEY", "the-key-every-instance-has")
    with caplog.at_level(logging.WARNING, logger="bot.instance_check"):
        async with running_webhook_bot(console_instance(tmp_path, standin, "a")) as first:
            async with running_webhook_bot(console_instance(tmp_path, standin, "b")):
                pass
            assert _checks(caplog) == [], "one key: nothing to say"
            monkeypatch.setenv("WEB_SECRET_KEY", "an-old-key-on-one-host")
            async with running_webhook_bot(console_instance(tmp_path, standin, "c")):
                pass
    (error,) = _checks(caplog)
    assert error.levelno == logging.ERROR
    assert error.getMessage().startswith("this instance's console key (WEB_SECRET_KEY) differs from that of")
    assert first.name in error.getMessage()
    assert "an-old-key-on-one-host" not in caplog.text


def _checks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "bot.instance_check"]
