"""Misconfigurations an operator makes from the README alone are refused or said at start-up, in one line
without a traceback: a webhook instance on SQLite, a database URL in another tool's form."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.__main__ import main
from bot.config import EXAMPLE_OPERATOR, AppConfig, load_config
from bot.run import run_webhook_until_signal
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN
from tests.cluster_helpers import WEBHOOK_SECRET, webhook_config
from tests.storage_fixtures import POSTGRES_URL

UNREACHABLE_API = "http://127.0.0.1:9/bot"  # nothing listens: a start that gets this far stops with 3


@pytest.fixture
def webhook_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The README's exports for one instance, with the API unreachable; returns the config file."""
    for name in ("MIGRASI_CONFIG", "STAFF_CHAT_ID", "DATABASE_URL", "WEB_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", UNREACHABLE_API)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("WEBHOOK_PUBLIC_URL", "http://127.0.0.1:8081/telegram/webhook")
    monkeypatch.chdir(tmp_path)  # the default SQLite file lands here
    config = tmp_path / "config.yaml"
    text = REPO_CONFIG.read_text(encoding="utf-8").replace(EXAMPLE_OPERATOR, "BP3MI Jawa Timur")
    config.write_text(text, encoding="utf-8")
    return config


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_webhook_instance_without_database_url_refuses_to_run_on_sqlite(
    webhook_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--webhook", "--config", str(webhook_env)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert "run --webhook is on SQLite data/migrasi-aman.db" in line
    assert "DATABASE_URL" in line
    assert "webhook.single_instance: true" in line
    assert not (webhook_env.parent / "data").exists(), "refused before anything was created"


def test_one_instance_alone_may_serve_a_webhook_on_sqlite_when_the_config_says_so(
    webhook_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = webhook_env.read_text(encoding="utf-8")
    webhook_env.write_text(text.replace("single_instance: false", "single_instance: true"), encoding="utf-8")
    assert main(["run", "--webhook", "--config", str(webhook_env)]) == 3  # past the guard, to the Bot API
    assert "cannot reach the Bot API" in capsys.readouterr().err


def test_polling_on_sqlite_is_still_the_single_instance_default(
    webhook_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--config", str(webhook_env)]) == 3
    assert "cannot reach the Bot API" in capsys.readouterr().err


async def test_the_start_up_line_names_the_database(
    standin_config: AppConfig, caplog: pytest.LogCaptureFixture
) -> None:
    config = webhook_config(standin_config)
    stop = asyncio.Event()
    stop.set()
    with caplog.at_level(logging.INFO, logger="bot.run"):
        await run_webhook_until_signal(config, stop)
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("serving the webhook")]
    assert line.endswith(f", on SQLite {make_url(config.database.url).database}")


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "POSTGRESQL"])
def test_another_tools_postgresql_url_is_taken_as_asyncpg(scheme: str) -> None:
    config = load_config(REPO_CONFIG, environ={"DATABASE_URL": f"{scheme}://bot:pw@db.internal:5433/migrasi"})
    assert config.database.url == "postgresql+asyncpg://bot:pw@db.internal:5433/migrasi"
    note = config.database.driver_note
    assert note is not None
    assert f"{scheme}://… taken as postgresql+asyncpg://" in note
    assert "pw" not in note
    assert load_config(REPO_CONFIG, environ={}).database.driver_note is None


@pytest.mark.parametrize(
    "argv", [["db", "current"], ["db", "upgrade"], ["run", "--webhook"], ["run"], ["cases", "list"]]
)
@pytest.mark.parametrize(
    "url", ["mysql://bot:pw-9x@db/migrasi", "postgresql+psycopg2://bot:pw-9x@db/m", "db"]
)
def test_an_unsupported_database_url_is_one_line_naming_the_variable_and_the_forms(
    argv: list[str],
    url: str,
    webhook_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    assert main([*argv, "--config", str(webhook_env)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "pw-9x" not in err
    problem = err.strip().splitlines()[-1]
    assert "database.url (from environment variable DATABASE_URL)" in problem
    assert "postgresql+asyncpg://USER@HOST:5432/NAME or sqlite+aiosqlite:///PATH" in problem


@pytest.mark.skipif(not POSTGRES_URL, reason="needs TEST_DATABASE_URL (PostgreSQL)")
def test_db_commands_work_with_a_plain_postgresql_url_and_say_it_was_rewritten(
    webhook_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(hide_password=False)
    monkeypatch.setenv("DATABASE_URL", plain)
    assert main(["db", "current", "--config", str(webhook_env)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "postgresql://… taken as postgresql+asyncpg://" in _one_line(captured.err)


def test_a_bad_value_in_a_json_logging_config_is_a_json_line(
    webhook_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = webhook_env.read_text(encoding="utf-8").replace("log_format: text", "log_format: json")
    webhook_env.write_text(text.replace("lease_seconds: 30.0", "lease_seconds: abc"), encoding="utf-8")
    assert main(["run", "--webhook", "--config", str(webhook_env)]) == 2
    entry = json.loads(_one_line(capsys.readouterr().err))
    assert entry["level"] == "CRITICAL"
    assert "cluster.lease_seconds: Input should be a valid number" in entry["msg"]
