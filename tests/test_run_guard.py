"""No placeholder reaches a user: `run` against Telegram itself refuses the example operator text and warns
about the unverified emergency numbers in one line; the local chat and the stand-in keep working with the
example."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.config import EXAMPLE_OPERATOR, AppConfig, ConfigError, load_config
from bot.destinations import destination_table, unverified_warnings
from bot.run import PortInUse, WebhookIsSet, run_until_signal, running_webhook_bot
from bot.standin import BotApiStandIn
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN
from tests.cluster_helpers import webhook_config


@pytest.fixture
def token_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("TELEGRAM_API_BASE_URL", "MIGRASI_CONFIG", "STAFF_CHAT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'run.db'}")
    return tmp_path


def _config_with_operator(tmp_path: Path, operator: str) -> Path:
    text = REPO_CONFIG.read_text(encoding="utf-8").replace(EXAMPLE_OPERATOR, operator)
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_config_still_has_the_example_operator() -> None:
    assert load_config(REPO_CONFIG, environ={}).operator_is_example()


def test_run_on_telegram_refuses_the_example_operator(
    token_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--config", str(REPO_CONFIG)]) == 2
    err = capsys.readouterr().err
    assert f"{REPO_CONFIG}: bot.operator is still the example text" in err
    assert TEST_TOKEN not in err


def test_run_summarises_the_unverified_numbers_in_one_warning_and_lists_them_at_debug(
    token_env: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    config = _config_with_operator(token_env, "BP3MI Jawa Timur")
    config.write_text(config.read_text(encoding="utf-8").replace("log_level: INFO", "log_level: DEBUG"))
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/bot")  # nothing listens: run stops early
    with caplog.at_level(logging.DEBUG):
        assert main(["run", "--config", str(config)]) == 3
    table = destination_table(load_config(config, environ={}))
    unverified = [record for record in caplog.records if "unverified" in record.getMessage()]
    warnings = [record.getMessage() for record in unverified if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{len(table.unverified())} emergency numbers are unverified")
    assert str(table.source) in warnings[0]
    listed = [record.getMessage() for record in unverified if record.levelno == logging.DEBUG]
    assert len(listed) == len(table.unverified()) > 1
    assert any("dest_la_mission = +856 20 5597 0520" in line for line in listed)


def test_an_override_verifies_a_number_and_an_unknown_override_names_the_key(tmp_path: Path) -> None:
    text = REPO_CONFIG.read_text(encoding="utf-8").replace(
        "  overrides: {}", '  overrides: {dest_th_mission: "+66 2 000 0000"}'
    )
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    table = destination_table(load_config(path, environ={}))
    assert "dest_th_mission" not in table.unverified()
    assert not any("dest_th_mission" in line for line in unverified_warnings(table))
    path.write_text(text.replace("dest_th_mission", "dest_zz_mission"), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"destinations\.overrides: no number is called dest_zz_mission"):
        destination_table(load_config(path, environ={}))


def test_with_json_logs_a_start_up_failure_is_a_json_line_too(
    token_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = token_env / "config.yaml"
    shipped = REPO_CONFIG.read_text(encoding="utf-8")
    path.write_text(shipped.replace("log_format: text", "log_format: json"), encoding="utf-8")
    assert main(["run", "--config", str(path)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    entry = json.loads(line)
    assert entry["level"] == "CRITICAL"
    assert "bot.operator is still the example text" in entry["msg"]


async def test_polling_refuses_a_bot_whose_webhook_is_set_and_leaves_the_webhook(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    config = webhook_config(standin_config)
    async with running_webhook_bot(config):
        pass  # sets the webhook, and leaves it set for the other instances
    assert standin.webhook_url == config.webhook.public_url
    with pytest.raises(WebhookIsSet):
        await run_until_signal(standin_config, asyncio.Event())
    assert standin.webhook_url == config.webhook.public_url
    stop = asyncio.Event()
    stop.set()
    await run_until_signal(standin_config, stop, take_over_webhook=True)  # deliberately: deletes it
    assert standin.webhook_url == ""


def test_run_says_how_to_switch_to_polling_when_a_webhook_is_set(
    token_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def webhook_set(_config: AppConfig, *_args: object, take_over_webhook: bool = False) -> None:
        assert not take_over_webhook
        raise WebhookIsSet(f"https://bot.example.go.id/{TEST_TOKEN}/hook")

    monkeypatch.setattr("bot.run.run_until_signal", webhook_set)
    config = _config_with_operator(token_env, "BP3MI Jawa Timur")
    assert main(["run", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "this bot has a webhook set (https://bot.example.go.id/…)" in err
    assert "--take-over-from-webhook" in err
    assert TEST_TOKEN not in err


def test_a_port_in_use_is_named_with_its_setting_and_file(
    token_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def port_taken(_config: AppConfig, *_args: object) -> None:
        raise PortInUse("127.0.0.1", 8082)

    monkeypatch.setattr("bot.run.run_webhook_until_signal", port_taken)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "rehearsal-secret")
    monkeypatch.setenv("WEBHOOK_PUBLIC_URL", "https://bot.example.go.id/telegram/webhook")
    config = _config_with_operator(token_env, "BP3MI Jawa Timur")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("single_instance: false", "single_instance: true"), encoding="utf-8")
    assert main(["run", "--webhook", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:8082 (webhook.listen_host/listen_port in {config})" in err
    assert "Nothing was registered with Telegram" in err
