"""A PostgreSQL database that does not exist: `run` and `db upgrade` both say to create it, naming the URL
without its password, in one line without a traceback."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.__main__ import main
from bot.config import EXAMPLE_OPERATOR
from bot.standin import BotApiStandIn
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN
from tests.storage_fixtures import POSTGRES_URL

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="needs TEST_DATABASE_URL (PostgreSQL)")
MISSING = "migrasi_no_such_database"


@pytest.fixture
def standin_api() -> Iterator[str]:
    """A Bot API stand-in on its own loop in a thread: `main` runs its own loop (asyncio.run)."""
    ready: list[str] = []
    stop = threading.Event()

    async def serve() -> None:
        async with BotApiStandIn(token=TEST_TOKEN) as api:
            ready.append(api.base_url)
            await asyncio.to_thread(stop.wait)

    thread = threading.Thread(target=lambda: asyncio.run(serve()))
    thread.start()
    try:
        while not ready:
            assert thread.is_alive()
            stop.wait(0.05)
        yield ready[0]
    finally:
        stop.set()
        thread.join()


@pytest.fixture
def missing_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, standin_api: str) -> Path:
    for name in ("TELEGRAM_API_BASE_URL", "MIGRASI_CONFIG", "STAFF_CHAT_ID"):
        monkeypatch.delenv(name, raising=False)
    url = make_url(POSTGRES_URL).set(database=MISSING, password="s3cret-pw")
    monkeypatch.setenv("DATABASE_URL", url.render_as_string(hide_password=False))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", standin_api)
    config = tmp_path / "config.yaml"
    text = REPO_CONFIG.read_text(encoding="utf-8").replace(EXAMPLE_OPERATOR, "BP3MI Jawa Timur")
    config.write_text(text, encoding="utf-8")
    return config


def _said(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # no traceback
    assert "s3cret-pw" not in err
    return lines[0]


@pytest.mark.parametrize("argv", [["db", "upgrade"], ["db", "current"], ["run"]])
def test_a_missing_database_is_named_with_how_to_create_it(
    argv: list[str], missing_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--config", str(missing_database)]) == 2  # one exit code for one problem
    line = _said(capsys.readouterr().err)
    host = make_url(POSTGRES_URL).host
    assert f"database {MISSING} does not exist on {host}:" in line
    assert "DATABASE_URL" in line
    assert f"create it (createdb -h {host}" in line
    assert line.count(MISSING) >= 3  # the name, the URL and the createdb command


def test_with_the_bot_api_unreachable_too_both_problems_are_named(
    missing_database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/bot")
    assert main(["run", "--config", str(missing_database)]) == 3
    line = _said(capsys.readouterr().err)
    assert "cannot reach the Bot API at http://127.0.0.1:9/bot" in line
    assert f"; and database {MISSING} does not exist" in line


def test_chat_names_the_missing_database_it_was_given(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`chat --database postgresql://…` (psql's form): the advice names that URL as asyncpg's and the option
    it came from, not DATABASE_URL; the chat brings a new database up to date itself."""
    monkeypatch.delenv("MIGRASI_CONFIG", raising=False)
    url = make_url(POSTGRES_URL).set(drivername="postgresql", database=MISSING, password="s3cret-pw")
    given = url.render_as_string(hide_password=False)
    assert main(["chat", "--database", given, "--config", str(REPO_CONFIG)]) == 2
    line = _said(capsys.readouterr().err)
    host = make_url(POSTGRES_URL).host
    assert f"database {MISSING} does not exist on {host}:" in line
    assert f"(--database: postgresql+asyncpg://{url.username}:***@{host}" in line
    assert "DATABASE_URL" not in line
    assert line.endswith("then start the chat again")
