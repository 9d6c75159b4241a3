"""A database outage is told in a few lines, not one per failure: one line when it starts, a reminder with
a count at most every 30 s, one line when the database answers again, and no traceback for a connection
refused or timed out."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import cast

import httpx
import pytest
from sqlalchemy.exc import DBAPIError
from starlette.applications import Starlette

import bot.webhook
import handlers.errors
from bot.context import BotContext
from bot.outage import DatabaseOutage, is_outage
from bot.webhook import SECRET_HEADER, webhook_routes
from storage.db import Database
from storage.services.claims import ChatQueues
from tests.cluster_helpers import WEBHOOK_SECRET, text_update


@pytest.fixture
def outage(monkeypatch: pytest.MonkeyPatch) -> DatabaseOutage:
    fresh = DatabaseOutage()
    for module in (bot.webhook, handlers.errors):
        monkeypatch.setattr(module, "OUTAGE", fresh, raising=False)
    monkeypatch.setattr(bot.webhook, "STORE_RETRY_PAUSES", (0.0,))
    return fresh


def test_an_outage_is_one_line_then_a_reminder_every_30_s_then_one_line_when_it_ends(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = [0.0]
    outage = DatabaseOutage(clock=lambda: clock[0])
    with caplog.at_level(logging.INFO):
        for step in range(650):  # 10 failures a second for 65 s
            clock[0] = step / 10
            outage.failed(ConnectionRefusedError())
        outage.answered()
        outage.answered()
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 4
    assert lines[0].startswith("database not reachable (ConnectionRefusedError)")
    assert lines[1].startswith(
        "database still not reachable after 30 s (ConnectionRefusedError; 300 failure(s)"
    )
    assert lines[2].startswith("database still not reachable after 60 s")
    assert lines[3] == "database reachable again after 65 s (650 failure(s) in all)"


def test_a_refused_connection_counts_as_an_outage_and_a_bug_does_not() -> None:
    assert is_outage(ConnectionRefusedError())
    assert is_outage(TimeoutError())
    assert is_outage(DBAPIError(None, None, Exception("the database does not allow connections")))
    assert not is_outage(DBAPIError("SELECT 1", None, Exception("syntax error")))
    assert not is_outage(ValueError())


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]


async def _post_updates(database: Database, first: int, count: int) -> list[int]:
    app = Starlette(routes=webhook_routes("/hook", WEBHOOK_SECRET, ChatQueues(database, max_attempts=3)))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot") as client:
        return [
            (
                await client.post(
                    "/hook",
                    json=text_update(first + n, 1001, "halo"),
                    headers={SECRET_HEADER: WEBHOOK_SECRET},
                )
            ).status_code
            for n in range(count)
        ]


async def test_webhook_calls_during_an_outage_log_one_line_and_its_end_another(
    outage: DatabaseOutage, database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    unreachable = Database.connect("postgresql+asyncpg://nobody@127.0.0.1:9/none")  # nothing listens on 9
    with caplog.at_level(logging.INFO):
        try:
            assert await _post_updates(unreachable, 1, 20) == [503] * 20  # refused: Telegram retries them
        finally:
            await unreachable.dispose()
        during = _lines(caplog)
        caplog.clear()
        assert await _post_updates(database, 1, 1) == [200]
    assert during == [during[0]]
    assert during[0].startswith("database not reachable (ConnectionRefusedError)")
    assert _lines(caplog) == ["database reachable again after 0 s (40 failure(s) in all)"]


async def test_a_timer_sweep_failing_for_an_unreachable_database_logs_no_traceback(
    outage: DatabaseOutage, caplog: pytest.LogCaptureFixture
) -> None:
    error = DBAPIError(None, None, Exception("connection refused"))
    context = cast(BotContext, SimpleNamespace(error=error, application=SimpleNamespace(bot_data={})))
    with caplog.at_level(logging.INFO):
        await handlers.errors.on_error(None, context)
        await handlers.errors.on_error(None, context)
    assert len(caplog.records) == 1
    assert caplog.records[0].levelno == logging.WARNING
    assert caplog.records[0].exc_info is None
    assert outage.down
